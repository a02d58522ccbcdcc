#pragma once

#include "core/text/runsink.h"
#include "core/text/tokensink.h"

#include <cstddef>

namespace ewb::core {

/// TokenizerOptions::Mode::Whitespace: every run between separators is one token, for corpora
/// that are already segmented. A token longer than maxTokenBytes keeps its first maxTokenBytes
/// bytes (cut at a code point boundary) and the rest is dropped, in time linear in its length.
/// Not thread-safe.
class WhitespaceSegmenter : public RunSink
{
public:
    /// next receives the tokens; maxTokenBytes >= 4.
    WhitespaceSegmenter(TokenSink &next, std::size_t maxTokenBytes);

    /// RunSink: takes the next run / line end from the scanner.
    std::size_t onRun(std::string_view text, bool complete) override;
    void onLineEnd(bool discard) override;

private:
    TokenSink &m_next;
    std::size_t m_maxTokenBytes;
    bool m_skipping = false;
};

} // namespace ewb::core
