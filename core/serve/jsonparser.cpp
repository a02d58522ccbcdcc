#include "core/serve/jsonparser.h"

#include "core/text/utf8.h"

#include <charconv>
#include <memory>
#include <new>
#include <set>
#include <string>

namespace ewb::core {

namespace {

    bool isDigit(char c)
    {
        return c >= '0' && c <= '9';
    }

    int hexValue(char c)
    {
        if (c >= '0' && c <= '9')
            return c - '0';
        if (c >= 'a' && c <= 'f')
            return c - 'a' + 10;
        if (c >= 'A' && c <= 'F')
            return c - 'A' + 10;
        return -1;
    }

    void appendUtf8(std::string &out, char32_t c)
    {
        if (c < 0x80) {
            out += static_cast<char>(c);
        } else if (c < 0x800) {
            out += static_cast<char>(0xC0 | (c >> 6));
            out += static_cast<char>(0x80 | (c & 0x3F));
        } else if (c < 0x10000) {
            out += static_cast<char>(0xE0 | (c >> 12));
            out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
            out += static_cast<char>(0x80 | (c & 0x3F));
        } else {
            out += static_cast<char>(0xF0 | (c >> 18));
            out += static_cast<char>(0x80 | ((c >> 12) & 0x3F));
            out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
            out += static_cast<char>(0x80 | (c & 0x3F));
        }
    }

    // Recursive descent over the text; each method either advances m_pos past one grammar
    // element or records the first error and returns an empty value.
    class Reader
    {
    public:
        Reader(std::string_view text, const JsonLimits &limits) : m_text(text), m_limits(limits) { }

        Result<JsonValue> document()
        {
            skipSpace();
            JsonValue root = value(1);
            if (m_error)
                return *m_error;
            skipSpace();
            if (m_pos != m_text.size())
                return error(ErrorCode::ParseError, "unexpected text after the JSON value");
            return root;
        }

    private:
        Error error(ErrorCode code, const std::string &what)
        {
            if (!m_error)
                m_error = std::make_unique<Error>(
                    fail(code, "invalid JSON at byte " + std::to_string(m_pos) + ": " + what));
            return *m_error;
        }

        bool atEnd() const { return m_pos >= m_text.size(); }
        char peek() const { return atEnd() ? '\0' : m_text[m_pos]; }

        void skipSpace()
        {
            while (!atEnd()) {
                const char c = m_text[m_pos];
                if (c != ' ' && c != '\t' && c != '\n' && c != '\r')
                    return;
                ++m_pos;
            }
        }

        bool literal(std::string_view word)
        {
            if (m_text.substr(m_pos, word.size()) != word)
                return false;
            m_pos += word.size();
            return true;
        }

        JsonValue value(std::size_t depth)
        {
            if (++m_values > m_limits.maxValues) {
                error(ErrorCode::InvalidArgument,
                      "more than " + std::to_string(m_limits.maxValues) + " values");
                return {};
            }
            switch (peek()) {
            case '{':
                return object(depth);
            case '[':
                return array(depth);
            case '"':
                return JsonValue(string());
            case 't':
                if (literal("true"))
                    return JsonValue(true);
                break;
            case 'f':
                if (literal("false"))
                    return JsonValue(false);
                break;
            case 'n':
                if (literal("null"))
                    return JsonValue(nullptr);
                break;
            default:
                if (peek() == '-' || isDigit(peek()))
                    return number();
                break;
            }
            error(ErrorCode::ParseError,
                  atEnd() ? "unexpected end, expected a value" : "expected a value");
            return {};
        }

        bool enter(std::size_t depth)
        {
            if (depth <= m_limits.maxDepth)
                return true;
            error(ErrorCode::InvalidArgument,
                  "nesting deeper than " + std::to_string(m_limits.maxDepth) + " levels");
            return false;
        }

