#include "core/project/exactneighbours.h"

#include "core/project/parallelchunks.h"

#include <algorithm>
#include <new>
#include <string>
#include <utility>

namespace ewb::core {

namespace {

    // Query rows per matrix product: 64 x n floats stay within a few MB for n = 50,000, and a
    // block is short enough (tens of ms) for a prompt cancel.
    constexpr std::size_t queryBlock = 64;

    using Candidate = std::pair<float, std::uint32_t>;

} // namespace

Result<ExactNeighbours> ExactNeighbours::search(const Matrix &points, std::size_t k,
                                                std::size_t threads, std::stop_token stop)
{
    const auto n = static_cast<std::size_t>(points.rows());
    if (n < 2 || k < 1 || k >= n)
        return fail(ErrorCode::InvalidArgument,
                    "cannot find " + std::to_string(k) + " neighbours among " + std::to_string(n)
                        + " points (need 1 <= k < points)");
    if (n > 0xffffffffu)
        return fail(ErrorCode::InvalidArgument, "too many points for a neighbour search");
    try {
        ExactNeighbours result;
        result.m_pointCount = n;
        result.m_k = k;
        result.m_indices.resize(n * k);
        result.m_distances.resize(n * k);
        const Eigen::VectorXf norms = points.rowwise().squaredNorm();
        const std::size_t blocks = (n + queryBlock - 1) / queryBlock;
        auto done = ParallelChunks::run(blocks, threads, stop, [&](std::size_t block) {
            const std::size_t first = block * queryBlock;
            const std::size_t rows = std::min(queryBlock, n - first);
            Matrix dots(static_cast<Eigen::Index>(rows), points.rows());
            dots.noalias() = points.middleRows(static_cast<Eigen::Index>(first),
                                               static_cast<Eigen::Index>(rows))
                * points.transpose();
            std::vector<Candidate> heap;
            heap.reserve(k + 1);
            for (std::size_t r = 0; r < rows; ++r) {
                const std::size_t self = first + r;
                const float *dot = dots.data() + r * n;
                heap.clear();
                // |q - c|^2 = |q|^2 + |c|^2 - 2 q.c; |q|^2 is the same for every candidate, so
                // it does not change the ranking. A max-heap keeps the k best seen so far;
                // scanning in row order, a later equal value never displaces an earlier row.
                for (std::size_t j = 0; j < n; ++j) {
                    if (j == self)
                        continue;
                    const float value = norms[static_cast<Eigen::Index>(j)] - 2.0f * dot[j];
                    if (heap.size() < k) {
                        heap.emplace_back(value, static_cast<std::uint32_t>(j));
                        std::push_heap(heap.begin(), heap.end());
                    } else if (value < heap.front().first) {
                        std::pop_heap(heap.begin(), heap.end());
                        heap.back() = { value, static_cast<std::uint32_t>(j) };
                        std::push_heap(heap.begin(), heap.end());
                    }
                }
                // Exact distances in double for the chosen few, then nearest first.
                std::vector<std::pair<double, std::uint32_t>> chosen;
                chosen.reserve(k);
                const auto query = points.row(static_cast<Eigen::Index>(self)).cast<double>();
                for (const Candidate &c : heap) {
                    const double d
                        = (points.row(static_cast<Eigen::Index>(c.second)).cast<double>() - query)
                              .squaredNorm();
                    chosen.emplace_back(d, c.second);
                }
                std::sort(chosen.begin(), chosen.end());
                for (std::size_t m = 0; m < k; ++m) {
                    result.m_distances[self * k + m] = chosen[m].first;
                    result.m_indices[self * k + m] = chosen[m].second;
                }
            }
        });
        if (!done.ok()) {
            if (done.error().code == ErrorCode::Cancelled)
                return fail(ErrorCode::Cancelled, "neighbour search cancelled");
            return done.error();
        }
        return result;
    } catch (const std::bad_alloc &) {
        return fail(ErrorCode::OutOfMemory,
                    "no memory for " + std::to_string(k) + " neighbours of " + std::to_string(n)
                        + " points");
    }
}

} // namespace ewb::core
