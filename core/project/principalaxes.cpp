#include "core/project/principalaxes.h"

#include "core/train/fastrandom.h"

#include <Eigen/Eigenvalues>
#include <Eigen/QR>
#include <Eigen/SVD>

#include <cmath>
#include <functional>
#include <new>
#include <numbers>
#include <string>

namespace ewb::core {

namespace {

    // Rows per block: bounds the double-precision copy of the input to a few MB.
    constexpr Eigen::Index blockRows = 4096;

    using BlockVisitor = std::function<void(Eigen::Index firstRow, const Eigen::MatrixXd &centred)>;

    // Calls visit() with consecutive centred blocks of rows in double precision; false when
    // stopped.
    bool forEachCentredBlock(const Matrix &points, const Eigen::RowVectorXd &mean,
                             const std::stop_token &stop, const BlockVisitor &visit)
    {
        for (Eigen::Index first = 0; first < points.rows(); first += blockRows) {
            if (stop.stop_requested())
                return false;
            const Eigen::Index rows = std::min(blockRows, points.rows() - first);
            const Eigen::MatrixXd centred
                = points.middleRows(first, rows).cast<double>().rowwise() - mean;
            visit(first, centred);
        }
        return true;
    }

    Eigen::MatrixXd orthonormalBasis(const Eigen::MatrixXd &columns)
    {
        const Eigen::HouseholderQR<Eigen::MatrixXd> qr(columns);
        return qr.householderQ() * Eigen::MatrixXd::Identity(columns.rows(), columns.cols());
    }

    // Standard normal draws by Box-Muller from a seeded generator: the same on every platform
    // (std::normal_distribution is implementation-defined).
    Eigen::MatrixXd gaussianMatrix(Eigen::Index rows, Eigen::Index cols, std::uint64_t seed)
    {
        FastRandom random(seed);
        Eigen::MatrixXd m(rows, cols);
        for (Eigen::Index i = 0; i < m.size(); ++i) {
            const double u1 = (static_cast<double>(random.next() >> 11) + 1.0) * 0x1p-53;
            const double u2 = static_cast<double>(random.next() >> 11) * 0x1p-53;
            m.data()[i] = std::sqrt(-2.0 * std::log(u1)) * std::cos(2.0 * std::numbers::pi * u2);
        }
        return m;
    }

    struct Leading
    {
        Eigen::MatrixX2d axes;
        Eigen::Vector2d scatter; // sum of squared centred coordinates along each axis
    };

    Result<Leading> byCovariance(const Matrix &points, const Eigen::RowVectorXd &mean,
                                 const std::stop_token &stop)
    {
        const Eigen::Index dim = points.cols();
        Eigen::MatrixXd scatter = Eigen::MatrixXd::Zero(dim, dim);
        if (!forEachCentredBlock(points, mean, stop,
                                 [&](Eigen::Index, const Eigen::MatrixXd &centred) {
                                     scatter.noalias() += centred.transpose() * centred;
                                 }))
            return fail(ErrorCode::Cancelled, "principal component analysis cancelled");
        const Eigen::SelfAdjointEigenSolver<Eigen::MatrixXd> solver(scatter);
        if (solver.info() != Eigen::Success)
            return fail(ErrorCode::NumericError,
                        "the covariance eigen-decomposition did not converge");
        Leading leading { Eigen::MatrixX2d::Zero(dim, 2), Eigen::Vector2d::Zero() };
        // Eigenvalues come in ascending order: the leading axes are the last columns.
        for (Eigen::Index k = 0; k < std::min<Eigen::Index>(2, dim); ++k) {
            leading.axes.col(k) = solver.eigenvectors().col(dim - 1 - k);
            leading.scatter(k) = std::max(0.0, solver.eigenvalues()(dim - 1 - k));
        }
        return leading;
    }

