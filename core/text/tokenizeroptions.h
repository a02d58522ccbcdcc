#pragma once

#include <cstddef>
#include <string>

namespace ewb::core {

/// How the bytes of a corpus become tokens and sentences.
struct TokenizerOptions
{
    enum class Mode {
        /// ICU word break iteration: letters, ideographs, kana, numbers; Chinese, Japanese and
        /// Thai are segmented with ICU's dictionaries. Punctuation and spaces are dropped.
        Icu,
        /// Split on Unicode white space only: for corpora that are already segmented.
        Whitespace,
    };
    enum class InvalidUtf8 {
        Reject, ///< stop at the first invalid sequence with its line and byte offset (default)
        /// drop lines holding invalid sequences, and count them (of a line longer than
        /// maxSentenceTokens, sentences completed before the bad byte have already gone out)
        SkipLine,
        Replace, ///< decode invalid sequences as U+FFFD (the replacement is a separator)
    };

    /// How lines become tokens; Icu for raw text in any language (default).
    Mode mode = Mode::Icu;
    /// Unicode full case folding of every token ("The" and "the" are one word). On by default.
    bool caseFold = true;
    /// NFKC normalisation before folding (with caseFold: Unicode's NFKC_Casefold): full-width
    /// forms and compatibility characters become their plain forms, so NFC/NFD duplicates merge
    /// (RELIABILITY row 12). Off by default. Use TokenNormalizer::normalizeWord() for queries.
    bool nfkc = false;
    /// What to do with bytes that are not UTF-8.
    InvalidUtf8 invalidUtf8 = InvalidUtf8::Reject;
    /// One line of the corpus is one sentence; a longer line is split into sentences of at most
    /// this many tokens (never truncated). Range 1..1,000,000.
    std::size_t maxSentenceTokens = 10000;
    /// A longer token is cut at a code point boundary at this many bytes (and the cut counted).
    /// Range 8..4096.
    std::size_t maxTokenBytes = 100;
    /// Count distinct tokens into CorpusStats::types. Costs a hash lookup per token (up to half
    /// of the Whitespace mode's time); turn it off when the caller counts words itself.
    bool countTypes = true;
    /// Icu mode only: learn from the corpus itself which Chinese names and words ICU's
    /// dictionary splits into single characters (贾母 -> 贾 + 母) and join them again (see
    /// PhraseLearner). Costs a second pass over corpora whose first 64 KiB hold Chinese
    /// characters; other corpora are read once and are unaffected.
    bool cjkPhrases = true;
    /// The word2phrase score a pair must reach to be joined, > 0. Raising it joins fewer, surer
    /// pairs (only names); lowering it also joins frequent compounds (笑道 "said smiling").
    double cjkPhraseThreshold = 50.0;
};

} // namespace ewb::core
