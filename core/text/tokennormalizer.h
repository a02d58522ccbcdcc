#pragma once

#include "core/common/result.h"
#include "core/text/tokensink.h"

#include <cstddef>
#include <memory>
#include <string>

#include <unicode/uversion.h>

U_NAMESPACE_BEGIN
class Normalizer2;
U_NAMESPACE_END

namespace ewb::core {

/// Token pipeline stage applying TokenizerOptions::caseFold and ::nfkc, then the
/// maxTokenBytes cut. Folding is Unicode full case folding (ICU u_strFoldCase default mode:
/// "Straße" -> "strasse", "ΣΊΣΥΦΟΣ" -> "σίσυφοσ"); with NFKC as well it is NFKC_Casefold, the
/// normal form Unicode defines for matching ("ＡＢＣ" -> "abc"). ASCII tokens take a fast path
/// with identical results. A token that NFKC turns into several (a compatibility character
/// holding a space) is handed on as several. Not thread-safe.
class TokenNormalizer : public TokenSink
{
public:
    /// Fails with Internal when ICU's normalisation data is missing.
    static Result<std::unique_ptr<TokenNormalizer>> create(TokenSink &next, bool caseFold,
                                                           bool nfkc, std::size_t maxTokenBytes);

    /// The form a word takes in a corpus tokenized with these caseFold and nfkc options, for
    /// looking up query words in a model ("Straße" -> "strasse", "ＡＢＣ" -> "abc" with NFKC).
    /// word is one token of valid UTF-8 without spaces. Thread-safe.
    static std::string normalizeWord(std::string_view word, bool caseFold, bool nfkc);

    /// TokenSink: takes the next token / line end of the pipeline.
    void onToken(std::string_view token, bool cut) override;
    void onLineEnd(bool discard) override;

private:
    TokenNormalizer(TokenSink &next, bool caseFold, const icu::Normalizer2 *normalizer,
                    std::size_t maxTokenBytes);
    void forward(std::string_view token, bool cut);
    void forwardSplit(std::string_view text, bool cut);

    TokenSink &m_next;
    bool m_caseFold;
    const icu::Normalizer2 *m_normalizer;
    std::size_t m_maxTokenBytes;
    std::string m_buffer;
};

} // namespace ewb::core
