#include "core/text/utf8scanner.h"

#include "core/text/utf8.h"

#include <cstring>

namespace ewb::core {

Utf8Scanner::Utf8Scanner(TokenizerOptions::InvalidUtf8 policy, RunSink &sink,
                         std::uint64_t startOffset, std::size_t maxPendingBytes)
    : m_sink(sink)
    , m_policy(policy)
    , m_maxPending(maxPendingBytes)
    , m_base(startOffset)
    , m_lineStart(startOffset)
{ }

constexpr Utf8Scanner::Kind Utf8Scanner::classify(char32_t c)
{
    if (utf8::isLineBreak(c))
        return c == U'\r' ? Kind::CarriageReturn : Kind::LineFeed;
    if (utf8::isSpace(c))
        return Kind::Space;
    if (utf8::isControl(c))
        return Kind::Control;
    return Kind::Text;
}

void Utf8Scanner::feed(std::string_view bytes)
{
    static constexpr auto asciiKinds = [] {
        std::array<Kind, 128> table {};
        for (char32_t c = 0; c < 128; ++c)
            table[c] = classify(c);
        return table;
    }();

    const char *data = bytes.data();
    const auto *p = reinterpret_cast<const unsigned char *>(data);
    const std::size_t n = bytes.size();
    if (n == 0)
        return;
    std::size_t i = 0;
    if (m_afterCr) {
        // The CR ending the previous piece already ended the line; its LF belongs to it.
        m_afterCr = false;
        if (p[0] == '\n') {
            i = 1;
            m_lineStart = m_base + 1;
        }
    }
    if (m_partialLength > 0)
        i = completePartial(data, n);

    std::size_t runStart = i;
    while (i < n) {
        const unsigned char c = p[i];
        Kind kind = Kind::Text;
        std::size_t length = 1;
        if (c < 0x80) {
            kind = asciiKinds[c];
            if (kind == Kind::Text) {
                ++i;
                continue;
            }
        } else {
            const utf8::Decoded d = utf8::decode(p + i, n - i);
            if (d.status == utf8::DecodeStatus::Ok) {
                kind = classify(d.codePoint);
                length = d.length;
                if (kind == Kind::Text) {
                    i += length;
                    continue;
                }
            } else if (d.status == utf8::DecodeStatus::Incomplete) {
                keepPending(data + runStart, data + i);
                m_partialLength = static_cast<std::uint8_t>(n - i);
                std::memcpy(m_partial.data(), p + i, n - i);
                m_partialOffset = m_base + i;
                runStart = i = n;
                break;
            } else {
                endRun(data + runStart, data + i);
                invalidSequence(m_base + i, bytes.substr(i, d.length));
                i += d.length;
                runStart = i;
                continue;
            }
        }
        endRun(data + runStart, data + i);
        switch (kind) {
        case Kind::Text:
        case Kind::Space:
            break;
        case Kind::Control:
            ++m_controls;
            break;
        case Kind::LineFeed:
            endLine(m_base + i + length);
            break;
        case Kind::CarriageReturn:
            if (i + 1 < n) {
                if (p[i + 1] == '\n')
                    ++length;
            } else {
                m_afterCr = true;
            }
            endLine(m_base + i + length);
            break;
        }
        i += length;
        runStart = i;
    }
    if (runStart < n)
        keepPending(data + runStart, data + n);
    m_base += n;
}

std::size_t Utf8Scanner::completePartial(const char *data, std::size_t size)
{
    std::size_t i = 0;
    utf8::Decoded d = utf8::decode(m_partial.data(), m_partialLength);
    while (d.status == utf8::DecodeStatus::Incomplete && i < size) {
        m_partial[m_partialLength++] = static_cast<unsigned char>(data[i++]);
        d = utf8::decode(m_partial.data(), m_partialLength);
    }
    if (d.status == utf8::DecodeStatus::Incomplete)
        return i;
    const auto *bytes = reinterpret_cast<const char *>(m_partial.data());
    const std::uint64_t offset = m_partialOffset;
    const std::size_t taken = m_partialLength;
    m_partialLength = 0;
    if (d.status == utf8::DecodeStatus::Invalid) {
        endRun(nullptr, nullptr);
        invalidSequence(offset, std::string_view(bytes, d.length));
        // The byte that broke the sequence is scanned again as the start of what follows.
        return i - (taken - d.length);
    }
    const Kind kind = classify(d.codePoint);
    if (kind == Kind::Text) {
        keepPending(bytes, bytes + d.length);
        return i;
    }
    endRun(nullptr, nullptr);
    if (kind == Kind::Control)
        ++m_controls;
    else if (kind == Kind::LineFeed)
        endLine(offset + d.length);
    return i;
}

void Utf8Scanner::endRun(const char *begin, const char *end)
{
    if (m_pending.empty()) {
        if (begin != end && !m_rejected)
            m_sink.onRun(std::string_view(begin, static_cast<std::size_t>(end - begin)), true);
        return;
    }
    if (begin != end)
        m_pending.append(begin, end);
    if (!m_rejected)
        m_sink.onRun(m_pending, true);
    m_pending.clear();
}

void Utf8Scanner::keepPending(const char *begin, const char *end)
{
    if (m_rejected || begin == end)
        return;
    m_pending.append(begin, end);
    if (m_pending.size() > m_maxPending) {
        const std::size_t consumed = m_sink.onRun(m_pending, false);
        m_pending.erase(0, consumed);
    }
}

void Utf8Scanner::endLine(std::uint64_t nextLineStart)
{
    ++m_lines;
    m_lineStart = nextLineStart;
    if (!m_rejected)
        m_sink.onLineEnd(m_lineBad);
    if (m_lineBad)
        ++m_skippedLines;
    m_lineBad = false;
}

void Utf8Scanner::invalidSequence(std::uint64_t offset, std::string_view bytes)
{
    ++m_invalid;
    if (m_invalid == 1) {
        m_firstInvalidLine = m_lines + 1;
        m_firstInvalidOffset = offset;
        m_firstInvalidBytes.assign(bytes.substr(0, 8));
    }
    switch (m_policy) {
    case TokenizerOptions::InvalidUtf8::Reject:
        m_rejected = true;
        m_pending.clear();
        break;
    case TokenizerOptions::InvalidUtf8::SkipLine:
        m_lineBad = true;
        break;
    case TokenizerOptions::InvalidUtf8::Replace:
        break;
    }
}

void Utf8Scanner::finish()
{
    if (m_partialLength > 0) {
        const auto *bytes = reinterpret_cast<const char *>(m_partial.data());
        invalidSequence(m_partialOffset, std::string_view(bytes, m_partialLength));
        m_partialLength = 0;
    }
    endRun(nullptr, nullptr);
    if (m_base > m_lineStart)
        endLine(m_base);
}

} // namespace ewb::core
