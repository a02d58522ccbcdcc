#pragma once

#include "core/common/result.h"

namespace ewb::core {

/// The smooth curve 1 / (1 + a d^(2b)) with which UMAP turns a layout distance d into the
/// probability that two points are neighbours (McInnes et al. 2018, section 3.2). a and b are
/// fitted by least squares to the target "1 for d < minDist, exp(-(d - minDist) / spread) beyond"
/// on 300 evenly spaced d in [0, 3 spread], as umap-learn's find_ab_params does (here with our
/// own Levenberg-Marquardt iteration, started from a = b = 1). Plain value type.
struct UmapCurve
{
    double a = 1.0;
    double b = 1.0;

    /// Fits a and b. minDist in [0, spread], spread in (0, 100]; fails with InvalidArgument
    /// outside these ranges and with NumericError if the fit does not converge. For
    /// minDist 0.1, spread 1 the result is a = 1.577, b = 0.895 (umap-learn's values). Raising
    /// minDist lowers a (a flatter top); raising spread lowers b (a longer tail).
    static Result<UmapCurve> fit(double minDist, double spread);

    /// The curve at squared distance d2 >= 0: 1 / (1 + a d2^b).
    double probability(double squaredDistance) const;
};

} // namespace ewb::core
