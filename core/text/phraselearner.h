#pragma once

#include "core/text/phrasetable.h"
#include "core/text/tokensink.h"

#include <cstdint>
#include <string>
#include <unordered_map>

namespace ewb::core {

/// First pass of TokenizerOptions::cjkPhrases. ICU's dictionary knows common Chinese words
/// (宝玉, 黛玉, 妹妹) but not every name of a given text, which it splits into single
/// characters (贾母 -> 贾 + 母, 宝钗 -> 宝 + 钗). The learner counts Han tokens and the pairs
/// "one ideograph followed by a token of one or two ideographs" on the same line, then keeps
/// the pairs that co-occur far more often than chance, with word2phrase's score (Mikolov et al.
/// 2013, "Distributed representations of words and phrases", section 4):
///     score(a, b) = (count(ab) - minCount) / (count(a) * count(b)) * hanTokens.
/// Memory: one counter per distinct Han token and per distinct candidate pair. Not thread-safe.
class PhraseLearner : public TokenSink
{
public:
    /// TokenSink: takes the next token / line end of the pipeline.
    void onToken(std::string_view token, bool cut) override;
    void onLineEnd(bool discard) override;

    /// The pairs with count(ab) > minCount and score >= threshold. Raising threshold merges
    /// fewer, surer pairs; lowering it merges more, including frequent verb compounds (笑道).
    PhraseTable learn(double threshold, std::uint64_t minCount) const;

    /// Han tokens seen (the total of the score's denominator).
    std::uint64_t hanTokens() const { return m_hanTokens; }

private:
    std::unordered_map<std::string, std::uint64_t> m_unigrams;
    std::unordered_map<std::string, std::uint64_t> m_pairs;
    std::string m_previous;
    std::uint64_t m_hanTokens = 0;
};

} // namespace ewb::core
