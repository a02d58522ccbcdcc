#pragma once

#include "core/text/utf8.h"

#include <unicode/uscript.h>

#include <cstddef>
#include <string_view>

/// Helpers for the Chinese phrase learner. Pure functions, thread-safe.
namespace ewb::core::hantext {

/// Number of code points of token when every one is a Han ideograph (ICU's Script=Han, which
/// covers the CJK Unified Ideographs blocks and their extensions); 0 otherwise.
inline std::size_t hanLength(std::string_view token)
{
    const auto *bytes = reinterpret_cast<const unsigned char *>(token.data());
    std::size_t count = 0;
    for (std::size_t i = 0; i < token.size();) {
        const utf8::Decoded d = utf8::decode(bytes + i, token.size() - i);
        UErrorCode status = U_ZERO_ERROR;
        if (d.status != utf8::DecodeStatus::Ok
            || uscript_getScript(static_cast<UChar32>(d.codePoint), &status) != USCRIPT_HAN)
            return 0;
        ++count;
        i += d.length;
    }
    return count;
}

/// True when text holds at least one Han ideograph.
inline bool containsHan(std::string_view text)
{
    const auto *bytes = reinterpret_cast<const unsigned char *>(text.data());
    for (std::size_t i = 0; i < text.size();) {
        const utf8::Decoded d = utf8::decode(bytes + i, text.size() - i);
        UErrorCode status = U_ZERO_ERROR;
        // Han lives at U+2E80 and above; skip the cheap cases without asking ICU.
        if (d.status == utf8::DecodeStatus::Ok && d.codePoint >= 0x2E80
            && uscript_getScript(static_cast<UChar32>(d.codePoint), &status) == USCRIPT_HAN)
            return true;
        i += d.length;
    }
    return false;
}

} // namespace ewb::core::hantext
