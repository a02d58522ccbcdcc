#include "core/project/barneshuttree.h"

#include <QtTest>

#include <cmath>
#include <random>
#include <vector>

using namespace ewb::core;

namespace {

struct Repulsion
{
    Layout force;
    std::vector<double> sumQ; ///< per point: sum over the other points of q_ij
    double total = 0.0;
};

// The O(n^2) sums the tree approximates, in long double.
Repulsion exactRepulsion(const Layout &points)
{
    const Eigen::Index n = points.rows();
    Repulsion exact { Layout::Zero(n, 2), std::vector<double>(static_cast<std::size_t>(n)), 0.0 };
    for (Eigen::Index i = 0; i < n; ++i) {
        long double sumQ = 0.0L;
        long double forceX = 0.0L;
        long double forceY = 0.0L;
        for (Eigen::Index j = 0; j < n; ++j) {
            if (j == i)
                continue;
            const long double dx = points(i, 0) - points(j, 0);
            const long double dy = points(i, 1) - points(j, 1);
            const long double q = 1.0L / (1.0L + dx * dx + dy * dy);
            sumQ += q;
            forceX += q * q * dx;
            forceY += q * q * dy;
        }
        exact.force(i, 0) = static_cast<double>(forceX);
        exact.force(i, 1) = static_cast<double>(forceY);
        exact.sumQ[static_cast<std::size_t>(i)] = static_cast<double>(sumQ);
        exact.total += static_cast<double>(sumQ);
    }
    return exact;
}

Repulsion treeRepulsion(const Layout &points, double theta, std::vector<int> *seen = nullptr)
{
    BarnesHutTree tree;
    tree.build(points);
    Repulsion result { Layout::Constant(points.rows(), 2, std::nan("")), {}, 0.0 };
    if (seen)
        seen->assign(static_cast<std::size_t>(points.rows()), 0);
    for (std::size_t g = 0; g < tree.groupCount(); ++g) {
        result.total += tree.repelGroup(g, theta * theta, result.force);
        if (seen) {
            for (const std::uint32_t *p = tree.groupBegin(g); p != tree.groupEnd(g); ++p)
                ++(*seen)[*p];
        }
    }
    return result;
}

// Clustered points, as a t-SNE layout looks: several tight groups of different sizes.
Layout clusteredLayout(int n, unsigned seed)
{
    std::mt19937_64 random(seed);
    std::normal_distribution<double> normal(0.0, 1.0);
    std::uniform_int_distribution<int> cluster(0, 7);
    Layout points(n, 2);
    for (int i = 0; i < n; ++i) {
        const int c = cluster(random);
        const double spread = 0.5 + c;
        points(i, 0) = 20.0 * std::cos(c) + spread * normal(random);
        points(i, 1) = 20.0 * std::sin(c) + spread * normal(random);
    }
    return points;
}

double relativeForceError(const Repulsion &approximate, const Repulsion &exact)
{
    return (approximate.force - exact.force).norm() / exact.force.norm();
}

} // namespace

class TestBarnesHutTree : public QObject
{
    Q_OBJECT

private slots:
    // theta = 0 opens every cell: the walk is then the exact sum, to float rounding (the
    // interactions are summed in float).
    void thetaZeroIsExact()
    {
        const Layout points = clusteredLayout(700, 1);
        const Repulsion exact = exactRepulsion(points);
        std::vector<int> seen;
        const Repulsion tree = treeRepulsion(points, 0.0, &seen);
        // Every point belongs to exactly one group.
        QCOMPARE(std::count(seen.begin(), seen.end(), 1), long(points.rows()));
        QVERIFY(tree.force.allFinite());
        QVERIFY2(relativeForceError(tree, exact) < 1e-5,
                 qPrintable(QString::number(relativeForceError(tree, exact))));
        QVERIFY(std::abs(tree.total - exact.total) < 1e-6 * exact.total);
    }

    // The usual theta: the summarised far field stays within a percent of the exact force,
    // and so does the normalisation Z.
    void thetaHalfIsClose()
    {
        const Layout points = clusteredLayout(3000, 2);
        const Repulsion exact = exactRepulsion(points);
        const Repulsion tree = treeRepulsion(points, 0.5);
        const double forceError = relativeForceError(tree, exact);
        const double sumError = std::abs(tree.total - exact.total) / exact.total;
        qInfo("theta 0.5: relative force error %.2e, Z error %.2e", forceError, sumError);
        QVERIFY2(forceError < 1e-2, qPrintable(QString::number(forceError)));
        QVERIFY2(sumError < 1e-2, qPrintable(QString::number(sumError)));
        // A coarser theta must cost accuracy: the test can tell the two apart.
        const Repulsion coarse = treeRepulsion(points, 1.0);
        QVERIFY(relativeForceError(coarse, exact) > forceError);
    }

    // Points that coincide share a leaf: among themselves q = 1 and no force, and the sum
    // leaves each point itself out.
    void coincidentPoints()
    {
        Layout points(7, 2);
        points << 0, 0, 0, 0, 0, 0, 1, 0, 1, 0, 3, 2, -2, 5;
        const Repulsion exact = exactRepulsion(points);
        const Repulsion tree = treeRepulsion(points, 0.0);
        QVERIFY2(relativeForceError(tree, exact) < 1e-6,
                 qPrintable(QString::number(relativeForceError(tree, exact))));
        QVERIFY(std::abs(tree.total - exact.total) < 1e-6 * exact.total);
        // All in one spot: each sees the other n - 1 at q = 1, and no force at all.
        const Layout same = Layout::Constant(40, 2, 2.5);
        const Repulsion stacked = treeRepulsion(same, 0.5);
        QCOMPARE(stacked.total, 40.0 * 39.0);
        QCOMPARE(stacked.force.cwiseAbs().maxCoeff(), 0.0);
    }

    // Groups do not depend on the order of evaluation: evaluating them backwards gives the
    // same forces bit for bit (what makes t-SNE independent of the thread count).
    void groupsAreIndependent()
    {
        const Layout points = clusteredLayout(2000, 3);
        BarnesHutTree tree;
        tree.build(points);
        QVERIFY(tree.groupCount() > 10);
        Layout forward(points.rows(), 2);
        Layout backward(points.rows(), 2);
        for (std::size_t g = 0; g < tree.groupCount(); ++g)
            tree.repelGroup(g, 0.25, forward);
        for (std::size_t g = tree.groupCount(); g-- > 0;)
            tree.repelGroup(g, 0.25, backward);
        QVERIFY(forward == backward);
        for (std::size_t g = 0; g < tree.groupCount(); ++g) {
            const auto size = tree.groupEnd(g) - tree.groupBegin(g);
            QVERIFY(size >= 1 && size <= long(BarnesHutTree::maxGroupSize));
        }
    }
};

QTEST_GUILESS_MAIN(TestBarnesHutTree)
#include "tst_barneshuttree.moc"
