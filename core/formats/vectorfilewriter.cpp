#include "core/formats/vectorfilewriter.h"

#include "core/formats/atomicfile.h"
#include "core/formats/textrowparser.h"

#include <algorithm>
#include <bit>
#include <cassert>
#include <charconv>
#include <cmath>
#include <cstdint>
#include <new>

namespace ewb::core {

struct VectorFileWriter::State
{
    AtomicFile file;
    VectorFormat format = VectorFormat::Word2VecText;
    std::size_t count = 0;
    std::size_t dim = 0;
    std::size_t written = 0;
    std::string row;
};

VectorFileWriter::VectorFileWriter() = default;
VectorFileWriter::~VectorFileWriter() = default;
VectorFileWriter::VectorFileWriter(VectorFileWriter &&) noexcept = default;
VectorFileWriter &VectorFileWriter::operator=(VectorFileWriter &&) noexcept = default;

Error VectorFileWriter::abandon(Error error)
{
    discard();
    return error;
}

Result<void> VectorFileWriter::open(const std::filesystem::path &path, VectorFormat format,
                                    std::size_t count, std::size_t dim)
{
    const std::string pathText = path.string();
    try {
        m_state = std::make_unique<State>();
        if (dim == 0 || dim > 65536)
            return fail(ErrorCode::InvalidArgument,
                        "cannot write '" + pathText + "': dimension " + std::to_string(dim)
                            + " is outside 1..65536");
        m_state->format = format == VectorFormat::Auto ? vectorFormatForPath(path) : format;
        m_state->count = count;
        m_state->dim = dim;
        if (auto opened = m_state->file.open(path); !opened)
            return opened;
        if (m_state->format == VectorFormat::GloveText)
            return {};
        const std::string header = std::to_string(count) + " " + std::to_string(dim) + "\n";
        if (auto put = m_state->file.write(header.data(), header.size()); !put)
            return put;
        return {};
    } catch (const std::bad_alloc &) {
        return abandon(fail(ErrorCode::OutOfMemory, "out of memory writing '" + pathText + "'"));
    }
}

Result<void> VectorFileWriter::checkWord(std::string_view word) const
{
    const auto invalid = [&](const std::string &why) {
        return fail(ErrorCode::InvalidArgument,
                    "cannot write '" + m_state->file.pathText() + "': word "
                        + std::to_string(m_state->written + 1) + " " + TextRowParser::quoted(word)
                        + " " + why);
    };
    if (word.empty())
        return invalid("is empty");
    if (std::any_of(word.begin(), word.end(),
                    [](char c) { return static_cast<unsigned char>(c) < 0x20 || c == 0x7F; }))
        return invalid("holds a control character");
    if (m_state->format == VectorFormat::Word2VecBinary) {
        if (word.find(' ') != std::string_view::npos)
            return invalid("holds a space, which word2vec binary cannot store");
        return {};
    }
    if (word.front() == ' ' || word.back() == ' ')
        return invalid("begins or ends with a space, which text formats cannot store");
    // A readable row needs a word whose last field is not a number (see TextRowParser::parse).
    const auto lastSpace = word.rfind(' ');
    float ignored = 0;
    if (lastSpace != std::string_view::npos
        && TextRowParser::parseFloat(word.substr(lastSpace + 1), ignored)
            != TextRowParser::Number::NotANumber)
        return invalid("ends in a number field, which text formats cannot tell from a value");
    return {};
}

Result<void> VectorFileWriter::write(std::string_view word, std::span<const float> values)
{
    assert(m_state);
    State &s = *m_state;
    if (values.size() != s.dim)
        return abandon(fail(ErrorCode::InvalidArgument,
                            "cannot write '" + s.file.pathText() + "': vector of "
                                + std::to_string(values.size()) + " values where "
                                + std::to_string(s.dim) + " were declared"));
    if (s.written == s.count)
        return abandon(fail(ErrorCode::InvalidArgument,
                            "cannot write '" + s.file.pathText() + "': more than the "
                                + std::to_string(s.count) + " vectors declared"));
    if (auto valid = checkWord(word); !valid)
        return abandon(valid.error());
    for (std::size_t i = 0; i < values.size(); ++i) {
        if (!std::isfinite(values[i]))
            return abandon(fail(ErrorCode::NumericError,
                                "cannot write '" + s.file.pathText() + "': value "
                                    + std::to_string(i + 1) + " of word "
                                    + TextRowParser::quoted(word) + " is NaN or infinite"));
    }
    try {
        s.row.assign(word);
        if (s.format == VectorFormat::Word2VecBinary) {
            s.row.push_back(' ');
            const std::size_t start = s.row.size();
            s.row.resize(start + values.size() * sizeof(float));
            char *out = s.row.data() + start;
            for (const float value : values) {
                const auto bits = std::bit_cast<std::uint32_t>(value);
                for (int b = 0; b < 4; ++b)
                    *out++ = static_cast<char>((bits >> (8 * b)) & 0xFFu);
            }
        } else {
            // The longest shortest-round-trip float, "-1.17549435e-38", has 15 characters.
            char number[32];
            for (const float value : values) {
                const auto [end, ec] = std::to_chars(number, number + sizeof(number), value);
                assert(ec == std::errc());
                s.row.push_back(' ');
                s.row.append(number, end);
            }
        }
        s.row.push_back('\n');
    } catch (const std::bad_alloc &) {
        return abandon(
            fail(ErrorCode::OutOfMemory, "out of memory writing '" + s.file.pathText() + "'"));
    }
    if (auto put = s.file.write(s.row.data(), s.row.size()); !put)
        return put;
    ++s.written;
    return {};
}

Result<void> VectorFileWriter::commit()
{
    assert(m_state);
    if (m_state->written != m_state->count)
        return abandon(fail(
            ErrorCode::InvalidArgument,
            "cannot finish '" + m_state->file.pathText() + "': " + std::to_string(m_state->written)
                + " of the " + std::to_string(m_state->count) + " declared vectors were written"));
    return m_state->file.commit();
}

void VectorFileWriter::discard()
{
    if (m_state)
        m_state->file.discard();
}

} // namespace ewb::core
