#include "core/formats/vectorfilesniffer.h"

#include "core/formats/textrowparser.h"

#include <algorithm>
#include <charconv>
#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>
#include <vector>

namespace ewb::core {

namespace {

    constexpr std::size_t kSniffBytes = std::size_t { 64 } << 10;

    struct Magic
    {
        std::string_view bytes;
        ErrorCode code;
        const char *what;
    };

    // fastText's magic is the int32 793712314 (0x2F4F16BA) stored little-endian.
    const Magic kMagics[] = {
        { "\xBA\x16\x4F\x2F", ErrorCode::UnsupportedFormat,
          "is a fastText model (.bin/.ftz), not word2vec; export its vectors as .vec text with "
          "fastText (print-word-vectors, or save the .vec next to the .bin) and import that" },
        { "\x1F\x8B", ErrorCode::UnsupportedFormat, "is gzip-compressed; decompress it first" },
        { "BZh", ErrorCode::UnsupportedFormat, "is bzip2-compressed; decompress it first" },
        { "\xFD\x37\x7A\x58\x5A\x00", ErrorCode::UnsupportedFormat,
          "is xz-compressed; decompress it first" },
        { "\x28\xB5\x2F\xFD", ErrorCode::UnsupportedFormat,
          "is zstd-compressed; decompress it first" },
        { "PK\x03\x04", ErrorCode::UnsupportedFormat, "is a zip archive; extract it first" },
        { "\x93NUMPY", ErrorCode::UnsupportedFormat,
          "is a NumPy array (.npy), which holds no words; export word2vec text instead" },
    };

    std::vector<std::string_view> splitFields(std::string_view line)
    {
        std::vector<std::string_view> fields;
        std::size_t pos = 0;
        while (pos < line.size()) {
            while (pos < line.size()
                   && (line[pos] == ' ' || line[pos] == '\t' || line[pos] == '\r'))
                ++pos;
            const std::size_t start = pos;
            while (pos < line.size() && line[pos] != ' ' && line[pos] != '\t' && line[pos] != '\r')
                ++pos;
            if (pos > start)
                fields.push_back(line.substr(start, pos - start));
        }
        return fields;
    }

    bool parseCount(std::string_view field, std::uint64_t &value)
    {
        const char *end = field.data() + field.size();
        const auto [ptr, ec] = std::from_chars(field.data(), end, value);
        return ec == std::errc() && ptr == end;
    }

    bool isNumber(std::string_view field)
    {
        float ignored = 0;
        return TextRowParser::parseFloat(field, ignored) != TextRowParser::Number::NotANumber;
    }

    bool isControl(unsigned char byte)
    {
        return (byte < 0x20 && byte != '\t' && byte != '\r' && byte != '\n') || byte == 0x7F;
    }

    // Text rows after a header hold printable characters and end in a number; binary rows hold raw
    // float bytes, among which control bytes are all but certain (an all-zero vector is all NULs).
    bool looksLikeText(std::string_view firstRow)
    {
        const auto fields = splitFields(firstRow);
        if (fields.size() < 2)
            return false;
        if (std::any_of(firstRow.begin(), firstRow.end(),
                        [](char c) { return isControl(static_cast<unsigned char>(c)); }))
            return false;
        return fields.back().find_first_not_of("0123456789+-.eE,naifNAIFty")
            == std::string_view::npos;
    }

