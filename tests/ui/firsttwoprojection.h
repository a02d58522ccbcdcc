#pragma once

#include "core/project/projection.h"
#include "ui/projectioncontroller.h"

#include <chrono>
#include <memory>

namespace ewb::test {

/// A deterministic stand-in for a real projection: the layout of point i is its first two
/// coordinates scaled by iteration / total, so it grows towards the final layout as it
/// advances (and any change between frames is visible). Each iteration spins for `spin` to
/// imitate work, checking the stop token in between, as real projections do.
class FirstTwoProjection final : public core::Projection
{
public:
    FirstTwoProjection(const core::Matrix &points, std::size_t total,
                       std::chrono::microseconds spin)
        : m_points(points.leftCols(2).cast<double>()), m_total(total), m_spin(spin)
    {
        m_layout.setZero(points.rows(), 2);
    }

    std::size_t totalIterations() const override { return m_total; }
    std::size_t iteration() const override { return m_iteration; }
    core::Result<void> run(std::size_t untilIteration, std::stop_token stop) override
    {
        untilIteration = std::min(untilIteration, m_total);
        while (m_iteration < untilIteration) {
            if (stop.stop_requested())
                return core::fail(core::ErrorCode::Cancelled, "stopped");
            const auto end = std::chrono::steady_clock::now() + m_spin;
            while (std::chrono::steady_clock::now() < end) { }
            ++m_iteration;
        }
        m_layout = m_points * (double(m_iteration) / double(m_total));
        return {};
    }
    const core::Layout &layout() const override { return m_layout; }

    /// A factory for ProjectionController. When `continued` is given, each call counts there
    /// whether it was handed a previous layout (1) or not (0), in call order.
    static ui::ProjectionFactory factory(std::size_t total = 1, std::chrono::microseconds spin = {},
                                         std::shared_ptr<std::vector<int>> continued = {})
    {
        return [total, spin,
                continued](const core::Matrix &points, const core::Layout *previous,
                           std::stop_token) -> core::Result<std::unique_ptr<core::Projection>> {
            if (continued)
                continued->push_back(previous && previous->rows() == points.rows() ? 1 : 0);
            if (points.cols() < 2)
                return core::fail(core::ErrorCode::InvalidArgument, "need two columns");
            return std::unique_ptr<core::Projection>(
                std::make_unique<FirstTwoProjection>(points, total, spin));
        };
    }

private:
    core::Layout m_points;
    core::Layout m_layout;
    std::size_t m_total;
    std::size_t m_iteration = 0;
    std::chrono::microseconds m_spin;
};

} // namespace ewb::test
