#pragma once

#include "core/common/result.h"

#include <cstddef>
#include <filesystem>
#include <string>
#include <vector>

namespace ewb::core {

/// A file written under a temporary name in the target's directory and renamed over the target
/// only once it is complete and synced to disk, so a crash, a full disk or a cancelled export
/// never leaves a partial file, and an existing target stays intact until the rename
/// (RELIABILITY R6). The temporary file is removed on every failure and by the destructor
/// unless commit() succeeded. Writes are buffered. One thread at a time; POSIX only.
class AtomicFile
{
public:
    AtomicFile() = default;
    ~AtomicFile();
    AtomicFile(const AtomicFile &) = delete;
    AtomicFile &operator=(const AtomicFile &) = delete;

    /// Creates the temporary file next to target (permissions from the umask, or those of an
    /// existing target). NotFound when the directory does not exist, NotRegularFile when target
    /// is a directory or device, ReadOnly or IoError otherwise, each naming the path.
    Result<void> open(const std::filesystem::path &target);
    /// Appends bytes. DiskFull or IoError (and the temporary file is removed) on failure.
    Result<void> write(const char *data, std::size_t size);
    /// Flushes, fsyncs, closes and renames over the target, then syncs the directory.
    Result<void> commit();
    /// Abandons the file: closes and removes the temporary file. Safe to call twice.
    void discard();

    /// The target path as text for messages.
    const std::string &pathText() const { return m_targetText; }

private:
    Result<void> flush();
    Error ioError(const std::string &what, int error);

    std::filesystem::path m_target;
    std::filesystem::path m_temp;
    std::string m_targetText;
    std::vector<char> m_buffer;
    std::size_t m_used = 0;
    unsigned m_mode = 0;
    bool m_keepMode = false;
    int m_fd = -1;
};

} // namespace ewb::core