        JsonValue object(std::size_t depth)
        {
            if (!enter(depth))
                return {};
            ++m_pos; // '{'
            JsonValue result { JsonValue::Object {} };
            std::set<std::string, std::less<>> keys;
            skipSpace();
            if (peek() == '}') {
                ++m_pos;
                return result;
            }
            while (!m_error) {
                skipSpace();
                if (peek() != '"') {
                    error(ErrorCode::ParseError, "expected a string key");
                    break;
                }
                std::string key = string();
                if (m_error)
                    break;
                if (!keys.insert(key).second) {
                    error(ErrorCode::ParseError, "duplicate key \"" + key + "\"");
                    break;
                }
                skipSpace();
                if (peek() != ':') {
                    error(ErrorCode::ParseError, "expected ':'");
                    break;
                }
                ++m_pos;
                skipSpace();
                JsonValue member = value(depth + 1);
                if (m_error)
                    break;
                result.insert(std::move(key), std::move(member));
                skipSpace();
                if (peek() == ',') {
                    ++m_pos;
                    continue;
                }
                if (peek() == '}') {
                    ++m_pos;
                    return result;
                }
                error(ErrorCode::ParseError, "expected ',' or '}'");
            }
            return {};
        }

        JsonValue array(std::size_t depth)
        {
            if (!enter(depth))
                return {};
            ++m_pos; // '['
            JsonValue::Array items;
            skipSpace();
            if (peek() == ']') {
                ++m_pos;
                return JsonValue(std::move(items));
            }
            while (!m_error) {
                skipSpace();
                items.push_back(value(depth + 1));
                if (m_error)
                    break;
                skipSpace();
                if (peek() == ',') {
                    ++m_pos;
                    continue;
                }
                if (peek() == ']') {
                    ++m_pos;
                    return JsonValue(std::move(items));
                }
                error(ErrorCode::ParseError, "expected ',' or ']'");
            }
            return {};
        }

        // RFC 8259 section 6: -?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?
        JsonValue number()
        {
            const std::size_t start = m_pos;
            if (peek() == '-')
                ++m_pos;
            if (peek() == '0') {
                ++m_pos;
            } else if (isDigit(peek())) {
                while (isDigit(peek()))
                    ++m_pos;
            } else {
                error(ErrorCode::ParseError, "expected a digit");
                return {};
            }
            if (peek() == '.') {
                ++m_pos;
                if (!isDigit(peek())) {
                    error(ErrorCode::ParseError, "expected a digit after '.'");
                    return {};
                }
                while (isDigit(peek()))
                    ++m_pos;
            }
            if (peek() == 'e' || peek() == 'E') {
                ++m_pos;
                if (peek() == '+' || peek() == '-')
                    ++m_pos;
                if (!isDigit(peek())) {
                    error(ErrorCode::ParseError, "expected a digit in the exponent");
                    return {};
                }
                while (isDigit(peek()))
                    ++m_pos;
            }
            if (isDigit(peek())) {
                error(ErrorCode::ParseError, "leading zero in a number");
                return {};
            }
            double result = 0.0;
            const char *first = m_text.data() + start;
            const char *last = m_text.data() + m_pos;
            const auto [end, ec] = std::from_chars(first, last, result);
            if (ec == std::errc::result_out_of_range) {
                // from_chars reports underflow as out of range too; only overflow is an error.
                bool nonZeroMantissa = false;
                for (const char *p = first; p < last && *p != 'e' && *p != 'E'; ++p)
                    nonZeroMantissa = nonZeroMantissa || (*p >= '1' && *p <= '9');
                const std::string_view text(first, static_cast<std::size_t>(last - first));
                const auto exponent = text.find_first_of("eE");
                const bool negativeExponent
                    = exponent != std::string_view::npos && text.substr(exponent + 1, 1) == "-";
                if (nonZeroMantissa && !negativeExponent) {
                    m_pos = start;
                    error(ErrorCode::ParseError, "number out of range");
                    return {};
                }
                return JsonValue(0.0);
            }
            if (ec != std::errc() || end != last) {
                m_pos = start;
                error(ErrorCode::ParseError, "malformed number");
                return {};
            }
            return JsonValue(result);
        }

