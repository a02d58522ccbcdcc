#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace ewb::core {

/// Checking and repairing the UTF-8 of words read from vector files (RELIABILITY row 30).
/// Internal to core/formats; pure functions, safe from any thread.
class Utf8Repair
{
public:
    /// Offset of the first byte that does not start a well-formed UTF-8 sequence (overlong
    /// forms, surrogates and code points above U+10FFFF are ill-formed), or npos when valid.
    static std::size_t firstInvalid(std::string_view text);

    /// The text with every maximal ill-formed subsequence replaced by one U+FFFD, the
    /// replacement practice of Unicode chapter 3 (and of Python's errors='replace').
    static std::string replaceInvalid(std::string_view text);
};

} // namespace ewb::core
