#include "core/project/customaxes.h"

#include "core/model/expression.h"

#include <cmath>
#include <new>
#include <string>

namespace ewb::core {

namespace {

    constexpr double parallelLimit = 0.999999;

    Result<Eigen::RowVectorXd> direction(const EmbeddingModel &model, std::string_view text,
                                         const char *axisName)
    {
        auto expression = Expression::parse(text);
        if (!expression.ok())
            return fail(ErrorCode::InvalidArgument,
                        std::string("the ") + axisName + " axis: " + expression.error().detail);
        Eigen::RowVectorXd sum = Eigen::RowVectorXd::Zero(static_cast<Eigen::Index>(model.dim()));
        const auto add = [&](const std::string &word, double sign) -> Result<void> {
            const std::int64_t row = model.indexOf(word);
            if (row < 0)
                return fail(ErrorCode::NotFound,
                            "word '" + word + "' of the " + axisName + " axis '" + std::string(text)
                                + "' is not in the vocabulary");
            if (model.isZero(static_cast<std::size_t>(row)))
                return fail(ErrorCode::ZeroVector,
                            "word '" + word + "' of the " + axisName + " axis '" + std::string(text)
                                + "' has an all-zero vector");
            sum += sign * model.unitVectors().row(row).cast<double>();
            return {};
        };
        for (const std::string &word : expression->positive()) {
            if (auto added = add(word, 1.0); !added.ok())
                return added.error();
        }
        for (const std::string &word : expression->negative()) {
            if (auto added = add(word, -1.0); !added.ok())
                return added.error();
        }
        const double length = sum.norm();
        // Unit vectors that cancel leave rounding noise of about 1e-7 per word.
        if (!(length > 1e-5))
            return fail(ErrorCode::InvalidArgument,
                        std::string("the ") + axisName + " axis '" + std::string(text)
                            + "' has no direction: its words cancel out");
        return Eigen::RowVectorXd(sum / length);
    }

} // namespace

Result<std::unique_ptr<CustomAxes>> CustomAxes::create(const EmbeddingModel &model,
                                                       std::string_view xExpression,
                                                       std::string_view yExpression,
                                                       const Matrix &points)
{
    if (static_cast<std::size_t>(points.cols()) != model.dim())
        return fail(ErrorCode::InvalidArgument,
                    "points of dimension " + std::to_string(points.cols())
                        + " cannot be projected on axes of dimension "
                        + std::to_string(model.dim()));
    if (!points.allFinite())
        return fail(ErrorCode::NumericError, "a point to project holds NaN or infinity");
    try {
        auto x = direction(model, xExpression, "x");
        if (!x.ok())
            return x.error();
        auto y = direction(model, yExpression, "y");
        if (!y.ok())
            return y.error();
        const double cosine = x->dot(*y);
        if (std::abs(cosine) > parallelLimit)
            return fail(ErrorCode::InvalidArgument,
                        "the x axis '" + std::string(xExpression) + "' and the y axis '"
                            + std::string(yExpression) + "' are parallel (cosine "
                            + std::to_string(cosine) + "): every point would fall on one line");
        std::unique_ptr<CustomAxes> axes(new CustomAxes);
        axes->m_points = points;
        axes->m_x = std::move(x).value();
        axes->m_y = std::move(y).value();
        axes->m_layout = Layout::Zero(points.rows(), 2);
        return axes;
    } catch (const std::bad_alloc &) {
        return fail(ErrorCode::OutOfMemory,
                    "no memory to copy " + std::to_string(points.rows()) + " points");
    }
}

Result<void> CustomAxes::run(std::size_t untilIteration, std::stop_token stop)
{
    if (untilIteration == 0 || m_done)
        return {};
    for (Eigen::Index i = 0; i < m_points.rows(); ++i) {
        if ((i & 4095) == 0 && stop.stop_requested())
            return fail(ErrorCode::Cancelled, "custom projection cancelled");
        const Eigen::RowVectorXd point = m_points.row(i).cast<double>();
        const double length = point.norm();
        if (length == 0.0)
            continue;
        m_layout(i, 0) = point.dot(m_x) / length;
        m_layout(i, 1) = point.dot(m_y) / length;
    }
    m_done = true;
    m_points = Matrix();
    return {};
}

} // namespace ewb::core
