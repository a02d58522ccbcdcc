#pragma once

#include "core/common/result.h"
#include "core/model/embeddingmodel.h"
#include "core/project/distancemetric.h"

#include <cstddef>
#include <cstdint>
#include <span>
#include <stop_token>
#include <vector>

namespace ewb::core {

/// Which algorithm finds the neighbours.
enum class KnnMethod {
    /// Exact where KnnGraph::prefersExact(n, dimensions), hnswlib otherwise.
    Automatic,
    /// Every pair compared (ExactNeighbours: tiled matrix products, a bounded selection per
    /// point): O(n^2 d) time, O(n k) memory. Deterministic for any thread count.
    Exact,
    /// hnswlib's hierarchical navigable small world graph (Malkov and Yashunin 2018), M = 16,
    /// ef_construction = 200, ef_search = max(64, 3 (k + 1)): about O(n log n) and a recall near
    /// 0.99 on word vectors (0.999 at k = 15 on 6,000 gensim vectors). Deterministic for a given
    /// seed only with threads == 1.
    Approximate,
};

/// The k nearest neighbours of every point of a set (the point itself excluded, even when it
/// has duplicates), nearest first, with their distances. The first stage of UMAP; also usable
/// to measure how well a 2D layout preserves neighbourhoods. Immutable once built; const members
/// are safe from any number of threads.
class KnnGraph
{
public:
    /// KnnMethod::Automatic compares every pair up to this many points, whatever the dimension,
    static constexpr std::size_t exactLimit = 10000;
    /// and beyond that while n^2 (d + 32) stays within this budget (multiply-adds, plus the
    /// screening of each pair's score): a few seconds on 2 cores, less than hnswlib needs to
    /// build its index (20,000 x 100 is 5.3e10, exact).
    static constexpr double exactBudget = 1e11;

    /// Whether KnnMethod::Automatic compares every pair for this many points of that dimension.
    static bool prefersExact(std::size_t points, std::size_t dimensions);

    /// Builds the graph of `points` (one row per point). k must be in [1, n - 1] and n >= 2;
    /// fails with InvalidArgument naming the value otherwise, with NumericError when a value is
    /// NaN or infinite (naming the row), with Cancelled when `stop` is requested (checked every
    /// few milliseconds of work), with OutOfMemory when the index does not fit. `threads` (>= 1)
    /// workers share the work; `seed` drives hnswlib's random levels. Equal distances are
    /// ordered by row, so the exact graph is the same for every thread count.
    static Result<KnnGraph> build(const Matrix &points, std::size_t k, DistanceMetric metric,
                                  std::uint64_t seed, std::size_t threads,
                                  std::stop_token stop = {},
                                  KnnMethod method = KnnMethod::Automatic);

    /// Number of points.
    std::size_t size() const { return m_size; }
    /// Neighbours per point.
    std::size_t k() const { return m_k; }
    /// Whether hnswlib built the graph (so it may miss a few true neighbours).
    bool approximate() const { return m_approximate; }
    /// The rows of the k nearest neighbours of `point` (< size()), nearest first.
    std::span<const std::uint32_t> neighbours(std::size_t point) const
    {
        return { m_indices.data() + point * m_k, m_k };
    }
    /// Their distances under the graph's metric, ascending.
    std::span<const float> distances(std::size_t point) const
    {
        return { m_distances.data() + point * m_k, m_k };
    }

    /// Mean fraction of the true neighbours found, per point: |found ∩ truth| / k, in [0, 1].
    /// Both graphs must have the same size and k.
    static double recall(const KnnGraph &found, const KnnGraph &truth);

private:
    KnnGraph() = default;

    std::size_t m_size = 0;
    std::size_t m_k = 0;
    bool m_approximate = false;
    std::vector<std::uint32_t> m_indices;
    std::vector<float> m_distances;
};

} // namespace ewb::core
