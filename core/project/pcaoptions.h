#pragma once

#include <cstddef>
#include <cstdint>

namespace ewb::core {

/// How the principal axes are computed.
enum class PcaMethod {
    /// Covariance for up to 1,000 dimensions, randomised SVD above.
    Auto,
    /// Eigen-decomposition of the dim x dim covariance matrix: exact, O(n dim^2 + dim^3) time and
    /// O(dim^2) extra memory. The right choice for word vectors (dim <= ~1,000).
    Covariance,
    /// Randomised SVD (Halko, Martinsson and Tropp 2011): O(n dim k) time and O(n k) memory for
    /// k = axes + oversampling; accurate to about 1e-6 for well-separated leading variances,
    /// less when the leading variances are nearly equal.
    Randomised,
};

/// Options of a principal component analysis.
struct PcaOptions
{
    PcaMethod method = PcaMethod::Auto;
    /// Seed of the Gaussian test matrix of the randomised method (unused by Covariance). The same
    /// seed and input give bit-identical axes.
    std::uint64_t seed = 1;
    /// Power iterations of the randomised method, 0..20. Raising it sharpens the separation of
    /// the leading axes from the rest (more accurate when variances decay slowly) and costs two
    /// passes over the data per iteration.
    std::size_t powerIterations = 7;
};

} // namespace ewb::core
