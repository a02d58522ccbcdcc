#include "core/text/blockreader.h"

#include <cerrno>
#include <cstring>
#include <system_error>

namespace ewb::core {

namespace {

    std::string describeType(std::filesystem::file_type type)
    {
        switch (type) {
        case std::filesystem::file_type::directory:
            return "a directory";
        case std::filesystem::file_type::fifo:
            return "a FIFO (named pipe)";
        case std::filesystem::file_type::socket:
            return "a socket";
        case std::filesystem::file_type::character:
            return "a character device";
        case std::filesystem::file_type::block:
            return "a block device";
        default:
            return "not a regular file";
        }
    }

    std::FILE *openFile(const std::filesystem::path &path)
    {
#ifdef _WIN32
        return _wfopen(path.c_str(), L"rb");
#else
        return std::fopen(path.c_str(), "rb");
#endif
    }

} // namespace

Result<BlockReader> BlockReader::open(const CorpusSource &source)
{
    BlockReader reader;
    reader.m_name = source.displayName();
    if (!source.isFile()) {
        reader.m_memory = source.bytes();
        reader.m_size = source.bytes().size();
        return reader;
    }

    // Check the type before opening: fopen on a FIFO blocks until a writer appears, and a
    // device such as /dev/zero never ends.
    std::error_code ec;
    const auto status = std::filesystem::status(source.path(), ec);
    if (status.type() == std::filesystem::file_type::not_found)
        return fail(ErrorCode::NotFound, "corpus file not found: " + reader.m_name);
    if (ec)
        return fail(ErrorCode::IoError, "cannot examine " + reader.m_name + ": " + ec.message());
    if (status.type() != std::filesystem::file_type::regular)
        return fail(ErrorCode::NotRegularFile,
                    reader.m_name + " is " + describeType(status.type()) + ", not a regular file");

    const std::uintmax_t size = std::filesystem::file_size(source.path(), ec);
    if (ec)
        return fail(ErrorCode::IoError,
                    "cannot read the size of " + reader.m_name + ": " + ec.message());
    reader.m_size = size;

    errno = 0;
    reader.m_file.reset(openFile(source.path()));
    if (!reader.m_file) {
        const int error = errno;
        if (error == ENOENT)
            return fail(ErrorCode::NotFound, "corpus file not found: " + reader.m_name);
        return fail(ErrorCode::IoError,
                    "cannot open " + reader.m_name + ": " + std::strerror(error));
    }
    return reader;
}

Result<std::size_t> BlockReader::read(std::span<char> buffer)
{
    if (!m_file) {
        const std::size_t count = std::min<std::size_t>(buffer.size(), m_memory.size() - m_offset);
        std::memcpy(buffer.data(), m_memory.data() + m_offset, count);
        m_offset += count;
        return count;
    }

    errno = 0;
    const std::size_t count = std::fread(buffer.data(), 1, buffer.size(), m_file.get());
    m_offset += count;
    if (count < buffer.size() && std::ferror(m_file.get())) {
        const int error = errno;
        return fail(ErrorCode::IoError,
                    "read error in " + m_name + " at byte " + std::to_string(m_offset) + ": "
                        + (error != 0 ? std::strerror(error) : "unknown error"));
    }
    if (count == 0 && m_offset != m_size)
        return fail(ErrorCode::IoError,
                    m_name + " changed while being read: it had " + std::to_string(m_size)
                        + " bytes when opened, " + std::to_string(m_offset) + " bytes were read");
    return count;
}

} // namespace ewb::core
