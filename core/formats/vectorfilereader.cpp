#include "core/formats/vectorfilereader.h"

#include "core/formats/bytereader.h"
#include "core/formats/textrowparser.h"
#include "core/formats/utf8repair.h"
#include "core/formats/vectorfilesniffer.h"
#include "core/formats/wordset.h"

#include <algorithm>
#include <bit>
#include <cassert>
#include <cmath>
#include <cstdint>
#include <cstring>
#include <new>
#include <string_view>

namespace ewb::core {

namespace {

    // A longer run without a space means the dimension in the header does not match the data.
    constexpr std::size_t kMaxBinaryWordBytes = 4096;

    void copyLittleEndianFloats(const char *bytes, std::span<float> values)
    {
        if constexpr (std::endian::native == std::endian::little) {
            std::memcpy(values.data(), bytes, values.size() * sizeof(float));
        } else {
            for (std::size_t i = 0; i < values.size(); ++i) {
                std::uint32_t bits = 0;
                for (std::size_t b = 0; b < 4; ++b)
                    bits |= std::uint32_t { static_cast<unsigned char>(bytes[i * 4 + b]) }
                        << (8 * b);
                values[i] = std::bit_cast<float>(bits);
            }
        }
    }

} // namespace

struct VectorFileReader::State
{
    ByteReader in;
    VectorReadOptions options;
    VectorFileHeader header;
    VectorReadReport report;
    WordSet seen;
    std::size_t visited = 0;
    std::size_t line = 1;
    std::uint64_t rowOffset = 0;
    bool finished = false;

    bool binary() const { return header.format == VectorFormat::Word2VecBinary; }

    Error withPath(Error error) const
    {
        error.detail = "'" + in.pathText() + "': " + error.detail;
        return error;
    }

    // Where the row numbered `row` (1-based) is, for messages.
    std::string where(std::size_t row) const
    {
        if (binary())
            return "vector " + std::to_string(row);
        return "line " + std::to_string(row + (header.headerless ? 0 : 1));
    }

    // Where the row numbered `row` (1-based) starting at byte `offset` is, for messages.
    std::string where(std::size_t row, std::uint64_t offset) const
    {
        if (binary())
            return where(row) + " (byte " + std::to_string(offset) + ")";
        return where(row);
    }

    std::string whereNow() const { return where(visited + 1, rowOffset); }

    Error truncated(const std::string &at) const
    {
        return withPath(fail(ErrorCode::Truncated,
                             "expected " + std::to_string(header.count) + " vectors, got "
                                 + std::to_string(visited) + " (" + at + ")"));
    }

    Result<std::string_view> readTextRow(std::span<float> values)
    {
        const auto end = in.lineEnd(VectorFileSniffer::maxLineBytes(options));
        if (!end)
            return end.error();
        if (*end == std::string_view::npos)
            return withPath(fail(ErrorCode::ParseError,
                                 "line " + std::to_string(line) + " is longer than "
                                     + std::to_string(VectorFileSniffer::maxLineBytes(options))
                                     + " bytes"));
        if (in.available() == 0)
            return truncated("the file ends at line " + std::to_string(line));
        auto word = TextRowParser::parse(std::string_view(in.data(), *end), line, values);
        if (!word)
            return withPath(word.error());
        in.consume(std::min(*end + 1, in.available()));
        ++line;
        return word;
    }

    Result<std::string_view> readBinaryRow(std::span<float> values)
    {
        // The original tool ends each vector with '\n', gensim does not: accept both (row 29).
        for (;;) {
            const auto filled = in.fill(1);
            if (!filled)
                return filled.error();
            if (*filled == 0)
                return truncated("truncated at byte " + std::to_string(in.offset()));
            if (in.data()[0] != '\n')
                break;
            in.consume(1);
            if (visited > 0)
                ++report.binaryNewlines;
        }
        rowOffset = in.offset();
        std::size_t space = 0;
        for (;;) {
            const auto *found = static_cast<const char *>(
                std::memchr(in.data() + space, ' ', in.available() - space));
            if (found) {
                space = static_cast<std::size_t>(found - in.data());
                break;
            }
            space = in.available();
            if (space > kMaxBinaryWordBytes)
                return withPath(
                    fail(ErrorCode::ParseError,
                         whereNow() + ": no space within " + std::to_string(kMaxBinaryWordBytes)
                             + " bytes; the dimension in the header (" + std::to_string(header.dim)
                             + ") does not match the data"));
            const auto filled = in.fill(space + 256);
            if (!filled)
                return filled.error();
            if (*filled == space)
                return truncated("truncated at byte " + std::to_string(in.offset() + space));
        }
        const std::string_view word(in.data(), space);
        if (word.empty())
            return withPath(fail(ErrorCode::ParseError, whereNow() + ": empty word"));
        const auto control = std::find_if(word.begin(), word.end(), [](char c) {
            return static_cast<unsigned char>(c) < 0x20 && c != '\t';
        });
        if (control != word.end())
            return withPath(
                fail(ErrorCode::ParseError,
                     whereNow() + ": control byte in word " + TextRowParser::quoted(word)
                         + "; the dimension in the header (" + std::to_string(header.dim)
                         + ") probably does not match the data"));
        const std::size_t need = space + 1 + values.size() * sizeof(float);
        const auto filled = in.fill(need);
        if (!filled)
            return filled.error();
        if (*filled < need)
            return truncated("truncated at byte " + std::to_string(in.offset() + *filled));
        copyLittleEndianFloats(in.data() + space + 1, values);
        for (std::size_t i = 0; i < values.size(); ++i) {
            if (!std::isfinite(values[i]))
                return withPath(fail(ErrorCode::NumericError,
                                     whereNow() + " " + TextRowParser::quoted(word) + ": value "
                                         + std::to_string(i + 1) + " is NaN or infinite"));
        }
        // The view stays valid after consume(): only fill() moves the buffered bytes.
        const char *wordStart = in.data();
        in.consume(need);
        return std::string_view(wordStart, space);
    }

