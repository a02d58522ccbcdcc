#include "core/serve/urldecoder.h"

#include "core/text/utf8.h"

namespace ewb::core {

namespace {

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

    bool isValidUtf8(std::string_view text)
    {
        std::size_t pos = 0;
        while (pos < text.size()) {
            const auto *bytes = reinterpret_cast<const unsigned char *>(text.data() + pos);
            const utf8::Decoded decoded = utf8::decode(bytes, text.size() - pos);
            if (decoded.status != utf8::DecodeStatus::Ok)
                return false;
            pos += decoded.length;
        }
        return true;
    }

    // Long hostile components are cut in messages: the detail names the value, not all of it.
    std::string quoted(std::string_view raw)
    {
        constexpr std::size_t maxShown = 64;
        // Appended piecewise: GCC 12 warns falsely (-Wrestrict) about "'" + std::string.
        std::string text = "'";
        text += raw.substr(0, maxShown);
        text += raw.size() > maxShown ? "...'" : "'";
        return text;
    }

} // namespace

Result<std::string> UrlDecoder::decodeComponent(std::string_view raw, bool plusIsSpace)
{
    std::string out;
    out.reserve(raw.size());
    for (std::size_t i = 0; i < raw.size(); ++i) {
        const char c = raw[i];
        if (c == '%') {
            if (i + 2 >= raw.size())
                return fail(ErrorCode::InvalidArgument,
                            "truncated percent escape in " + quoted(raw));
            const int hi = hexValue(raw[i + 1]);
            const int lo = hexValue(raw[i + 2]);
            if (hi < 0 || lo < 0)
                return fail(ErrorCode::InvalidArgument, "invalid percent escape in " + quoted(raw));
            out += static_cast<char>(hi * 16 + lo);
            i += 2;
        } else if (c == '+' && plusIsSpace) {
            out += ' ';
        } else {
            out += c;
        }
    }
    if (out.find('\0') != std::string::npos)
        return fail(ErrorCode::InvalidArgument, "NUL byte in " + quoted(raw));
    if (!isValidUtf8(out))
        return fail(ErrorCode::InvalidEncoding, "invalid UTF-8 in " + quoted(raw));
    return out;
}

Result<std::vector<std::string>> UrlDecoder::splitPath(std::string_view rawPath)
{
    if (rawPath.empty() || rawPath.front() != '/')
        return fail(ErrorCode::InvalidArgument, "path " + quoted(rawPath) + " is not absolute");
    std::vector<std::string> segments;
    std::size_t start = 1;
    while (true) {
        const std::size_t end = rawPath.find('/', start);
        const std::string_view raw = rawPath.substr(
            start, end == std::string_view::npos ? std::string_view::npos : end - start);
        auto segment = decodeComponent(raw, false);
        if (!segment.ok())
            return segment.error();
        if (*segment == "." || *segment == ".."
            || segment->find_first_of("/\\") != std::string::npos)
            return fail(ErrorCode::InvalidArgument,
                        "path segment " + quoted(raw) + " is not allowed (paths never name files)");
        segments.push_back(std::move(segment).value());
        if (end == std::string_view::npos)
            break;
        start = end + 1;
    }
    return segments;
}

} // namespace ewb::core
