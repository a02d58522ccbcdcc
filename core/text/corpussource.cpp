#include "core/text/corpussource.h"

#include <utility>

namespace ewb::core {

CorpusSource CorpusSource::fromFile(std::filesystem::path path)
{
    CorpusSource source;
    source.m_path = std::move(path);
    source.m_isFile = true;
    return source;
}

CorpusSource CorpusSource::fromMemory(std::string_view bytes, std::string displayName)
{
    CorpusSource source;
    source.m_bytes = bytes;
    source.m_name = std::move(displayName);
    return source;
}

std::string CorpusSource::displayName() const
{
    if (!m_isFile)
        return m_name;
    // u8string() keeps non-ASCII paths (CJK, accents) readable in messages whatever the locale.
    const std::u8string utf8 = m_path.u8string();
    return std::string(utf8.begin(), utf8.end());
}

} // namespace ewb::core
