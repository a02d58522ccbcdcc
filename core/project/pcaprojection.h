#pragma once

#include "core/common/result.h"
#include "core/model/embeddingmodel.h"
#include "core/project/pcaoptions.h"
#include "core/project/principalaxes.h"
#include "core/project/projection.h"

#include <memory>
#include <optional>

namespace ewb::core {

/// Projection onto the two leading principal axes: linear, fast and faithful to global distances,
/// but blind to non-linear cluster structure (use t-SNE or UMAP for that). Closed form: a single
/// iteration computes the layout. The layout is all zeros until run() has finished.
class PcaProjection final : public Projection
{
public:
    /// Copies `points` (at least 2 rows, finite values) for a later run(). Fails with
    /// InvalidArgument for fewer than 2 points or no column, NumericError for NaN or infinity,
    /// OutOfMemory when the copy does not fit.
    static Result<std::unique_ptr<PcaProjection>> create(const Matrix &points, PcaOptions options);

    std::size_t totalIterations() const override { return 1; }
    std::size_t iteration() const override { return m_axes ? 1 : 0; }
    /// Computes the axes and the layout (untilIteration >= 1), then releases the input copy.
    Result<void> run(std::size_t untilIteration, std::stop_token stop = {}) override;
    const Layout &layout() const override { return m_layout; }

    /// The axes, once run() has finished; nullptr before.
    const PrincipalAxes *axes() const { return m_axes ? &*m_axes : nullptr; }

private:
    PcaProjection(Matrix points, PcaOptions options);

    Matrix m_points;
    PcaOptions m_options;
    Layout m_layout;
    std::optional<PrincipalAxes> m_axes;
};

} // namespace ewb::core
