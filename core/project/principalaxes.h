#pragma once

#include "core/common/result.h"
#include "core/model/embeddingmodel.h"
#include "core/project/pcaoptions.h"
#include "core/project/projection.h"

#include <Eigen/Core>

#include <cstddef>
#include <stop_token>

namespace ewb::core {

/// The two leading principal axes of a set of points: their mean, the unit directions of
/// greatest variance and the share of the total variance each explains. Immutable value type.
///
/// Sign convention, so that the same input always gives the same axes: each axis is oriented so
/// that its coordinate of largest magnitude is positive.
class PrincipalAxes
{
public:
    /// Computes the axes of `points` (one point a row, at least 2 rows and 1 column, all values
    /// finite). Fails with InvalidArgument for fewer than 2 points, NumericError for NaN or
    /// infinity, Cancelled when `stop` is requested (checked every few thousand rows),
    /// OutOfMemory when the work buffers do not fit. With a single dimension the second axis is
    /// zero and explains nothing. Runs on the calling thread; deterministic.
    static Result<PrincipalAxes> compute(const Matrix &points, PcaOptions options,
                                         std::stop_token stop = {});

    /// Mean of the points (dim values).
    const Eigen::RowVectorXd &mean() const { return m_mean; }
    /// Unit axis directions, dim x 2: column 0 is the first principal axis.
    const Eigen::MatrixX2d &axes() const { return m_axes; }
    /// Fraction of the total variance explained by each axis, each in [0, 1], summing to <= 1.
    const Eigen::Vector2d &explainedVarianceRatio() const { return m_ratio; }
    /// Variance of the points along each axis (sample variance, divided by n - 1).
    const Eigen::Vector2d &explainedVariance() const { return m_variance; }

    /// Coordinates of `points` (same dim) on the axes: (point - mean) . axis.
    Layout project(const Matrix &points) const;

private:
    Eigen::RowVectorXd m_mean;
    Eigen::MatrixX2d m_axes;
    Eigen::Vector2d m_ratio = Eigen::Vector2d::Zero();
    Eigen::Vector2d m_variance = Eigen::Vector2d::Zero();
};

} // namespace ewb::core
