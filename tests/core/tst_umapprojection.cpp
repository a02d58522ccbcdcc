#include "core/project/knngraph.h"
#include "core/project/umapprojection.h"

#include "textvectors.h"

#include <QtTest>

#include <cmath>
#include <numbers>
#include <random>
#include <stop_token>

using namespace ewb::core;

Q_DECLARE_METATYPE(ewb::core::UmapInit)
Q_DECLARE_METATYPE(ewb::core::ErrorCode)

namespace {

// Gaussian blobs: `clusters` centres 20 units apart on the axes of a 20-dimensional space,
// `perCluster` points each with unit standard deviation per coordinate (Box-Muller on a
// seeded mt19937, so the data is the same on every platform).
Matrix blobs(int clusters, int perCluster, std::vector<int> &labels)
{
    std::mt19937 engine(12345);
    auto uniform = [&engine] { return (static_cast<double>(engine()) + 0.5) / 4294967296.0; };
    Matrix points(clusters * perCluster, 20);
    labels.clear();
    for (int c = 0; c < clusters; ++c) {
        for (int i = 0; i < perCluster; ++i) {
            const Eigen::Index row = c * perCluster + i;
            for (Eigen::Index d = 0; d < 20; ++d) {
                const double gaussian = std::sqrt(-2.0 * std::log(uniform()))
                    * std::cos(2.0 * std::numbers::pi * uniform());
                points(row, d) = static_cast<float>(gaussian + (d == c ? 20.0 : 0.0));
            }
            labels.push_back(c);
        }
    }
    return points;
}

Matrix asMatrix(const Layout &layout)
{
    return layout.cast<float>();
}

// Mean fraction of each point's k nearest input neighbours that are also among its k nearest
// layout neighbours (both exact, Euclidean in the layout).
double neighbourPreservation(const Matrix &points, const Layout &layout, std::size_t k,
                             DistanceMetric metric)
{
    auto input = KnnGraph::build(points, k, metric, 1, 2, {}, KnnMethod::Exact);
    auto output = KnnGraph::build(asMatrix(layout), k, DistanceMetric::Euclidean, 1, 2, {},
                                  KnnMethod::Exact);
    if (!input || !output)
        return -1.0;
    return KnnGraph::recall(*output, *input);
}

std::unique_ptr<UmapProjection> runFully(const Matrix &points, const UmapOptions &options)
{
    auto umap = UmapProjection::create(points, options);
    if (!umap)
        return nullptr;
    if (!(*umap)->run((*umap)->totalIterations()))
        return nullptr;
    return std::move(*umap);
}

bool identical(const Layout &a, const Layout &b)
{
    return a.rows() == b.rows()
        && std::memcmp(a.data(), b.data(), static_cast<std::size_t>(a.size()) * sizeof(double))
        == 0;
}

} // namespace

class TestUmapProjection : public QObject
{
    Q_OBJECT

private:
    Matrix m_words;

private slots:
    void initTestCase()
    {
        const auto model
            = ewb::test::loadTextVectors(ewb::test::fixturePath("gensim-demo-en-d50.txt"));
        QVERIFY(model);
        m_words = model->vectors();
    }

    void defaults()
    {
        UmapOptions options;
        QCOMPARE(options.neighbors, std::size_t(15));
        QCOMPARE(options.resolvedEpochs(10000), std::size_t(500));
        QCOMPARE(options.resolvedEpochs(10001), std::size_t(200));
        options.epochs = 30;
        QCOMPARE(options.resolvedEpochs(10001), std::size_t(30));
        auto umap = UmapProjection::create(m_words.topRows(300), UmapOptions {});
        QVERIFY(umap.ok());
        QCOMPARE((*umap)->totalIterations(), std::size_t(500));
        QCOMPARE((*umap)->iteration(), std::size_t(0));
        QCOMPARE((*umap)->layout().rows(), Eigen::Index(300));
        // The initial layout fills [0, 10] on both axes, as umap-learn's does.
        QCOMPARE((*umap)->layout().col(0).minCoeff(), 0.0);
        QCOMPARE((*umap)->layout().col(1).maxCoeff(), 10.0);
        QVERIFY(std::abs((*umap)->curve().a - 1.577) < 1e-3);
    }

    void seededRunsAreBitIdentical_data()
    {
        QTest::addColumn<UmapInit>("init");
        QTest::addColumn<int>("otherThreads");
        QTest::newRow("spectral-same-threads") << UmapInit::Spectral << 1;
        QTest::newRow("spectral-two-threads") << UmapInit::Spectral << 2;
        QTest::newRow("pca-two-threads") << UmapInit::Pca << 2;
        QTest::newRow("random-two-threads") << UmapInit::Random << 2;
    }

