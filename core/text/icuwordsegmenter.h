#pragma once

#include "core/common/result.h"
#include "core/text/runsink.h"
#include "core/text/tokensink.h"

#include <unicode/brkiter.h>
#include <unicode/utext.h>

#include <cstddef>
#include <memory>
#include <string>

namespace ewb::core {

/// TokenizerOptions::Mode::Icu: splits runs into words with ICU's word break iterator (Unicode
/// UAX #29 plus ICU's dictionaries for Chinese, Japanese, Thai, Khmer, Lao and Burmese) and
/// keeps the words whose rule status is number, letter, kana or ideograph; punctuation and
/// symbols are dropped. "don't" and "U.S.A" stay one word, "3.14" one number. Works on UTF-8
/// directly through UText, without converting to UTF-16. The runs of one line are batched
/// (joined by LF, which UAX #29 always breaks around, so the result is that of one run at a
/// time) to make fewer ICU calls. ASCII runs of letters and digits with only punctuation other
/// than "_" and "@" around them (most English runs: "cat", "said,", "(1842).") skip ICU: UAX #29
/// joins ASCII punctuation to a word only between two letters or digits (WB6/7, WB11/12) or for "_"
/// (WB13a/b), so such a run is exactly one word; tests check the result equals ICU's on a whole
/// corpus. Not thread-safe: one segmenter per thread.
class IcuWordSegmenter : public RunSink
{
public:
    /// Creates a segmenter handing its words to next. A word longer than maxTokenBytes (>= 4)
    /// is cut at a code point boundary. asciiFastPath = false sends every run through ICU (for
    /// tests comparing the two). Fails with Internal when ICU's data is missing.
    static Result<std::unique_ptr<IcuWordSegmenter>>
    create(TokenSink &next, std::size_t maxTokenBytes, bool asciiFastPath = true);
    /// Closes the UText.
    ~IcuWordSegmenter() override;

    /// RunSink: takes the next run / line end from the scanner.
    std::size_t onRun(std::string_view text, bool complete) override;
    void onLineEnd(bool discard) override;

private:
    IcuWordSegmenter(TokenSink &next, std::size_t maxTokenBytes, bool asciiFastPath,
                     std::unique_ptr<icu::BreakIterator> words);
    bool segmentSimpleAscii(std::string_view text);
    void flush();
    std::size_t segment(std::string_view text, bool complete);
    void emit(std::string_view word);

    TokenSink &m_next;
    std::size_t m_maxTokenBytes;
    std::unique_ptr<icu::BreakIterator> m_words;
    UText *m_text = nullptr;
    std::string m_batch;
    bool m_asciiFastPath;
    bool m_skipping = false;
};

} // namespace ewb::core
