#pragma once

#include "core/common/result.h"
#include "core/project/distancemetric.h"

#include <cstddef>
#include <cstdint>

namespace ewb::core {

/// How UMAP places the points before the first epoch.
enum class UmapInit {
    /// The smallest non-trivial eigenvectors of the normalised graph Laplacian (umap-learn's
    /// default): neighbours start near each other, so fewer epochs are needed. Disconnected
    /// graphs get one spectral layout per component, components placed by the PCA of their means.
    Spectral,
    /// The first two principal components of the input vectors: cheap and deterministic, but
    /// ignores the graph.
    Pca,
    /// Uniform in a 10 x 10 square (seeded): the slowest to converge.
    Random,
};

/// Options of a UMAP projection (McInnes, Healy and Melville 2018), with umap-learn's defaults.
struct UmapOptions
{
    /// Size of the local neighbourhood, counting the point itself as umap-learn does (15 = the
    /// point and its 14 nearest neighbours). Valid range 2 .. n-1. Raising it favours global
    /// structure and costs time linearly; lowering it favours fine local detail and fragments
    /// the layout into more islands.
    std::size_t neighbors = 15;
    /// How closely points may pack in the layout, in layout units; valid range [0, spread].
    /// Raising it spreads clusters out evenly; lowering it packs neighbours into tight clumps.
    double minDist = 0.1;
    /// Scale of the layout: distances beyond minDist decay with this length. Valid range
    /// (0, 100]. Raising it together with minDist gives a more uniform, less clumped picture.
    double spread = 1.0;
    /// Epochs (iterations) of the layout optimisation; 0 = choose by size like umap-learn: 500
    /// for n <= 10,000, 200 above. More epochs converge further and cost time linearly.
    std::size_t epochs = 0;
    /// Negative (repulsive) samples per positive edge sample, >= 0. Raising it separates
    /// clusters more strongly and costs time roughly linearly.
    double negativeSampleRate = 5.0;
    /// Initial SGD step size (> 0), decayed linearly to 0 over the epochs. Too high makes the
    /// layout jitter; too low freezes it near the initialisation.
    double learningRate = 1.0;
    /// Weight of repulsion against attraction (> 0), umap-learn's gamma. Raising it pushes
    /// clusters apart and thins them.
    double repulsionStrength = 1.0;
    /// Distance between input vectors used for the neighbour graph.
    DistanceMetric metric = DistanceMetric::Cosine;
    /// Initial layout.
    UmapInit init = UmapInit::Spectral;
    /// Seed of every random choice (hnswlib levels, initial jitter, negative samples). The same
    /// seed and input give a bit-identical layout for any thread count when the exact neighbour
    /// graph is used (n <= 10,000), and with threads == 1 always (hnswlib's parallel insertion
    /// order depends on timing).
    std::uint64_t seed = 42;
    /// Worker threads for the neighbour graph and the layout epochs, >= 1.
    std::size_t threads = 1;

    /// Checks every field against a data set of `pointCount` points; fails with InvalidArgument
    /// and a message naming the field and its value (e.g. "neighbors 30 must be less than the
    /// number of points (20)").
    Result<void> validate(std::size_t pointCount) const;
    /// The epoch count actually used for `pointCount` points (resolves epochs == 0).
    std::size_t resolvedEpochs(std::size_t pointCount) const;
};

} // namespace ewb::core
