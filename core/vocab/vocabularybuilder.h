#pragma once

#include "core/common/result.h"
#include "core/vocab/encodedcorpus.h"
#include "core/vocab/vocabulary.h"

#include <cstdint>
#include <functional>
#include <span>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace ewb::core {

/// Counts the tokens of a corpus in one pass and keeps the corpus encoded in memory, so that
/// nothing is tokenized twice. Feed it every sentence (e.g. as the SentenceSink of
/// tokenizeCorpus), then call finish() once. Memory: 4 bytes per token plus one hash entry per
/// distinct token. Not thread-safe: one thread feeds it.
class VocabularyBuilder
{
public:
    /// What finish() produces.
    struct Output
    {
        Vocabulary vocabulary;
        EncodedCorpus corpus;
    };

    /// Counts one sentence. Words get provisional ids in order of first occurrence. Empty
    /// sentences are ignored. Never throws: running out of memory is remembered and reported
    /// by finish().
    void addSentence(std::span<const std::string_view> tokens);

    /// Tokens counted so far.
    std::uint64_t tokenCount() const { return m_tokens.size(); }
    /// Distinct tokens counted so far.
    std::size_t typeCount() const { return m_counts.size(); }

    /// Builds the vocabulary and the encoded corpus; on success the builder is left empty, on
    /// VocabularyTooSmall it is unchanged, so finish() may be retried with other limits.
    /// minCount: words occurring fewer times are dropped (0 and 1 keep every word); raising it
    /// shrinks the vocabulary and the model. maxVocab: keep at most this many of the most
    /// frequent words (0 = no limit). Fails with NoTokens when nothing was counted, with
    /// VocabularyTooSmall when fewer than two distinct words remain, with OutOfMemory when
    /// memory ran out while counting.
    Result<Output> finish(std::uint64_t minCount, std::size_t maxVocab);

private:
    struct Hash
    {
        using is_transparent = void;
        std::size_t operator()(std::string_view s) const noexcept
        {
            return std::hash<std::string_view> {}(s);
        }
    };

    std::unordered_map<std::string, std::uint32_t, Hash, std::equal_to<>> m_ids;
    std::vector<std::uint64_t> m_counts;
    std::vector<std::uint32_t> m_tokens;
    std::vector<std::uint64_t> m_sentenceEnds;
    bool m_outOfMemory = false;
    bool m_tooManyTypes = false;
};

} // namespace ewb::core
