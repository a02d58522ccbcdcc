#pragma once

#include <cstdint>
#include <span>
#include <vector>

namespace ewb::core {

/// The corpus as ids of a Vocabulary, held in memory so that epochs never tokenize again.
/// Words that did not make it into the vocabulary (min_count, max_vocab) are removed, as
/// word2vec and gensim do, so windows span over them; sentences left empty are dropped.
/// Immutable once built; every const member is safe to call from any number of threads.
class EncodedCorpus
{
public:
    /// An empty corpus.
    EncodedCorpus() = default;

    /// Takes the ids of all sentences back to back and the offset at which each sentence
    /// starts, plus one final offset equal to ids.size(). rawTokens counts every token the
    /// tokenizer produced, including the removed ones. The caller guarantees that the offsets
    /// are ascending and that no sentence is empty (asserted).
    EncodedCorpus(std::vector<std::uint32_t> ids, std::vector<std::uint64_t> sentenceOffsets,
                  std::uint64_t rawTokens);

    /// Number of sentences.
    std::size_t sentenceCount() const { return m_offsets.empty() ? 0 : m_offsets.size() - 1; }
    /// The ids of sentence i (0 <= i < sentenceCount()).
    std::span<const std::uint32_t> sentence(std::size_t i) const
    {
        return std::span<const std::uint32_t>(m_ids).subspan(
            static_cast<std::size_t>(m_offsets[i]),
            static_cast<std::size_t>(m_offsets[i + 1] - m_offsets[i]));
    }
    /// All ids back to back.
    std::span<const std::uint32_t> ids() const { return m_ids; }
    /// sentenceCount() + 1 offsets into ids(); the last equals ids().size().
    std::span<const std::uint64_t> sentenceOffsets() const { return m_offsets; }
    /// Number of tokens kept (all belong to the vocabulary): what one epoch trains on.
    std::uint64_t tokenCount() const { return m_ids.size(); }
    /// Number of tokens the tokenizer produced, removed ones included: the basis of raw words/s.
    std::uint64_t rawTokenCount() const { return m_rawTokens; }
    /// Length of the longest sentence, in tokens.
    std::size_t maxSentenceLength() const { return m_maxSentence; }

private:
    std::vector<std::uint32_t> m_ids;
    std::vector<std::uint64_t> m_offsets;
    std::uint64_t m_rawTokens = 0;
    std::size_t m_maxSentence = 0;
};

} // namespace ewb::core
