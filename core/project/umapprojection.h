#pragma once

#include "core/common/result.h"
#include "core/model/embeddingmodel.h"
#include "core/project/projection.h"
#include "core/project/umapcurve.h"
#include "core/project/umapoptimizer.h"
#include "core/project/umapoptions.h"

#include <cstddef>
#include <memory>
#include <stop_token>

namespace ewb::core {

/// UMAP (McInnes, Healy and Melville 2018) of a set of vectors to 2D. create() builds the
/// k-nearest-neighbour graph (exact up to 10,000 points, hnswlib above), its fuzzy simplicial
/// set and the initial layout (spectral by default), scaled to [0, 10] on both axes as
/// umap-learn does; run() then performs the layout epochs, one iteration per epoch.
///
/// Determinism: the same input, options and seed give a bit-identical layout for every thread
/// count (exact neighbour graph) or with threads == 1 (hnswlib); running to epoch N in one call
/// or in chunks gives the same layout. Not thread-safe: one thread at a time, which may change
/// between calls. Memory is about 50 bytes per point and neighbour (k = neighbors) besides
/// the input.
class UmapProjection : public Projection
{
public:
    /// Validates `options` against the point count (InvalidArgument naming the option and
    /// value, e.g. neighbors >= n), rejects NaN and infinity (NumericError naming the row), and
    /// prepares everything before the first epoch. The input is not referenced afterwards.
    /// Takes from milliseconds (1,000 points) to seconds (100,000 points, hnswlib); checks
    /// `stop` throughout and fails with Cancelled. Fails with OutOfMemory when it does not fit.
    static Result<std::unique_ptr<UmapProjection>>
    create(const Matrix &points, const UmapOptions &options, std::stop_token stop = {});

    std::size_t totalIterations() const override { return m_epochs; }
    std::size_t iteration() const override { return m_iteration; }
    /// Runs epochs until `untilIteration` (capped at totalIterations()). An epoch of 20,000
    /// word vectors (k = 15) takes about 0.1 s on 2 cores; `stop` is checked every 1,024 points,
    /// and a cancelled epoch leaves the layout at the last finished one.
    Result<void> run(std::size_t untilIteration, std::stop_token stop = {}) override;
    const Layout &layout() const override { return m_layout; }

    /// The options in force, with epochs resolved.
    const UmapOptions &options() const { return m_options; }
    /// The fitted curve parameters a and b.
    const UmapCurve &curve() const { return m_curve; }
    /// Whether the neighbour graph came from hnswlib (approximate) rather than exact search.
    bool approximateNeighbours() const { return m_approximate; }

private:
    UmapProjection(const UmapOptions &options, const UmapCurve &curve,
                   std::unique_ptr<UmapOptimizer> optimizer, Layout layout, bool approximate);

    UmapOptions m_options;
    UmapCurve m_curve;
    std::unique_ptr<UmapOptimizer> m_optimizer;
    Layout m_layout;
    std::size_t m_epochs = 0;
    std::size_t m_iteration = 0;
    bool m_approximate = false;
};

} // namespace ewb::core
