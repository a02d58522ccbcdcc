#include "core/project/knngraph.h"

#include "core/project/exactneighbours.h"
#include "core/project/hnswknn.h"

#include <algorithm>
#include <exception>
#include <new>
#include <string>
#include <utility>

namespace ewb::core {

namespace {

    using Candidate = std::pair<float, std::uint32_t>;

    // Distance of two prepared rows; unit rows for Cosine. Computed in double so that the final
    // ranking does not depend on how a matrix product grouped its sums.
    float exactDistance(const Matrix &points, std::uint32_t a, std::uint32_t b,
                        DistanceMetric metric)
    {
        const auto x = points.row(a).cast<double>();
        const auto y = points.row(b).cast<double>();
        if (metric == DistanceMetric::Cosine)
            return static_cast<float>(std::max(0.0, 1.0 - x.dot(y)));
        return static_cast<float>((x - y).norm());
    }

} // namespace

Result<KnnGraph> KnnGraph::build(const Matrix &points, std::size_t k, DistanceMetric metric,
                                 std::uint64_t seed, std::size_t threads, std::stop_token stop,
                                 KnnMethod method)
{
    const auto n = static_cast<std::size_t>(points.rows());
    if (n < 2)
        return fail(ErrorCode::InvalidArgument,
                    "a neighbour graph needs at least 2 points, got " + std::to_string(n));
    if (n > std::size_t { 0xffffffffu })
        return fail(ErrorCode::InvalidArgument,
                    "a neighbour graph holds at most 2^32 - 1 points, got " + std::to_string(n));
    if (points.cols() == 0)
        return fail(ErrorCode::InvalidArgument, "points of dimension 0 have no neighbours");
    if (k < 1 || k >= n)
        return fail(ErrorCode::InvalidArgument,
                    "k " + std::to_string(k) + " must be in [1, " + std::to_string(n - 1) + "] for "
                        + std::to_string(n) + " points");
    if (threads < 1)
        return fail(ErrorCode::InvalidArgument, "threads must be at least 1");
    for (Eigen::Index row = 0; row < points.rows(); ++row) {
        if (!points.row(row).allFinite())
            return fail(ErrorCode::NumericError,
                        "point " + std::to_string(row) + " holds NaN or infinity");
    }

    try {
        Matrix prepared = points;
        if (metric == DistanceMetric::Cosine) {
            for (Eigen::Index row = 0; row < prepared.rows(); ++row) {
                // The norm in double: float squares of large finite values could overflow.
                const double norm = points.row(row).cast<double>().norm();
                if (norm > 0.0)
                    prepared.row(row) = (points.row(row).cast<double>() / norm).cast<float>();
            }
        }

        const bool approximate = method == KnnMethod::Approximate
            || (method == KnnMethod::Automatic
                && !prefersExact(n, static_cast<std::size_t>(points.cols())));
        KnnGraph graph;
        graph.m_size = n;
        graph.m_k = k;
        graph.m_approximate = approximate;
        if (approximate) {
            auto found = HnswKnn::search(prepared, k, metric, seed, threads, stop);
            if (!found)
                return found.error();
            graph.m_indices = std::move(*found);
        } else {
            // Unit rows for Cosine: the largest dot products are the nearest.
            auto found = ExactNeighbours::search(prepared, k, threads, stop,
                                                 metric == DistanceMetric::Cosine);
            if (!found)
                return found.error();
            graph.m_indices.resize(n * k);
            for (std::size_t row = 0; row < n; ++row)
                std::copy_n(found->indices(row).data(), k, graph.m_indices.data() + row * k);
        }

        // Re-rank every list by exact distance: the products above round differently from a
        // direct difference (two duplicates may come out at 1e-7 instead of 0), and hnswlib's
        // order is only approximate. Ties go to the lower row, for determinism.
        graph.m_distances.resize(n * k);
        std::vector<Candidate> list(k);
        for (std::size_t row = 0; row < n; ++row) {
            std::uint32_t *ids = graph.m_indices.data() + row * k;
            for (std::size_t j = 0; j < k; ++j)
                list[j]
                    = { exactDistance(prepared, static_cast<std::uint32_t>(row), ids[j], metric),
                        ids[j] };
            std::sort(list.begin(), list.end());
            for (std::size_t j = 0; j < k; ++j) {
                ids[j] = list[j].second;
                graph.m_distances[row * k + j] = list[j].first;
            }
        }
        return graph;
    } catch (const std::bad_alloc &) {
        return fail(ErrorCode::OutOfMemory,
                    "not enough memory for the neighbour graph of " + std::to_string(n)
                        + " points");
    } catch (const std::exception &error) {
        return fail(ErrorCode::Internal, std::string("neighbour search failed: ") + error.what());
    }
}

bool KnnGraph::prefersExact(std::size_t points, std::size_t dimensions)
{
    // Each pair costs its multiply-adds plus the screening of its score.
    const double pairs = static_cast<double>(points) * static_cast<double>(points);
    return points <= exactLimit || pairs * (static_cast<double>(dimensions) + 32.0) <= exactBudget;
}

double KnnGraph::recall(const KnnGraph &found, const KnnGraph &truth)
{
    if (found.size() == 0 || found.size() != truth.size() || found.k() != truth.k())
        return 0.0;
    std::size_t hits = 0;
    std::vector<std::uint32_t> expected;
    for (std::size_t row = 0; row < truth.size(); ++row) {
        const auto t = truth.neighbours(row);
        expected.assign(t.begin(), t.end());
        std::sort(expected.begin(), expected.end());
        for (std::uint32_t id : found.neighbours(row))
            hits += std::binary_search(expected.begin(), expected.end(), id) ? 1u : 0u;
    }
    return static_cast<double>(hits) / static_cast<double>(truth.size() * truth.k());
}

} // namespace ewb::core
