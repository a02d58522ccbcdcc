#pragma once

#include "core/text/corpustokenizer.h"
#include "core/text/tokensink.h"
#include "core/text/typeset.h"

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace ewb::core {

/// Last stage of the token pipeline: gathers the tokens of a line and hands them to a
/// SentenceSink as one sentence, or as several of at most maxSentenceTokens tokens when the line
/// is longer (no token is dropped). Keeps the exact counts of CorpusStats that concern tokens.
/// Memory: one sentence (at most maxSentenceTokens tokens) plus the set of distinct tokens.
/// Not thread-safe.
class SentenceBuilder : public TokenSink
{
public:
    /// sink must outlive the builder; maxSentenceTokens >= 1; countTypes fills types().
    SentenceBuilder(const SentenceSink &sink, std::size_t maxSentenceTokens, bool countTypes);

    /// TokenSink: takes the next token / line end of the pipeline.
    void onToken(std::string_view token, bool cut) override;
    void onLineEnd(bool discard) override;

    /// Sentences handed to the sink so far.
    std::uint64_t sentences() const { return m_sentences; }
    /// Tokens handed to the sink so far (tokens of discarded lines are not counted).
    std::uint64_t tokens() const { return m_tokens; }
    /// Distinct tokens handed to the sink so far; 0 when not counting types.
    std::uint64_t types() const { return m_types.size(); }
    /// Tokens handed to the sink that had been cut at maxTokenBytes.
    std::uint64_t cutTokens() const { return m_cutTokens; }

private:
    void flush();

    const SentenceSink &m_sink;
    std::size_t m_maxSentenceTokens;
    bool m_countTypes;
    std::string m_arena;
    std::vector<std::size_t> m_ends;
    std::vector<std::string_view> m_views;
    std::uint64_t m_pendingCut = 0;
    std::uint64_t m_sentences = 0;
    std::uint64_t m_tokens = 0;
    std::uint64_t m_cutTokens = 0;
    TypeSet m_types;
};

} // namespace ewb::core
