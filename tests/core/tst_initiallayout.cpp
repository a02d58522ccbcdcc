#include "core/project/initiallayout.h"

#include <QtTest>

#include <cmath>
#include <numbers>

using namespace ewb::core;

namespace {

// `count` points evenly spaced on a circle of radius `radius` around (cx, 0), in 2D: with k = 2
// each point's neighbours are its two ring neighbours, so the fuzzy graph is a cycle. Its
// weights are uniform only when both neighbours are at exactly the same float distance (else
// the nearer gets 1 and the other 0.585), which holds for these rings around the origin.
Matrix ring(int count, double radius, double cx)
{
    Matrix points(count, 2);
    for (int i = 0; i < count; ++i) {
        const double angle = 2.0 * std::numbers::pi * i / count;
        points(i, 0) = static_cast<float>(cx + radius * std::cos(angle));
        points(i, 1) = static_cast<float>(radius * std::sin(angle));
    }
    return points;
}

FuzzySimplicialSet graphOf(const Matrix &points, std::size_t k)
{
    auto knn = KnnGraph::build(points, k, DistanceMetric::Euclidean, 1, 1);
    Q_ASSERT(knn.ok());
    auto set = FuzzySimplicialSet::build(*knn);
    Q_ASSERT(set.ok());
    return std::move(*set);
}

// Largest relative deviation of the distances from the centroid from their mean.
double roundness(const Layout &layout, Eigen::Index begin, Eigen::Index count)
{
    const Eigen::RowVector2d centre = layout.middleRows(begin, count).colwise().mean();
    Eigen::VectorXd radii(count);
    for (Eigen::Index i = 0; i < count; ++i)
        radii[i] = (layout.row(begin + i) - centre).norm();
    const double mean = radii.mean();
    return (radii.array() - mean).abs().maxCoeff() / mean;
}

} // namespace

class TestInitialLayout : public QObject
{
    Q_OBJECT

private slots:
    void ringBecomesCircle()
    {
        // The normalised Laplacian of a cycle has the eigenpair 1 - cos(2 pi / m) with the
        // eigenvectors cos(2 pi i / m) and sin(2 pi i / m): the spectral layout is a circle.
        const Matrix points = ring(120, 1.0, 0.0);
        auto layout = InitialLayout::spectral(graphOf(points, 2), points, 1);
        QVERIFY(layout.ok());
        QVERIFY(roundness(*layout, 0, 120) < 1e-6);
        // Neighbours on the ring stay neighbours: consecutive points are 2 pi / 120 apart.
        const Eigen::RowVector2d centre = layout->colwise().mean();
        const double radius = (layout->row(0) - centre).norm();
        for (Eigen::Index i = 0; i < 120; ++i) {
            const double step = (layout->row(i) - layout->row((i + 1) % 120)).norm();
            QVERIFY(std::abs(step - 2.0 * radius * std::sin(std::numbers::pi / 120)) < 1e-6);
        }
    }

    void componentsKeepApart()
    {
        // Two rings far apart in the input are two components: each gets its own circle, and
        // the circles do not overlap. The second ring is the first lifted along z, so that its
        // in-ring distances are bit for bit those of the first (a shifted x would round them).
        Matrix points = Matrix::Zero(160, 3);
        points.topLeftCorner(80, 2) = ring(80, 1.0, 0.0);
        points.bottomLeftCorner(80, 2) = ring(80, 1.0, 0.0);
        points.bottomRightCorner(80, 1).setConstant(100.0f);
        auto layout = InitialLayout::spectral(graphOf(points, 2), points, 1);
        QVERIFY(layout.ok());
        QVERIFY(roundness(*layout, 0, 80) < 1e-6);
        QVERIFY(roundness(*layout, 80, 80) < 1e-6);
        const Eigen::RowVector2d a = layout->topRows(80).colwise().mean();
        const Eigen::RowVector2d b = layout->bottomRows(80).colwise().mean();
        const double ra = (layout->row(0) - a).norm();
        const double rb = (layout->row(80) - b).norm();
        QVERIFY((a - b).norm() > ra + rb);
    }

    void tinyComponentsAreScattered()
    {
        // Ten pairs of points, each pair far from the others: ten components of two points.
        Matrix points(20, 3);
        for (int i = 0; i < 20; ++i)
            points.row(i) << static_cast<float>(100 * (i / 2)), static_cast<float>(i % 2),
                static_cast<float>((i / 2) % 3);
        auto layout = InitialLayout::spectral(graphOf(points, 1), points, 5);
        QVERIFY(layout.ok());
        QVERIFY(layout->allFinite());
        // The two points of a pair are closer to each other than to any other pair's points.
        for (int i = 0; i < 20; ++i) {
            const int partner = i ^ 1;
            const double own = (layout->row(i) - layout->row(partner)).norm();
            for (int j = 0; j < 20; ++j)
                if (j / 2 != i / 2)
                    QVERIFY((layout->row(i) - layout->row(j)).norm() > own);
        }
    }

    void pcaByHand()
    {
        // Points t (1, 1, 0) for t = -2..2, plus (0, 0, +-1): the largest variance lies along
        // (1, 1, 0) / sqrt(2), where the coordinates are t sqrt(2); the second axis is z.
        Matrix points(7, 3);
        points << -2, -2, 0, -1, -1, 0, 0, 0, 0, 1, 1, 0, 2, 2, 0, 0, 0, 1, 0, 0, -1;
        const Layout layout = InitialLayout::pca(points);
        for (int i = 0; i < 5; ++i)
            QVERIFY(std::abs(std::abs(layout(i, 0)) - std::abs(i - 2) * std::sqrt(2.0)) < 1e-6);
        // The sign convention puts the largest coordinate on the positive side; rows 0 and 4
        // tie in magnitude, so only check they are opposite.
        QVERIFY(std::abs(layout(0, 0) + layout(4, 0)) < 1e-6);
        QVERIFY(std::abs(std::abs(layout(5, 1)) - 1.0) < 1e-6);
        QVERIFY(std::abs(layout(5, 1) + layout(6, 1)) < 1e-6);
        QVERIFY(std::abs(layout(2, 1)) < 1e-6);
    }

    void randomIsSeededAndInRange()
    {
        const Layout a = InitialLayout::random(500, 3);
        const Layout b = InitialLayout::random(500, 3);
        const Layout c = InitialLayout::random(500, 4);
        QVERIFY(a == b);
        QVERIFY(a != c);
        QVERIFY(a.minCoeff() >= 0.0 && a.maxCoeff() < 10.0);
    }

    void cancel()
    {
        // A component above the dense limit goes through Lanczos, which checks the token.
        const Matrix points = ring(600, 1.0, 0.0);
        std::stop_source source;
        source.request_stop();
        auto layout = InitialLayout::spectral(graphOf(points, 2), points, 1, source.get_token());
        QVERIFY(!layout.ok());
        QCOMPARE(layout.error().code, ErrorCode::Cancelled);
    }
};

QTEST_APPLESS_MAIN(TestInitialLayout)
#include "tst_initiallayout.moc"
