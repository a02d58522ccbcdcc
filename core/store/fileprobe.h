#pragma once

#include "core/common/result.h"

#include <cstdint>
#include <filesystem>

namespace ewb::core {

/// What a file's first 100 bytes say about it as an SQLite database, read with plain file I/O
/// before SQLite sees the file, so that a file which is clearly not a healthy database (random
/// bytes, an HTML page saved as .db, a cut-off copy) is rejected with a specific message and is
/// never opened for writing. Big-endian header fields as documented in SQLite's "Database File
/// Format", section 1.3. A value type; inspect() is thread-safe.
class FileProbe
{
public:
    /// Reads the header of `path`. A missing file is not an error (exists() is false). Fails
    /// with NotRegularFile for directories, FIFOs and devices, IoError when the file cannot be
    /// read, and DatabaseCorrupt (naming the path and what was found) for a file that is not an
    /// SQLite database or is shorter than its header promises. An empty file is not an error.
    static Result<FileProbe> inspect(const std::filesystem::path &path);

    bool exists() const { return m_exists; }
    /// File size in bytes (0 when missing or empty).
    std::uint64_t size() const { return m_size; }
    /// True for a non-empty file with a valid SQLite header.
    bool isSqlite() const { return m_pageSize != 0; }
    /// Page size in bytes (512..65536), 0 when not an SQLite file.
    std::uint32_t pageSize() const { return m_pageSize; }
    /// PRAGMA application_id as stored in the header (offset 68).
    std::uint32_t applicationId() const { return m_applicationId; }
    /// PRAGMA user_version as stored in the header (offset 60).
    std::uint32_t userVersion() const { return m_userVersion; }

private:
    bool m_exists = false;
    std::uint64_t m_size = 0;
    std::uint32_t m_pageSize = 0;
    std::uint32_t m_applicationId = 0;
    std::uint32_t m_userVersion = 0;
};

} // namespace ewb::core