    // Halko, Martinsson and Tropp (2011), algorithms 4.4 (power iterations with
    // re-orthonormalisation) and 5.1 (SVD of the small projected matrix).
    Result<Leading> byRandomisedSvd(const Matrix &points, const Eigen::RowVectorXd &mean,
                                    const PcaOptions &options, const std::stop_token &stop)
    {
        const Eigen::Index dim = points.cols();
        const Eigen::Index width = std::min<Eigen::Index>(2 + 10, std::min(points.rows(), dim));
        const Eigen::MatrixXd omega = gaussianMatrix(dim, width, options.seed);
        Eigen::MatrixXd sample(points.rows(), width);
        Eigen::MatrixXd back(dim, width);
        const auto applyForward = [&](const Eigen::MatrixXd &right) {
            return forEachCentredBlock(
                points, mean, stop, [&](Eigen::Index first, const Eigen::MatrixXd &centred) {
                    sample.middleRows(first, centred.rows()).noalias() = centred * right;
                });
        };
        const auto applyBackward = [&](const Eigen::MatrixXd &left) {
            back.setZero();
            return forEachCentredBlock(
                points, mean, stop, [&](Eigen::Index first, const Eigen::MatrixXd &centred) {
                    back.noalias() += centred.transpose() * left.middleRows(first, centred.rows());
                });
        };
        bool running = applyForward(omega);
        Eigen::MatrixXd basis = orthonormalBasis(sample);
        for (std::size_t i = 0; running && i < options.powerIterations; ++i) {
            running = applyBackward(basis);
            if (running)
                running = applyForward(orthonormalBasis(back));
            basis = orthonormalBasis(sample);
        }
        if (running)
            running = applyBackward(basis);
        if (!running)
            return fail(ErrorCode::Cancelled, "principal component analysis cancelled");
        // back = Xc^T Q, the transpose of the small matrix B = Q^T Xc: its left singular vectors
        // are the principal axes.
        const Eigen::JacobiSVD<Eigen::MatrixXd> svd(back, Eigen::ComputeThinU);
        Leading leading { Eigen::MatrixX2d::Zero(dim, 2), Eigen::Vector2d::Zero() };
        for (Eigen::Index k = 0; k < std::min<Eigen::Index>(2, svd.singularValues().size()); ++k) {
            leading.axes.col(k) = svd.matrixU().col(k);
            leading.scatter(k) = svd.singularValues()(k) * svd.singularValues()(k);
        }
        return leading;
    }

} // namespace

Result<PrincipalAxes> PrincipalAxes::compute(const Matrix &points, PcaOptions options,
                                             std::stop_token stop)
{
    if (points.rows() < 2 || points.cols() < 1)
        return fail(ErrorCode::InvalidArgument,
                    "principal axes need at least 2 points with at least 1 dimension, got "
                        + std::to_string(points.rows()) + " x " + std::to_string(points.cols()));
    if (!points.allFinite())
        return fail(ErrorCode::NumericError, "a point to project holds NaN or infinity");
    try {
        PrincipalAxes result;
        // The mean block by block: a double copy of the whole input could be hundreds of MB.
        result.m_mean = Eigen::RowVectorXd::Zero(points.cols());
        for (Eigen::Index first = 0; first < points.rows(); first += blockRows) {
            const Eigen::Index rows = std::min(blockRows, points.rows() - first);
            result.m_mean += points.middleRows(first, rows).cast<double>().colwise().sum();
        }
        result.m_mean /= static_cast<double>(points.rows());
        double totalScatter = 0.0;
        if (!forEachCentredBlock(points, result.m_mean, stop,
                                 [&](Eigen::Index, const Eigen::MatrixXd &centred) {
                                     totalScatter += centred.squaredNorm();
                                 }))
            return fail(ErrorCode::Cancelled, "principal component analysis cancelled");
        const bool randomised = options.method == PcaMethod::Randomised
            || (options.method == PcaMethod::Auto && points.cols() > 1000);
        auto leading = randomised ? byRandomisedSvd(points, result.m_mean, options, stop)
                                  : byCovariance(points, result.m_mean, stop);
        if (!leading.ok())
            return leading.error();
        result.m_axes = leading->axes;
        for (Eigen::Index k = 0; k < 2; ++k) {
            Eigen::Index largest = 0;
            result.m_axes.col(k).cwiseAbs().maxCoeff(&largest);
            if (result.m_axes(largest, k) < 0.0)
                result.m_axes.col(k) = -result.m_axes.col(k);
        }
        const double samples = static_cast<double>(points.rows() - 1);
        result.m_variance = leading->scatter / samples;
        result.m_ratio = totalScatter > 0.0 ? Eigen::Vector2d(leading->scatter / totalScatter)
                                            : Eigen::Vector2d::Zero();
        return result;
    } catch (const std::bad_alloc &) {
        return fail(ErrorCode::OutOfMemory,
                    "no memory for the principal axes of " + std::to_string(points.rows()) + " x "
                        + std::to_string(points.cols()) + " points");
    }
}

Layout PrincipalAxes::project(const Matrix &points) const
{
    Layout layout(points.rows(), 2);
    for (Eigen::Index i = 0; i < points.rows(); ++i)
        layout.row(i) = (points.row(i).cast<double>() - m_mean) * m_axes;
    return layout;
}

} // namespace ewb::core
