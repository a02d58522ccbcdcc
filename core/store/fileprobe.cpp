#include "core/store/fileprobe.h"

#include <array>
#include <cctype>
#include <cerrno>
#include <cstring>
#include <string>
#include <system_error>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace ewb::core {

namespace {

    constexpr std::size_t kHeaderSize = 100;
    constexpr char kMagic[] = "SQLite format 3"; // followed by a NUL byte: 16 bytes in all

    std::uint32_t readBigEndian(const unsigned char *p, int bytes)
    {
        std::uint32_t value = 0;
        for (int i = 0; i < bytes; ++i)
            value = (value << 8) | p[i];
        return value;
    }

    // A short, printable description of what a non-database file starts with, so that the message
    // tells the user what they actually opened.
    std::string describeStart(const unsigned char *p, std::size_t n)
    {
        std::size_t first = 0;
        while (first < n && std::isspace(p[first]) != 0)
            ++first;
        if (first < n && p[first] == '<')
            return "it looks like an HTML or XML document";
        if (n >= 4 && p[0] == 'P' && p[1] == 'K')
            return "it looks like a zip archive";
        if (n >= 2 && p[0] == 0x1F && p[1] == 0x8B)
            return "it looks like a gzip file";
        std::string hex = "it starts with bytes";
        static const char digits[] = "0123456789abcdef";
        for (std::size_t i = 0; i < n && i < 8; ++i) {
            hex += ' ';
            hex += digits[p[i] >> 4];
            hex += digits[p[i] & 0x0F];
        }
        return hex;
    }

} // namespace

Result<FileProbe> FileProbe::inspect(const std::filesystem::path &path)
{
    FileProbe probe;
    struct stat st
    {
    };
    if (::stat(path.c_str(), &st) != 0) {
        if (errno == ENOENT)
            return probe;
        return fail(ErrorCode::IoError,
                    "cannot inspect " + path.string() + ": " + std::strerror(errno));
    }
    if (!S_ISREG(st.st_mode))
        return fail(ErrorCode::NotRegularFile, path.string() + " is not a regular file");
    probe.m_exists = true;
    probe.m_size = static_cast<std::uint64_t>(st.st_size);
    if (probe.m_size == 0)
        return probe;

    const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return fail(ErrorCode::IoError,
                    "cannot read " + path.string() + ": " + std::strerror(errno));
    std::array<unsigned char, kHeaderSize> header {};
    std::size_t got = 0;
    while (got < header.size()) {
        const ssize_t n = ::read(fd, header.data() + got, header.size() - got);
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            break;
        got += static_cast<std::size_t>(n);
    }
    ::close(fd);

    if (got < sizeof kMagic || std::memcmp(header.data(), kMagic, sizeof kMagic) != 0) {
        return fail(ErrorCode::DatabaseCorrupt,
                    path.string()
                        + " is not an SQLite database: " + describeStart(header.data(), got));
    }
    if (got < kHeaderSize) {
        return fail(ErrorCode::DatabaseCorrupt,
                    path.string() + " is truncated: " + std::to_string(got)
                        + " bytes, shorter than the 100-byte database header");
    }
    // Offset 16: page size, where the value 1 stands for 65536.
    std::uint32_t pageSize = readBigEndian(header.data() + 16, 2);
    if (pageSize == 1)
        pageSize = 65536;
    if (pageSize < 512 || (pageSize & (pageSize - 1)) != 0) {
        return fail(ErrorCode::DatabaseCorrupt,
                    path.string() + " has an invalid page size " + std::to_string(pageSize));
    }
    // Offset 28 holds the page count; it is only trustworthy when the change counter (24) equals
    // the version-valid-for number (92). While a -wal file exists the main file may legitimately
    // lag behind the header, and while a -journal exists (a write cut short, to be rolled back)
    // it may hold part of a page more, so the length checks are skipped then and left to SQLite.
    const std::uint32_t pageCount = readBigEndian(header.data() + 28, 4);
    const bool countValid
        = readBigEndian(header.data() + 24, 4) == readBigEndian(header.data() + 92, 4);
    std::error_code ec;
    const bool journalExists = std::filesystem::exists(path.string() + "-wal", ec)
        || std::filesystem::exists(path.string() + "-journal", ec);
    if (!journalExists) {
        const std::uint64_t expected = std::uint64_t { pageCount } * pageSize;
        if (countValid && pageCount > 0 && probe.m_size < expected) {
            return fail(ErrorCode::DatabaseCorrupt,
                        path.string() + " is truncated: " + std::to_string(probe.m_size)
                            + " bytes, but its header promises " + std::to_string(pageCount)
                            + " pages of " + std::to_string(pageSize) + " bytes");
        }
        if (probe.m_size % pageSize != 0) {
            return fail(ErrorCode::DatabaseCorrupt,
                        path.string() + " is truncated: " + std::to_string(probe.m_size)
                            + " bytes is not a whole number of " + std::to_string(pageSize)
                            + "-byte pages");
        }
    }
    probe.m_pageSize = pageSize;
    probe.m_userVersion = readBigEndian(header.data() + 60, 4);
    probe.m_applicationId = readBigEndian(header.data() + 68, 4);
    return probe;
}

} // namespace ewb::core
