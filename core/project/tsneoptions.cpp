#include "core/project/tsneoptions.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <string>

namespace ewb::core {

namespace {

    std::string number(double value)
    {
        char text[32];
        std::snprintf(text, sizeof text, "%.6g", value);
        return text;
    }

    Error invalid(const std::string &detail)
    {
        return fail(ErrorCode::InvalidArgument, detail);
    }

} // namespace

Result<void> TsneOptions::validate(std::size_t pointCount) const
{
    if (pointCount < 4)
        return invalid("t-SNE needs at least 4 points, got " + std::to_string(pointCount));
    if (!std::isfinite(perplexity) || perplexity <= 0.0)
        return invalid("perplexity must be greater than 0, got " + number(perplexity));
    const double points = static_cast<double>(pointCount);
    if (3.0 * perplexity >= points - 1.0)
        return invalid("perplexity " + number(perplexity) + " is too large for "
                       + std::to_string(pointCount)
                       + " points: t-SNE needs 3 x perplexity < points - 1, so perplexity below "
                       + number((points - 1.0) / 3.0));
    if (!std::isfinite(learningRate) || learningRate < 0.0)
        return invalid("learning rate must be greater than 0 (or 0 for automatic), got "
                       + number(learningRate));
    if (!std::isfinite(earlyExaggeration) || earlyExaggeration < 1.0)
        return invalid("early exaggeration must be at least 1, got " + number(earlyExaggeration));
    for (const double momentum : { initialMomentum, finalMomentum }) {
        if (!(momentum >= 0.0 && momentum < 1.0))
            return invalid("momentum must be in [0, 1), got " + number(momentum));
    }
    if (!(minGain > 0.0 && minGain <= 1.0))
        return invalid("minimum gain must be in (0, 1], got " + number(minGain));
    if (!(theta >= 0.0 && theta <= 1.0))
        return invalid("theta must be in [0, 1], got " + number(theta));
    if (maxIterations < 1 || maxIterations > 1'000'000)
        return invalid("iterations must be between 1 and 1000000, got "
                       + std::to_string(maxIterations));
    if (threads < 1 || threads > 256)
        return invalid("threads must be between 1 and 256, got " + std::to_string(threads));
    return {};
}

double TsneOptions::resolvedLearningRate(std::size_t pointCount) const
{
    if (learningRate > 0.0)
        return learningRate;
    return std::max(static_cast<double>(pointCount) / earlyExaggeration / 4.0, 50.0);
}

std::size_t TsneOptions::neighbourCount(std::size_t pointCount) const
{
    const auto wanted = static_cast<std::size_t>(std::floor(3.0 * perplexity + 1.0));
    return std::min(pointCount - 1, wanted);
}

} // namespace ewb::core
