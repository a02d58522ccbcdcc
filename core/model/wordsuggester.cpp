#include "core/model/wordsuggester.h"

#include "core/model/embeddingmodel.h"
#include "core/model/textcase.h"

#include <algorithm>
#include <cstdint>

namespace ewb::core {

namespace {

    // Decodes UTF-8 into simply-folded code points. Ill-formed bytes become one code point each
    // (their byte value), which keeps lengths honest without failing on odd vocabulary entries.
    char32_t asciiFolded(unsigned char c)
    {
        return c >= 'A' && c <= 'Z' ? char32_t(c - 'A' + 'a') : char32_t(c);
    }

    bool isAscii(std::string_view text)
    {
        for (const char c : text) {
            if (static_cast<unsigned char>(c) >= 0x80)
                return false;
        }
        return true;
    }

    // Equality of an ASCII word with an already folded ASCII query, without calling ICU.
    bool asciiEqualsFolded(std::string_view word, std::string_view folded)
    {
        if (word.size() != folded.size())
            return false;
        for (std::size_t i = 0; i < word.size(); ++i) {
            if (asciiFolded(static_cast<unsigned char>(word[i])) != char32_t(folded[i]))
                return false;
        }
        return true;
    }

    void decodeFolded(std::string_view text, std::u32string &out)
    {
        out.clear();
        std::size_t i = 0;
        while (i < text.size()) {
            const auto lead = static_cast<unsigned char>(text[i]);
            // ASCII needs no ICU call: its simple folding is plain lower-casing.
            if (lead < 0x80) {
                out.push_back(asciiFolded(lead));
                ++i;
                continue;
            }
            std::size_t length = lead < 0x80 ? 1
                : lead >= 0xF0               ? 4
                : lead >= 0xE0               ? 3
                : lead >= 0xC0               ? 2
                                             : 0;
            char32_t cp = lead;
            if (length > 1 && i + length <= text.size()) {
                cp = lead & (0xFFu >> (length + 1));
                for (std::size_t j = 1; j < length; ++j) {
                    const auto next = static_cast<unsigned char>(text[i + j]);
                    if ((next & 0xC0u) != 0x80u) {
                        length = 0;
                        break;
                    }
                    cp = (cp << 6) | (next & 0x3Fu);
                }
            } else if (length > 1) {
                length = 0;
            }
            if (length == 0) {
                cp = lead;
                length = 1;
            }
            out.push_back(foldCodePoint(cp));
            i += length;
        }
    }

    char32_t firstFolded(std::string_view text, std::u32string &scratch)
    {
        // Only the first code point is needed: decode just its bytes.
        const auto lead = text.empty() ? 0u : static_cast<unsigned char>(text.front());
        if (lead < 0x80)
            return asciiFolded(static_cast<unsigned char>(lead));
        const std::size_t length = lead < 0xC0 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4;
        decodeFolded(text.substr(0, std::min(length, text.size())), scratch);
        return scratch.empty() ? 0 : scratch.front();
    }

    // Levenshtein distance if it is at most `bound`, otherwise bound + 1. Two rows of the dynamic
    // programme; a row whose minimum exceeds the bound ends the comparison early.
    std::size_t boundedDistance(const std::u32string &a, const std::u32string &b, std::size_t bound,
                                std::vector<std::size_t> &previous,
                                std::vector<std::size_t> &current)
    {
        const std::size_t m = b.size();
        previous.resize(m + 1);
        current.resize(m + 1);
        for (std::size_t j = 0; j <= m; ++j)
            previous[j] = j;
        for (std::size_t i = 1; i <= a.size(); ++i) {
            current[0] = i;
            std::size_t rowMin = current[0];
            for (std::size_t j = 1; j <= m; ++j) {
                const std::size_t substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1);
                current[j] = std::min({ previous[j] + 1, current[j - 1] + 1, substitution });
                rowMin = std::min(rowMin, current[j]);
            }
            if (rowMin > bound)
                return bound + 1;
            std::swap(previous, current);
        }
        return std::min(previous[m], bound + 1);
    }

    std::size_t lengthDifference(std::size_t a, std::size_t b)
    {
        return a > b ? a - b : b - a;
    }

} // namespace

WordSuggester::WordSuggester(const EmbeddingModel &model, std::size_t frequentRows)
    : m_model(model), m_frequentRows(frequentRows)
{ }

std::vector<std::string> WordSuggester::suggest(std::string_view word, std::size_t limit) const
{
    std::vector<std::string> result;
    if (limit == 0 || word.empty())
        return result;

    std::u32string query;
    std::u32string candidate;
    decodeFolded(word, query);
    const std::string queryFolded = foldCase(word);
    const char32_t queryFirst = query.front();

    std::vector<std::size_t> chosen;
    const auto take = [&](std::size_t row) {
        if (std::find(chosen.begin(), chosen.end(), row) == chosen.end()
            && m_model.word(row) != word) {
            chosen.push_back(row);
            result.push_back(m_model.word(row));
        }
    };

    // An ASCII word folds to ASCII, so it is compared without ICU and only with an ASCII fold.
    const bool queryAscii = isAscii(queryFolded);
    for (std::size_t row = 0; row < m_model.size() && result.size() < limit; ++row) {
        const std::string &text = m_model.word(row);
        if (firstFolded(text, candidate) != queryFirst)
            continue;
        if (isAscii(text) ? queryAscii && asciiEqualsFolded(text, queryFolded)
                          : foldCase(text) == queryFolded)
            take(row);
    }

    const std::size_t bound = query.size() <= 4 ? 1 : 2;
    const std::size_t rows = std::min(m_frequentRows, m_model.size());
    std::vector<std::vector<std::size_t>> byDistance(bound + 1);
    std::vector<std::size_t> previous;
    std::vector<std::size_t> current;
    for (std::size_t row = 0; row < rows && result.size() < limit; ++row) {
        const std::string &text = m_model.word(row);
        // A UTF-8 code point takes 1 to 4 bytes: a cheap byte-length test rejects most rows
        // before decoding.
        if (text.size() + bound < query.size() || text.size() > 4 * (query.size() + bound))
            continue;
        decodeFolded(text, candidate);
        if (lengthDifference(candidate.size(), query.size()) > bound)
            continue;
        const std::size_t distance = boundedDistance(query, candidate, bound, previous, current);
        if (distance >= 1 && distance <= bound)
            byDistance[distance].push_back(row);
        // Distance-1 rows in frequency order are already the best possible remaining answers.
        if (byDistance[1].size() >= limit)
            break;
    }
    for (std::size_t d = 1; d <= bound; ++d) {
        for (const std::size_t row : byDistance[d]) {
            if (result.size() >= limit)
                break;
            take(row);
        }
    }
    return result;
}

} // namespace ewb::core
