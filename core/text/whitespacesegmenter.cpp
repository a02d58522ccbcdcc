#include "core/text/whitespacesegmenter.h"

#include "core/text/utf8.h"

namespace ewb::core {

WhitespaceSegmenter::WhitespaceSegmenter(TokenSink &next, std::size_t maxTokenBytes)
    : m_next(next), m_maxTokenBytes(maxTokenBytes)
{ }

std::size_t WhitespaceSegmenter::onRun(std::string_view text, bool complete)
{
    if (m_skipping) {
        // The rest of a token whose head already went out cut.
        m_skipping = !complete;
        return text.size();
    }
    if (complete) {
        const std::size_t length = utf8::prefixLength(text, m_maxTokenBytes);
        m_next.onToken(text.substr(0, length), length < text.size());
        return text.size();
    }
    if (text.size() <= m_maxTokenBytes)
        return 0;
    m_next.onToken(text.substr(0, utf8::prefixLength(text, m_maxTokenBytes)), true);
    m_skipping = true;
    return text.size();
}

void WhitespaceSegmenter::onLineEnd(bool discard)
{
    m_next.onLineEnd(discard);
}

} // namespace ewb::core