    void seededRunsAreBitIdentical()
    {
        QFETCH(UmapInit, init);
        QFETCH(int, otherThreads);
        UmapOptions options;
        options.epochs = 30;
        options.init = init;
        options.seed = 99;
        const Matrix points = m_words.topRows(1200);
        auto first = runFully(points, options);
        options.threads = static_cast<std::size_t>(otherThreads);
        auto second = runFully(points, options);
        QVERIFY(first && second);
        QVERIFY(first->layout().allFinite());
        QVERIFY(identical(first->layout(), second->layout()));
        // A different seed gives a different layout (the test above could not fail otherwise).
        options.seed = 100;
        auto third = runFully(points, options);
        QVERIFY(third);
        QVERIFY(!identical(first->layout(), third->layout()));
    }

    void chunkedEqualsFull()
    {
        UmapOptions options;
        options.epochs = 50;
        options.threads = 2;
        const Matrix points = m_words.topRows(1500);
        auto full = runFully(points, options);
        QVERIFY(full);
        auto chunked = UmapProjection::create(points, options);
        QVERIFY(chunked.ok());
        // Uneven chunks, a repeated target (no-op) and a target beyond the end (capped).
        for (std::size_t until : { 1u, 7u, 7u, 20u, 49u, 50u, 80u }) {
            QVERIFY((*chunked)->run(until).ok());
            QCOMPARE((*chunked)->iteration(), std::min<std::size_t>(until, 50));
        }
        QVERIFY(identical(full->layout(), (*chunked)->layout()));
    }

    void recoversGaussianBlobs()
    {
        std::vector<int> labels;
        const Matrix points = blobs(5, 120, labels);
        UmapOptions options;
        options.metric = DistanceMetric::Euclidean;
        options.threads = 2;
        auto umap = runFully(points, options);
        QVERIFY(umap);
        const Layout &layout = umap->layout();
        QVERIFY(layout.allFinite());

        // Purity: the 10 nearest layout neighbours of a point belong to its own blob.
        auto graph = KnnGraph::build(asMatrix(layout), 10, DistanceMetric::Euclidean, 1, 1);
        QVERIFY(graph.ok());
        std::size_t same = 0;
        for (std::size_t i = 0; i < graph->size(); ++i)
            for (std::uint32_t j : graph->neighbours(i))
                same += labels[j] == labels[i] ? 1u : 0u;
        const double purity = static_cast<double>(same) / static_cast<double>(graph->size() * 10);
        // Separation: blob centres in the layout lie further apart than 3 blob radii.
        Layout centres = Layout::Zero(5, 2);
        for (std::size_t i = 0; i < labels.size(); ++i)
            centres.row(labels[i]) += layout.row(static_cast<Eigen::Index>(i)) / 120.0;
        double radius = 0.0;
        for (std::size_t i = 0; i < labels.size(); ++i)
            radius = std::max(
                radius, (layout.row(static_cast<Eigen::Index>(i)) - centres.row(labels[i])).norm());
        double gap = std::numeric_limits<double>::infinity();
        for (int a = 0; a < 5; ++a)
            for (int b = a + 1; b < 5; ++b)
                gap = std::min(gap, (centres.row(a) - centres.row(b)).norm());
        const double preservation
            = neighbourPreservation(points, layout, 10, DistanceMetric::Euclidean);
        qInfo("blobs: purity %.4f, largest radius %.3f, smallest centre gap %.3f, 10-NN "
              "preservation %.3f",
              purity, radius, gap, preservation);
        QCOMPARE(purity, 1.0);
        QVERIFY(gap > 2.0 * radius);
        // Within a blob the 20-d noise has little structure to keep; chance is 10/119 = 0.08.
        QVERIFY(preservation > 0.2);
    }

    void preservesWordNeighbourhoods()
    {
        UmapOptions options;
        options.threads = 2;
        options.epochs = 200;
        const Matrix points = m_words.topRows(3000);
        auto umap = runFully(points, options);
        QVERIFY(umap);
        const double preservation
            = neighbourPreservation(points, umap->layout(), 15, DistanceMetric::Cosine);
        qInfo("3,000 word vectors: 15-NN preservation %.3f", preservation);
        // Chance level is 15/2999 = 0.005; umap-learn 0.5.3 reaches about 0.2 on these words.
        QVERIFY(preservation > 0.15);
    }

