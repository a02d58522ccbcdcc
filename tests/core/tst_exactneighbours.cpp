#include "core/project/exactneighbours.h"

#include <QtTest>

#include <algorithm>
#include <cmath>
#include <random>
#include <utility>
#include <vector>

using namespace ewb::core;

namespace {

// Gaussian points; more rows than one candidate tile (2,048) and a dimension that is no
// multiple of the vector width, so tile edges and remainders are exercised.
Matrix randomPoints(int rows, int dim, unsigned seed)
{
    std::mt19937_64 random(seed);
    std::normal_distribution<float> normal(0.0f, 1.0f);
    Matrix points(rows, dim);
    for (int r = 0; r < rows; ++r) {
        for (int d = 0; d < dim; ++d)
            points(r, d) = normal(random);
    }
    return points;
}

// Brute force in double: every other row, sorted by distance, ties to the lower row.
std::vector<std::pair<double, std::uint32_t>> bruteForce(const Matrix &points, Eigen::Index i,
                                                         std::size_t k)
{
    std::vector<std::pair<double, std::uint32_t>> all;
    for (Eigen::Index j = 0; j < points.rows(); ++j) {
        if (j != i)
            all.emplace_back(
                (points.row(j).cast<double>() - points.row(i).cast<double>()).squaredNorm(),
                static_cast<std::uint32_t>(j));
    }
    std::partial_sort(all.begin(), all.begin() + static_cast<std::ptrdiff_t>(k), all.end());
    all.resize(k);
    return all;
}

} // namespace

class TestExactNeighbours : public QObject
{
    Q_OBJECT

private slots:
    void matchesBruteForce()
    {
        Matrix points = randomPoints(2600, 37, 7);
        // Exact duplicates across tiles: ties must go to the lower row.
        points.row(2500) = points.row(5);
        points.row(100) = points.row(5);
        const std::size_t k = 15;
        auto found = ExactNeighbours::search(points, k, 2);
        QVERIFY(found.ok());
        QCOMPARE(found->pointCount(), std::size_t(2600));
        QCOMPARE(found->k(), k);
        for (Eigen::Index i = 0; i < points.rows(); ++i) {
            const auto expected = bruteForce(points, i, k);
            const auto indices = found->indices(static_cast<std::size_t>(i));
            const auto distances = found->squaredDistances(static_cast<std::size_t>(i));
            for (std::size_t m = 0; m < k; ++m) {
                QCOMPARE(indices[m], expected[m].second);
                QVERIFY(std::abs(distances[m] - expected[m].first) <= 1e-12 * expected[m].first);
            }
        }
        const auto five = found->indices(5);
        QCOMPARE(five[0], 100u);
        QCOMPARE(five[1], 2500u);
        QCOMPARE(found->squaredDistances(5)[0], 0.0);
        QCOMPARE(found->indices(2500)[0], 5u);
        QCOMPARE(found->indices(2500)[1], 100u);
    }

    // Candidate tiles are visited out of order (five tiles of 2,048 rows: 0, 3, 1, 4, 2), yet
    // exact ties still go to the lowest rows: copies in tile 3 arrive before those in tile 1.
    void tiesGoToTheLowerRowWhateverTheTileOrder()
    {
        Matrix points = randomPoints(5 * 2048, 8, 5);
        for (const Eigen::Index copy : { 3000, 3001, 7000, 7001, 9000 })
            points.row(copy) = points.row(500);
        auto found = ExactNeighbours::search(points, 3, 2);
        QVERIFY(found.ok());
        const auto nearest = found->indices(500);
        QCOMPARE(std::vector<std::uint32_t>(nearest.begin(), nearest.end()),
                 std::vector<std::uint32_t>({ 3000, 3001, 7000 }));
        QCOMPARE(found->squaredDistances(500)[2], 0.0);
        const auto fromCopy = found->indices(9000);
        QCOMPARE(std::vector<std::uint32_t>(fromCopy.begin(), fromCopy.end()),
                 std::vector<std::uint32_t>({ 500, 3000, 3001 }));
    }

    void threadCountDoesNotMatter()
    {
        const Matrix points = randomPoints(3000, 20, 11);
        auto one = ExactNeighbours::search(points, 30, 1);
        auto two = ExactNeighbours::search(points, 30, 2);
        QVERIFY(one.ok() && two.ok());
        for (std::size_t i = 0; i < 3000; ++i) {
            QVERIFY(std::ranges::equal(one->indices(i), two->indices(i)));
            QVERIFY(std::ranges::equal(one->squaredDistances(i), two->squaredDistances(i)));
        }
    }

    // k as large as allowed: every other point, nearest first.
    void allOtherPoints()
    {
        const Matrix points = randomPoints(40, 3, 3);
        auto found = ExactNeighbours::search(points, 39, 2);
        QVERIFY(found.ok());
        for (std::size_t i = 0; i < 40; ++i) {
            auto indices = found->indices(i);
            std::vector<std::uint32_t> sorted(indices.begin(), indices.end());
            std::sort(sorted.begin(), sorted.end());
            QVERIFY(std::adjacent_find(sorted.begin(), sorted.end()) == sorted.end());
            QVERIFY(!std::ranges::binary_search(sorted, static_cast<std::uint32_t>(i)));
            QVERIFY(std::ranges::is_sorted(found->squaredDistances(i)));
        }
    }

    void badK()
    {
        const Matrix points = randomPoints(10, 3, 1);
        for (const std::size_t k : { std::size_t(0), std::size_t(10), std::size_t(11) }) {
            auto found = ExactNeighbours::search(points, k, 1);
            QVERIFY(!found.ok());
            QCOMPARE(found.error().code, ErrorCode::InvalidArgument);
            QVERIFY(QString::fromStdString(found.error().detail).contains("among 10 points"));
        }
        auto single = ExactNeighbours::search(randomPoints(1, 3, 1), 1, 1);
        QVERIFY(!single.ok());
    }

    void cancelled()
    {
        std::stop_source source;
        source.request_stop();
        auto found = ExactNeighbours::search(randomPoints(500, 8, 2), 5, 2, source.get_token());
        QVERIFY(!found.ok());
        QCOMPARE(found.error().code, ErrorCode::Cancelled);
    }
};

QTEST_GUILESS_MAIN(TestExactNeighbours)
#include "tst_exactneighbours.moc"
