#include "core/text/icuwordsegmenter.h"

#include "core/text/utf8.h"

#include <unicode/locid.h>
#include <unicode/ubrk.h>

#include <array>
#include <cassert>
#include <climits>

namespace ewb::core {

namespace {

    // Runs are batched up to this size: large enough to amortise ICU's per-text set-up, small
    // enough to stay in cache.
    constexpr std::size_t batchBytes = 64 * 1024;

    bool isWordStatus(std::int32_t status)
    {
        return status >= UBRK_WORD_NUMBER && status < UBRK_WORD_IDEO_LIMIT;
    }

} // namespace

Result<std::unique_ptr<IcuWordSegmenter>>
IcuWordSegmenter::create(TokenSink &next, std::size_t maxTokenBytes, bool asciiFastPath)
{
    UErrorCode status = U_ZERO_ERROR;
    // The root locale: "zh" and "ja" give the same segmentation (the CJK dictionary is used for
    // Han and kana whatever the locale), and root keeps the behaviour independent of the user.
    std::unique_ptr<icu::BreakIterator> words(
        icu::BreakIterator::createWordInstance(icu::Locale::getRoot(), status));
    if (U_FAILURE(status) || !words)
        return fail(ErrorCode::Internal,
                    std::string("cannot create ICU word break iterator: ") + u_errorName(status));
    return std::unique_ptr<IcuWordSegmenter>(
        new IcuWordSegmenter(next, maxTokenBytes, asciiFastPath, std::move(words)));
}

IcuWordSegmenter::IcuWordSegmenter(TokenSink &next, std::size_t maxTokenBytes, bool asciiFastPath,
                                   std::unique_ptr<icu::BreakIterator> words)
    : m_next(next)
    , m_maxTokenBytes(maxTokenBytes)
    , m_words(std::move(words))
    , m_asciiFastPath(asciiFastPath)
{ }

IcuWordSegmenter::~IcuWordSegmenter()
{
    utext_close(m_text);
}

std::size_t IcuWordSegmenter::onRun(std::string_view text, bool complete)
{
    if (!complete || m_skipping) {
        flush();
        return segment(text, complete);
    }
    if (m_asciiFastPath && segmentSimpleAscii(text))
        return text.size();
    if (text.size() >= batchBytes) {
        flush();
        return segment(text, true);
    }
    if (m_batch.size() + text.size() >= batchBytes)
        flush();
    if (!m_batch.empty())
        m_batch.push_back('\n');
    m_batch.append(text);
    return text.size();
}

bool IcuWordSegmenter::segmentSimpleAscii(std::string_view text)
{
    static constexpr auto kinds = [] {
        // 0: anything else: non-ASCII, "_" (ExtendNumLet) and "@" (a letter in ICU's rules, for
        // e-mail addresses); 1: letter or digit; 2: other ASCII punctuation.
        std::array<std::uint8_t, 256> table {};
        for (int c = 0x21; c < 0x7F; ++c)
            table[static_cast<std::size_t>(c)] = 2;
        for (int c = '0'; c <= '9'; ++c)
            table[static_cast<std::size_t>(c)] = 1;
        for (int c = 'a'; c <= 'z'; ++c) {
            table[static_cast<std::size_t>(c)] = 1;
            table[static_cast<std::size_t>(c - 'a' + 'A')] = 1;
        }
        table['_'] = 0;
        table['@'] = 0;
        return table;
    }();
    auto kind = [&](std::size_t i) { return kinds[static_cast<unsigned char>(text[i])]; };
    std::size_t begin = 0;
    std::size_t end = text.size();
    while (begin < end && kind(begin) == 2)
        ++begin;
    while (end > begin && kind(end - 1) == 2)
        --end;
    for (std::size_t i = begin; i < end; ++i) {
        if (kind(i) != 1)
            return false;
    }
    // Words already batched come first.
    flush();
    if (end > begin)
        emit(text.substr(begin, end - begin));
    return true;
}

void IcuWordSegmenter::onLineEnd(bool discard)
{
    flush();
    m_next.onLineEnd(discard);
}

void IcuWordSegmenter::flush()
{
    if (m_batch.empty())
        return;
    segment(m_batch, true);
    m_batch.clear();
}

std::size_t IcuWordSegmenter::segment(std::string_view text, bool complete)
{
    assert(text.size() < INT32_MAX);
    const auto length = static_cast<std::int32_t>(text.size());
    UErrorCode status = U_ZERO_ERROR;
    m_text = utext_openUTF8(m_text, text.data(), length, &status);
    m_words->setText(m_text, status);
    if (U_FAILURE(status))
        return text.size();

    std::int32_t consumed = 0;
    std::int32_t firstStatus = -1;
    std::int32_t start = m_words->first();
    for (std::int32_t end = m_words->next(); end != icu::BreakIterator::DONE;
         start = end, end = m_words->next()) {
        const std::int32_t rule = m_words->getRuleStatus();
        if (firstStatus < 0)
            firstStatus = rule;
        // In an unfinished run the last word may go on in the next piece: keep it for then.
        if (!complete && end == length)
            break;
        consumed = end;
        if (m_skipping) {
            // The tail of a word whose head already went out cut.
            m_skipping = false;
            continue;
        }
        if (isWordStatus(rule))
            emit(text.substr(static_cast<std::size_t>(start),
                             static_cast<std::size_t>(end - start)));
    }
    if (!complete && consumed == 0) {
        // One word fills the whole piece: cut it now and drop the rest of it as it arrives.
        if (!m_skipping && isWordStatus(firstStatus))
            emit(text);
        m_skipping = true;
        return text.size();
    }
    return static_cast<std::size_t>(consumed);
}

void IcuWordSegmenter::emit(std::string_view word)
{
    const std::size_t length = utf8::prefixLength(word, m_maxTokenBytes);
    m_next.onToken(word.substr(0, length), length < word.size());
}

} // namespace ewb::core
