#pragma once

#include "core/common/result.h"
#include "core/model/embeddingmodel.h"
#include "core/project/fuzzysimplicialset.h"
#include "core/project/projection.h"

#include <cstdint>
#include <stop_token>

namespace ewb::core {

/// Starting layouts for UMAP's optimiser. Each returns one row per point; UmapProjection then
/// rescales every axis to [0, 10] as umap-learn does. Deterministic for a given seed and input;
/// single-threaded; stateless.
class InitialLayout
{
public:
    /// Spectral layout (Belkin and Niyogi 2003): the eigenvectors of the two smallest
    /// non-trivial eigenvalues of the normalised Laplacian I - D^-1/2 W D^-1/2 of `graph`.
    /// Components of up to 256 points are solved densely (Eigen's self-adjoint solver); larger
    /// ones by Lanczos with full reorthogonalisation (at most 120 steps, so time and memory stay
    /// O(n) per step). A disconnected graph gets one layout per component, centred on the PCA
    /// of the component means of `points` and scaled to 0.8 of half the gap to the nearest other
    /// centre; components of fewer than 4 points are scattered (seeded) in a disc of a quarter
    /// of that gap.
    /// Checks `stop` between components and Lanczos steps (fails with Cancelled).
    static Result<Layout> spectral(const FuzzySimplicialSet &graph, const Matrix &points,
                                   std::uint64_t seed, std::stop_token stop = {});
    /// The projection of the centred points onto their first two principal axes (eigenvectors of
    /// the d x d covariance); a sign convention (largest coordinate positive) fixes mirroring.
    static Layout pca(const Matrix &points);
    /// Uniform in [0, 10]^2, seeded.
    static Layout random(std::size_t count, std::uint64_t seed);
};

} // namespace ewb::core
