#pragma once

#include "core/common/result.h"

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

namespace ewb::core {

/// Decides from the first bytes of a corpus whether it can be read as UTF-8 text, before any
/// large allocation: empty files, UTF-16/32 (by byte order mark or by NUL patterns), known
/// binary formats (by magic number) and other binary data are refused with a message naming
/// what was found. Stateless and thread-safe.
class InputSniffer
{
public:
    /// How many leading bytes check() wants to see: 64 KiB.
    static constexpr std::size_t headBytes = 64 * 1024;

    /// Checks head (the first min(headBytes, totalBytes) bytes of a corpus of totalBytes bytes,
    /// called name in messages). Returns how many bytes of UTF-8 byte order mark to skip (0 or
    /// 3). Fails with EmptyInput (0 bytes, or nothing but a BOM), UnsupportedEncoding (UTF-16 or
    /// UTF-32) or BinaryInput (PNG, JPEG, GIF, PDF, ZIP, gzip, xz, bzip2, zstd, 7z, ELF, SQLite,
    /// or bytes that are mostly control characters or undecodable in any text encoding).
    static Result<std::size_t> check(std::string_view head, std::uint64_t totalBytes,
                                     const std::string &name);
};

} // namespace ewb::core
