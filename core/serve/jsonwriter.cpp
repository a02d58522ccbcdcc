#include "core/serve/jsonwriter.h"

#include "core/text/utf8.h"

#include <array>
#include <charconv>
#include <cmath>
#include <cstdint>

namespace ewb::core {

namespace {

    void appendNumber(std::string &out, const JsonValue &value)
    {
        const double number = value.toNumber();
        if (!std::isfinite(number)) {
            out += "null";
            return;
        }
        std::array<char, 32> buffer {};
        // Integers (ids, counts, times in ms) are written in plain digits: the shortest
        // round-trip form of 1700000000000.0 would be "1.7e+12".
        constexpr double exactIntegerLimit = 9007199254740992.0; // 2^53
        if (std::trunc(number) == number && std::abs(number) < exactIntegerLimit) {
            const auto result = std::to_chars(buffer.data(), buffer.data() + buffer.size(),
                                              static_cast<std::int64_t>(number));
            out.append(buffer.data(), result.ptr);
            return;
        }
        const auto result = value.isSinglePrecision()
            ? std::to_chars(buffer.data(), buffer.data() + buffer.size(),
                            static_cast<float>(number))
            : std::to_chars(buffer.data(), buffer.data() + buffer.size(), number);
        out.append(buffer.data(), result.ptr);
    }

    void appendValue(std::string &out, const JsonValue &value)
    {
        switch (value.type()) {
        case JsonValue::Type::Null:
            out += "null";
            return;
        case JsonValue::Type::Bool:
            out += value.toBool() ? "true" : "false";
            return;
        case JsonValue::Type::Number:
            appendNumber(out, value);
            return;
        case JsonValue::Type::String:
            JsonWriter::appendString(out, value.toString());
            return;
        case JsonValue::Type::Array: {
            out += '[';
            bool first = true;
            for (const auto &item : value.toArray()) {
                if (!first)
                    out += ',';
                first = false;
                appendValue(out, item);
            }
            out += ']';
            return;
        }
        case JsonValue::Type::Object: {
            out += '{';
            bool first = true;
            for (const auto &[key, member] : value.toObject()) {
                if (!first)
                    out += ',';
                first = false;
                JsonWriter::appendString(out, key);
                out += ':';
                appendValue(out, member);
            }
            out += '}';
            return;
        }
        }
    }

} // namespace

std::string JsonWriter::write(const JsonValue &value)
{
    std::string out;
    appendValue(out, value);
    return out;
}

void JsonWriter::appendString(std::string &out, std::string_view text)
{
    static constexpr char hexDigits[] = "0123456789abcdef";
    out += '"';
    std::size_t pos = 0;
    while (pos < text.size()) {
        const auto byte = static_cast<unsigned char>(text[pos]);
        if (byte < 0x80) {
            switch (byte) {
            case '"':
                out += "\\\"";
                break;
            case '\\':
                out += "\\\\";
                break;
            case '\n':
                out += "\\n";
                break;
            case '\r':
                out += "\\r";
                break;
            case '\t':
                out += "\\t";
                break;
            case '\b':
                out += "\\b";
                break;
            case '\f':
                out += "\\f";
                break;
            default:
                if (byte < 0x20) {
                    out += "\\u00";
                    out += hexDigits[byte >> 4];
                    out += hexDigits[byte & 0x0F];
                } else {
                    out += static_cast<char>(byte);
                }
            }
            ++pos;
            continue;
        }
        const auto *bytes = reinterpret_cast<const unsigned char *>(text.data() + pos);
        const utf8::Decoded decoded = utf8::decode(bytes, text.size() - pos);
        if (decoded.status == utf8::DecodeStatus::Ok) {
            out.append(text.substr(pos, decoded.length));
        } else {
            // A broken sequence is replaced by one U+FFFD, so the answer stays valid UTF-8.
            out += "\xEF\xBF\xBD";
        }
        pos += decoded.length;
    }
    out += '"';
}

} // namespace ewb::core
