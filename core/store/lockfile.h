#pragma once

#include "core/common/result.h"

#include <filesystem>

namespace ewb::core {

/// An exclusive advisory lock on a file such as "<db>.lock" (flock(2), LOCK_EX | LOCK_NB), held
/// while the object lives. It tells a second workbench process (or a second writable Database
/// in this process) that the database already has a writer. The kernel releases the lock when
/// the process dies, so a crash never leaves a stale lock; the lock file itself is left in place
/// on purpose (deleting it would let two processes lock two different inodes). Movable, not
/// copyable; any thread.
class LockFile
{
public:
    LockFile() = default;
    ~LockFile();
    LockFile(LockFile &&other) noexcept;
    LockFile &operator=(LockFile &&other) noexcept;
    LockFile(const LockFile &) = delete;
    LockFile &operator=(const LockFile &) = delete;

    /// Creates `path` if needed (mode 0644) and takes the lock without waiting. Fails with
    /// DatabaseBusy when another holder has it, with ReadOnly when the file cannot be created
    /// for lack of permission or a read-only file system, and with IoError otherwise.
    static Result<LockFile> acquire(const std::filesystem::path &path);

    bool isLocked() const { return m_fd >= 0; }
    /// Releases the lock now rather than in the destructor.
    void release();

private:
    explicit LockFile(int fd) : m_fd(fd) { }

    int m_fd = -1;
};

} // namespace ewb::core
