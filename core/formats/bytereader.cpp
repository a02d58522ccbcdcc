#include "core/formats/bytereader.h"

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <string_view>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace ewb::core {

namespace {

    // Large enough that a read costs far less than parsing what it returns, small enough to stay
    // in the cache while it is parsed.
    constexpr std::size_t kChunkBytes = std::size_t { 1 } << 20;

    Error openError(int error, const std::string &path)
    {
        if (error == ENOENT || error == ENOTDIR)
            return fail(ErrorCode::NotFound, "no such file: '" + path + "'");
        return fail(ErrorCode::IoError, "cannot open '" + path + "': " + std::strerror(error));
    }

} // namespace

ByteReader::~ByteReader()
{
    if (m_fd >= 0)
        ::close(m_fd);
}

Result<void> ByteReader::open(const std::filesystem::path &path)
{
    m_path = path;
    m_pathText = path.string();
    struct stat info = {};
    if (::stat(path.c_str(), &info) != 0)
        return openError(errno, m_pathText);
    if (S_ISDIR(info.st_mode))
        return fail(ErrorCode::NotRegularFile, "'" + m_pathText + "' is a directory, not a file");
    if (!S_ISREG(info.st_mode))
        return fail(ErrorCode::NotRegularFile,
                    "'" + m_pathText + "' is not a regular file (a FIFO, device or socket)");
    // O_NONBLOCK so that a FIFO swapped in after stat() cannot block the open.
    m_fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC | O_NONBLOCK);
    if (m_fd < 0)
        return openError(errno, m_pathText);
    if (::fstat(m_fd, &info) != 0 || !S_ISREG(info.st_mode))
        return fail(ErrorCode::NotRegularFile, "'" + m_pathText + "' is not a regular file");
    m_size = static_cast<std::uint64_t>(info.st_size);
    m_buffer.resize(kChunkBytes);
    return {};
}

Result<std::size_t> ByteReader::fill(std::size_t want)
{
    if (available() >= want || m_eof)
        return available();
    // Compacting also when little room is left keeps every read(2) large.
    if (m_buffer.size() - m_begin < want || m_buffer.size() - m_end < m_buffer.size() / 4) {
        std::memmove(m_buffer.data(), m_buffer.data() + m_begin, available());
        m_end -= m_begin;
        m_begin = 0;
        if (m_buffer.size() < want)
            m_buffer.resize(want);
    }
    while (available() < want && !m_eof) {
        const ::ssize_t got = ::read(m_fd, m_buffer.data() + m_end, m_buffer.size() - m_end);
        if (got < 0) {
            if (errno == EINTR)
                continue;
            return fail(ErrorCode::IoError,
                        "reading '" + m_pathText + "' failed at byte "
                            + std::to_string(m_offset + available()) + ": " + std::strerror(errno));
        }
        if (got == 0)
            m_eof = true;
        m_end += static_cast<std::size_t>(got);
    }
    return available();
}

Result<std::size_t> ByteReader::lineEnd(std::size_t maxBytes)
{
    std::size_t scanned = 0;
    for (;;) {
        const auto *found = static_cast<const char *>(
            std::memchr(data() + scanned, '\n', std::min(available(), maxBytes) - scanned));
        if (found)
            return static_cast<std::size_t>(found - data());
        scanned = std::min(available(), maxBytes);
        if (scanned >= maxBytes)
            return std::string_view::npos;
        if (m_eof)
            return available();
        // Grow geometrically so that a long line costs linear time.
        const auto filled = fill(std::min(maxBytes, std::max(available() * 2, kChunkBytes)));
        if (!filled)
            return filled.error();
    }
}

void ByteReader::consume(std::size_t n)
{
    m_begin += n;
    m_offset += n;
    if (m_begin == m_end)
        m_begin = m_end = 0;
}

} // namespace ewb::core
