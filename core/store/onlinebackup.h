#pragma once

#include "core/common/result.h"

#include <filesystem>

struct sqlite3;

namespace ewb::core {

/// Copies the database of connection `source` (whose file is `sourcePath`, used in messages) to
/// `target` with SQLite's online backup API: into a fresh temporary file next to `target`, then
/// fsync of the file, rename over `target`, and fsync of the folder, so that a crash leaves
/// either the old `target` or the complete copy, never a mixture (RELIABILITY R6). The copy is a
/// consistent snapshot of the last committed state. The temporary file is removed on failure.
/// Fails with InvalidArgument when `target` is the source file itself, DiskFull, IoError or the
/// mapped SQLite error. Runs on the thread that owns `source`.
Result<void> writeOnlineBackup(sqlite3 *source, const std::filesystem::path &sourcePath,
                               const std::filesystem::path &target);

} // namespace ewb::core
