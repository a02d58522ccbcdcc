#pragma once

#include <cstdint>
#include <filesystem>
#include <string>
#include <string_view>

namespace ewb::core {

/// Where a corpus comes from: a file on disk (streamed, never read whole) or bytes already in
/// memory (the embedded demo corpus, tests). A memory source does not own its bytes: they must
/// outlive every read of the source.
class CorpusSource
{
public:
    /// A file to stream. Only regular files are accepted when it is read (RELIABILITY row 14).
    static CorpusSource fromFile(std::filesystem::path path);
    /// Bytes in memory; displayName is what messages call the corpus (e.g. "demo corpus").
    static CorpusSource fromMemory(std::string_view bytes, std::string displayName);

    /// True for fromFile() sources.
    bool isFile() const { return m_isFile; }
    /// The file to read (empty for memory sources).
    const std::filesystem::path &path() const { return m_path; }
    /// The bytes of a memory source (empty for files).
    std::string_view bytes() const { return m_bytes; }
    /// The path as UTF-8, or the display name of a memory source.
    std::string displayName() const;

private:
    std::filesystem::path m_path;
    std::string_view m_bytes;
    std::string m_name;
    bool m_isFile = false;
};

} // namespace ewb::core
