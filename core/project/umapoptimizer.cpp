#include "core/project/umapoptimizer.h"

#include "core/project/layoutrandom.h"
#include "core/project/parallelchunks.h"

#include <algorithm>
#include <array>
#include <bit>
#include <cmath>
#include <numbers>
#include <string>

namespace ewb::core {

namespace {

    constexpr std::size_t chunkPoints = 1024;
    constexpr double gradientClip = 4.0;
    // Keeps the repulsion finite for points that sit almost on top of each other (umap-learn's
    // constant).
    constexpr double repulsionEpsilon = 0.001;
    // Negative samples drawn (and their positions prefetched) together: the random reads of other
    // points' positions, not the arithmetic, bound an epoch.
    constexpr std::size_t negativeBatch = 8;

    double clip(double value)
    {
        return std::clamp(value, -gradientClip, gradientClip);
    }

    // x^y for x > 0 as 2^(y log2 x), with a relative error below 1e-9: several times faster than
    // std::pow, whose last-bit accuracy the stochastic gradient does not need. Pure arithmetic, so
    // every platform with IEEE doubles gets the same bits.
    inline double fastPow(double x, double y)
    {
        if (!(x >= 1e-300) || x > 1e300)
            return std::pow(x, y);
        // log2 x = exponent + log2 m, with m scaled into [sqrt(1/2), sqrt(2)).
        const auto bits = std::bit_cast<std::uint64_t>(x);
        auto exponent = static_cast<std::int64_t>((bits >> 52) & 0x7ff) - 1023;
        double m = std::bit_cast<double>((bits & 0x000fffffffffffffULL) | 0x3ff0000000000000ULL);
        if (m > std::numbers::sqrt2) {
            m *= 0.5;
            ++exponent;
        }
        // ln m = 2 atanh(t), t = (m - 1) / (m + 1), |t| <= 0.172: the series to t^13 is exact to
        // 1e-12.
        const double t = (m - 1.0) / (m + 1.0);
        const double t2 = t * t;
        const double series = 1.0
            + t2
                * (1.0 / 3
                   + t2 * (1.0 / 5 + t2 * (1.0 / 7 + t2 * (1.0 / 9 + t2 * (1.0 / 11 + t2 / 13)))));
        const double log2x = static_cast<double>(exponent) + 2.0 * t * series * std::numbers::log2e;
        const double power = std::clamp(y * log2x, -1000.0, 1000.0);
        // 2^power = 2^n e^(f ln 2) with n the nearest integer (rounded half away from zero),
        // |f ln 2| <= 0.347: Taylor to degree 9 leaves 2e-11.
        const auto n = static_cast<std::int64_t>(power + (power >= 0.0 ? 0.5 : -0.5));
        const double f = (power - static_cast<double>(n)) * std::numbers::ln2;
        const double e = 1.0
            + f
                * (1.0
                   + f
                       * (1.0 / 2
                          + f
                              * (1.0 / 6
                                 + f
                                     * (1.0 / 24
                                        + f
                                            * (1.0 / 120
                                               + f
                                                   * (1.0 / 720
                                                      + f
                                                          * (1.0 / 5040
                                                             + f
                                                                 * (1.0 / 40320
                                                                    + f / 362880))))))));
        const auto scale = std::bit_cast<double>(static_cast<std::uint64_t>(n + 1023) << 52);
        return e * scale;
    }

} // namespace

UmapOptimizer::UmapOptimizer(const FuzzySimplicialSet &graph, const Settings &settings)
    : m_settings(settings)
{
    const std::size_t n = graph.size();
    const auto &weights = graph.weights();
    const double heaviest
        = weights.empty() ? 1.0 : *std::max_element(weights.begin(), weights.end());
    const double threshold
        = heaviest / static_cast<double>(std::max<std::size_t>(1, settings.epochs));
    m_offsets.assign(n + 1, 0);
    for (std::size_t i = 0; i < n; ++i) {
        for (std::size_t e = graph.offsets()[i]; e < graph.offsets()[i + 1]; ++e) {
            if (weights[e] < threshold)
                continue;
            m_tails.push_back(graph.tails()[e]);
            m_rate.push_back(weights[e] / heaviest);
        }
        m_offsets[i + 1] = m_tails.size();
    }
}

Result<void> UmapOptimizer::runEpoch(std::size_t epoch, Layout &layout, std::stop_token stop)
{
    const auto n = static_cast<std::size_t>(layout.rows());
    m_next.resize(layout.rows(), 2);
    // The other ends are read from a float copy: half the bytes of the random reads, so twice
    // as many points stay in cache. Each point's own position stays in double.
    m_snapshot.resize(2 * n);
    for (std::size_t i = 0; i < 2 * n; ++i)
        m_snapshot[i] = static_cast<float>(layout.data()[i]);
    const std::size_t chunks = (n + chunkPoints - 1) / chunkPoints;
    auto done = ParallelChunks::run(chunks, m_settings.threads, stop, [&](std::size_t chunk) {
        moveRange(epoch, chunk * chunkPoints, std::min(n, (chunk + 1) * chunkPoints), layout,
                  m_next);
    });
    if (!done) {
        if (done.error().code == ErrorCode::Cancelled)
            return fail(ErrorCode::Cancelled,
                        "UMAP cancelled during epoch " + std::to_string(epoch));
        return done;
    }
    layout.swap(m_next);
    return {};
}

void UmapOptimizer::moveRange(std::size_t epoch, std::size_t begin, std::size_t end,
                              const Layout &previous, Layout &next) const
{
    const double a = m_settings.curve.a;
    const double b = m_settings.curve.b;
    const double gamma = m_settings.repulsionStrength;
    const double negativeRate = m_settings.negativeSampleRate;
    const double alpha = m_settings.learningRate
        * (1.0 - static_cast<double>(epoch) / static_cast<double>(m_settings.epochs));
    const auto pointCount = static_cast<std::uint32_t>(previous.rows());
    const double thisEpoch = static_cast<double>(epoch) + 1.0;
    const double lastEpoch = static_cast<double>(epoch);
    const float *others = m_snapshot.data();
    std::array<std::uint32_t, negativeBatch> picks {};

    for (std::size_t head = begin; head < end; ++head) {
        const auto h = static_cast<Eigen::Index>(head);
        double x = previous(h, 0);
        double y = previous(h, 1);
        LayoutRandom random(m_settings.seed, epoch, head);
        for (std::size_t e = m_offsets[head]; e < m_offsets[head + 1]; ++e) {
            // An edge of rate r is due in this epoch when the count of its samples so far,
            // floor(epochs * r), goes up: umap-learn's epochs_per_sample = 1 / r, kept stateless
            // so that a cancelled epoch has nothing to roll back.
            const double rate = m_rate[e];
            const double sample = std::floor(thisEpoch * rate);
            if (sample <= std::floor(lastEpoch * rate))
                continue;

            // Repulsion from negativeRate random points per positive sample (fractional rates
            // spread evenly over the samples); drawn first so their reads overlap.
            const auto negatives = static_cast<std::size_t>(
                std::floor(sample * negativeRate) - std::floor((sample - 1.0) * negativeRate));
            const std::size_t batch = std::min(negatives, negativeBatch);
            for (std::size_t s = 0; s < batch; ++s) {
                picks[s] = random.below(pointCount);
                __builtin_prefetch(others + 2 * std::size_t { picks[s] });
            }

            const std::size_t tail = m_tails[e];
            double dx = x - static_cast<double>(others[2 * tail]);
            double dy = y - static_cast<double>(others[2 * tail + 1]);
            double squared = dx * dx + dy * dy;
            if (squared > 0.0) {
                // d/dx log(1 / (1 + a d^2b)) = -2ab d^(2b-2) / (1 + a d^2b) * (x - y).
                const double powered = fastPow(squared, b);
                const double coefficient = -2.0 * a * b * (powered / squared) / (a * powered + 1.0);
                x += 2.0 * clip(coefficient * dx) * alpha;
                y += 2.0 * clip(coefficient * dy) * alpha;
            }

            for (std::size_t s = 0; s < negatives; ++s) {
                const std::uint32_t other = s < batch ? picks[s] : random.below(pointCount);
                if (other == head)
                    continue;
                dx = x - static_cast<double>(others[2 * std::size_t { other }]);
                dy = y - static_cast<double>(others[2 * std::size_t { other } + 1]);
                squared = dx * dx + dy * dy;
                if (squared > 0.0) {
                    const double coefficient = 2.0 * gamma * b
                        / ((repulsionEpsilon + squared) * (a * fastPow(squared, b) + 1.0));
                    x += clip(coefficient * dx) * alpha;
                    y += clip(coefficient * dy) * alpha;
                } else {
                    // Coincident points have no direction to push along: take a random one,
                    // by the clip limit (umap-learn pushes along the diagonal, which in an
                    // epoch that reads a fixed snapshot would move duplicates in lockstep).
                    const double angle = 2.0 * std::numbers::pi * random.unit();
                    x += gradientClip * std::cos(angle) * alpha;
                    y += gradientClip * std::sin(angle) * alpha;
                }
            }
        }
        next(h, 0) = x;
        next(h, 1) = y;
    }
}

} // namespace ewb::core