    // Number of lines from the current position to the last non-blank one (GloVe has no count).
    // Stops early once `limit` lines are seen (0 = no limit).
    Result<std::size_t> countRows(const ByteReader &in, std::uint64_t start, std::uint64_t limit,
                                  std::stop_token stop)
    {
        ByteReader scan;
        if (auto opened = scan.open(in.path()); !opened)
            return opened.error();
        std::uint64_t newlines = 0;
        std::uint64_t newlinesBeforeContent = 0;
        bool anyContent = false;
        for (;;) {
            const auto filled = scan.fill(1);
            if (!filled)
                return filled.error();
            if (*filled == 0)
                break;
            if (stop.stop_requested())
                return fail(ErrorCode::Cancelled, "counting the lines of '" + in.pathText() + "'");
            std::string_view chunk(scan.data(), scan.available());
            if (scan.offset() < start)
                chunk.remove_prefix(static_cast<std::size_t>(
                    std::min<std::uint64_t>(start - scan.offset(), chunk.size())));
            const auto inChunk
                = static_cast<std::uint64_t>(std::count(chunk.begin(), chunk.end(), '\n'));
            const auto last = chunk.find_last_not_of(" \t\r\n");
            if (last != std::string_view::npos) {
                const auto tail = chunk.substr(last);
                newlinesBeforeContent = newlines + inChunk
                    - static_cast<std::uint64_t>(std::count(tail.begin(), tail.end(), '\n'));
                anyContent = true;
            }
            newlines += inChunk;
            if (limit > 0 && newlines >= limit)
                return static_cast<std::size_t>(limit);
            scan.consume(scan.available());
        }
        return anyContent ? static_cast<std::size_t>(newlinesBeforeContent + 1) : std::size_t { 0 };
    }

} // namespace

std::size_t VectorFileSniffer::maxLineBytes(const VectorReadOptions &options)
{
    return options.maxDim * 64 + (std::size_t { 64 } << 10);
}

Result<VectorFileHeader> VectorFileSniffer::sniff(ByteReader &in, const VectorReadOptions &options)
{
    const std::string &path = in.pathText();
    VectorFileHeader header;
    header.fileBytes = static_cast<std::size_t>(in.size());
    if (options.maxDim == 0 || options.maxDim > 65536)
        return fail(ErrorCode::InvalidArgument,
                    "maxDim " + std::to_string(options.maxDim) + " is outside 1..65536");
    if (auto filled = in.fill(kSniffBytes); !filled)
        return filled.error();
    const std::string_view head(in.data(), in.available());
    if (head.empty())
        return fail(ErrorCode::EmptyInput, "'" + path + "' is empty");
    for (const Magic &magic : kMagics) {
        if (head.starts_with(magic.bytes))
            return fail(magic.code, "'" + path + "' " + magic.what);
    }
    if (head.starts_with("\xEF\xBB\xBF"))
        in.consume(3);

    const auto lineEnd = in.lineEnd(maxLineBytes(options));
    if (!lineEnd)
        return lineEnd.error();
    if (*lineEnd == std::string_view::npos)
        return fail(ErrorCode::ParseError,
                    "'" + path + "': line 1 is longer than " + std::to_string(maxLineBytes(options))
                        + " bytes");
    const std::string_view line1(in.data(), *lineEnd);
    const auto control = std::find_if(line1.begin(), line1.end(), [](char c) {
        return isControl(static_cast<unsigned char>(c));
    });
    if (control != line1.end())
        return fail(
            ErrorCode::BinaryInput,
            "'" + path + "' is not a word-vector file: binary data in line 1 at byte "
                + std::to_string(in.offset() + static_cast<std::size_t>(control - line1.begin())));
    const auto fields = splitFields(line1);
    std::uint64_t count = 0;
    std::uint64_t dim = 0;
    const bool countDimShape
        = fields.size() >= 2 && parseCount(fields[0], count) && parseCount(fields[1], dim);

    if (options.format == VectorFormat::GloveText
        || (options.format == VectorFormat::Auto && !countDimShape && fields.size() >= 3)) {
        // Taken from the right, as rows are parsed: a word may hold spaces (row 33).
        std::size_t numbers = 0;
        while (numbers < fields.size() && isNumber(fields[fields.size() - 1 - numbers]))
            ++numbers;
        dim = std::min(numbers, fields.size() - 1);
        if (options.format == VectorFormat::Auto && dim < 2)
            return fail(ErrorCode::ParseError,
                        "'" + path
                            + "': line 1 is neither a 'count dim' header nor a row of a word "
                            + "and numbers: " + TextRowParser::quoted(line1));
        if (dim == 0)
            return fail(ErrorCode::ParseError,
                        "'" + path + "': line 1 holds no word and numbers: "
                            + TextRowParser::quoted(line1));
        if (dim > options.maxDim)
            return fail(ErrorCode::ParseError,
                        "'" + path + "': line 1 holds " + std::to_string(dim)
                            + " numbers, more than the maximum dimension "
                            + std::to_string(options.maxDim));
        header.format = VectorFormat::GloveText;
        header.headerless = true;
        header.detection = options.format == VectorFormat::GloveText
            ? "read as GloVe text (forced), " + std::to_string(dim) + " numbers per word"
            : "line 1 has no 'count dim' header but a word and " + std::to_string(dim)
                + " numbers: read as GloVe text";
        auto rows = countRows(in, in.offset(), options.maxCount, options.stop);
        if (!rows)
            return rows.error();
        count = *rows;
    } else {
        if (fields.size() != 2 || !countDimShape)
            return fail(ErrorCode::ParseError,
                        "'" + path + "': line 1 must be a 'count dim' header of two non-negative "
                            + "integers: " + TextRowParser::quoted(line1));
        in.consume(std::min(*lineEnd + 1, in.available()));
        header.format = options.format;
        if (header.format == VectorFormat::Auto) {
            if (auto filled = in.fill(kSniffBytes); !filled)
                return filled.error();
            std::string_view rest(in.data(), in.available());
            rest = rest.substr(0, rest.find('\n'));
            header.format = rest.empty() || looksLikeText(rest) ? VectorFormat::Word2VecText
                                                                : VectorFormat::Word2VecBinary;
        }
        header.detection = "header: " + std::to_string(count) + " vectors of dimension "
            + std::to_string(dim) + ", " + std::string(vectorFormatName(header.format))
            + (options.format == VectorFormat::Auto ? "" : " (forced)");
    }
    if (dim == 0 || dim > options.maxDim)
        return fail(ErrorCode::ParseError,
                    "'" + path + "': dimension " + std::to_string(dim) + " in line 1 is outside 1.."
                        + std::to_string(options.maxDim));
    if (options.maxCount > 0)
        count = std::min<std::uint64_t>(count, options.maxCount);

    // The smallest row is a one-byte word, a separator and the values (text: one digit each).
    const std::uint64_t remaining = in.size() > in.offset() ? in.size() - in.offset() : 0;
    const bool binary = header.format == VectorFormat::Word2VecBinary;
    const std::uint64_t minRowBytes = binary ? dim * 4 + 2 : dim * 2 + 2;
    if (count > (remaining + (binary ? 0 : 1)) / minRowBytes)
        return fail(ErrorCode::Truncated,
                    "'" + path + "': the header promises " + std::to_string(count)
                        + " vectors of dimension " + std::to_string(dim) + " (at least "
                        + std::to_string(minRowBytes) + " bytes each) but only "
                        + std::to_string(remaining) + " bytes follow it");
    header.count = static_cast<std::size_t>(count);
    header.dim = static_cast<std::size_t>(dim);
    return header;
}

} // namespace ewb::core
