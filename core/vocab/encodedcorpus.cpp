#include "core/vocab/encodedcorpus.h"

#include <algorithm>
#include <cassert>

namespace ewb::core {

EncodedCorpus::EncodedCorpus(std::vector<std::uint32_t> ids,
                             std::vector<std::uint64_t> sentenceOffsets, std::uint64_t rawTokens)
    : m_ids(std::move(ids)), m_offsets(std::move(sentenceOffsets)), m_rawTokens(rawTokens)
{
    assert(m_offsets.empty() || m_offsets.front() == 0);
    assert(m_offsets.empty() || m_offsets.back() == m_ids.size());
    for (std::size_t i = 1; i < m_offsets.size(); ++i) {
        assert(m_offsets[i] > m_offsets[i - 1]);
        m_maxSentence
            = std::max(m_maxSentence, static_cast<std::size_t>(m_offsets[i] - m_offsets[i - 1]));
    }
}

} // namespace ewb::core
