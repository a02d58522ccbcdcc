#include "core/project/pcaprojection.h"

#include <new>
#include <string>

namespace ewb::core {

PcaProjection::PcaProjection(Matrix points, PcaOptions options)
    : m_points(std::move(points)), m_options(options), m_layout(Layout::Zero(m_points.rows(), 2))
{ }

Result<std::unique_ptr<PcaProjection>> PcaProjection::create(const Matrix &points,
                                                             PcaOptions options)
{
    if (points.rows() < 2 || points.cols() < 1)
        return fail(ErrorCode::InvalidArgument,
                    "PCA needs at least 2 points with at least 1 dimension, got "
                        + std::to_string(points.rows()) + " x " + std::to_string(points.cols()));
    if (!points.allFinite())
        return fail(ErrorCode::NumericError, "a point to project holds NaN or infinity");
    if (options.powerIterations > 20)
        return fail(ErrorCode::InvalidArgument,
                    "PCA power iterations must be at most 20, got "
                        + std::to_string(options.powerIterations));
    try {
        return std::unique_ptr<PcaProjection>(new PcaProjection(points, options));
    } catch (const std::bad_alloc &) {
        return fail(ErrorCode::OutOfMemory,
                    "no memory to copy " + std::to_string(points.rows()) + " points for PCA");
    }
}

Result<void> PcaProjection::run(std::size_t untilIteration, std::stop_token stop)
{
    if (untilIteration == 0 || m_axes)
        return {};
    auto axes = PrincipalAxes::compute(m_points, m_options, stop);
    if (!axes.ok())
        return axes.error();
    try {
        m_layout = axes->project(m_points);
    } catch (const std::bad_alloc &) {
        return fail(ErrorCode::OutOfMemory, "no memory for the PCA layout");
    }
    m_axes = std::move(axes).value();
    // The input is no longer needed: free it for a long-lived projection shown in the UI.
    m_points = Matrix();
    return {};
}

} // namespace ewb::core
