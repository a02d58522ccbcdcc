#include "core/formats/utf8repair.h"

namespace ewb::core {

namespace {

    // Length of the well-formed sequence starting at text[pos], or of the maximal ill-formed
    // subpart (as a negative number) when it is not well-formed. Follows Unicode Table 3-7.
    std::ptrdiff_t sequenceLength(std::string_view text, std::size_t pos)
    {
        const auto byte = [&](std::size_t i) { return static_cast<unsigned char>(text[i]); };
        const unsigned char lead = byte(pos);
        if (lead < 0x80)
            return 1;
        std::size_t length = 0;
        unsigned char low = 0x80;
        unsigned char high = 0xBF;
        if (lead >= 0xC2 && lead <= 0xDF) {
            length = 2;
        } else if (lead >= 0xE0 && lead <= 0xEF) {
            length = 3;
            if (lead == 0xE0)
                low = 0xA0; // overlong below U+0800
            if (lead == 0xED)
                high = 0x9F; // UTF-16 surrogates
        } else if (lead >= 0xF0 && lead <= 0xF4) {
            length = 4;
            if (lead == 0xF0)
                low = 0x90; // overlong below U+10000
            if (lead == 0xF4)
                high = 0x8F; // above U+10FFFF
        } else {
            return -1;
        }
        for (std::size_t i = 1; i < length; ++i) {
            if (pos + i >= text.size())
                return -static_cast<std::ptrdiff_t>(i);
            const unsigned char next = byte(pos + i);
            const unsigned char min = i == 1 ? low : 0x80;
            const unsigned char max = i == 1 ? high : 0xBF;
            if (next < min || next > max)
                return -static_cast<std::ptrdiff_t>(i);
        }
        return static_cast<std::ptrdiff_t>(length);
    }

} // namespace

std::size_t Utf8Repair::firstInvalid(std::string_view text)
{
    std::size_t pos = 0;
    while (pos < text.size()) {
        if (static_cast<unsigned char>(text[pos]) < 0x80) {
            ++pos;
            continue;
        }
        const std::ptrdiff_t length = sequenceLength(text, pos);
        if (length < 0)
            return pos;
        pos += static_cast<std::size_t>(length);
    }
    return std::string_view::npos;
}

std::string Utf8Repair::replaceInvalid(std::string_view text)
{
    static constexpr std::string_view replacement = "\xEF\xBF\xBD";
    std::string out;
    out.reserve(text.size() + replacement.size());
    std::size_t pos = 0;
    while (pos < text.size()) {
        const std::ptrdiff_t length = sequenceLength(text, pos);
        if (length > 0) {
            out.append(text.substr(pos, static_cast<std::size_t>(length)));
            pos += static_cast<std::size_t>(length);
        } else {
            out.append(replacement);
            pos += static_cast<std::size_t>(-length);
        }
    }
    return out;
}

} // namespace ewb::core
