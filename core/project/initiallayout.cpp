#include "core/project/initiallayout.h"

#include "core/project/layoutrandom.h"

#include <Eigen/Eigenvalues>

#include <algorithm>
#include <cmath>
#include <limits>
#include <numbers>
#include <vector>

namespace ewb::core {

namespace {

    constexpr std::size_t denseLimit = 256;
    constexpr Eigen::Index lanczosSteps = 120;
    constexpr std::size_t smallComponent = 4;

    // One connected component as a local sparse matrix S = D^-1/2 W D^-1/2 in compressed rows.
    struct Component
    {
        std::vector<std::uint32_t> members; // global rows, ascending
        std::vector<std::size_t> offsets;
        std::vector<std::uint32_t> columns;
        std::vector<double> values;
        Eigen::VectorXd sqrtDegree;
    };

    std::vector<Component> components(const FuzzySimplicialSet &graph)
    {
        const std::size_t n = graph.size();
        const auto &offsets = graph.offsets();
        const auto &tails = graph.tails();
        const auto &weights = graph.weights();
        std::vector<std::int64_t> label(n, -1);
        std::vector<std::uint32_t> local(n, 0);
        std::vector<Component> result;
        std::vector<std::uint32_t> queue;
        for (std::size_t start = 0; start < n; ++start) {
            if (label[start] >= 0)
                continue;
            const auto id = static_cast<std::int64_t>(result.size());
            Component component;
            queue.assign(1, static_cast<std::uint32_t>(start));
            label[start] = id;
            for (std::size_t head = 0; head < queue.size(); ++head) {
                const std::uint32_t row = queue[head];
                for (std::size_t e = offsets[row]; e < offsets[row + 1]; ++e) {
                    if (label[tails[e]] < 0) {
                        label[tails[e]] = id;
                        queue.push_back(tails[e]);
                    }
                }
            }
            std::sort(queue.begin(), queue.end());
            component.members = queue;
            for (std::size_t i = 0; i < queue.size(); ++i)
                local[queue[i]] = static_cast<std::uint32_t>(i);
            const auto m = static_cast<Eigen::Index>(queue.size());
            component.sqrtDegree = Eigen::VectorXd::Zero(m);
            component.offsets.assign(queue.size() + 1, 0);
            for (std::size_t i = 0; i < queue.size(); ++i) {
                const std::uint32_t row = queue[i];
                double degree = 0.0;
                for (std::size_t e = offsets[row]; e < offsets[row + 1]; ++e) {
                    degree += weights[e];
                    component.columns.push_back(local[tails[e]]);
                    component.values.push_back(weights[e]);
                }
                component.sqrtDegree[static_cast<Eigen::Index>(i)] = std::sqrt(degree);
                component.offsets[i + 1] = component.columns.size();
            }
            for (std::size_t i = 0; i < queue.size(); ++i)
                for (std::size_t e = component.offsets[i]; e < component.offsets[i + 1]; ++e)
                    component.values[e] /= component.sqrtDegree[static_cast<Eigen::Index>(i)]
                        * component.sqrtDegree[component.columns[e]];
            result.push_back(std::move(component));
        }
        return result;
    }

    // Flips each column so that its entry of largest magnitude is positive: eigenvectors are only
    // defined up to sign, and this keeps the picture from mirroring between equivalent solvers.
    void fixSigns(Eigen::Ref<Eigen::MatrixXd> vectors)
    {
        for (Eigen::Index c = 0; c < vectors.cols(); ++c) {
            Eigen::Index at = 0;
            vectors.col(c).cwiseAbs().maxCoeff(&at);
            if (vectors(at, c) < 0.0)
                vectors.col(c) = -vectors.col(c);
        }
    }

