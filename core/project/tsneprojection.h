#pragma once

#include "core/common/result.h"
#include "core/model/embeddingmodel.h"
#include "core/project/barneshuttree.h"
#include "core/project/projection.h"
#include "core/project/tsneaffinities.h"
#include "core/project/tsneoptions.h"

#include <memory>
#include <optional>
#include <vector>

namespace ewb::core {

/// t-SNE with the Barnes-Hut approximation (van der Maaten 2014): O(n log n) per iteration,
/// input similarities over the 3 x perplexity nearest neighbours (exact search). Early
/// exaggeration, momentum and adaptive gains follow scikit-learn (including the reset of
/// momentum and gains when exaggeration ends), so layouts are comparable with
/// sklearn.manifold.TSNE.
///
/// The first run() computes the neighbours, the similarities and the initial layout (cancellable,
/// seconds for tens of thousands of points) before iterating; until then layout() is all zeros.
/// Deterministic: the same input, options and seed give a bit-identical layout whatever the
/// thread count and however run() is chunked. Cancel takes effect within a block of 256 points
/// of one iteration.
class TsneProjection final : public Projection
{
public:
    /// Validates the options against the number of points (TsneOptions::validate), checks the
    /// input for NaN and infinity (NumericError) and copies it (OutOfMemory when it does not fit).
    static Result<std::unique_ptr<TsneProjection>> create(const Matrix &points,
                                                          TsneOptions options);

    std::size_t totalIterations() const override { return m_options.maxIterations; }
    std::size_t iteration() const override { return m_iteration; }
    Result<void> run(std::size_t untilIteration, std::stop_token stop = {}) override;
    const Layout &layout() const override { return m_layout; }

    /// The options in use, with the learning rate resolved.
    const TsneOptions &options() const { return m_options; }
    /// Whether the similarities and the initial layout are ready (after the first run()).
    bool prepared() const { return m_affinities.has_value(); }

private:
    TsneProjection(Matrix points, TsneOptions options);

    Result<void> prepare(std::stop_token stop);
    Result<void> initialise(std::stop_token stop);
    Result<void> computeGradient(std::stop_token stop);
    void applyGradient();

    Matrix m_points;
    TsneOptions m_options;
    std::optional<TsneAffinities> m_affinities;
    Layout m_layout;
    Layout m_velocity;
    Layout m_gains;
    Layout m_attraction;
    Layout m_repulsion;
    std::vector<double> m_blockSums;
    BarnesHutTree m_tree;
    std::size_t m_iteration = 0;
};

} // namespace ewb::core