        // Reads four hex digits after "\u"; -1 on error.
        long hex4()
        {
            if (m_text.size() - m_pos < 4)
                return -1;
            long result = 0;
            for (int i = 0; i < 4; ++i) {
                const int digit = hexValue(m_text[m_pos + static_cast<std::size_t>(i)]);
                if (digit < 0)
                    return -1;
                result = result * 16 + digit;
            }
            m_pos += 4;
            return result;
        }

        bool escape(std::string &out)
        {
            ++m_pos; // '\'
            const char c = peek();
            ++m_pos;
            switch (c) {
            case '"':
                out += '"';
                return true;
            case '\\':
                out += '\\';
                return true;
            case '/':
                out += '/';
                return true;
            case 'b':
                out += '\b';
                return true;
            case 'f':
                out += '\f';
                return true;
            case 'n':
                out += '\n';
                return true;
            case 'r':
                out += '\r';
                return true;
            case 't':
                out += '\t';
                return true;
            case 'u':
                break;
            default:
                --m_pos;
                error(ErrorCode::ParseError, "invalid escape");
                return false;
            }
            const long unit = hex4();
            if (unit < 0) {
                error(ErrorCode::ParseError, "expected four hex digits after \\u");
                return false;
            }
            char32_t codePoint = static_cast<char32_t>(unit);
            if (unit >= 0xDC00 && unit <= 0xDFFF) {
                error(ErrorCode::InvalidEncoding, "lone low surrogate escape");
                return false;
            }
            if (unit >= 0xD800 && unit <= 0xDBFF) {
                // UTF-16 surrogate pair (RFC 8259 section 7): a high then a low surrogate.
                if (!literal("\\u")) {
                    error(ErrorCode::InvalidEncoding, "high surrogate escape without a low one");
                    return false;
                }
                const long low = hex4();
                if (low < 0xDC00 || low > 0xDFFF) {
                    error(ErrorCode::InvalidEncoding, "high surrogate escape without a low one");
                    return false;
                }
                codePoint = 0x10000 + ((static_cast<char32_t>(unit) - 0xD800) << 10)
                    + (static_cast<char32_t>(low) - 0xDC00);
            }
            appendUtf8(out, codePoint);
            return true;
        }

        std::string string()
        {
            ++m_pos; // opening quote
            std::string out;
            while (true) {
                if (atEnd()) {
                    error(ErrorCode::ParseError, "unterminated string");
                    return {};
                }
                const auto byte = static_cast<unsigned char>(m_text[m_pos]);
                if (byte == '"') {
                    ++m_pos;
                    return out;
                }
                if (byte == '\\') {
                    if (!escape(out))
                        return {};
                    continue;
                }
                if (byte < 0x20) {
                    error(ErrorCode::ParseError, "raw control character in a string");
                    return {};
                }
                const auto *bytes = reinterpret_cast<const unsigned char *>(m_text.data() + m_pos);
                const utf8::Decoded decoded = utf8::decode(bytes, m_text.size() - m_pos);
                if (decoded.status != utf8::DecodeStatus::Ok) {
                    error(ErrorCode::InvalidEncoding, "invalid UTF-8 in a string");
                    return {};
                }
                out.append(m_text.substr(m_pos, decoded.length));
                m_pos += decoded.length;
            }
        }

        std::string_view m_text;
        const JsonLimits &m_limits;
        std::size_t m_pos = 0;
        std::size_t m_values = 0;
        std::unique_ptr<Error> m_error;
    };

} // namespace

Result<JsonValue> JsonParser::parse(std::string_view text, const JsonLimits &limits)
{
    if (text.size() > limits.maxBytes)
        return fail(ErrorCode::InvalidArgument,
                    "JSON text of " + std::to_string(text.size()) + " bytes exceeds the limit of "
                        + std::to_string(limits.maxBytes));
    try {
        return Reader(text, limits).document();
    } catch (const std::bad_alloc &) {
        return fail(ErrorCode::OutOfMemory, "out of memory parsing JSON");
    } catch (const std::exception &e) {
        return fail(ErrorCode::Internal, std::string("JSON parser failed: ") + e.what());
    }
}

} // namespace ewb::core
