#include "core/store/lockfile.h"

#include <cerrno>
#include <cstring>
#include <string>
#include <utility>

#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>

namespace ewb::core {

Result<LockFile> LockFile::acquire(const std::filesystem::path &path)
{
    const int fd = ::open(path.c_str(), O_RDWR | O_CREAT | O_CLOEXEC, 0644);
    if (fd < 0) {
        const int err = errno;
        const ErrorCode code = (err == EACCES || err == EPERM || err == EROFS) ? ErrorCode::ReadOnly
                                                                               : ErrorCode::IoError;
        return fail(code, "cannot create lock file " + path.string() + ": " + std::strerror(err));
    }
    if (::flock(fd, LOCK_EX | LOCK_NB) != 0) {
        const int err = errno;
        ::close(fd);
        if (err == EWOULDBLOCK) {
            return fail(ErrorCode::DatabaseBusy,
                        "another workbench process is writing this database (lock file "
                            + path.string() + " is held)");
        }
        return fail(ErrorCode::IoError, "cannot lock " + path.string() + ": " + std::strerror(err));
    }
    return LockFile(fd);
}

LockFile::~LockFile()
{
    release();
}

LockFile::LockFile(LockFile &&other) noexcept : m_fd(std::exchange(other.m_fd, -1)) { }

LockFile &LockFile::operator=(LockFile &&other) noexcept
{
    if (this != &other) {
        release();
        m_fd = std::exchange(other.m_fd, -1);
    }
    return *this;
}

void LockFile::release()
{
    if (m_fd >= 0) {
        // Closing the descriptor drops the flock; an explicit LOCK_UN adds nothing.
        ::close(m_fd);
        m_fd = -1;
    }
}

} // namespace ewb::core
