#include "core/project/umapcurve.h"

#include <array>
#include <cmath>
#include <string>

namespace ewb::core {

namespace {

    constexpr int samples = 300;
    constexpr int maxIterations = 500;

    struct Residuals
    {
        double cost = 0.0;
        // Normal equations J^T J and J^T r of the two parameters.
        std::array<double, 3> jtj {}; // (aa, ab, bb)
        std::array<double, 2> jtr {};
    };

    Residuals evaluate(double a, double b, double minDist, double spread)
    {
        Residuals out;
        const double last = 3.0 * spread;
        for (int i = 0; i < samples; ++i) {
            const double x = last * static_cast<double>(i) / static_cast<double>(samples - 1);
            const double target = x < minDist ? 1.0 : std::exp(-(x - minDist) / spread);
            // x^(2b) is 0 at x = 0 for b > 0, and so is its derivative in b (x^(2b) ln x -> 0).
            const double power = x > 0.0 ? std::pow(x, 2.0 * b) : 0.0;
            const double denominator = 1.0 + a * power;
            const double value = 1.0 / denominator;
            const double residual = value - target;
            const double dValue = -1.0 / (denominator * denominator);
            const double da = dValue * power;
            const double db = x > 0.0 ? dValue * a * power * 2.0 * std::log(x) : 0.0;
            out.cost += residual * residual;
            out.jtj[0] += da * da;
            out.jtj[1] += da * db;
            out.jtj[2] += db * db;
            out.jtr[0] += da * residual;
            out.jtr[1] += db * residual;
        }
        return out;
    }

    std::string number(double value)
    {
        return std::to_string(value);
    }

} // namespace

Result<UmapCurve> UmapCurve::fit(double minDist, double spread)
{
    if (!std::isfinite(spread) || spread <= 0.0 || spread > 100.0)
        return fail(ErrorCode::InvalidArgument,
                    "spread " + number(spread) + " must be in (0, 100]");
    if (!std::isfinite(minDist) || minDist < 0.0 || minDist > spread)
        return fail(ErrorCode::InvalidArgument,
                    "min_dist " + number(minDist) + " must be in [0, spread]");

    // Levenberg-Marquardt with Marquardt's diagonal scaling: damped Gauss-Newton steps, the
    // damping raised after a step that does not lower the cost and lowered after one that does.
    double a = 1.0;
    double b = 1.0;
    double lambda = 1e-3;
    Residuals current = evaluate(a, b, minDist, spread);
    for (int iteration = 0; iteration < maxIterations; ++iteration) {
        const double m00 = current.jtj[0] * (1.0 + lambda);
        const double m11 = current.jtj[2] * (1.0 + lambda);
        const double m01 = current.jtj[1];
        const double determinant = m00 * m11 - m01 * m01;
        if (!(determinant > 0.0))
            break;
        const double stepA = -(m11 * current.jtr[0] - m01 * current.jtr[1]) / determinant;
        const double stepB = -(m00 * current.jtr[1] - m01 * current.jtr[0]) / determinant;
        const double nextA = a + stepA;
        const double nextB = b + stepB;
        if (nextA > 0.0 && nextB > 0.0) {
            const Residuals trial = evaluate(nextA, nextB, minDist, spread);
            if (trial.cost < current.cost) {
                const double change = std::abs(stepA) / a + std::abs(stepB) / b;
                const double gain = current.cost - trial.cost;
                a = nextA;
                b = nextB;
                current = trial;
                lambda = std::max(lambda / 10.0, 1e-12);
                if (change < 1e-12 || gain <= 1e-15 * current.cost)
                    break;
                continue;
            }
        }
        lambda *= 10.0;
        if (lambda > 1e12)
            break;
    }
    if (!std::isfinite(a) || !std::isfinite(b) || a <= 0.0 || b <= 0.0)
        return fail(ErrorCode::NumericError,
                    "the UMAP curve fit for min_dist " + number(minDist) + ", spread "
                        + number(spread) + " did not converge");
    return UmapCurve { a, b };
}

double UmapCurve::probability(double squaredDistance) const
{
    return 1.0 / (1.0 + a * std::pow(squaredDistance, b));
}

} // namespace ewb::core
