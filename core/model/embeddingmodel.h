#pragma once

#include "core/common/result.h"
#include "core/model/wordindex.h"

#include <Eigen/Core>

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace ewb::core {

/// Row-major float matrix: row(i) is the contiguous vector of word i.
using Matrix = Eigen::Matrix<float, Eigen::Dynamic, Eigen::Dynamic, Eigen::RowMajor>;

/// A trained or imported embedding: words (in frequency order when known, most frequent first),
/// their corpus counts (0 when unknown, e.g. imported files) and one vector per word.
/// Immutable once built: share it as std::shared_ptr<const EmbeddingModel>; every const member
/// is safe to call from any number of threads at once.
class EmbeddingModel
{
public:
    /// Builds a model. Fails with InvalidArgument when sizes disagree (words.size() != rows,
    /// counts neither empty nor of the same size), when dim is 0, when a word is empty, or when a
    /// word occurs twice; with NumericError when a value is NaN or infinite. All-zero vectors are
    /// allowed: they are excluded from cosine queries (RELIABILITY row 36). Empty counts become
    /// all zeros. Fails with OutOfMemory when the unit matrix cannot be allocated. Norms are
    /// computed in double, so huge finite values do not overflow into a zero unit vector.
    static Result<std::shared_ptr<const EmbeddingModel>>
    create(std::vector<std::string> words, std::vector<std::uint64_t> counts, Matrix vectors);

    std::size_t size() const { return m_words.size(); }
    std::size_t dim() const { return static_cast<std::size_t>(m_vectors.cols()); }
    const std::vector<std::string> &words() const { return m_words; }
    /// Corpus counts in the order of words(); all zero when unknown.
    const std::vector<std::uint64_t> &counts() const { return m_counts; }
    /// The raw vectors, one row per word.
    const Matrix &vectors() const { return m_vectors; }
    /// The vectors scaled to unit length (all-zero rows stay zero), for cosine similarity.
    const Matrix &unitVectors() const { return m_unit; }
    /// Euclidean length of each raw vector; 0 exactly for all-zero rows.
    const Eigen::VectorXf &norms() const { return m_norms; }
    /// The word of a row; row must be < size().
    const std::string &word(std::size_t row) const { return m_words[row]; }
    /// True when the raw vector of a row is all zeros: it has no direction, so cosine queries
    /// skip it as a candidate and refuse it as a query (RELIABILITY row 36).
    bool isZero(std::size_t row) const { return m_norms[static_cast<Eigen::Index>(row)] == 0.0f; }
    /// Number of all-zero rows.
    std::size_t zeroCount() const { return m_zeroCount; }

    /// Row of a word (exact, case-sensitive, byte-wise match), or -1. O(1) average.
    std::int64_t indexOf(std::string_view word) const;
    bool contains(std::string_view word) const { return indexOf(word) >= 0; }

private:
    EmbeddingModel() = default;

    std::vector<std::string> m_words;
    std::vector<std::uint64_t> m_counts;
    Matrix m_vectors;
    Matrix m_unit;
    Eigen::VectorXf m_norms;
    std::size_t m_zeroCount = 0;
    WordIndex m_index; ///< over m_words
};

} // namespace ewb::core
