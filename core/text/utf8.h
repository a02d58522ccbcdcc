#pragma once

#include <cstddef>
#include <cstdint>
#include <string_view>

/// Strict UTF-8 decoding and the code point classes the corpus reader splits on. Pure functions,
/// thread-safe, no allocation.
namespace ewb::core::utf8 {

/// What decode() found at the start of its input.
enum class DecodeStatus : std::uint8_t {
    Ok, ///< a well-formed code point of `length` bytes
    Invalid, ///< an ill-formed sequence; `length` is its maximal subpart (1..3 bytes)
    Incomplete, ///< a well-formed prefix that the input ends inside (more bytes needed)
};

/// One decoded code point (or the reason why there is none).
struct Decoded
{
    char32_t codePoint = 0;
    std::uint8_t length = 0;
    DecodeStatus status = DecodeStatus::Ok;
};

/// Decodes the code point at bytes[0..size) (size >= 1) following RFC 3629 / Unicode 15 Table
/// 3-7: overlong forms, surrogates (U+D800..U+DFFF) and values above U+10FFFF are Invalid. The
/// Invalid length is the "maximal subpart" of Unicode's U+FFFD substitution practice, so each
/// broken sequence becomes exactly one replacement.
constexpr Decoded decode(const unsigned char *bytes, std::size_t size)
{
    const unsigned char lead = bytes[0];
    if (lead < 0x80)
        return { lead, 1, DecodeStatus::Ok };
    std::uint8_t length = 0;
    unsigned char low = 0x80;
    unsigned char high = 0xBF;
    char32_t value = 0;
    if (lead >= 0xC2 && lead <= 0xDF) {
        length = 2;
        value = lead & 0x1Fu;
    } else if (lead >= 0xE0 && lead <= 0xEF) {
        length = 3;
        value = lead & 0x0Fu;
        // E0 needs A0.. (no overlongs), ED needs ..9F (no surrogates).
        low = lead == 0xE0 ? 0xA0 : 0x80;
        high = lead == 0xED ? 0x9F : 0xBF;
    } else if (lead >= 0xF0 && lead <= 0xF4) {
        length = 4;
        value = lead & 0x07u;
        // F0 needs 90.. (no overlongs), F4 needs ..8F (nothing above U+10FFFF).
        low = lead == 0xF0 ? 0x90 : 0x80;
        high = lead == 0xF4 ? 0x8F : 0xBF;
    } else {
        return { 0, 1, DecodeStatus::Invalid };
    }
    for (std::uint8_t i = 1; i < length; ++i) {
        if (i >= size)
            return { 0, i, DecodeStatus::Incomplete };
        const unsigned char next = bytes[i];
        if (next < low || next > high)
            return { 0, i, DecodeStatus::Invalid };
        value = (value << 6) | (next & 0x3Fu);
        low = 0x80;
        high = 0xBF;
    }
    return { value, length, DecodeStatus::Ok };
}

/// True for the code points that end a line: LF, CR (CRLF counts once), NEL U+0085, LINE
/// SEPARATOR U+2028 and PARAGRAPH SEPARATOR U+2029.
constexpr bool isLineBreak(char32_t c)
{
    return c == U'\n' || c == U'\r' || c == 0x85 || c == 0x2028 || c == 0x2029;
}

/// True for C0 and C1 control characters other than the white space and line break ones
/// (TAB, LF, VT, FF, CR, NEL): NUL, ESC, DEL, ... They separate tokens and are counted.
constexpr bool isControl(char32_t c)
{
    return (c < 0x20 && (c < 0x09 || c > 0x0D)) || (c >= 0x7F && c <= 0x9F && c != 0x85);
}

/// True for the code points that separate tokens without ending a line: Unicode White_Space
/// (space, TAB, VT, FF, NBSP U+00A0, U+1680, U+2000..U+200A, U+202F, U+205F, IDEOGRAPHIC SPACE
/// U+3000), the invisible ZERO WIDTH SPACE U+200B, WORD JOINER U+2060, MONGOLIAN VOWEL
/// SEPARATOR U+180E and ZERO WIDTH NO-BREAK SPACE U+FEFF (a BOM in mid-text), plus U+FFFD, the
/// mark of bytes that were not text. Controls are separators too but see isControl().
constexpr bool isSpace(char32_t c)
{
    if (c < 0x80)
        return c == U' ' || c == U'\t' || c == 0x0B || c == 0x0C;
    if (c < 0x1680)
        return c == 0xA0;
    return c == 0x1680 || c == 0x180E || (c >= 0x2000 && c <= 0x200B) || c == 0x202F || c == 0x205F
        || c == 0x2060 || c == 0x3000 || c == 0xFEFF || c == 0xFFFD;
}

/// The longest prefix of text (valid UTF-8) of at most maxBytes bytes that ends on a code point
/// boundary, so a cut token never holds half a character.
constexpr std::size_t prefixLength(std::string_view text, std::size_t maxBytes)
{
    if (text.size() <= maxBytes)
        return text.size();
    std::size_t end = maxBytes;
    while (end > 0 && (static_cast<unsigned char>(text[end]) & 0xC0u) == 0x80u)
        --end;
    return end;
}

} // namespace ewb::core::utf8
