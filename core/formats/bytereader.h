#pragma once

#include "core/common/result.h"

#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <string>
#include <vector>

namespace ewb::core {

/// Buffered sequential reading of one regular file with large read(2) calls, so the vector
/// readers parse straight out of the buffer instead of paying a stream call per value.
/// Internal to core/formats. Not thread-safe; one reader per thread.
class ByteReader
{
public:
    ByteReader() = default;
    ~ByteReader();
    ByteReader(const ByteReader &) = delete;
    ByteReader &operator=(const ByteReader &) = delete;

    /// Opens a regular file. NotFound, NotRegularFile (directory, FIFO, device) or IoError, each
    /// naming the path. Never blocks on a FIFO.
    Result<void> open(const std::filesystem::path &path);

    /// Size of the file when it was opened, in bytes.
    std::uint64_t size() const { return m_size; }
    /// Offset in the file of data()[0].
    std::uint64_t offset() const { return m_offset; }
    /// The unconsumed buffered bytes.
    const char *data() const { return m_buffer.data() + m_begin; }
    std::size_t available() const { return m_end - m_begin; }
    /// True when every byte of the file has been consumed.
    bool atEnd() const { return m_eof && m_begin == m_end; }
    /// Makes at least `want` bytes available unless the file ends first (the buffer grows when
    /// want exceeds it); returns available(). IoError when read(2) fails.
    Result<std::size_t> fill(std::size_t want);
    /// Buffers the next line and returns the index in data() of its '\n'; available() when the
    /// file ends without one; npos when no '\n' occurs within maxBytes. IoError on read failure.
    Result<std::size_t> lineEnd(std::size_t maxBytes);
    /// Drops the first n available bytes (n <= available()).
    void consume(std::size_t n);
    /// The path given to open().
    const std::filesystem::path &path() const { return m_path; }
    /// The path as text for messages.
    const std::string &pathText() const { return m_pathText; }

private:
    std::vector<char> m_buffer;
    std::filesystem::path m_path;
    std::string m_pathText;
    std::uint64_t m_size = 0;
    std::uint64_t m_offset = 0;
    std::size_t m_begin = 0;
    std::size_t m_end = 0;
    int m_fd = -1;
    bool m_eof = false;
};

} // namespace ewb::core
