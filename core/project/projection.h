#pragma once

#include "core/common/result.h"

#include <Eigen/Core>

#include <cstddef>
#include <stop_token>

namespace ewb::core {

/// A 2D layout: row i holds the x and y of input point i. Double precision so that seeded runs
/// are reproducible bit for bit and successive frames can be aligned without drift.
using Layout = Eigen::Matrix<double, Eigen::Dynamic, 2, Eigen::RowMajor>;

/// A projection of n high-dimensional points to 2D that advances in iterations, so a caller can
/// animate it (draw layout() between calls) and cancel it (stop token). The shape is:
///   auto p = SomeProjection::create(points, options);   // validates, allocates, seeds
///   while (p->iteration() < p->totalIterations())
///       p->run(p->iteration() + 50, stop);            // then draw p->layout()
/// Running to iteration N in one call or in several chunks gives bit-identical layouts.
/// One projection is used by one thread at a time; create() copies what it needs from the input,
/// so the input may be released afterwards.
class Projection
{
public:
    virtual ~Projection() = default;

    /// Iterations of a complete run (1 for closed-form methods such as PCA).
    virtual std::size_t totalIterations() const = 0;
    /// Iterations done so far, in [0, totalIterations()].
    virtual std::size_t iteration() const = 0;
    /// Advances to min(untilIteration, totalIterations()). Checks `stop` between iterations (at
    /// least every ~50 ms of work) and fails with Cancelled when asked to stop; the layout then
    /// holds the last finished iteration and run() may be called again to continue.
    virtual Result<void> run(std::size_t untilIteration, std::stop_token stop = {}) = 0;
    /// The current layout, one row per input point.
    virtual const Layout &layout() const = 0;
};

} // namespace ewb::core
