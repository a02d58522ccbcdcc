#include "core/project/exactneighbours.h"

#include "core/project/parallelchunks.h"

#include <algorithm>
#include <limits>
#include <new>
#include <numeric>
#include <string>
#include <utility>

namespace ewb::core {

namespace {

    // A tile is queryBlock query rows against candidateBlock candidate rows, as one matrix
    // product: 256 x 2048 floats (2 MB) per thread. Both sides are packed once per tile, so
    // the packing is a small share of the product; a query block is a few hundred ms of work
    // at 50,000 points, short enough for a prompt cancel.
    constexpr std::size_t queryBlock = 256;
    constexpr std::size_t candidateBlock = 2048;
    // Candidates are screened this many at a time against the row's current k-th distance.
    constexpr std::size_t screen = 16;

    using Candidate = std::pair<float, std::uint32_t>;

    /// The k best candidates of one query row seen so far, by value and then row (so ties go to
    /// the lower row, whatever order candidates come in): a buffer of up to 4k, cut back to the
    /// k best whenever it fills, so each offer costs O(1) on average.
    class Best
    {
    public:
        Best(Candidate *storage, std::size_t k) : m_buffer(storage), m_k(k) { }

        /// Values at or above this cannot get in (screening only; offer() decides ties).
        float threshold() const { return m_worst.first; }

        void offer(float value, std::uint32_t row)
        {
            if (!(Candidate { value, row } < m_worst))
                return;
            m_buffer[m_size++] = { value, row };
            if (m_size == 4 * m_k)
                cut();
        }

        /// The k best, in no particular order (call once, after the last offer).
        Candidate *finish()
        {
            cut();
            return m_buffer;
        }

    private:
        void cut()
        {
            if (m_size < m_k)
                return;
            std::nth_element(m_buffer, m_buffer + (m_k - 1), m_buffer + m_size);
            m_worst = m_buffer[m_k - 1];
            m_size = m_k;
        }

        Candidate *m_buffer;
        std::size_t m_k;
        std::size_t m_size = 0;
        Candidate m_worst { std::numeric_limits<float>::infinity(),
                            std::numeric_limits<std::uint32_t>::max() };
    };

    /// A step coprime with `count` near its golden section: t * step % count visits every
    /// index once, jumping far each time.
    std::size_t scatterStride(std::size_t count)
    {
        std::size_t step = std::max<std::size_t>(1, count * 618 / 1000);
        while (std::gcd(step, count) != 1)
            ++step;
        return step;
    }

    /// |a - b|^2 in double for a float row and a double row, in four independent lanes.
    double squaredDistance(const float *a, const double *b, std::size_t length)
    {
        double lane[4] = {};
        std::size_t d = 0;
        for (; d + 4 <= length; d += 4) {
            for (std::size_t l = 0; l < 4; ++l) {
                const double diff = static_cast<double>(a[d + l]) - b[d + l];
                lane[l] += diff * diff;
            }
        }
        for (; d < length; ++d) {
            const double diff = static_cast<double>(a[d]) - b[d];
            lane[0] += diff * diff;
        }
        return (lane[0] + lane[1]) + (lane[2] + lane[3]);
    }

} // namespace

Result<ExactNeighbours> ExactNeighbours::search(const Matrix &points, std::size_t k,
                                                std::size_t threads, std::stop_token stop,
                                                bool byDotProduct)
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
        // Ranking by -2 q.c alone is ranking by dot product.
        const Eigen::VectorXf norms = byDotProduct
            ? Eigen::VectorXf::Zero(points.rows())
            : Eigen::VectorXf(points.rowwise().squaredNorm());
        const std::size_t blocks = (n + queryBlock - 1) / queryBlock;
        auto done = ParallelChunks::run(blocks, threads, stop, [&](std::size_t block) {
            const std::size_t first = block * queryBlock;
            const std::size_t rows = std::min(queryBlock, n - first);
            const auto queries = points.middleRows(static_cast<Eigen::Index>(first),
                                                   static_cast<Eigen::Index>(rows));
            std::vector<Candidate> storage(rows * 4 * k);
            std::vector<Best> best;
            best.reserve(rows);
            for (std::size_t r = 0; r < rows; ++r)
                best.emplace_back(storage.data() + r * 4 * k, k);
            Matrix dots;
            // Tiles in a scattered order: rows sorted by anything (word frequency, say) would
            // otherwise keep bringing closer candidates and the selection would rarely settle.
            const std::size_t tiles = (n + candidateBlock - 1) / candidateBlock;
            const std::size_t stride = scatterStride(tiles);
            for (std::size_t t = 0; t < tiles; ++t) {
                const std::size_t from = (t * stride % tiles) * candidateBlock;
                const std::size_t columns = std::min(candidateBlock, n - from);
                dots.noalias() = queries
                    * points
                          .middleRows(static_cast<Eigen::Index>(from),
                                      static_cast<Eigen::Index>(columns))
                          .transpose();
                const float *norm = norms.data() + from;
                for (std::size_t r = 0; r < rows; ++r) {
                    // |q - c|^2 = |q|^2 + |c|^2 - 2 q.c; |q|^2 is the same for every candidate,
                    // so it does not change the ranking.
                    const float *dot = dots.data() + r * columns;
                    const std::size_t self = first + r - from; // may wrap: then never equal
                    Best &row = best[r];
                    std::size_t j = 0;
                    for (; j + screen <= columns; j += screen) {
                        float values[screen];
                        unsigned closer = 0;
                        const float threshold = row.threshold();
                        for (std::size_t l = 0; l < screen; ++l) {
                            values[l] = norm[j + l] - 2.0f * dot[j + l];
                            closer |= values[l] <= threshold ? 1u : 0u;
                        }
                        if (closer == 0)
                            continue;
                        for (std::size_t l = 0; l < screen; ++l) {
                            if (j + l != self)
                                row.offer(values[l], static_cast<std::uint32_t>(from + j + l));
                        }
                    }
                    for (; j < columns; ++j) {
                        if (j != self)
                            row.offer(norm[j] - 2.0f * dot[j],
                                      static_cast<std::uint32_t>(from + j));
                    }
                }
            }
            // Exact distances in double for the chosen few, then nearest first (or, by dot
            // product, in the order the screening ranked them).
            std::vector<std::pair<double, std::uint32_t>> chosen(k);
            const auto dim = static_cast<std::size_t>(points.cols());
            std::vector<double> query(dim);
            for (std::size_t r = 0; r < rows; ++r) {
                const std::size_t self = first + r;
                const float *own = points.data() + self * dim;
                std::copy(own, own + dim, query.begin());
                Candidate *kept = best[r].finish();
                if (byDotProduct)
                    std::sort(kept, kept + k);
                for (std::size_t m = 0; m < k; ++m) {
                    const std::uint32_t c = kept[m].second;
                    chosen[m] = { squaredDistance(points.data() + std::size_t { c } * dim,
                                                  query.data(), dim),
                                  c };
                }
                if (!byDotProduct)
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
