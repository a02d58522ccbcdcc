#pragma once

#include "core/common/result.h"
#include "core/model/analogymethod.h"
#include "core/model/neighbour.h"
#include "core/model/searchoptions.h"
#include "core/model/wordsuggester.h"

#include <Eigen/Core>

#include <cstddef>
#include <memory>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace ewb::core {

class EmbeddingModel;
class ExactSearch;

/// Exact similarity queries over one model: neighbours of a word, a vector or an expression,
/// analogies (3CosAdd, 3CosMul) and the rank of an expected answer, cosine similarity and odd
/// one out. Every query is one pass over the unit-normalised matrix followed by a bounded-heap
/// selection: O(V * dim) time, O(V) floats of scratch kept per thread. Cosine neighbour queries
/// (neighbours, neighboursOfVector, combination, expression, 3CosAdd analogies) go through
/// ExactSearch, which splits large scans over threads and, from the second query on a large
/// model, screens an int8 copy of the matrix (a quarter of its size, built once and kept by this
/// object and its copies) before rescoring the few rows that can still make the top k; results
/// are identical whatever the SearchOptions. Keep one Queries per model to keep that copy.
///
/// Conventions shared by all queries (they follow gensim 4.2 so results can be compared):
/// - Words are matched exactly (case-sensitive). An unknown word fails with NotFound and a detail
///   that names it and lists up to 5 close vocabulary words (RELIABILITY row 37); a query word
///   whose vector is all zeros fails with ZeroVector (row 36).
/// - All-zero rows are never returned as answers; the query words themselves are never returned.
/// - k must be >= 1 (InvalidArgument otherwise) and is clamped to min(V - 1, maxK) (row 39).
/// - restrictVocab > 0 searches only the first restrictVocab rows (the most frequent words when
///   the vocabulary is in frequency order); 0 searches all rows. Query words may lie outside.
/// Holds a reference to the model, which must outlive it. All members are const and thread-safe.
class Queries
{
public:
    /// Upper bound of k: beyond it a list of neighbours stops being useful to read or to ship.
    static constexpr int maxK = 1000;

    explicit Queries(const EmbeddingModel &model, SearchOptions options = {});

    /// The k words most similar in cosine to `word`, best first.
    Result<std::vector<Neighbour>> neighbours(std::string_view word, int k,
                                              std::size_t restrictVocab = 0) const;

    /// The k words most similar in cosine to an arbitrary vector of model dimension, best first.
    /// Rows in `excluded` are skipped. Fails with InvalidArgument on a wrong dimension, with
    /// NumericError on a non-finite value and with ZeroVector on an all-zero vector.
    Result<std::vector<Neighbour>> neighboursOfVector(std::span<const float> vector, int k,
                                                      std::span<const std::size_t> excluded = {},
                                                      std::size_t restrictVocab = 0) const;

    /// gensim's most_similar(positive, negative): the cosine neighbours of the normalised sum of
    /// the positive words' unit vectors minus the negative words' unit vectors. InvalidArgument
    /// when `positive` is empty or the sum cancels to the zero vector.
    Result<std::vector<Neighbour>> combination(std::span<const std::string> positive,
                                               std::span<const std::string> negative, int k,
                                               std::size_t restrictVocab = 0) const;

    /// combination() of a parsed Expression such as "king - man + woman".
    Result<std::vector<Neighbour>> expression(std::string_view text, int k,
                                              std::size_t restrictVocab = 0) const;

    /// Answers a : b :: c : ? (as man : king :: woman : queen). CosAdd is combination({b, c},
    /// {a}); CosMul is gensim's most_similar_cosmul(positive=[b, c], negative=[a]). a, b and c
    /// must all exist and are never answers, even when repeated (row 38).
    Result<std::vector<Neighbour>> analogy(std::string_view a, std::string_view b,
                                           std::string_view c, AnalogyMethod method, int k,
                                           std::size_t restrictVocab = 0) const;

    /// 1-based rank of `expected` among the answers of analogy() with the same arguments (1 means
    /// analogy() would return it first). InvalidArgument when `expected` is one of a, b, c, has
    /// an all-zero vector or lies outside restrictVocab.
    Result<std::size_t> analogyRank(std::string_view a, std::string_view b, std::string_view c,
                                    std::string_view expected, AnalogyMethod method,
                                    std::size_t restrictVocab = 0) const;

    /// Cosine similarity of two words, in [-1, 1].
    Result<float> similarity(std::string_view a, std::string_view b) const;

    /// Odd one out, as gensim's doesnt_match.
    struct OddOneOut
    {
        std::string word; ///< the word whose unit vector is farthest from the mean direction
        std::vector<float>
            scores; ///< per input word: cosine to the normalised mean of unit vectors
    };
    /// Needs at least 2 words; the lowest score wins, the earliest word on ties.
    Result<OddOneOut> oddOneOut(std::span<const std::string> words) const;

    /// Row of a query word: NotFound with suggestions, or ZeroVector for an all-zero vector.
    Result<std::size_t> rowOf(std::string_view word) const;

    /// Close vocabulary words for an unknown word (see WordSuggester).
    std::vector<std::string> suggestions(std::string_view word, std::size_t limit = 5) const;

    /// Fills `scores` (one entry per searched row, sized by the caller) with the 3CosAdd cosine
    /// or the 3CosMul ratio of every row for the given positive and negative rows; the rows must
    /// be valid and non-zero. The building block of analogy() and of AnalogyBenchmark.
    Result<void> scoreCombination(std::span<const std::size_t> positive,
                                  std::span<const std::size_t> negative, AnalogyMethod method,
                                  Eigen::VectorXf &scores) const;

private:
    Result<std::size_t> clampK(int k) const;
    std::size_t searchRows(std::size_t restrictVocab) const;
    Result<std::vector<std::size_t>> rowsOf(std::span<const std::string> words) const;
    Result<std::vector<Neighbour>> select(const Eigen::VectorXf &scores, std::size_t k,
                                          std::span<const std::size_t> excluded) const;
    Result<std::vector<Neighbour>> nearest(std::span<const float> unitQuery, std::size_t k,
                                           std::span<const std::size_t> excluded,
                                           std::size_t restrictVocab) const;
    Result<Eigen::VectorXf> cosAddDirection(std::span<const std::size_t> positive,
                                            std::span<const std::size_t> negative) const;
    Result<std::vector<Neighbour>> combined(std::span<const std::string> positive,
                                            std::span<const std::string> negative,
                                            AnalogyMethod method, int k,
                                            std::size_t restrictVocab) const;

    const EmbeddingModel &m_model;
    WordSuggester m_suggester;
    std::shared_ptr<const ExactSearch> m_search;
};

} // namespace ewb::core
