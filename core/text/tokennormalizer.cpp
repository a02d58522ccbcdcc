#include "core/text/tokennormalizer.h"

#include "core/text/utf8.h"

#include <unicode/normalizer2.h>
#include <unicode/unistr.h>

namespace ewb::core {

Result<std::unique_ptr<TokenNormalizer>>
TokenNormalizer::create(TokenSink &next, bool caseFold, bool nfkc, std::size_t maxTokenBytes)
{
    const icu::Normalizer2 *normalizer = nullptr;
    if (nfkc) {
        UErrorCode status = U_ZERO_ERROR;
        normalizer = caseFold ? icu::Normalizer2::getNFKCCasefoldInstance(status)
                              : icu::Normalizer2::getNFKCInstance(status);
        if (U_FAILURE(status) || normalizer == nullptr)
            return fail(ErrorCode::Internal,
                        std::string("cannot load ICU NFKC data: ") + u_errorName(status));
    }
    return std::unique_ptr<TokenNormalizer>(
        new TokenNormalizer(next, caseFold, normalizer, maxTokenBytes));
}

TokenNormalizer::TokenNormalizer(TokenSink &next, bool caseFold, const icu::Normalizer2 *normalizer,
                                 std::size_t maxTokenBytes)
    : m_next(next), m_caseFold(caseFold), m_normalizer(normalizer), m_maxTokenBytes(maxTokenBytes)
{ }

std::string TokenNormalizer::normalizeWord(std::string_view word, bool caseFold, bool nfkc)
{
    class Collector : public TokenSink
    {
    public:
        void onToken(std::string_view token, bool) override
        {
            if (!text.empty())
                text.push_back(' ');
            text.append(token);
        }
        void onLineEnd(bool) override { }
        std::string text;
    };
    Collector collector;
    auto normalizer = create(collector, caseFold, nfkc, word.size() * 4 + 16);
    if (!normalizer || word.empty())
        return std::string(word);
    (*normalizer)->onToken(word, false);
    return collector.text;
}

void TokenNormalizer::onToken(std::string_view token, bool cut)
{
    unsigned char any = 0;
    bool upper = false;
    for (const char c : token) {
        any |= static_cast<unsigned char>(c);
        upper |= c >= 'A' && c <= 'Z';
    }
    if (any < 0x80) {
        // ASCII is its own NFKC form, and its full case folding is plain A-Z -> a-z.
        if (!m_caseFold || !upper) {
            forward(token, cut);
            return;
        }
        m_buffer.assign(token);
        for (char &c : m_buffer) {
            if (c >= 'A' && c <= 'Z')
                c = static_cast<char>(c - 'A' + 'a');
        }
        forward(m_buffer, cut);
        return;
    }
    if (!m_caseFold && m_normalizer == nullptr) {
        forward(token, cut);
        return;
    }

    icu::UnicodeString text = icu::UnicodeString::fromUTF8(
        icu::StringPiece(token.data(), static_cast<std::int32_t>(token.size())));
    if (m_normalizer != nullptr) {
        UErrorCode status = U_ZERO_ERROR;
        icu::UnicodeString normal = m_normalizer->normalize(text, status);
        if (U_SUCCESS(status))
            text = std::move(normal);
    } else {
        text.foldCase(U_FOLD_CASE_DEFAULT);
    }
    m_buffer.clear();
    text.toUTF8String(m_buffer);
    if (m_normalizer != nullptr)
        forwardSplit(m_buffer, cut);
    else
        forward(m_buffer, cut);
}

void TokenNormalizer::onLineEnd(bool discard)
{
    m_next.onLineEnd(discard);
}

void TokenNormalizer::forward(std::string_view token, bool cut)
{
    // Folding can lengthen a token ("ß" -> "ss"), so the cap is applied after it too.
    const std::size_t length = utf8::prefixLength(token, m_maxTokenBytes);
    if (length > 0)
        m_next.onToken(token.substr(0, length), cut || length < token.size());
}

void TokenNormalizer::forwardSplit(std::string_view text, bool cut)
{
    // NFKC can turn one character into several words (U+FDFA holds spaces), and NFKC_Casefold
    // removes default-ignorable characters, possibly all of them.
    const auto *bytes = reinterpret_cast<const unsigned char *>(text.data());
    std::size_t start = 0;
    std::size_t i = 0;
    while (i < text.size()) {
        const utf8::Decoded d = utf8::decode(bytes + i, text.size() - i);
        const char32_t c = d.codePoint;
        if (utf8::isSpace(c) || utf8::isControl(c) || utf8::isLineBreak(c)) {
            if (i > start)
                forward(text.substr(start, i - start), cut);
            start = i + d.length;
        }
        i += d.length;
    }
    if (i > start)
        forward(text.substr(start, i - start), cut);
}

} // namespace ewb::core
