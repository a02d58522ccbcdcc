#pragma once

#include "core/common/result.h"
#include "core/text/corpussource.h"

#include <cstdint>
#include <cstdio>
#include <memory>
#include <span>
#include <string>

namespace ewb::core {

/// Reads a CorpusSource front to back into caller-provided buffers, so memory stays bounded by
/// the buffer whatever the size of the file or the length of its lines. Files must be regular
/// files (after following symlinks): directories, FIFOs and devices such as /dev/zero are
/// refused before anything is read. Not thread-safe; one reader per pass.
class BlockReader
{
public:
    /// Opens the source. Fails with NotFound (missing file), NotRegularFile (directory, FIFO,
    /// socket, device) or IoError (permission denied, other open errors); every message names
    /// the path.
    static Result<BlockReader> open(const CorpusSource &source);

    /// Fills up to buffer.size() bytes and returns how many were read; 0 means the end. Fails
    /// with IoError when the device reports an error, or when the file's length at the end
    /// differs from its length at open (it was truncated or appended to while being read).
    Result<std::size_t> read(std::span<char> buffer);

    /// Size in bytes when opened (file size, or length of the memory source).
    std::uint64_t size() const { return m_size; }
    /// Bytes handed out so far.
    std::uint64_t offset() const { return m_offset; }

private:
    struct FileCloser
    {
        void operator()(std::FILE *file) const { std::fclose(file); }
    };

    BlockReader() = default;

    std::unique_ptr<std::FILE, FileCloser> m_file;
    std::string_view m_memory;
    std::string m_name;
    std::uint64_t m_size = 0;
    std::uint64_t m_offset = 0;
};

} // namespace ewb::core
