#pragma once

#include "core/common/result.h"

#include <cstddef>
#include <span>
#include <string>
#include <string_view>

namespace ewb::core {

/// Parsing of one "word v1 ... vdim" line of word2vec or GloVe text, locale-independent
/// (std::from_chars), so "0,5" is an error in every locale (RELIABILITY row 32).
/// Internal to core/formats; pure functions, safe from any thread.
class TextRowParser
{
public:
    /// Outcome of parsing one number.
    enum class Number { Ok, NotANumber, NotFinite };

    /// Parses a whole field as the nearest float. A leading '+' is accepted, "0x..." is not;
    /// values too small for float become (signed) zero, values too large and nan/inf are
    /// NotFinite.
    static Number parseFloat(std::string_view field, float &value);

    /// Splits line (without its '\n'; a trailing '\r' is ignored) into a word and values.size()
    /// numbers, taken from the right so that a word may contain spaces or look like a number
    /// (RELIABILITY row 33). Fields are separated by runs of spaces or tabs. Returns the word,
    /// a view into line. ParseError naming lineNumber for too few or too many fields or a field
    /// that is not a number, NumericError for nan, inf or an overflowing value.
    static Result<std::string_view> parse(std::string_view line, std::size_t lineNumber,
                                          std::span<float> values);

    /// Number of fields of line, separated by runs of spaces or tabs.
    static std::size_t countFields(std::string_view line);

    /// line for an error message: in single quotes, cut to 60 bytes with "...", control bytes
    /// as \xNN.
    static std::string quoted(std::string_view line);
};

} // namespace ewb::core
