#include "core/project/knngraph.h"

#include "textvectors.h"

#include <QtTest>

#include <algorithm>
#include <cmath>
#include <numeric>
#include <stop_token>

using namespace ewb::core;

Q_DECLARE_METATYPE(ewb::core::DistanceMetric)
Q_DECLARE_METATYPE(ewb::core::KnnMethod)
Q_DECLARE_METATYPE(ewb::core::ErrorCode)

namespace {

std::vector<std::uint32_t> rowsOf(const KnnGraph &graph, std::size_t point)
{
    const auto span = graph.neighbours(point);
    return { span.begin(), span.end() };
}

// Brute force in double, written independently of the blocked search: every pair, full sort,
// ties to the lower row.
std::vector<std::uint32_t> bruteForce(const Matrix &points, std::size_t point, std::size_t k,
                                      DistanceMetric metric)
{
    const Eigen::RowVectorXd x = points.row(static_cast<Eigen::Index>(point)).cast<double>();
    std::vector<std::pair<double, std::uint32_t>> all;
    for (Eigen::Index j = 0; j < points.rows(); ++j) {
        if (static_cast<std::size_t>(j) == point)
            continue;
        const Eigen::RowVectorXd y = points.row(j).cast<double>();
        const double d = metric == DistanceMetric::Cosine ? 1.0 - x.dot(y) / (x.norm() * y.norm())
                                                          : (x - y).norm();
        all.emplace_back(d, static_cast<std::uint32_t>(j));
    }
    std::sort(all.begin(), all.end());
    std::vector<std::uint32_t> rows;
    for (std::size_t i = 0; i < k; ++i)
        rows.push_back(all[i].second);
    return rows;
}

} // namespace

class TestKnnGraph : public QObject
{
    Q_OBJECT

private:
    Matrix m_words; // the 6,000 gensim vectors of the demo corpus

private slots:
    void initTestCase()
    {
        const auto model
            = ewb::test::loadTextVectors(ewb::test::fixturePath("gensim-demo-en-d50.txt"));
        QVERIFY(model);
        m_words = model->vectors();
    }

    void lineByHand()
    {
        // Points at 0, 1, 3, 7, 15 on a line: the gaps double, so every list is easy to write.
        Matrix points(5, 2);
        points << 0, 0, 1, 0, 3, 0, 7, 0, 15, 0;
        auto graph = KnnGraph::build(points, 2, DistanceMetric::Euclidean, 1, 1);
        QVERIFY(graph.ok());
        QCOMPARE(graph->size(), std::size_t(5));
        QCOMPARE(graph->k(), std::size_t(2));
        QVERIFY(!graph->approximate());
        QCOMPARE(rowsOf(*graph, 0), (std::vector<std::uint32_t> { 1, 2 }));
        QCOMPARE(rowsOf(*graph, 1), (std::vector<std::uint32_t> { 0, 2 }));
        QCOMPARE(rowsOf(*graph, 2), (std::vector<std::uint32_t> { 1, 0 }));
        QCOMPARE(rowsOf(*graph, 3), (std::vector<std::uint32_t> { 2, 1 }));
        QCOMPARE(rowsOf(*graph, 4), (std::vector<std::uint32_t> { 3, 2 }));
        QCOMPARE(graph->distances(3)[0], 4.0f);
        QCOMPARE(graph->distances(3)[1], 6.0f);
        QCOMPARE(graph->distances(4)[1], 12.0f);
    }

    void cosineByHand()
    {
        // Angles 0, 30, 90 and 180 degrees from the x axis; lengths must not matter.
        Matrix points(4, 2);
        points << 2, 0, std::sqrt(3.0f), 1, 0, 5, -1, 0;
        auto graph = KnnGraph::build(points, 2, DistanceMetric::Cosine, 1, 1);
        QVERIFY(graph.ok());
        QCOMPARE(rowsOf(*graph, 0), (std::vector<std::uint32_t> { 1, 2 }));
        QVERIFY(std::abs(graph->distances(0)[0] - (1.0f - std::sqrt(3.0f) / 2.0f)) < 1e-6f);
        QVERIFY(std::abs(graph->distances(0)[1] - 1.0f) < 1e-6f);
        // From 180 degrees: 90 degrees is nearest (1 - 0), then 30 degrees (1 + cos 30).
        QCOMPARE(rowsOf(*graph, 3), (std::vector<std::uint32_t> { 2, 1 }));
        QVERIFY(std::abs(graph->distances(3)[1] - (1.0f + std::sqrt(3.0f) / 2.0f)) < 1e-6f);
    }