    // The eigenvectors of the two largest non-trivial eigenvalues of S, one per column.
    Result<Eigen::MatrixXd> spectralVectors(const Component &c, std::uint64_t seed,
                                            std::stop_token stop)
    {
        const auto m = static_cast<Eigen::Index>(c.members.size());
        if (c.members.size() <= denseLimit) {
            Eigen::MatrixXd s = Eigen::MatrixXd::Zero(m, m);
            for (Eigen::Index i = 0; i < m; ++i)
                for (auto e = c.offsets[static_cast<std::size_t>(i)];
                     e < c.offsets[static_cast<std::size_t>(i) + 1]; ++e)
                    s(i, c.columns[e]) = c.values[e];
            const Eigen::SelfAdjointEigenSolver<Eigen::MatrixXd> solver(s);
            if (solver.info() != Eigen::Success)
                return fail(ErrorCode::NumericError,
                            "the spectral initialisation did not converge");
            // Ascending eigenvalues: the last is the trivial 1 of the degree vector.
            Eigen::MatrixXd vectors(m, 2);
            vectors.col(0) = solver.eigenvectors().col(m - 2);
            vectors.col(1) = solver.eigenvectors().col(m - 3);
            return vectors;
        }

        // Lanczos with full reorthogonalisation, deflating the known trivial eigenvector sqrt(D).
        const Eigen::VectorXd trivial = c.sqrtDegree.normalized();
        const Eigen::Index steps = std::min(lanczosSteps, m - 1);
        Eigen::MatrixXd basis(m, steps + 1);
        Eigen::VectorXd alpha = Eigen::VectorXd::Zero(steps);
        Eigen::VectorXd beta = Eigen::VectorXd::Zero(steps);
        LayoutRandom random(seed, 0x5eed);
        Eigen::VectorXd q(m);
        for (Eigen::Index i = 0; i < m; ++i)
            q[i] = random.unit() - 0.5;
        q -= trivial * trivial.dot(q);
        basis.col(0) = q.normalized();
        Eigen::Index done = 0;
        Eigen::VectorXd w(m);
        for (Eigen::Index j = 0; j < steps; ++j) {
            if (stop.stop_requested())
                return fail(ErrorCode::Cancelled, "UMAP cancelled during spectral initialisation");
            for (Eigen::Index i = 0; i < m; ++i) {
                double sum = 0.0;
                for (auto e = c.offsets[static_cast<std::size_t>(i)];
                     e < c.offsets[static_cast<std::size_t>(i) + 1]; ++e)
                    sum += c.values[e] * basis(c.columns[e], j);
                w[i] = sum;
            }
            alpha[j] = basis.col(j).dot(w);
            // Twice is enough (Kahan's "twice is enough" for Gram-Schmidt).
            for (int pass = 0; pass < 2; ++pass) {
                w -= trivial * trivial.dot(w);
                const auto previous = basis.leftCols(j + 1);
                w -= previous * (previous.transpose() * w);
            }
            done = j + 1;
            beta[j] = w.norm();
            if (beta[j] < 1e-10)
                break;
            basis.col(j + 1) = w / beta[j];
        }
        if (done < 2)
            return fail(ErrorCode::NumericError, "the Lanczos iteration broke down");
        Eigen::MatrixXd tridiagonal = Eigen::MatrixXd::Zero(done, done);
        for (Eigen::Index j = 0; j < done; ++j) {
            tridiagonal(j, j) = alpha[j];
            if (j + 1 < done)
                tridiagonal(j, j + 1) = tridiagonal(j + 1, j) = beta[j];
        }
        const Eigen::SelfAdjointEigenSolver<Eigen::MatrixXd> solver(tridiagonal);
        if (solver.info() != Eigen::Success)
            return fail(ErrorCode::NumericError, "the spectral initialisation did not converge");
        Eigen::MatrixXd ritz(done, 2);
        ritz.col(0) = solver.eigenvectors().col(done - 1);
        ritz.col(1) = solver.eigenvectors().col(done - 2);
        Eigen::MatrixXd vectors = basis.leftCols(done) * ritz;
        return vectors;
    }

} // namespace

Result<Layout> InitialLayout::spectral(const FuzzySimplicialSet &graph, const Matrix &points,
                                       std::uint64_t seed, std::stop_token stop)
{
    const auto parts = components(graph);
    const auto n = static_cast<Eigen::Index>(graph.size());
    Layout layout = Layout::Zero(n, 2);

    // Where each component goes: the PCA of the component means, or a circle when means
    // coincide; and how much room it has (half the gap to its nearest neighbouring centre).
    const auto count = static_cast<Eigen::Index>(parts.size());
    Layout centres = Layout::Zero(count, 2);
    Eigen::VectorXd room = Eigen::VectorXd::Ones(count);
    if (count > 1) {
        Matrix means = Matrix::Zero(count, points.cols());
        for (Eigen::Index c = 0; c < count; ++c) {
            Eigen::RowVectorXd sum = Eigen::RowVectorXd::Zero(points.cols());
            for (std::uint32_t row : parts[static_cast<std::size_t>(c)].members)
                sum += points.row(row).cast<double>();
            means.row(c)
                = (sum / static_cast<double>(parts[static_cast<std::size_t>(c)].members.size()))
                      .cast<float>();
        }
        centres = pca(means);
        const double extent = centres.cwiseAbs().maxCoeff();
        if (extent > 0.0)
            centres /= extent;
        for (Eigen::Index c = 0; c < count; ++c) {
            double nearest = std::numeric_limits<double>::infinity();
            for (Eigen::Index o = 0; o < count; ++o)
                if (o != c)
                    nearest = std::min(nearest, (centres.row(c) - centres.row(o)).norm());
            room[c] = nearest / 2.0;
        }
        if (!(room.minCoeff() > 1e-9)) {
            const double gap = std::sin(std::numbers::pi / static_cast<double>(count));
            for (Eigen::Index c = 0; c < count; ++c) {
                const double angle
                    = 2.0 * std::numbers::pi * static_cast<double>(c) / static_cast<double>(count);
                centres(c, 0) = std::cos(angle);
                centres(c, 1) = std::sin(angle);
                room[c] = gap;
            }
        }
    }

    for (Eigen::Index c = 0; c < count; ++c) {
        const Component &part = parts[static_cast<std::size_t>(c)];
        const double radius = room[c];
        if (part.members.size() < smallComponent) {
            // Uniform in a disc of half the room: the points of a tiny component stay closer
            // to each other than to any other component's.
            LayoutRandom random(seed, 0xc0, static_cast<std::uint64_t>(c));
            for (std::uint32_t row : part.members) {
                const double r = 0.5 * radius * std::sqrt(random.unit());
                const double angle = 2.0 * std::numbers::pi * random.unit();
                layout(row, 0) = centres(c, 0) + r * std::cos(angle);
                layout(row, 1) = centres(c, 1) + r * std::sin(angle);
            }
            continue;
        }
        auto vectors = spectralVectors(part, seed, stop);
        if (!vectors)
            return vectors.error();
        fixSigns(*vectors);
        const double extent = vectors->cwiseAbs().maxCoeff();
        // 0.8 of the room leaves a visible gap between neighbouring components.
        const double scale = extent > 0.0 ? 0.8 * radius / extent : 0.0;
        for (std::size_t i = 0; i < part.members.size(); ++i)
            for (Eigen::Index axis = 0; axis < 2; ++axis)
                layout(part.members[i], axis)
                    = centres(c, axis) + scale * (*vectors)(static_cast<Eigen::Index>(i), axis);
    }
    return layout;
}

Layout InitialLayout::pca(const Matrix &points)
{
    const Eigen::Index n = points.rows();
    const Eigen::Index d = points.cols();
    Layout layout = Layout::Zero(n, 2);
    if (n == 0 || d == 0)
        return layout;
    const Eigen::RowVectorXd mean = points.cast<double>().colwise().mean();
    // Covariance in blocks of rows, so a large input is never copied to double as a whole.
    Eigen::MatrixXd covariance = Eigen::MatrixXd::Zero(d, d);
    constexpr Eigen::Index block = 4096;
    for (Eigen::Index begin = 0; begin < n; begin += block) {
        const Eigen::Index rows = std::min(block, n - begin);
        const Eigen::MatrixXd centred
            = points.middleRows(begin, rows).cast<double>().rowwise() - mean;
        covariance.noalias() += centred.transpose() * centred;
    }
    const Eigen::SelfAdjointEigenSolver<Eigen::MatrixXd> solver(covariance);
    Eigen::MatrixXd axes = Eigen::MatrixXd::Zero(d, 2);
    axes.col(0) = solver.eigenvectors().col(d - 1);
    if (d > 1)
        axes.col(1) = solver.eigenvectors().col(d - 2);
    for (Eigen::Index begin = 0; begin < n; begin += block) {
        const Eigen::Index rows = std::min(block, n - begin);
        layout.middleRows(begin, rows)
            = (points.middleRows(begin, rows).cast<double>().rowwise() - mean) * axes;
    }
    Eigen::MatrixXd columns = layout;
    fixSigns(columns);
    layout = columns;
    return layout;
}

Layout InitialLayout::random(std::size_t count, std::uint64_t seed)
{
    LayoutRandom random(seed, 0x7a);
    Layout layout(static_cast<Eigen::Index>(count), 2);
    for (Eigen::Index i = 0; i < layout.rows(); ++i)
        for (Eigen::Index axis = 0; axis < 2; ++axis)
            layout(i, axis) = 10.0 * random.unit();
    return layout;
}

} // namespace ewb::core
