#include "core/project/tsneaffinities.h"

#include "core/project/parallelchunks.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <new>
#include <span>
#include <utility>

namespace ewb::core {

namespace {

    constexpr std::size_t pointBlock = 256;
    constexpr int maxSteps = 100;
    constexpr double entropyTolerance = 1e-5;

    // Conditional probabilities p(j|i) over one point's neighbours whose entropy is
    // log(perplexity): bisection on the precision beta = 1 / (2 sigma^2), as in van der Maaten's
    // reference code. Distances are shifted by the smallest so exp() never underflows to all
    // zeros; the shift cancels in the normalisation.
    void conditionalRow(std::span<const double> distances, double targetEntropy,
                        std::span<double> out)
    {
        const double nearest = distances.front();
        double beta = 1.0;
        double low = -std::numeric_limits<double>::infinity();
        double high = std::numeric_limits<double>::infinity();
        for (int step = 0; step < maxSteps; ++step) {
            double sum = 0.0;
            double weighted = 0.0;
            for (std::size_t m = 0; m < distances.size(); ++m) {
                const double shifted = distances[m] - nearest;
                out[m] = std::exp(-shifted * beta);
                sum += out[m];
                weighted += shifted * out[m];
            }
            const double entropy = std::log(sum) + beta * weighted / sum;
            for (double &p : out)
                p /= sum;
            const double difference = entropy - targetEntropy;
            if (std::abs(difference) <= entropyTolerance)
                return;
            if (difference > 0.0) {
                low = beta;
                beta = std::isinf(high) ? beta * 2.0 : (beta + high) / 2.0;
            } else {
                high = beta;
                beta = std::isinf(low) ? beta / 2.0 : (beta + low) / 2.0;
            }
        }
    }

} // namespace

Result<TsneAffinities> TsneAffinities::compute(const ExactNeighbours &neighbours, double perplexity,
                                               std::size_t threads, std::stop_token stop)
{
    const std::size_t n = neighbours.pointCount();
    const std::size_t k = neighbours.k();
    try {
        std::vector<double> conditional(n * k);
        const double targetEntropy = std::log(perplexity);
        auto done = ParallelChunks::run(
            (n + pointBlock - 1) / pointBlock, threads, stop, [&](std::size_t block) {
                const std::size_t end = std::min(n, (block + 1) * pointBlock);
                for (std::size_t i = block * pointBlock; i < end; ++i)
                    conditionalRow(neighbours.squaredDistances(i), targetEntropy,
                                   { conditional.data() + i * k, k });
            });
        if (!done.ok())
            return done.error().code == ErrorCode::Cancelled
                ? fail(ErrorCode::Cancelled, "t-SNE input similarities cancelled")
                : done.error();

        // Symmetrise: row i holds p(j|i) for its own neighbours j and p(i|j) for every j that
        // has i as a neighbour; duplicates (mutual neighbours) are summed after sorting by column.
        std::vector<std::size_t> start(n + 1, 0);
        for (std::size_t i = 0; i < n; ++i) {
            start[i + 1] += k;
            for (const std::uint32_t j : neighbours.indices(i))
                ++start[j + 1];
        }
        for (std::size_t i = 0; i < n; ++i)
            start[i + 1] += start[i];
        std::vector<std::pair<std::uint32_t, double>> entries(start[n]);
        std::vector<std::size_t> fill(start.begin(), start.end() - 1);
        for (std::size_t i = 0; i < n; ++i) {
            const auto row = neighbours.indices(i);
            for (std::size_t m = 0; m < k; ++m) {
                const double p = conditional[i * k + m];
                entries[fill[i]++] = { row[m], p };
                entries[fill[row[m]]++] = { static_cast<std::uint32_t>(i), p };
            }
        }
        TsneAffinities result;
        result.m_rowStart.reserve(n + 1);
        result.m_columns.reserve(entries.size());
        result.m_values.reserve(entries.size());
        result.m_rowStart.push_back(0);
        double total = 0.0;
        for (std::size_t i = 0; i < n; ++i) {
            if ((i & 4095) == 0 && stop.stop_requested())
                return fail(ErrorCode::Cancelled, "t-SNE input similarities cancelled");
            const auto first = entries.begin() + static_cast<std::ptrdiff_t>(start[i]);
            const auto last = entries.begin() + static_cast<std::ptrdiff_t>(start[i + 1]);
            std::sort(first, last);
            for (auto it = first; it != last; ++it) {
                if (result.m_columns.size() > result.m_rowStart.back()
                    && result.m_columns.back() == it->first) {
                    result.m_values.back() += it->second;
                } else {
                    result.m_columns.push_back(it->first);
                    result.m_values.push_back(it->second);
                }
                total += it->second;
            }
            result.m_rowStart.push_back(result.m_columns.size());
        }
        const double scale = total > 0.0 ? 1.0 / total : 0.0;
        for (double &value : result.m_values)
            value *= scale;
        return result;
    } catch (const std::bad_alloc &) {
        return fail(ErrorCode::OutOfMemory,
                    "no memory for the t-SNE similarities of " + std::to_string(n) + " points");
    }
}

TsneAffinities TsneAffinities::renumbered(const std::vector<std::uint32_t> &newToOld) const
{
    const std::size_t n = pointCount();
    std::vector<std::uint32_t> oldToNew(n);
    for (std::size_t k = 0; k < n; ++k)
        oldToNew[newToOld[k]] = static_cast<std::uint32_t>(k);
    TsneAffinities result;
    result.m_rowStart.resize(n + 1);
    result.m_columns.resize(m_columns.size());
    result.m_values.resize(m_values.size());
    std::vector<std::pair<std::uint32_t, double>> row;
    std::size_t at = 0;
    for (std::size_t k = 0; k < n; ++k) {
        result.m_rowStart[k] = at;
        const std::uint32_t old = newToOld[k];
        row.clear();
        for (std::size_t e = m_rowStart[old]; e < m_rowStart[old + 1]; ++e)
            row.emplace_back(oldToNew[m_columns[e]], m_values[e]);
        std::sort(row.begin(), row.end());
        for (const auto &[column, value] : row) {
            result.m_columns[at] = column;
            result.m_values[at] = value;
            ++at;
        }
    }
    result.m_rowStart[n] = at;
    return result;
}

} // namespace ewb::core
