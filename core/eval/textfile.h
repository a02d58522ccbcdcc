#pragma once

#include "core/common/result.h"

#include <cstddef>
#include <filesystem>
#include <string>

namespace ewb::core {

/// Reads a small text file (a benchmark) whole. Fails with NotRegularFile for directories,
/// devices and FIFOs, NotFound for a missing file, IoError when reading fails, and
/// InvalidArgument when the file is larger than maxBytes (benchmarks are a few hundred KiB; the
/// cap keeps a wrong path from filling memory). The error detail names the path.
Result<std::string> readTextFile(const std::filesystem::path &path,
                                 std::size_t maxBytes = 64u << 20);

} // namespace ewb::core
