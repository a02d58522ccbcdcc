#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace ewb::core {

class EmbeddingModel;

/// Finds vocabulary words close to a word that is not in the vocabulary, for "did you mean"
/// messages (RELIABILITY row 37). Candidates come in this order: words equal to the query under
/// Unicode case folding ("Paris" for "PARIS"), in vocabulary order; then words within a small
/// edit distance (Levenshtein over case-folded code points: 1 for queries of up to 4 code
/// points, 2 above), closest first, more frequent first among equals.
///
/// The work is bounded for million-word vocabularies: the case-folded comparison scans every
/// row but folds a row fully only when its first code point already matches; the edit distance
/// only looks at the first frequentRows() rows (the most frequent words when the vocabulary is
/// in frequency order), skips rows whose length differs by more than the allowed distance and
/// stops a comparison as soon as the distance bound is exceeded. A query on 1M words costs
/// about 15-30 ms of CPU. Holds a reference to the model, which must outlive it. Const and
/// thread-safe.
class WordSuggester
{
public:
    /// Rows searched by edit distance; raising it finds rarer words at a linear cost in time.
    static constexpr std::size_t defaultFrequentRows = 100'000;

    explicit WordSuggester(const EmbeddingModel &model,
                           std::size_t frequentRows = defaultFrequentRows);

    /// Up to `limit` vocabulary words close to `word` (never `word` itself), best first. Empty
    /// when nothing is close or `limit` is 0.
    std::vector<std::string> suggest(std::string_view word, std::size_t limit = 5) const;

    /// How many of the most frequent rows the edit-distance search covers.
    std::size_t frequentRows() const { return m_frequentRows; }

private:
    const EmbeddingModel &m_model;
    std::size_t m_frequentRows;
};

} // namespace ewb::core
