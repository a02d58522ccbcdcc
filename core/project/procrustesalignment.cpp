#include "core/project/procrustesalignment.h"

#include <Eigen/LU>
#include <Eigen/SVD>

#include <string>

namespace ewb::core {

Result<Layout> ProcrustesAlignment::align(const Layout &reference, const Layout &moving,
                                          Options options)
{
    if (reference.rows() != moving.rows())
        return fail(ErrorCode::InvalidArgument,
                    "cannot align a layout of " + std::to_string(moving.rows())
                        + " points onto one of " + std::to_string(reference.rows()));
    if (!reference.allFinite() || !moving.allFinite())
        return fail(ErrorCode::NumericError, "a layout to align holds NaN or infinity");
    if (moving.rows() == 0)
        return moving;

    const Eigen::RowVector2d referenceMean = reference.colwise().mean();
    const Eigen::RowVector2d movingMean = moving.colwise().mean();
    const Eigen::MatrixX2d a = reference.rowwise() - referenceMean;
    const Eigen::MatrixX2d b = moving.rowwise() - movingMean;
    const double movingSpread = b.squaredNorm();
    if (movingSpread == 0.0) {
        Layout shifted = moving;
        shifted.rowwise() += referenceMean - movingMean;
        return shifted;
    }

    // Maximise trace(R^T B^T A) over orthogonal R: R = U V^T from the SVD of B^T A.
    const Eigen::Matrix2d cross = b.transpose() * a;
    const Eigen::JacobiSVD<Eigen::Matrix2d> svd(cross, Eigen::ComputeFullU | Eigen::ComputeFullV);
    Eigen::Matrix2d u = svd.matrixU();
    Eigen::Vector2d singular = svd.singularValues();
    if (!options.allowReflection && (u * svd.matrixV().transpose()).determinant() < 0.0) {
        // The best proper rotation flips the axis of the smallest singular value.
        u.col(1) = -u.col(1);
        singular(1) = -singular(1);
    }
    const Eigen::Matrix2d rotation = u * svd.matrixV().transpose();
    const double scale = options.allowScaling ? singular.sum() / movingSpread : 1.0;

    Layout aligned = (scale * (b * rotation)).rowwise() + referenceMean;
    return aligned;
}

} // namespace ewb::core
