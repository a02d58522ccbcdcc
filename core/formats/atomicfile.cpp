#include "core/formats/atomicfile.h"

#include <cerrno>
#include <cstring>
#include <random>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace ewb::core {

namespace {
    constexpr std::size_t kBufferBytes = std::size_t { 1 } << 20;
} // namespace

AtomicFile::~AtomicFile()
{
    discard();
}

Error AtomicFile::ioError(const std::string &what, int error)
{
    discard();
    ErrorCode code = ErrorCode::IoError;
    if (error == ENOSPC || error == EDQUOT)
        code = ErrorCode::DiskFull;
    else if (error == EROFS || error == EACCES || error == EPERM)
        code = ErrorCode::ReadOnly;
    return fail(code, what + " '" + m_targetText + "': " + std::strerror(error));
}

Result<void> AtomicFile::open(const std::filesystem::path &target)
{
    discard();
    m_target = target;
    m_targetText = target.string();
    struct stat info = {};
    if (::stat(target.c_str(), &info) == 0) {
        if (!S_ISREG(info.st_mode))
            return fail(ErrorCode::NotRegularFile,
                        "cannot write '" + m_targetText + "': it exists and is not a regular file");
        m_mode = info.st_mode & 07777;
        m_keepMode = true;
    }
    const std::filesystem::path directory
        = target.parent_path().empty() ? std::filesystem::path(".") : target.parent_path();
    if (::stat(directory.c_str(), &info) != 0 || !S_ISDIR(info.st_mode))
        return fail(ErrorCode::NotFound,
                    "cannot write '" + m_targetText + "': its directory does not exist");
    // Our own O_EXCL names instead of mkstemp(), so the new file gets the umask's permissions.
    std::random_device entropy;
    for (int attempt = 0; attempt < 100 && m_fd < 0; ++attempt) {
        std::string name = ".";
        name += target.filename().string();
        name += ".tmp-";
        name += std::to_string(entropy());
        m_temp = directory / name;
        m_fd = ::open(m_temp.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0666);
        if (m_fd < 0 && errno != EEXIST) {
            const int error = errno;
            m_temp.clear();
            return ioError("cannot create a temporary file next to", error);
        }
    }
    if (m_fd < 0) {
        m_temp.clear();
        return fail(ErrorCode::IoError,
                    "cannot create a temporary file next to '" + m_targetText + "'");
    }
    if (m_keepMode && ::fchmod(m_fd, static_cast<mode_t>(m_mode)) != 0)
        return ioError("cannot set the permissions of", errno);
    m_buffer.resize(kBufferBytes);
    m_used = 0;
    return {};
}

Result<void> AtomicFile::write(const char *data, std::size_t size)
{
    if (m_fd < 0)
        return fail(ErrorCode::IoError, "'" + m_targetText + "' is not open for writing");
    if (m_buffer.size() - m_used < size) {
        if (auto flushed = flush(); !flushed)
            return flushed;
    }
    if (size >= m_buffer.size()) {
        m_used = 0;
        std::size_t done = 0;
        while (done < size) {
            const ::ssize_t put = ::write(m_fd, data + done, size - done);
            if (put < 0 && errno == EINTR)
                continue;
            if (put < 0)
                return ioError("cannot write", errno);
            done += static_cast<std::size_t>(put);
        }
        return {};
    }
    std::memcpy(m_buffer.data() + m_used, data, size);
    m_used += size;
    return {};
}

Result<void> AtomicFile::flush()
{
    std::size_t done = 0;
    while (done < m_used) {
        const ::ssize_t put = ::write(m_fd, m_buffer.data() + done, m_used - done);
        if (put < 0 && errno == EINTR)
            continue;
        if (put < 0)
            return ioError("cannot write", errno);
        done += static_cast<std::size_t>(put);
    }
    m_used = 0;
    return {};
}

Result<void> AtomicFile::commit()
{
    if (m_fd < 0)
        return fail(ErrorCode::IoError, "'" + m_targetText + "' is not open for writing");
    if (auto flushed = flush(); !flushed)
        return flushed;
    // fsync before rename: otherwise a crash can leave the new name pointing at empty data.
    if (::fsync(m_fd) != 0)
        return ioError("cannot sync", errno);
    const int fd = m_fd;
    m_fd = -1;
    if (::close(fd) != 0)
        return ioError("cannot close", errno);
    if (::rename(m_temp.c_str(), m_target.c_str()) != 0)
        return ioError("cannot rename the temporary file to", errno);
    m_temp.clear();
    // Sync the directory so that the rename itself survives a power loss; the data is already
    // on disk, so a file system that cannot sync directories is no reason to fail.
    const std::filesystem::path directory
        = m_target.parent_path().empty() ? std::filesystem::path(".") : m_target.parent_path();
    const int dirFd = ::open(directory.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (dirFd >= 0) {
        ::fsync(dirFd);
        ::close(dirFd);
    }
    return {};
}

void AtomicFile::discard()
{
    if (m_fd >= 0) {
        ::close(m_fd);
        m_fd = -1;
    }
    if (!m_temp.empty()) {
        ::unlink(m_temp.c_str());
        m_temp.clear();
    }
    m_used = 0;
}

} // namespace ewb::core
