#include "core/formats/textrowparser.h"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <limits>

namespace ewb::core {

namespace {

    bool isSeparator(char c)
    {
        return c == ' ' || c == '\t';
    }

    std::string_view trimRight(std::string_view line)
    {
        while (!line.empty() && (isSeparator(line.back()) || line.back() == '\r'))
            line.remove_suffix(1);
        return line;
    }

    std::string lineLabel(std::size_t lineNumber)
    {
        return "line " + std::to_string(lineNumber);
    }

} // namespace

TextRowParser::Number TextRowParser::parseFloat(std::string_view field, float &value)
{
    if (field.size() > 1 && field[0] == '+' && field[1] != '-')
        field.remove_prefix(1);
    if (field.empty())
        return Number::NotANumber;
    const char *end = field.data() + field.size();
    const auto [ptr, ec] = std::from_chars(field.data(), end, value);
    if (ptr != end)
        return Number::NotANumber;
    if (ec == std::errc::result_out_of_range) {
        // from_chars reports underflow and overflow alike; a negative exponent means the value
        // is merely below the smallest subnormal and rounds to zero.
        const auto exponent = field.find_first_of("eE");
        if (exponent != std::string_view::npos && exponent + 1 < field.size()
            && field[exponent + 1] == '-') {
            value = field[0] == '-' ? -0.0f : 0.0f;
            return Number::Ok;
        }
        return Number::NotFinite;
    }
    if (ec != std::errc())
        return Number::NotANumber;
    return std::isfinite(value) ? Number::Ok : Number::NotFinite;
}

Result<std::string_view> TextRowParser::parse(std::string_view line, std::size_t lineNumber,
                                              std::span<float> values)
{
    const std::string_view trimmed = trimRight(line);
    if (trimmed.empty())
        return fail(ErrorCode::ParseError, lineLabel(lineNumber) + " is blank");
    const auto fieldCountError = [&] {
        return fail(ErrorCode::ParseError,
                    lineLabel(lineNumber) + " has " + std::to_string(countFields(trimmed))
                        + " fields where a word and " + std::to_string(values.size())
                        + " numbers were expected: " + quoted(trimmed));
    };
    std::size_t end = trimmed.size();
    for (std::size_t k = values.size(); k-- > 0;) {
        std::size_t start = end;
        while (start > 0 && !isSeparator(trimmed[start - 1]))
            --start;
        if (start == 0)
            return fieldCountError();
        const std::string_view field = trimmed.substr(start, end - start);
        switch (parseFloat(field, values[k])) {
        case Number::Ok:
            break;
        case Number::NotANumber:
            return fail(ErrorCode::ParseError,
                        lineLabel(lineNumber) + ": value " + std::to_string(k + 1) + " "
                            + quoted(field) + " is not a number");
        case Number::NotFinite:
            return fail(ErrorCode::NumericError,
                        lineLabel(lineNumber) + ": value " + std::to_string(k + 1) + " "
                            + quoted(field) + " is not a finite float");
        }
        end = start;
        while (end > 0 && isSeparator(trimmed[end - 1]))
            --end;
    }
    const std::string_view word = trimmed.substr(0, end);
    if (word.empty())
        return fieldCountError();
    // A word of several fields is legal (row 33), but one ending in a number means the row
    // holds one value too many.
    const auto lastSpace = word.find_last_of(" \t");
    if (lastSpace != std::string_view::npos) {
        float ignored = 0;
        if (parseFloat(word.substr(lastSpace + 1), ignored) != Number::NotANumber)
            return fieldCountError();
    }
    return word;
}

std::size_t TextRowParser::countFields(std::string_view line)
{
    std::size_t fields = 0;
    bool inField = false;
    for (const char c : line) {
        const bool separator = isSeparator(c) || c == '\r';
        if (!separator && !inField)
            ++fields;
        inField = !separator;
    }
    return fields;
}

std::string TextRowParser::quoted(std::string_view line)
{
    static constexpr std::size_t kMaxBytes = 60;
    static constexpr char kHex[] = "0123456789abcdef";
    std::size_t limit = std::min(line.size(), kMaxBytes);
    // Cut at a code point boundary so that the message stays valid UTF-8.
    while (limit > 0 && limit < line.size()
           && (static_cast<unsigned char>(line[limit]) & 0xC0) == 0x80)
        --limit;
    std::string out = "'";
    for (std::size_t i = 0; i < limit; ++i) {
        const auto byte = static_cast<unsigned char>(line[i]);
        if (byte < 0x20 || byte == 0x7F) {
            out += "\\x";
            out += kHex[byte >> 4];
            out += kHex[byte & 0xF];
        } else {
            out += line[i];
        }
    }
    out += limit < line.size() ? "...'" : "'";
    return out;
}

} // namespace ewb::core
