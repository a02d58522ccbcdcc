#include "core/project/umapoptions.h"

#include <cmath>
#include <string>

namespace ewb::core {

namespace {

    std::string number(double value)
    {
        std::string text = std::to_string(value);
        // std::to_string prints six decimals; trim the zeros so the message reads "0.1", not
        // "0.100000".
        while (text.size() > 1 && text.back() == '0')
            text.pop_back();
        if (!text.empty() && text.back() == '.')
            text.pop_back();
        return text;
    }

} // namespace

Result<void> UmapOptions::validate(std::size_t pointCount) const
{
    if (pointCount < 3)
        return fail(ErrorCode::InvalidArgument,
                    "UMAP needs at least 3 points, got " + std::to_string(pointCount));
    if (neighbors < 2)
        return fail(ErrorCode::InvalidArgument,
                    "neighbors " + std::to_string(neighbors)
                        + " must be at least 2 (the point itself and one neighbour)");
    if (neighbors >= pointCount)
        return fail(ErrorCode::InvalidArgument,
                    "neighbors " + std::to_string(neighbors)
                        + " must be less than the number of points (" + std::to_string(pointCount)
                        + ")");
    if (!std::isfinite(spread) || spread <= 0.0 || spread > 100.0)
        return fail(ErrorCode::InvalidArgument,
                    "spread " + number(spread) + " must be in (0, 100]");
    if (!std::isfinite(minDist) || minDist < 0.0 || minDist > spread)
        return fail(ErrorCode::InvalidArgument,
                    "min_dist " + number(minDist) + " must be in [0, spread = " + number(spread)
                        + "]");
    if (!std::isfinite(negativeSampleRate) || negativeSampleRate < 0.0
        || negativeSampleRate > 1000.0)
        return fail(ErrorCode::InvalidArgument,
                    "negative_sample_rate " + number(negativeSampleRate) + " must be in [0, 1000]");
    if (!std::isfinite(learningRate) || learningRate <= 0.0 || learningRate > 1000.0)
        return fail(ErrorCode::InvalidArgument,
                    "learning_rate " + number(learningRate) + " must be in (0, 1000]");
    if (!std::isfinite(repulsionStrength) || repulsionStrength <= 0.0 || repulsionStrength > 1000.0)
        return fail(ErrorCode::InvalidArgument,
                    "repulsion_strength " + number(repulsionStrength) + " must be in (0, 1000]");
    if (epochs > 100000)
        return fail(ErrorCode::InvalidArgument,
                    "epochs " + std::to_string(epochs) + " must be at most 100000");
    if (threads < 1 || threads > 1024)
        return fail(ErrorCode::InvalidArgument,
                    "threads " + std::to_string(threads) + " must be in [1, 1024]");
    return {};
}

std::size_t UmapOptions::resolvedEpochs(std::size_t pointCount) const
{
    if (epochs > 0)
        return epochs;
    // umap-learn's rule: small data sets get more epochs because each epoch is cheap and the
    // layout of few points benefits from longer annealing.
    return pointCount <= 10000 ? 500 : 200;
}

} // namespace ewb::core
