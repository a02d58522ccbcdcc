#pragma once

#include "core/text/runsink.h"
#include "core/text/tokenizeroptions.h"

#include <array>
#include <cstdint>
#include <string>
#include <string_view>

namespace ewb::core {

/// Streaming strict UTF-8 decoder that splits text into lines and runs. Bytes arrive in pieces
/// of any size (a code point, a CRLF or a run may straddle two pieces); the scanner keeps at
/// most maxPendingBytes of an unfinished run, so memory stays bounded whatever the line length.
/// Line breaks are LF, CR, CRLF, NEL, U+2028 and U+2029; runs are separated by white space,
/// control characters and line breaks (see utf8.h). Invalid sequences are handled by the
/// policy: Reject stops handing anything to the sink and only counts; SkipLine has the sink
/// discard the line; Replace treats each one as a separator. Not thread-safe.
class Utf8Scanner
{
public:
    /// startOffset is the byte offset of the first byte fed (3 after a BOM), used in messages.
    /// maxPendingBytes (>= 1) bounds the buffered part of a run that crosses pieces; raising it
    /// lets longer runs reach the sink in one piece at the cost of memory.
    Utf8Scanner(TokenizerOptions::InvalidUtf8 policy, RunSink &sink, std::uint64_t startOffset,
                std::size_t maxPendingBytes = 64 * 1024);

    /// Scans the next bytes of the input.
    void feed(std::string_view bytes);
    /// Ends the input: a sequence cut by the end is invalid, the last line ends.
    void finish();

    /// Lines ended so far (a last line without a line break counts once finish() is called).
    std::uint64_t lines() const { return m_lines; }
    /// Control characters met (see utf8::isControl); they separated runs.
    std::uint64_t controlCharacters() const { return m_controls; }
    /// Invalid sequences met, each maximal subpart counted once, whatever the policy.
    std::uint64_t invalidSequences() const { return m_invalid; }
    /// Lines the sink was told to discard (SkipLine policy).
    std::uint64_t skippedLines() const { return m_skippedLines; }
    /// True when the policy is Reject and an invalid sequence was seen.
    bool rejected() const { return m_rejected; }
    /// 1-based line and byte offset of the first invalid sequence (valid when invalidSequences()).
    std::uint64_t firstInvalidLine() const { return m_firstInvalidLine; }
    std::uint64_t firstInvalidOffset() const { return m_firstInvalidOffset; }
    /// Up to 8 bytes from the first invalid sequence on, for messages.
    std::string_view firstInvalidBytes() const { return m_firstInvalidBytes; }

private:
    enum class Kind : std::uint8_t { Text, Space, LineFeed, CarriageReturn, Control };

    static constexpr Kind classify(char32_t c);
    void endRun(const char *begin, const char *end);
    void keepPending(const char *begin, const char *end);
    void endLine(std::uint64_t nextLineStart);
    void invalidSequence(std::uint64_t offset, std::string_view bytes);
    std::size_t completePartial(const char *data, std::size_t size);

    RunSink &m_sink;
    TokenizerOptions::InvalidUtf8 m_policy;
    std::size_t m_maxPending;
    std::string m_pending;
    std::array<unsigned char, 4> m_partial {};
    std::uint8_t m_partialLength = 0;
    std::uint64_t m_partialOffset = 0;
    bool m_afterCr = false;
    bool m_lineBad = false;
    bool m_rejected = false;
    std::uint64_t m_base = 0;
    std::uint64_t m_lineStart = 0;
    std::uint64_t m_lines = 0;
    std::uint64_t m_controls = 0;
    std::uint64_t m_invalid = 0;
    std::uint64_t m_skippedLines = 0;
    std::uint64_t m_firstInvalidLine = 0;
    std::uint64_t m_firstInvalidOffset = 0;
    std::string m_firstInvalidBytes;
};

} // namespace ewb::core
