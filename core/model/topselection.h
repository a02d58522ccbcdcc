#pragma once

#include <Eigen/Core>

#include <cstddef>
#include <span>
#include <vector>

namespace ewb::core {

/// Partial selection of the best-scoring rows of a score vector (one score per vocabulary row),
/// the second half of every exact neighbour query after the matrix-vector product. Runs in
/// O(n log k) with one bounded heap instead of sorting all n scores. Stateless; thread-safe.
class TopSelection
{
public:
    /// A selected row and its score.
    struct Entry
    {
        std::size_t row = 0;
        float score = 0.0f;
    };

    /// The k rows with the highest scores, best first; equal scores are ordered by row (the more
    /// frequent word first), so results are deterministic. Rows listed in `excluded` and rows
    /// whose norm is 0 (all-zero vectors) are skipped. scores.size() must not exceed
    /// norms.size(); fewer than k entries come back when fewer rows qualify.
    static std::vector<Entry> select(std::span<const float> scores, std::size_t k,
                                     std::span<const std::size_t> excluded,
                                     const Eigen::VectorXf &norms);

    /// 1-based rank that `row` would have in select() with the same arguments and an unbounded k
    /// (1 = best). `row` itself must be neither excluded nor all-zero.
    static std::size_t rankOf(std::span<const float> scores, std::size_t row,
                              std::span<const std::size_t> excluded, const Eigen::VectorXf &norms);
};

} // namespace ewb::core
