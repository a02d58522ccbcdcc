#pragma once

#include "core/common/result.h"
#include "core/project/fuzzysimplicialset.h"
#include "core/project/projection.h"
#include "core/project/umapcurve.h"

#include <cstddef>
#include <cstdint>
#include <stop_token>
#include <vector>

namespace ewb::core {

/// UMAP's layout optimisation: stochastic gradient descent on the fuzzy cross-entropy between
/// the graph and the layout, with edges sampled in proportion to their weight and negative
/// sampling for the repulsion (McInnes et al. 2018, section 3.2 and appendix; umap-learn's
/// optimize_layout_euclidean for the gradients and their clipping to [-4, 4]).
///
/// Determinism: an epoch moves each point only by the edges of which it is the head, reads the
/// other ends from the layout as it was when the epoch began, and draws its negative samples
/// from a stream keyed by (seed, epoch, point). A point's new position therefore depends on the
/// previous layout alone, never on which thread ran it or when, so any thread count gives the
/// same layout bit for bit, and an epoch cancelled half-way leaves the layout untouched. As each
/// undirected edge appears once per end and only the head moves, the attractive step is doubled
/// to match umap-learn, where both ends move for each of the two directed copies.
class UmapOptimizer
{
public:
    /// Settings of the optimisation, validated by UmapOptions.
    struct Settings
    {
        UmapCurve curve;
        std::size_t epochs = 200; ///< total epochs; the step size decays linearly over them
        double learningRate = 1.0;
        double repulsionStrength = 1.0;
        double negativeSampleRate = 5.0;
        std::uint64_t seed = 0;
        std::size_t threads = 1;
    };

    /// Prepares the edge schedule of `graph`: edges lighter than 1/epochs of the heaviest are
    /// dropped (they would be sampled less than once), the others are sampled once every
    /// max_weight / weight epochs.
    UmapOptimizer(const FuzzySimplicialSet &graph, const Settings &settings);

    /// Runs epoch `epoch` (0-based, < epochs) on `layout` (one row per graph point) in place.
    /// Fails with Cancelled, leaving `layout` as it was, when `stop` is requested; the workers
    /// check it every 1,024 points.
    Result<void> runEpoch(std::size_t epoch, Layout &layout, std::stop_token stop);

    /// Number of edges kept after pruning.
    std::size_t edgeCount() const { return m_tails.size(); }

private:
    void moveRange(std::size_t epoch, std::size_t begin, std::size_t end, const Layout &previous,
                   Layout &next) const;

    Settings m_settings;
    std::vector<std::size_t> m_offsets;
    std::vector<std::uint32_t> m_tails;
    std::vector<double> m_rate; ///< samples per epoch, weight / max_weight, in (0, 1]
    Layout m_next;
    std::vector<float> m_snapshot; ///< the layout at the start of the epoch, x y interleaved
};

} // namespace ewb::core
