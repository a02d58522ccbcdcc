#include "core/project/umapprojection.h"

#include "core/project/fuzzysimplicialset.h"
#include "core/project/initiallayout.h"
#include "core/project/knngraph.h"
#include "core/project/layoutrandom.h"

#include <algorithm>
#include <new>
#include <string>
#include <system_error>
#include <utility>

namespace ewb::core {

namespace {

    // umap-learn's jitter on the initial layout (absolute, at a scale of 10): separates points that
    // the initialisation put on top of each other without visibly changing the picture.
    constexpr double initialJitter = 1e-4;
    constexpr double layoutScale = 10.0;

    // Scales to at most 10 in magnitude, jitters, then maps each axis onto [0, 10].
    void normaliseInitialLayout(Layout &layout, std::uint64_t seed)
    {
        const double extent = layout.cwiseAbs().maxCoeff();
        if (extent > 0.0)
            layout *= layoutScale / extent;
        LayoutRandom random(seed, 0x1d);
        for (Eigen::Index i = 0; i < layout.rows(); ++i)
            for (Eigen::Index axis = 0; axis < 2; ++axis)
                layout(i, axis) += initialJitter * (2.0 * random.unit() - 1.0);
        for (Eigen::Index axis = 0; axis < 2; ++axis) {
            const double low = layout.col(axis).minCoeff();
            const double range = layout.col(axis).maxCoeff() - low;
            if (range > 0.0)
                layout.col(axis) = (layout.col(axis).array() - low) * (layoutScale / range);
        }
    }

    Matrix unitRows(const Matrix &points)
    {
        Matrix unit = points;
        for (Eigen::Index row = 0; row < unit.rows(); ++row) {
            const double norm = points.row(row).cast<double>().norm();
            if (norm > 0.0)
                unit.row(row) = (points.row(row).cast<double>() / norm).cast<float>();
        }
        return unit;
    }

} // namespace

UmapProjection::UmapProjection(const UmapOptions &options, const UmapCurve &curve,
                               std::unique_ptr<UmapOptimizer> optimizer, Layout layout,
                               bool approximate)
    : m_options(options)
    , m_curve(curve)
    , m_optimizer(std::move(optimizer))
    , m_layout(std::move(layout))
    , m_epochs(options.epochs)
    , m_approximate(approximate)
{ }

Result<std::unique_ptr<UmapProjection>>
UmapProjection::create(const Matrix &points, const UmapOptions &options, std::stop_token stop)
{
    const auto n = static_cast<std::size_t>(points.rows());
    if (auto valid = options.validate(n); !valid)
        return valid.error();
    if (points.cols() == 0)
        return fail(ErrorCode::InvalidArgument, "points of dimension 0 cannot be projected");
    for (Eigen::Index row = 0; row < points.rows(); ++row) {
        if (!points.row(row).allFinite())
            return fail(ErrorCode::NumericError,
                        "point " + std::to_string(row) + " holds NaN or infinity");
    }

    try {
        UmapOptions resolved = options;
        resolved.epochs = options.resolvedEpochs(n);
        auto curve = UmapCurve::fit(options.minDist, options.spread);
        if (!curve)
            return curve.error();

        // The neighbour lists are released as soon as the fuzzy graph is built.
        bool approximate = false;
        auto fuzzy = [&]() -> Result<FuzzySimplicialSet> {
            auto graph = KnnGraph::build(points, options.neighbors - 1, options.metric,
                                         options.seed, options.threads, stop);
            if (!graph)
                return graph.error();
            approximate = graph->approximate();
            return FuzzySimplicialSet::build(*graph);
        }();
        if (!fuzzy)
            return fuzzy.error();
        if (stop.stop_requested())
            return fail(ErrorCode::Cancelled, "UMAP cancelled after the neighbour graph");

        // The initialisation sees the vectors as the metric does: unit length for cosine.
        Layout layout;
        if (options.init == UmapInit::Random) {
            layout = InitialLayout::random(n, options.seed);
        } else {
            const Matrix metricPoints
                = options.metric == DistanceMetric::Cosine ? unitRows(points) : points;
            if (options.init == UmapInit::Spectral) {
                auto spectral = InitialLayout::spectral(*fuzzy, metricPoints, options.seed, stop);
                if (!spectral && spectral.error().code == ErrorCode::Cancelled)
                    return spectral.error();
                // A failed eigen solve is no reason to give up: PCA is a fine start too.
                layout = spectral ? std::move(*spectral) : InitialLayout::pca(metricPoints);
            } else {
                layout = InitialLayout::pca(metricPoints);
            }
        }
        normaliseInitialLayout(layout, options.seed);

        UmapOptimizer::Settings settings;
        settings.curve = *curve;
        settings.epochs = resolved.epochs;
        settings.learningRate = options.learningRate;
        settings.repulsionStrength = options.repulsionStrength;
        settings.negativeSampleRate = options.negativeSampleRate;
        settings.seed = options.seed;
        settings.threads = options.threads;
        auto optimizer = std::make_unique<UmapOptimizer>(*fuzzy, settings);
        return std::unique_ptr<UmapProjection>(new UmapProjection(
            resolved, *curve, std::move(optimizer), std::move(layout), approximate));
    } catch (const std::bad_alloc &) {
        return fail(ErrorCode::OutOfMemory,
                    "not enough memory for the UMAP projection of " + std::to_string(n)
                        + " points");
    } catch (const std::exception &error) {
        return fail(ErrorCode::Internal, std::string("UMAP set-up failed: ") + error.what());
    }
}

Result<void> UmapProjection::run(std::size_t untilIteration, std::stop_token stop)
{
    const std::size_t target = std::min(untilIteration, m_epochs);
    try {
        while (m_iteration < target) {
            if (stop.stop_requested())
                return fail(ErrorCode::Cancelled,
                            "UMAP cancelled at epoch " + std::to_string(m_iteration));
            auto done = m_optimizer->runEpoch(m_iteration, m_layout, stop);
            if (!done)
                return done;
            ++m_iteration;
        }
    } catch (const std::bad_alloc &) {
        return fail(ErrorCode::OutOfMemory, "not enough memory for a UMAP epoch");
    } catch (const std::system_error &error) {
        // std::jthread reports a failure to start a worker this way.
        return fail(ErrorCode::Internal,
                    std::string("cannot start a UMAP worker: ") + error.what());
    }
    return {};
}

} // namespace ewb::core