    void exactMatchesBruteForce_data()
    {
        QTest::addColumn<DistanceMetric>("metric");
        QTest::addColumn<int>("threads");
        QTest::newRow("cosine-1-thread") << DistanceMetric::Cosine << 1;
        QTest::newRow("cosine-2-threads") << DistanceMetric::Cosine << 2;
        QTest::newRow("euclidean-2-threads") << DistanceMetric::Euclidean << 2;
    }

    void exactMatchesBruteForce()
    {
        QFETCH(DistanceMetric, metric);
        QFETCH(int, threads);
        // 2,600 points span two candidate blocks and eleven query blocks of the search.
        const Matrix points = m_words.topRows(2600);
        auto graph = KnnGraph::build(points, 10, metric, 7, static_cast<std::size_t>(threads));
        QVERIFY(graph.ok());
        for (std::size_t point : { 0u, 1u, 255u, 256u, 2047u, 2048u, 2599u })
            QCOMPARE(rowsOf(*graph, point), bruteForce(points, point, 10, metric));
        for (std::size_t point = 0; point < graph->size(); ++point) {
            const auto d = graph->distances(point);
            QVERIFY(std::is_sorted(d.begin(), d.end()));
        }
    }

    void exactIndependentOfThreads()
    {
        const Matrix points = m_words.topRows(3000);
        auto one = KnnGraph::build(points, 15, DistanceMetric::Cosine, 1, 1);
        auto two = KnnGraph::build(points, 15, DistanceMetric::Cosine, 1, 2);
        QVERIFY(one.ok() && two.ok());
        for (std::size_t point = 0; point < one->size(); ++point) {
            QCOMPARE(rowsOf(*one, point), rowsOf(*two, point));
            QVERIFY(std::equal(one->distances(point).begin(), one->distances(point).end(),
                               two->distances(point).begin()));
        }
    }

    void hnswRecall_data()
    {
        QTest::addColumn<DistanceMetric>("metric");
        QTest::newRow("cosine") << DistanceMetric::Cosine;
        QTest::newRow("euclidean") << DistanceMetric::Euclidean;
    }

    void hnswRecall()
    {
        QFETCH(DistanceMetric, metric);
        auto exact = KnnGraph::build(m_words, 15, metric, 3, 2, {}, KnnMethod::Exact);
        auto approximate = KnnGraph::build(m_words, 15, metric, 3, 2, {}, KnnMethod::Approximate);
        QVERIFY(exact.ok() && approximate.ok());
        QVERIFY(approximate->approximate());
        const double recall = KnnGraph::recall(*approximate, *exact);
        qInfo("hnswlib recall@15 on 6,000 word vectors: %.4f", recall);
        QVERIFY2(recall >= 0.95, qPrintable(QString::number(recall)));
        for (std::size_t point = 0; point < approximate->size(); ++point) {
            auto rows = rowsOf(*approximate, point);
            QVERIFY(std::find(rows.begin(), rows.end(), point) == rows.end());
            std::sort(rows.begin(), rows.end());
            QVERIFY(std::adjacent_find(rows.begin(), rows.end()) == rows.end());
        }
        QCOMPARE(KnnGraph::recall(*exact, *exact), 1.0);
    }

    void hnswSeededSingleThreadIsDeterministic()
    {
        const Matrix points = m_words.topRows(3000);
        auto first = KnnGraph::build(points, 10, DistanceMetric::Cosine, 11, 1, {},
                                     KnnMethod::Approximate);
        auto second = KnnGraph::build(points, 10, DistanceMetric::Cosine, 11, 1, {},
                                      KnnMethod::Approximate);
        QVERIFY(first.ok() && second.ok());
        for (std::size_t point = 0; point < first->size(); ++point)
            QCOMPARE(rowsOf(*first, point), rowsOf(*second, point));
    }

