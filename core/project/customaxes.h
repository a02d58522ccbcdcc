#pragma once

#include "core/common/result.h"
#include "core/model/embeddingmodel.h"
#include "core/project/projection.h"

#include <Eigen/Core>

#include <memory>
#include <string_view>

namespace ewb::core {

/// A projection onto two directions named by word expressions, e.g. x = "he - she" and
/// y = "good - bad", as the Embedding Projector's custom projection: each axis is the sum of the
/// unit vectors of its added words minus those of its subtracted words, normalised to length 1,
/// and a point's coordinate is the cosine-style dot product of its unit vector with the axis
/// (so coordinates lie in [-1, 1]). The axes are not made orthogonal: each coordinate reads as
/// "how far along this direction", whatever the other axis is.
class CustomAxes final : public Projection
{
public:
    /// Parses both expressions (Expression::parse) and builds the axes from `model`; `points`
    /// (any number of rows of model.dim() columns, e.g. the model's most frequent rows) are the
    /// vectors to project. Fails with InvalidArgument for a malformed expression, points of
    /// another dimension, an axis whose words cancel out (zero length) or two parallel axes
    /// (|cosine| > 0.999999); NotFound for a word missing from the model; ZeroVector for an
    /// all-zero word; NumericError for a non-finite point. All-zero points land at (0, 0).
    static Result<std::unique_ptr<CustomAxes>> create(const EmbeddingModel &model,
                                                      std::string_view xExpression,
                                                      std::string_view yExpression,
                                                      const Matrix &points);

    std::size_t totalIterations() const override { return 1; }
    std::size_t iteration() const override { return m_done ? 1 : 0; }
    /// Projects the points (checking `stop` every 4,096 rows), then releases them.
    Result<void> run(std::size_t untilIteration, std::stop_token stop = {}) override;
    const Layout &layout() const override { return m_layout; }

    /// Unit direction of the x and y axes in the model's space.
    const Eigen::RowVectorXd &xDirection() const { return m_x; }
    const Eigen::RowVectorXd &yDirection() const { return m_y; }
    /// Cosine between the two axes, in (-1, 1): near 0 means independent directions.
    double axesCosine() const { return m_x.dot(m_y); }

private:
    CustomAxes() = default;

    Matrix m_points;
    Eigen::RowVectorXd m_x;
    Eigen::RowVectorXd m_y;
    Layout m_layout;
    bool m_done = false;
};

} // namespace ewb::core
