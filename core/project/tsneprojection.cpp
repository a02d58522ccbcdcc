#include "core/project/tsneprojection.h"

#include "core/project/exactneighbours.h"
#include "core/project/parallelchunks.h"
#include "core/project/principalaxes.h"
#include "core/train/fastrandom.h"

#include <cmath>
#include <new>
#include <numbers>
#include <string>

namespace ewb::core {

namespace {

    // scikit-learn's 'pca' and 'random' inits both start tiny, so that early exaggeration can
    // form the clusters before repulsion matters.
    constexpr double initialScale = 1e-4;

    Error cancelled()
    {
        return fail(ErrorCode::Cancelled, "t-SNE cancelled");
    }

} // namespace

TsneProjection::TsneProjection(Matrix points, TsneOptions options)
    : m_points(std::move(points)), m_options(options)
{
    const Eigen::Index n = m_points.rows();
    m_layout = Layout::Zero(n, 2);
    m_options.learningRate = m_options.resolvedLearningRate(static_cast<std::size_t>(n));
    if (m_options.metric == DistanceMetric::Cosine) {
        // Euclidean distance between unit vectors is sqrt(2 - 2 cos): same neighbour order as
        // cosine. All-zero rows stay at the origin.
        for (Eigen::Index i = 0; i < n; ++i) {
            const float norm = m_points.row(i).norm();
            if (norm > 0.0f)
                m_points.row(i) /= norm;
        }
    }
}

Result<std::unique_ptr<TsneProjection>> TsneProjection::create(const Matrix &points,
                                                               TsneOptions options)
{
    const auto n = static_cast<std::size_t>(points.rows());
    if (auto valid = options.validate(n); !valid.ok())
        return valid.error();
    if (points.cols() < 1)
        return fail(ErrorCode::InvalidArgument, "t-SNE needs points with at least 1 dimension");
    if (!points.allFinite())
        return fail(ErrorCode::NumericError, "a point to project holds NaN or infinity");
    try {
        return std::unique_ptr<TsneProjection>(new TsneProjection(points, options));
    } catch (const std::bad_alloc &) {
        return fail(ErrorCode::OutOfMemory,
                    "no memory to copy " + std::to_string(n) + " points for t-SNE");
    }
}

Result<std::unique_ptr<TsneProjection>>
TsneProjection::createFrom(const Matrix &points, TsneOptions options, const Layout &start)
{
    if (start.rows() != points.rows())
        return fail(ErrorCode::InvalidArgument,
                    "a t-SNE start layout has " + std::to_string(start.rows())
                        + " points where the input has " + std::to_string(points.rows()));
    if (!start.allFinite())
        return fail(ErrorCode::InvalidArgument, "a t-SNE start layout holds NaN or infinity");
    options.exaggerationIterations = 0;
    auto made = create(points, options);
    if (!made.ok())
        return made.error();
    (*made)->m_layout = start;
    (*made)->m_warmStart = true;
    return made;
}

Result<void> TsneProjection::run(std::size_t untilIteration, std::stop_token stop)
{
    try {
        if (!m_affinities) {
            if (auto ready = prepare(stop); !ready.ok())
                return ready;
        }
        const std::size_t until = std::min(untilIteration, m_options.maxIterations);
        while (m_iteration < until) {
            if (stop.stop_requested()) {
                publish();
                return cancelled();
            }
            if (m_iteration == m_options.exaggerationIterations && m_original.empty())
                renumberByTree();
            if (auto gradient = computeGradient(stop); !gradient.ok()) {
                publish();
                return gradient;
            }
            applyGradient();
            ++m_iteration;
        }
        publish();
        return {};
    } catch (const std::bad_alloc &) {
        return fail(ErrorCode::OutOfMemory,
                    "no memory for t-SNE of " + std::to_string(m_layout.rows()) + " points");
    }
}

Result<void> TsneProjection::prepare(std::stop_token stop)
{
    const auto n = static_cast<std::size_t>(m_points.rows());
    auto neighbours
        = ExactNeighbours::search(m_points, m_options.neighbourCount(n), m_options.threads, stop);
    if (!neighbours.ok())
        return neighbours.error().code == ErrorCode::Cancelled ? cancelled() : neighbours.error();
    auto affinities
        = TsneAffinities::compute(*neighbours, m_options.perplexity, m_options.threads, stop);
    if (!affinities.ok())
        return affinities.error().code == ErrorCode::Cancelled ? cancelled() : affinities.error();
    if (!m_warmStart) {
        if (auto initial = initialise(stop); !initial.ok())
            return initial;
    }
    m_velocity = Layout::Zero(m_layout.rows(), 2);
    m_gains = Layout::Ones(m_layout.rows(), 2);
    m_attraction.resize(m_layout.rows(), 2);
    m_repulsion.resize(m_layout.rows(), 2);
    m_affinities = std::move(affinities).value();
    // The input is not needed any more: free it for a long-lived projection shown in the UI.
    m_points = Matrix();
    return {};
}

Result<void> TsneProjection::initialise(std::stop_token stop)
{
    if (m_options.init == TsneInit::Pca) {
        PcaOptions pca;
        pca.seed = m_options.seed;
        auto axes = PrincipalAxes::compute(m_points, pca, stop);
        if (!axes.ok())
            return axes.error().code == ErrorCode::Cancelled ? cancelled() : axes.error();
        Layout initial = axes->project(m_points);
        // Scaled by the standard deviation of x, as scikit-learn does.
        const double meanX = initial.col(0).mean();
        const double deviation = std::sqrt((initial.col(0).array() - meanX).square().mean());
        if (deviation > 0.0) {
            m_layout = initial * (initialScale / deviation);
            return {};
        }
        // All points project to one spot: fall back to the random start.
    }
    FastRandom random(m_options.seed);
    for (Eigen::Index i = 0; i < m_layout.size(); ++i) {
        const double u1 = (static_cast<double>(random.next() >> 11) + 1.0) * 0x1p-53;
        const double u2 = static_cast<double>(random.next() >> 11) * 0x1p-53;
        m_layout.data()[i]
            = initialScale * std::sqrt(-2.0 * std::log(u1)) * std::cos(2.0 * std::numbers::pi * u2);
    }
    return {};
}

Result<void> TsneProjection::computeGradient(std::stop_token stop)
{
    m_tree.build(m_layout);
    const double thetaSquared = m_options.theta * m_options.theta;
    const auto &rowStart = m_affinities->rowStart();
    const auto &columns = m_affinities->columns();
    const auto &values = m_affinities->values();
    // One chunk per group of nearby points: the unit of parallel work, of the fixed-order sum
    // of the normalisation and of cancellation.
    m_blockSums.assign(m_tree.groupCount(), 0.0);
    // The attraction reads each point's neighbours at random rows: from a float copy, half the
    // bytes, so that the whole layout stays in cache.
    const auto n = static_cast<std::size_t>(m_layout.rows());
    m_compact.resize(2 * n);
    for (std::size_t i = 0; i < 2 * n; ++i)
        m_compact[i] = static_cast<float>(m_layout.data()[i]);
    const float *compact = m_compact.data();
    auto done
        = ParallelChunks::run(m_blockSums.size(), m_options.threads, stop, [&](std::size_t group) {
              m_blockSums[group] = m_tree.repelGroup(group, thetaSquared, m_repulsion);
              for (const std::uint32_t *point = m_tree.groupBegin(group);
                   point != m_tree.groupEnd(group); ++point) {
                  const std::size_t i = *point;
                  const auto row = static_cast<Eigen::Index>(i);
                  const float x = compact[2 * i];
                  const float y = compact[2 * i + 1];
                  // Attraction: sum_j p_ij q_ij Z (y_i - y_j), with q_ij Z = 1 / (1 + d_ij^2).
                  double attractX = 0.0;
                  double attractY = 0.0;
                  for (std::size_t e = rowStart[i]; e < rowStart[i + 1]; ++e) {
                      const std::size_t j = columns[e];
                      const double dx = x - compact[2 * j];
                      const double dy = y - compact[2 * j + 1];
                      const double weight = values[e] / (1.0 + dx * dx + dy * dy);
                      attractX += weight * dx;
                      attractY += weight * dy;
                  }
                  m_attraction(row, 0) = attractX;
                  m_attraction(row, 1) = attractY;
              }
          });
    if (!done.ok())
        return done.error().code == ErrorCode::Cancelled ? cancelled() : done.error();
    return {};
}

void TsneProjection::renumberByTree()
{
    // The layout has its clusters (early exaggeration is over, or a warm start began from a
    // finished picture), so the tree order keeps each point's input neighbours in nearby rows
    // from now on: the attraction's reads become local.
    m_tree.build(m_layout);
    const std::vector<std::uint32_t> newToOld = m_tree.order();
    const auto n = static_cast<Eigen::Index>(newToOld.size());
    const auto permuted = [&](const Layout &from) {
        Layout to(n, 2);
        for (Eigen::Index k = 0; k < n; ++k)
            to.row(k) = from.row(newToOld[static_cast<std::size_t>(k)]);
        return to;
    };
    m_layout = permuted(m_layout);
    m_velocity = permuted(m_velocity);
    m_gains = permuted(m_gains);
    m_affinities = m_affinities->renumbered(newToOld);
    m_original = newToOld;
    m_published.resize(n, 2);
    m_tree.forgetOrder();
}

void TsneProjection::publish()
{
    if (m_original.empty())
        return;
    for (std::size_t k = 0; k < m_original.size(); ++k)
        m_published.row(m_original[k]) = m_layout.row(static_cast<Eigen::Index>(k));
}

void TsneProjection::applyGradient()
{
    if (m_iteration == m_options.exaggerationIterations) {
        // scikit-learn starts the second phase with fresh momentum and gains.
        m_velocity.setZero();
        m_gains.setOnes();
    }
    const bool early = m_iteration < m_options.exaggerationIterations;
    const double exaggeration = early ? m_options.earlyExaggeration : 1.0;
    const double momentum = early ? m_options.initialMomentum : m_options.finalMomentum;
    const double rate = m_options.learningRate;
    const double minGain = m_options.minGain;
    // Z = sum_{k != l} (1 + d_kl^2)^-1, summed block by block in a fixed order.
    double normalisation = 0.0;
    for (const double sum : m_blockSums)
        normalisation += sum;
    const double inverseZ = normalisation > 0.0 ? 1.0 / normalisation : 0.0;
    for (Eigen::Index i = 0; i < m_layout.size(); ++i) {
        // dC/dy_i = 4 (sum_j p_ij q_ij Z (y_i - y_j) - sum_j q_ij^2 Z (y_i - y_j))
        const double gradient
            = 4.0 * (exaggeration * m_attraction.data()[i] - m_repulsion.data()[i] * inverseZ);
        double &velocity = m_velocity.data()[i];
        double &gain = m_gains.data()[i];
        // Jacobs (1988) gains: grow where the step keeps its direction, shrink where it flips.
        gain = velocity * gradient < 0.0 ? gain + 0.2 : gain * 0.8;
        gain = std::max(gain, minGain);
        velocity = momentum * velocity - rate * gain * gradient;
        m_layout.data()[i] += velocity;
    }
    // Keep the layout centred at the origin (as van der Maaten's code does): it is free to drift
    // otherwise, and a centred layout is easier to draw and to align.
    const Eigen::RowVector2d mean = m_layout.colwise().mean();
    m_layout.rowwise() -= mean;
}

} // namespace ewb::core
