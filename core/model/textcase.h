#pragma once

#include <string>
#include <string_view>

namespace ewb::core {

/// Unicode full case folding of UTF-8 text (ICU default folding, "Straße" -> "strasse"), used to
/// match words regardless of case. Ill-formed UTF-8 is returned unchanged. Thread-safe.
std::string foldCase(std::string_view utf8);

/// Unicode full upper-casing of UTF-8 text without locale rules ("straße" -> "STRASSE"), the
/// same mapping as Python's str.upper(); used where gensim upper-cases words. Ill-formed UTF-8
/// is returned unchanged. Thread-safe.
std::string upperCase(std::string_view utf8);

/// Simple (one code point to one code point) case folding of a single code point, cheap enough
/// to call in the inner loop of an edit distance.
char32_t foldCodePoint(char32_t codePoint);

} // namespace ewb::core
