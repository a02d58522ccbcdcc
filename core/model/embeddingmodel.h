#pragma once

#include "core/common/result.h"
#include "core/model/wordindex.h"

#include <Eigen/Core>

#include <atomic>
#include <cstdint>
#include <memory>
#include <mutex>
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
    /// What create() may take as already checked.
    enum class Checked {
        Nothing, ///< check everything (the default)
        /// The caller has verified that every value is finite (the store's ChunkReader checks
        /// each slice as it reads it), so create() skips that pass over the matrix.
        FiniteValues,
    };

    /// Builds a model. Fails with InvalidArgument when sizes disagree (words.size() != rows,
    /// counts neither empty nor of the same size), when dim is 0, when a word is empty, or when a
    /// word occurs twice; with NumericError when a value is NaN or infinite (unless `checked`
    /// says the caller verified that). All-zero vectors are allowed: they are excluded from
    /// cosine queries (RELIABILITY row 36). Empty counts become all zeros. Fails with
    /// OutOfMemory when the word index cannot be allocated. Cost: one pass over the words and
    /// one over the values; the norms and the unit-normalised copy are built at their first use.
    static Result<std::shared_ptr<const EmbeddingModel>> create(std::vector<std::string> words,
                                                                std::vector<std::uint64_t> counts,
                                                                Matrix vectors,
                                                                Checked checked = Checked::Nothing);

    std::size_t size() const { return m_words.size(); }
    std::size_t dim() const { return static_cast<std::size_t>(m_vectors.cols()); }
    const std::vector<std::string> &words() const { return m_words; }
    /// Corpus counts in the order of words(); all zero when unknown.
    const std::vector<std::uint64_t> &counts() const { return m_counts; }
    /// The raw vectors, one row per word.
    const Matrix &vectors() const { return m_vectors; }
    /// The vectors scaled to unit length (all-zero rows stay zero), for cosine similarity.
    /// Built with the norms at the first call of unitVectors(), norms(), isZero() or zeroCount()
    /// (one pass, in double, so huge finite values do not overflow into a zero unit vector;
    /// about 0.12 s for 100,000 x 300 values), as gensim builds its norms at the first
    /// most_similar: loading a model that is only exported or listed does not pay for a second
    /// matrix. Thread-safe: concurrent first callers wait for one build. Throws std::bad_alloc
    /// when the copy cannot be allocated (the next call tries again); call prepare() first to
    /// get that as a value.
    const Matrix &unitVectors() const { return derived().unit; }
    /// Euclidean length of each raw vector; 0 exactly for all-zero rows.
    const Eigen::VectorXf &norms() const { return derived().norms; }
    /// Builds the norms and the unit-normalised copy now, if not done yet; fails with
    /// OutOfMemory when the copy cannot be allocated.
    Result<void> prepare() const;
    /// The word of a row; row must be < size().
    const std::string &word(std::size_t row) const { return m_words[row]; }
    /// True when the raw vector of a row is all zeros: it has no direction, so cosine queries
    /// skip it as a candidate and refuse it as a query (RELIABILITY row 36).
    bool isZero(std::size_t row) const
    {
        return derived().norms[static_cast<Eigen::Index>(row)] == 0.0f;
    }
    /// Number of all-zero rows.
    std::size_t zeroCount() const { return derived().zeroCount; }

    /// Row of a word (exact, case-sensitive, byte-wise match), or -1. O(1) average.
    std::int64_t indexOf(std::string_view word) const;
    bool contains(std::string_view word) const { return indexOf(word) >= 0; }

private:
    EmbeddingModel() = default;

    // What is computed from the vectors at first use.
    struct Derived
    {
        Matrix unit;
        Eigen::VectorXf norms;
        std::size_t zeroCount = 0;
    };

    const Derived &derived() const
    {
        if (!m_derivedReady.load(std::memory_order_acquire))
            buildDerived();
        return m_derived;
    }
    void buildDerived() const;

    std::vector<std::string> m_words;
    std::vector<std::uint64_t> m_counts;
    Matrix m_vectors;
    WordIndex m_index; ///< over m_words
    mutable std::atomic<bool> m_derivedReady { false };
    mutable std::mutex m_derivedMutex; ///< serialises buildDerived()
    mutable Derived m_derived; ///< written once under the mutex, before m_derivedReady is set
};

} // namespace ewb::core