    // After the promised rows only white space may follow (RELIABILITY row 26: extra rows).
    Result<void> checkNothingFollows()
    {
        for (;;) {
            const auto filled = in.fill(1);
            if (!filled)
                return filled.error();
            if (*filled == 0)
                return {};
            const std::string_view chunk(in.data(), in.available());
            const auto content = chunk.find_first_not_of(" \t\r\n");
            if (content != std::string_view::npos) {
                const std::string at = binary() ? "byte " + std::to_string(in.offset() + content)
                                                : "line "
                        + std::to_string(line
                                         + static_cast<std::size_t>(std::count(
                                             chunk.begin(),
                                             chunk.begin() + static_cast<std::ptrdiff_t>(content),
                                             '\n')));
                return withPath(fail(ErrorCode::ParseError,
                                     "extra data at " + at + " after the "
                                         + std::to_string(header.count)
                                         + " vectors the header promises"));
            }
            line += static_cast<std::size_t>(std::count(chunk.begin(), chunk.end(), '\n'));
            in.consume(chunk.size());
        }
    }
};

VectorFileReader::VectorFileReader() = default;
VectorFileReader::~VectorFileReader() = default;
VectorFileReader::VectorFileReader(VectorFileReader &&) noexcept = default;
VectorFileReader &VectorFileReader::operator=(VectorFileReader &&) noexcept = default;

Result<VectorFileHeader> VectorFileReader::open(const std::filesystem::path &path,
                                                const VectorReadOptions &options)
{
    const std::string pathText = path.string();
    try {
        m_state = std::make_unique<State>();
        m_state->options = options;
        if (auto opened = m_state->in.open(path); !opened)
            return opened.error();
        auto header = VectorFileSniffer::sniff(m_state->in, options);
        if (!header)
            return header.error();
        m_state->header = *header;
        m_state->line = header->headerless ? 1 : 2;
        m_state->seen.reserve(header->count);
        return header;
    } catch (const std::bad_alloc &) {
        return fail(ErrorCode::OutOfMemory, "out of memory opening '" + pathText + "'");
    }
}

const VectorFileHeader &VectorFileReader::header() const
{
    assert(m_state);
    return m_state->header;
}

const VectorReadReport &VectorFileReader::report() const
{
    assert(m_state);
    return m_state->report;
}

Result<bool> VectorFileReader::next(std::string &word, std::span<float> values)
{
    assert(m_state && values.size() == m_state->header.dim);
    State &s = *m_state;
    try {
        for (;;) {
            if (s.visited == s.header.count) {
                const bool capped = s.options.maxCount > 0 && s.header.count >= s.options.maxCount;
                if (!s.finished && !capped) {
                    if (auto end = s.checkNothingFollows(); !end)
                        return end.error();
                }
                s.finished = true;
                return false;
            }
            if (s.visited % 1024 == 0 && s.options.stop.stop_requested())
                return s.withPath(fail(ErrorCode::Cancelled,
                                       "stopped after " + std::to_string(s.visited) + " vectors"));
            auto raw = s.binary() ? s.readBinaryRow(values) : s.readTextRow(values);
            if (!raw)
                return raw.error();
            // Built only for a message: a string per row would cost more than the row.
            const auto location
                = [&s, row = s.visited + 1, offset = s.rowOffset] { return s.where(row, offset); };
            ++s.visited;
            const std::size_t invalidAt = Utf8Repair::firstInvalid(*raw);
            if (invalidAt == std::string_view::npos) {
                word.assign(*raw);
            } else {
                if (s.options.invalidUtf8 == VectorReadOptions::InvalidUtf8::Reject)
                    return s.withPath(fail(ErrorCode::InvalidEncoding,
                                           location() + ": word " + TextRowParser::quoted(*raw)
                                               + " is not valid UTF-8 (at byte "
                                               + std::to_string(invalidAt) + " of the word)"));
                word = Utf8Repair::replaceInvalid(*raw);
                if (s.report.firstInvalidUtf8.empty())
                    s.report.firstInvalidUtf8 = word;
                if (s.options.invalidUtf8 == VectorReadOptions::InvalidUtf8::Skip) {
                    ++s.report.invalidUtf8Skipped;
                    continue;
                }
                ++s.report.invalidUtf8Replaced;
            }
            const std::size_t firstRow = s.seen.insert(word, s.visited);
            if (firstRow != std::string_view::npos) {
                if (s.options.strict)
                    return s.withPath(fail(ErrorCode::ParseError,
                                           location() + ": duplicate word "
                                               + TextRowParser::quoted(word) + " (first at "
                                               + s.where(firstRow) + ")"));
                if (s.report.firstDuplicate.empty())
                    s.report.firstDuplicate = word;
                ++s.report.duplicatesDropped;
                continue;
            }
            ++s.report.rowsRead;
            return true;
        }
    } catch (const std::bad_alloc &) {
        return s.withPath(fail(ErrorCode::OutOfMemory,
                               "out of memory after " + std::to_string(s.visited) + " vectors"));
    }
}

} // namespace ewb::core
