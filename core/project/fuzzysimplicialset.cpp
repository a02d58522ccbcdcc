#include "core/project/fuzzysimplicialset.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <new>
#include <string>

namespace ewb::core {

namespace {

    // umap-learn's constants for the bandwidth search: its tolerance on the sum of memberships, the
    // iteration cap of the bisection, and the floor of sigma as a fraction of the mean distance
    // (keeps a point whose neighbours all sit at rho from getting an infinitely sharp kernel).
    constexpr double sumTolerance = 1e-5;
    constexpr int maxBisections = 64;
    constexpr double minDistanceScale = 1e-3;

    struct DirectedEdge
    {
        std::uint32_t head;
        std::uint32_t tail;
        double weight;
    };

} // namespace

Result<FuzzySimplicialSet> FuzzySimplicialSet::build(const KnnGraph &graph)
{
    const std::size_t n = graph.size();
    const std::size_t k = graph.k();
    try {
        FuzzySimplicialSet set;
        set.m_rho.assign(n, 0.0);
        set.m_sigma.assign(n, 1.0);

        double totalDistance = 0.0;
        for (std::size_t i = 0; i < n; ++i)
            for (float d : graph.distances(i))
                totalDistance += static_cast<double>(d);
        // umap-learn's neighbour lists include the point itself at distance 0; the means below
        // count it too, so that sigma's floor matches the reference implementation.
        const double meanDistance = totalDistance / static_cast<double>(n * (k + 1));
        const double target = std::log2(static_cast<double>(k + 1));

        std::vector<DirectedEdge> edges;
        edges.reserve(2 * n * k);
        for (std::size_t i = 0; i < n; ++i) {
            const auto distances = graph.distances(i);
            double rho = 0.0;
            double rowSum = 0.0;
            for (float d : distances) {
                rowSum += static_cast<double>(d);
                if (d > 0.0f && rho == 0.0)
                    rho = static_cast<double>(d);
            }
            // Bisection on sigma: the membership sum falls as sigma shrinks.
            double lo = 0.0;
            double hi = std::numeric_limits<double>::infinity();
            double mid = 1.0;
            for (int step = 0; step < maxBisections; ++step) {
                double sum = 0.0;
                for (float d : distances) {
                    const double excess = static_cast<double>(d) - rho;
                    sum += excess > 0.0 ? std::exp(-excess / mid) : 1.0;
                }
                if (std::abs(sum - target) < sumTolerance)
                    break;
                if (sum > target) {
                    hi = mid;
                    mid = (lo + hi) / 2.0;
                } else {
                    lo = mid;
                    mid = std::isinf(hi) ? mid * 2.0 : (lo + hi) / 2.0;
                }
            }
            const double floor = minDistanceScale
                * (rho > 0.0 ? rowSum / static_cast<double>(k + 1) : meanDistance);
            const double sigma = std::max(mid, floor);
            set.m_rho[i] = rho;
            set.m_sigma[i] = sigma;

            const auto neighbours = graph.neighbours(i);
            for (std::size_t j = 0; j < k; ++j) {
                const double excess = static_cast<double>(distances[j]) - rho;
                const double weight
                    = excess <= 0.0 || sigma == 0.0 ? 1.0 : std::exp(-excess / sigma);
                const auto head = static_cast<std::uint32_t>(i);
                edges.push_back({ head, neighbours[j], weight });
                edges.push_back({ neighbours[j], head, weight });
            }
        }

        // Fuzzy union: an edge listed in both directions combines as p + q - p q, one listed
        // once keeps its weight. Sorting by (head, tail, weight) makes the result independent
        // of how the neighbour lists were ordered.
        std::sort(edges.begin(), edges.end(), [](const DirectedEdge &x, const DirectedEdge &y) {
            if (x.head != y.head)
                return x.head < y.head;
            if (x.tail != y.tail)
                return x.tail < y.tail;
            return x.weight < y.weight;
        });
        set.m_offsets.assign(n + 1, 0);
        set.m_tails.reserve(edges.size());
        set.m_weights.reserve(edges.size());
        for (std::size_t e = 0; e < edges.size();) {
            const DirectedEdge &edge = edges[e];
            double weight = edge.weight;
            std::size_t next = e + 1;
            if (next < edges.size() && edges[next].head == edge.head
                && edges[next].tail == edge.tail) {
                const double other = edges[next].weight;
                weight = weight + other - weight * other;
                ++next;
            }
            if (weight > 0.0) {
                set.m_tails.push_back(edge.tail);
                set.m_weights.push_back(weight);
                ++set.m_offsets[edge.head + 1];
            }
            e = next;
        }
        for (std::size_t i = 0; i < n; ++i)
            set.m_offsets[i + 1] += set.m_offsets[i];
        return set;
    } catch (const std::bad_alloc &) {
        return fail(ErrorCode::OutOfMemory,
                    "not enough memory for the fuzzy graph of " + std::to_string(n) + " points");
    }
}

} // namespace ewb::core
