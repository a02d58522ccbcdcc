#include "core/text/phraselearner.h"

#include "core/text/hantext.h"

namespace ewb::core {

void PhraseLearner::onToken(std::string_view token, bool)
{
    const std::size_t length = hantext::hanLength(token);
    if (length == 0) {
        m_previous.clear();
        return;
    }
    ++m_hanTokens;
    ++m_unigrams[std::string(token)];
    // Only a single ideograph starts a candidate, and the word stays at most three long:
    // longer joins glue a name to the verb after it (袭人 + 道 "Xiren said").
    if (!m_previous.empty() && length <= 2) {
        std::string pair = m_previous;
        pair.append(token);
        ++m_pairs[pair];
    }
    if (length == 1)
        m_previous.assign(token);
    else
        m_previous.clear();
}

void PhraseLearner::onLineEnd(bool)
{
    m_previous.clear();
}

PhraseTable PhraseLearner::learn(double threshold, std::uint64_t minCount) const
{
    PhraseTable table;
    const auto total = static_cast<double>(m_hanTokens);
    for (const auto &[pair, count] : m_pairs) {
        if (count <= minCount)
            continue;
        // The left token is one ideograph: its UTF-8 length is that of the first code point.
        const auto d
            = utf8::decode(reinterpret_cast<const unsigned char *>(pair.data()), pair.size());
        const std::string_view left = std::string_view(pair).substr(0, d.length);
        const std::string_view right = std::string_view(pair).substr(d.length);
        const auto a = m_unigrams.find(std::string(left));
        const auto b = m_unigrams.find(std::string(right));
        if (a == m_unigrams.end() || b == m_unigrams.end())
            continue;
        const double score = static_cast<double>(count - minCount)
            / (static_cast<double>(a->second) * static_cast<double>(b->second)) * total;
        if (score >= threshold)
            table.add(left, right);
    }
    return table;
}

} // namespace ewb::core
