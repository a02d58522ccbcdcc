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
/// thread count and however run() is chunked. Cancel takes effect within a group of nearby
/// points (at most BarnesHutTree::maxGroupSize, short of exact duplicates) of one iteration.
///
/// A warm start (createFrom) begins at a given layout instead, e.g. the frame of the previous
/// checkpoint of a training run: the picture then changes only as much as the vectors did.
class TsneProjection final : public Projection
{
public:
    /// Validates the options against the number of points (TsneOptions::validate), checks the
    /// input for NaN and infinity (NumericError) and copies it (OutOfMemory when it does not fit).
    static Result<std::unique_ptr<TsneProjection>> create(const Matrix &points,
                                                          TsneOptions options);
    /// As create(), starting from `start` (one finite row per point, InvalidArgument otherwise)
    /// instead of options.init, at its own scale: no early exaggeration (an existing picture
    /// needs no clusters formed from scratch), so every iteration uses the final momentum.
    static Result<std::unique_ptr<TsneProjection>>
    createFrom(const Matrix &points, TsneOptions options, const Layout &start);

    std::size_t totalIterations() const override { return m_options.maxIterations; }
    std::size_t iteration() const override { return m_iteration; }
    Result<void> run(std::size_t untilIteration, std::stop_token stop = {}) override;
    const Layout &layout() const override { return m_original.empty() ? m_layout : m_published; }

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
    void renumberByTree();
    void publish();

    Matrix m_points;
    TsneOptions m_options;
    std::optional<TsneAffinities> m_affinities;
    Layout m_layout;
    Layout m_velocity;
    Layout m_gains;
    Layout m_attraction;
    Layout m_repulsion;
    std::vector<double> m_blockSums;
    std::vector<float> m_compact; ///< the layout in float, x and y interleaved
    BarnesHutTree m_tree;
    std::size_t m_iteration = 0;
    bool m_warmStart = false;
    /// Once the clusters have formed, points are renumbered in tree order (so that neighbours
    /// sit in nearby rows): internal row k is input row m_original[k], and m_published holds
    /// the layout in input order for layout(). Empty before that.
    std::vector<std::uint32_t> m_original;
    Layout m_published;
};

} // namespace ewb::core
