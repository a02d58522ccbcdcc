#include "core/text/sentencebuilder.h"

namespace ewb::core {

SentenceBuilder::SentenceBuilder(const SentenceSink &sink, std::size_t maxSentenceTokens,
                                 bool countTypes)
    : m_sink(sink), m_maxSentenceTokens(maxSentenceTokens), m_countTypes(countTypes)
{ }

void SentenceBuilder::onToken(std::string_view token, bool cut)
{
    m_arena.append(token);
    m_ends.push_back(m_arena.size());
    if (cut)
        ++m_pendingCut;
    if (m_ends.size() >= m_maxSentenceTokens)
        flush();
}

void SentenceBuilder::onLineEnd(bool discard)
{
    if (discard) {
        m_arena.clear();
        m_ends.clear();
        m_pendingCut = 0;
        return;
    }
    flush();
}

void SentenceBuilder::flush()
{
    if (m_ends.empty())
        return;
    // Views are made only now: the arena may have moved while the sentence grew.
    m_views.clear();
    std::size_t start = 0;
    for (const std::size_t end : m_ends) {
        const std::string_view token(m_arena.data() + start, end - start);
        m_views.push_back(token);
        if (m_countTypes)
            m_types.insert(token);
        start = end;
    }
    ++m_sentences;
    m_tokens += m_ends.size();
    m_cutTokens += m_pendingCut;
    m_pendingCut = 0;
    if (m_sink)
        m_sink(m_views);
    m_arena.clear();
    m_ends.clear();
}

} // namespace ewb::core
