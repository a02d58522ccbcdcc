#pragma once

#include "core/text/phrasetable.h"
#include "core/text/tokensink.h"

#include <string>

namespace ewb::core {

/// Second pass of TokenizerOptions::cjkPhrases: a token pipeline stage that joins the adjacent
/// pairs of a PhraseTable (贾 + 母 -> 贾母), greedily from the left, never across a line end.
/// A joined token counts as cut when either part was. Not thread-safe.
class PhraseMerger : public TokenSink
{
public:
    /// table and next must outlive the merger.
    PhraseMerger(const PhraseTable &table, TokenSink &next);

    /// TokenSink: takes the next token / line end of the pipeline.
    void onToken(std::string_view token, bool cut) override;
    void onLineEnd(bool discard) override;

private:
    void release();

    const PhraseTable &m_table;
    TokenSink &m_next;
    std::string m_held;
    bool m_heldCut = false;
    bool m_holding = false;
};

} // namespace ewb::core
