#pragma once

#include "core/common/result.h"
#include "core/model/embeddingmodel.h"

#include <cstddef>
#include <cstdint>
#include <span>
#include <stop_token>
#include <vector>

namespace ewb::core {

/// The k nearest neighbours of every point by squared Euclidean distance, found by brute force:
/// tiles of query rows against candidate rows as matrix products (Eigen), then a bounded
/// selection per row that screens candidates in small batches against the current k-th best. Exact
/// up to float rounding of near-ties; O(n^2 dim) time, which is fine to about 50,000 points
/// (seconds to tens of seconds on 2 cores).
class ExactNeighbours
{
public:
    /// Searches `points` (n >= 2 rows) for k neighbours each, 1 <= k <= n - 1, on `threads`
    /// threads. Deterministic: the same input gives the same lists for any thread count; ties go
    /// to the lower row. Fails with InvalidArgument for a bad k, Cancelled when `stop` is
    /// requested (checked every block of rows), OutOfMemory when the lists do not fit.
    /// With `byDotProduct`, candidates are ranked by decreasing dot product instead (cosine
    /// order for unit rows; zero rows rank as orthogonal), and squaredDistances() still holds
    /// the squared Euclidean distances of the chosen rows, in that order.
    static Result<ExactNeighbours> search(const Matrix &points, std::size_t k, std::size_t threads,
                                          std::stop_token stop = {}, bool byDotProduct = false);

    std::size_t pointCount() const { return m_pointCount; }
    std::size_t k() const { return m_k; }
    /// Rows of the k nearest neighbours of point i (never i itself), nearest first.
    std::span<const std::uint32_t> indices(std::size_t i) const
    {
        return { m_indices.data() + i * m_k, m_k };
    }
    /// Their squared Euclidean distances, computed in double precision, ascending.
    std::span<const double> squaredDistances(std::size_t i) const
    {
        return { m_distances.data() + i * m_k, m_k };
    }

private:
    std::size_t m_pointCount = 0;
    std::size_t m_k = 0;
    std::vector<std::uint32_t> m_indices;
    std::vector<double> m_distances;
};

} // namespace ewb::core