    void invalidOptions_data()
    {
        QTest::addColumn<int>("rows");
        QTest::addColumn<int>("neighbors");
        QTest::addColumn<double>("minDist");
        QTest::addColumn<bool>("nan");
        QTest::addColumn<ErrorCode>("code");
        QTest::addColumn<QString>("detail");
        QTest::newRow("k-equals-n") << 10 << 10 << 0.1 << false << ErrorCode::InvalidArgument
                                    << "neighbors 10 must be less than the number of points (10)";
        QTest::newRow("k-above-n") << 10 << 30 << 0.1 << false << ErrorCode::InvalidArgument
                                   << "neighbors 30 must be less than the number of points (10)";
        QTest::newRow("k-one") << 10 << 1 << 0.1 << false << ErrorCode::InvalidArgument
                               << "neighbors 1 must be at least 2 (the point itself and one "
                                  "neighbour)";
        QTest::newRow("two-points") << 2 << 2 << 0.1 << false << ErrorCode::InvalidArgument
                                    << "UMAP needs at least 3 points, got 2";
        QTest::newRow("min-dist-above-spread")
            << 10 << 5 << 1.5 << false << ErrorCode::InvalidArgument
            << "min_dist 1.5 must be in [0, spread = 1]";
        QTest::newRow("nan") << 10 << 5 << 0.1 << true << ErrorCode::NumericError
                             << "point 7 holds NaN or infinity";
    }

    void invalidOptions()
    {
        QFETCH(int, rows);
        QFETCH(int, neighbors);
        QFETCH(double, minDist);
        QFETCH(bool, nan);
        QFETCH(ErrorCode, code);
        QFETCH(QString, detail);
        Matrix points = m_words.topRows(rows);
        if (nan)
            points(7, 0) = std::nanf("");
        UmapOptions options;
        options.neighbors = static_cast<std::size_t>(neighbors);
        options.minDist = minDist;
        auto umap = UmapProjection::create(points, options);
        QVERIFY(!umap.ok());
        QCOMPARE(umap.error().code, code);
        QCOMPARE(QString::fromStdString(umap.error().detail), detail);
    }

    void degenerateInputs_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::newRow("duplicates") << "duplicates";
        QTest::newRow("all-identical") << "all-identical";
        QTest::newRow("zero-vectors") << "zero-vectors";
        QTest::newRow("three-points") << "three-points";
    }

    void degenerateInputs()
    {
        QFETCH(QString, kind);
        Matrix points;
        UmapOptions options;
        options.epochs = 100;
        if (kind == "duplicates") {
            // 20 words, 10 copies each: a point's nearest layout neighbour should be a copy.
            points.resize(200, m_words.cols());
            for (Eigen::Index r = 0; r < 200; ++r)
                points.row(r) = m_words.row(r % 20);
        } else if (kind == "all-identical") {
            points = m_words.row(5).replicate(30, 1);
        } else if (kind == "zero-vectors") {
            points = m_words.topRows(100);
            for (Eigen::Index r = 0; r < 100; r += 9)
                points.row(r).setZero();
        } else {
            points = m_words.topRows(3);
            options.neighbors = 2;
        }
        auto umap = runFully(points, options);
        QVERIFY(umap);
        QVERIFY(umap->layout().allFinite());
        if (kind == "duplicates") {
            auto graph
                = KnnGraph::build(asMatrix(umap->layout()), 1, DistanceMetric::Euclidean, 1, 1);
            QVERIFY(graph.ok());
            std::size_t together = 0;
            for (std::size_t i = 0; i < 200; ++i)
                together += graph->neighbours(i)[0] % 20 == i % 20 ? 1u : 0u;
            // Chance would be 9 / 199; a few copies sit at the rim of their clump.
            QVERIFY2(together >= 170, qPrintable(QString::number(together)));
        }
    }

    void cancel()
    {
        const Matrix points = m_words.topRows(1000);
        UmapOptions options;
        options.epochs = 40;
        std::stop_source stopped;
        stopped.request_stop();
        auto refused = UmapProjection::create(points, options, stopped.get_token());
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().code, ErrorCode::Cancelled);

        auto umap = UmapProjection::create(points, options);
        QVERIFY(umap.ok());
        QVERIFY((*umap)->run(10).ok());
        const Layout before = (*umap)->layout();
        auto result = (*umap)->run(40, stopped.get_token());
        QVERIFY(!result.ok());
        QCOMPARE(result.error().code, ErrorCode::Cancelled);
        QCOMPARE((*umap)->iteration(), std::size_t(10));
        QVERIFY(identical(before, (*umap)->layout()));
        // Resuming after a cancel gives the layout of an uninterrupted run.
        QVERIFY((*umap)->run(40).ok());
        auto uninterrupted = runFully(points, options);
        QVERIFY(uninterrupted);
        QVERIFY(identical(uninterrupted->layout(), (*umap)->layout()));
    }
};

QTEST_APPLESS_MAIN(TestUmapProjection)
#include "tst_umapprojection.moc"