    void automaticChoosesBySize()
    {
        QVERIFY(
            !KnnGraph::build(m_words.topRows(100), 5, DistanceMetric::Cosine, 1, 1)->approximate());
        QCOMPARE(KnnGraph::exactLimit, std::size_t(10000));
        // Beyond the limit the cost decides: 20,000 x 100 is cheaper exact, 50,000 x 300 not.
        QVERIFY(KnnGraph::prefersExact(20000, 100));
        QVERIFY(!KnnGraph::prefersExact(50000, 300));
        QVERIFY(!KnnGraph::prefersExact(200000, 2));
    }

    void duplicatesAndZeroVectors_data()
    {
        QTest::addColumn<KnnMethod>("method");
        QTest::newRow("exact") << KnnMethod::Exact;
        QTest::newRow("hnswlib") << KnnMethod::Approximate;
    }

    void duplicatesAndZeroVectors()
    {
        QFETCH(KnnMethod, method);
        // Rows 0-3 are the same vector, rows 4-5 are zero, the rest distinct words.
        Matrix points = m_words.topRows(40);
        for (Eigen::Index r = 1; r < 4; ++r)
            points.row(r) = points.row(0);
        points.row(4).setZero();
        points.row(5).setZero();
        auto graph = KnnGraph::build(points, 3, DistanceMetric::Cosine, 1, 1, {}, method);
        QVERIFY(graph.ok());
        // A point is never its own neighbour, even among identical copies of it.
        QCOMPARE(rowsOf(*graph, 0), (std::vector<std::uint32_t> { 1, 2, 3 }));
        QCOMPARE(rowsOf(*graph, 2), (std::vector<std::uint32_t> { 0, 1, 3 }));
        for (float d : graph->distances(2))
            QCOMPARE(d, 0.0f);
        // A zero vector has no direction: distance 1 to everything.
        for (float d : graph->distances(4))
            QVERIFY(std::abs(d - 1.0f) < 1e-6f);
        for (std::size_t point = 0; point < graph->size(); ++point)
            for (float d : graph->distances(point))
                QVERIFY(std::isfinite(d));
    }

    void invalidInput_data()
    {
        QTest::addColumn<int>("rows");
        QTest::addColumn<int>("k");
        QTest::addColumn<bool>("nan");
        QTest::addColumn<ErrorCode>("code");
        QTest::addColumn<QString>("detail");
        QTest::newRow("k-zero") << 10 << 0 << false << ErrorCode::InvalidArgument
                                << "k 0 must be in [1, 9] for 10 points";
        QTest::newRow("k-equals-n") << 10 << 10 << false << ErrorCode::InvalidArgument
                                    << "k 10 must be in [1, 9] for 10 points";
        QTest::newRow("one-point") << 1 << 1 << false << ErrorCode::InvalidArgument
                                   << "a neighbour graph needs at least 2 points, got 1";
        QTest::newRow("nan") << 10 << 3 << true << ErrorCode::NumericError
                             << "point 7 holds NaN or infinity";
    }

    void invalidInput()
    {
        QFETCH(int, rows);
        QFETCH(int, k);
        QFETCH(bool, nan);
        QFETCH(ErrorCode, code);
        QFETCH(QString, detail);
        Matrix points = m_words.topRows(rows);
        if (nan)
            points(7, 3) = std::nanf("");
        auto graph
            = KnnGraph::build(points, static_cast<std::size_t>(k), DistanceMetric::Cosine, 1, 1);
        QVERIFY(!graph.ok());
        QCOMPARE(graph.error().code, code);
        QCOMPARE(QString::fromStdString(graph.error().detail), detail);
    }

    void cancel_data()
    {
        QTest::addColumn<KnnMethod>("method");
        QTest::newRow("exact") << KnnMethod::Exact;
        QTest::newRow("hnswlib") << KnnMethod::Approximate;
    }

    void cancel()
    {
        QFETCH(KnnMethod, method);
        std::stop_source source;
        source.request_stop();
        auto graph = KnnGraph::build(m_words, 15, DistanceMetric::Cosine, 1, 2, source.get_token(),
                                     method);
        QVERIFY(!graph.ok());
        QCOMPARE(graph.error().code, ErrorCode::Cancelled);
    }
};

QTEST_APPLESS_MAIN(TestKnnGraph)
#include "tst_knngraph.moc"
