#include "core/project/tsneprojection.h"

#include <QtTest>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstring>
#include <limits>
#include <random>
#include <thread>
#include <vector>

using namespace ewb::core;

Q_DECLARE_METATYPE(ewb::core::ErrorCode)

namespace {

struct Blobs
{
    Matrix points;
    std::vector<int> labels;
};

// `clusters` Gaussian blobs of unit spread in `dim` dimensions whose centres are drawn with a
// spread of 10 per coordinate: centres lie about 10 sqrt(2 dim) apart, far beyond a blob's
// radius of about sqrt(dim), so the clusters are well separated.
Blobs makeBlobs(int clusters, int perCluster, int dim, unsigned seed)
{
    std::mt19937_64 random(seed);
    std::normal_distribution<float> normal(0.0f, 1.0f);
    Blobs blobs { Matrix(clusters * perCluster, dim), {} };
    for (int c = 0; c < clusters; ++c) {
        Eigen::RowVectorXf centre(dim);
        for (int d = 0; d < dim; ++d)
            centre(d) = 10.0f * normal(random);
        for (int p = 0; p < perCluster; ++p) {
            const int row = c * perCluster + p;
            for (int d = 0; d < dim; ++d)
                blobs.points(row, d) = centre(d) + normal(random);
            blobs.labels.push_back(c);
        }
    }
    return blobs;
}

// The k nearest rows of each row (brute force, self excluded), for any row-major matrix.
template<typename M> std::vector<std::vector<int>> nearest(const M &points, int k)
{
    const auto n = static_cast<int>(points.rows());
    std::vector<std::vector<int>> result(static_cast<std::size_t>(n));
    for (int i = 0; i < n; ++i) {
        std::vector<std::pair<double, int>> all;
        for (int j = 0; j < n; ++j) {
            if (j != i)
                all.emplace_back(
                    (points.row(i).template cast<double>() - points.row(j).template cast<double>())
                        .squaredNorm(),
                    j);
        }
        std::partial_sort(all.begin(), all.begin() + k, all.end());
        for (int m = 0; m < k; ++m)
            result[static_cast<std::size_t>(i)].push_back(all[static_cast<std::size_t>(m)].second);
    }
    return result;
}

bool identical(const Layout &a, const Layout &b)
{
    return a.rows() == b.rows()
        && std::memcmp(a.data(), b.data(), sizeof(double) * static_cast<std::size_t>(a.size()))
        == 0;
}

Layout runTo(const Matrix &points, TsneOptions options, std::size_t until, std::size_t chunk)
{
    auto projection = TsneProjection::create(points, options);
    if (!projection.ok())
        return {};
    while ((*projection)->iteration() < until) {
        if (!(*projection)->run(std::min(until, (*projection)->iteration() + chunk)).ok())
            return {};
    }
    return (*projection)->layout();
}

} // namespace

class TestTsneProjection : public QObject
{
    Q_OBJECT

private:
    Blobs m_blobs = makeBlobs(5, 80, 20, 7);

    TsneOptions smallOptions() const
    {
        TsneOptions options;
        options.perplexity = 15;
        options.maxIterations = 300; // crosses the end of early exaggeration at 250
        options.seed = 5;
        return options;
    }

private slots:
    // Well-separated blobs must come out as separate clusters: among each point's 10 nearest
    // neighbours in the layout, nearly all share its blob (a random layout gives about 20 %),
    // and a good share of its 10 nearest input neighbours are still among them (random: 10/399).
    void recoversClusters_data()
    {
        QTest::addColumn<int>("init");
        QTest::newRow("pca-init") << int(TsneInit::Pca);
        QTest::newRow("random-init") << int(TsneInit::Random);
    }

    void recoversClusters()
    {
        QFETCH(int, init);
        TsneOptions options;
        options.perplexity = 20;
        options.maxIterations = 600;
        options.threads = 2;
        options.init = TsneInit(init);
        auto projection = TsneProjection::create(m_blobs.points, options);
        QVERIFY(projection.ok());
        QVERIFY((*projection)->run(options.maxIterations).ok());
        const Layout &layout = (*projection)->layout();
        QVERIFY(layout.allFinite());

        const int k = 10;
        const auto inLayout = nearest(layout, k);
        const auto inInput = nearest(m_blobs.points, k);
        double sameBlob = 0.0;
        double preserved = 0.0;
        for (std::size_t i = 0; i < inLayout.size(); ++i) {
            for (const int j : inLayout[i]) {
                sameBlob
                    += m_blobs.labels[static_cast<std::size_t>(j)] == m_blobs.labels[i] ? 1 : 0;
                preserved += std::count(inInput[i].begin(), inInput[i].end(), j) > 0 ? 1 : 0;
            }
        }
        const double pairs = double(k) * double(inLayout.size());
        const double purity = sameBlob / pairs;
        const double preservation = preserved / pairs;
        qInfo("cluster purity %.3f, kNN preservation %.3f", purity, preservation);
        QVERIFY2(purity >= 0.99, qPrintable(QString::number(purity)));
        QVERIFY2(preservation >= 0.30, qPrintable(QString::number(preservation)));
    }

    void seededRunsAreBitIdentical()
    {
        const Layout first = runTo(m_blobs.points, smallOptions(), 300, 300);
        const Layout second = runTo(m_blobs.points, smallOptions(), 300, 300);
        QCOMPARE(first.rows(), m_blobs.points.rows());
        QVERIFY(identical(first, second));
        // And the seed matters (random init), so the comparison above can fail.
        TsneOptions other = smallOptions();
        other.init = TsneInit::Random;
        const Layout a = runTo(m_blobs.points, other, 50, 50);
        other.seed = 6;
        const Layout b = runTo(m_blobs.points, other, 50, 50);
        QVERIFY(!identical(a, b));
    }

    void chunkedEqualsFull_data()
    {
        QTest::addColumn<int>("chunk");
        QTest::newRow("chunks-of-1") << 1;
        QTest::newRow("chunks-of-7") << 7;
        QTest::newRow("chunks-of-250") << 250;
    }

    void chunkedEqualsFull()
    {
        QFETCH(int, chunk);
        const Layout full = runTo(m_blobs.points, smallOptions(), 300, 300);
        const Layout chunked = runTo(m_blobs.points, smallOptions(), 300, std::size_t(chunk));
        QVERIFY(identical(full, chunked));
    }

    void threadCountDoesNotMatter_data()
    {
        QTest::addColumn<int>("threads");
        QTest::newRow("two-threads") << 2;
        QTest::newRow("three-threads") << 3;
    }

    void threadCountDoesNotMatter()
    {
        QFETCH(int, threads);
        // Enough points for several gradient blocks and neighbour blocks.
        const Blobs blobs = makeBlobs(4, 300, 10, 3);
        TsneOptions options = smallOptions();
        options.maxIterations = 60;
        options.exaggerationIterations = 30;
        const Layout serial = runTo(blobs.points, options, 60, 60);
        options.threads = std::size_t(threads);
        const Layout parallel = runTo(blobs.points, options, 60, 60);
        QCOMPARE(serial.rows(), Eigen::Index(1200));
        QVERIFY(identical(serial, parallel));
    }

    void perplexityValidated_data()
    {
        QTest::addColumn<int>("points");
        QTest::addColumn<double>("perplexity");
        QTest::addColumn<QStringList>("mentions");
        QTest::newRow("too-large")
            << 50 << 30.0 << QStringList { "perplexity 30", "50 points", "16.3333" };
        QTest::newRow("at-limit") << 31 << 10.0 << QStringList { "perplexity 10", "31 points" };
        QTest::newRow("zero") << 50 << 0.0 << QStringList { "perplexity", "0" };
        QTest::newRow("negative") << 50 << -5.0 << QStringList { "perplexity", "-5" };
        QTest::newRow("nan") << 50 << std::numeric_limits<double>::quiet_NaN()
                             << QStringList { "perplexity" };
        QTest::newRow("three-points") << 3 << 0.1 << QStringList { "at least 4 points", "3" };
    }

    void perplexityValidated()
    {
        QFETCH(int, points);
        QFETCH(double, perplexity);
        QFETCH(QStringList, mentions);
        TsneOptions options;
        options.perplexity = perplexity;
        auto projection = TsneProjection::create(m_blobs.points.topRows(points), options);
        QVERIFY(!projection.ok());
        QCOMPARE(projection.error().code, ErrorCode::InvalidArgument);
        const QString detail = QString::fromStdString(projection.error().detail);
        for (const QString &mention : mentions)
            QVERIFY2(detail.contains(mention), qPrintable(detail));
    }

    void smallestValidPerplexityRuns()
    {
        // 3 x 9.9 < 31 - 1: valid, with 30 neighbours (all the other points).
        TsneOptions options;
        options.perplexity = 9.9;
        options.maxIterations = 20;
        auto projection = TsneProjection::create(m_blobs.points.topRows(31), options);
        QVERIFY(projection.ok());
        QVERIFY((*projection)->run(20).ok());
        QVERIFY((*projection)->layout().allFinite());
    }

    void badInput()
    {
        Matrix points = m_blobs.points.topRows(100);
        points(3, 4) = std::numeric_limits<float>::infinity();
        auto projection = TsneProjection::create(points, smallOptions());
        QVERIFY(!projection.ok());
        QCOMPARE(projection.error().code, ErrorCode::NumericError);
        TsneOptions options = smallOptions();
        options.theta = 1.5;
        QCOMPARE(TsneProjection::create(m_blobs.points, options).error().code,
                 ErrorCode::InvalidArgument);
        options = smallOptions();
        options.threads = 0;
        QCOMPARE(TsneProjection::create(m_blobs.points, options).error().code,
                 ErrorCode::InvalidArgument);
    }

    // Coincident points (duplicated vectors) share a quadtree leaf and must not produce NaN.
    void duplicatePoints()
    {
        Matrix points(40, 3);
        for (int i = 0; i < 40; ++i) {
            points(i, 0) = float(i % 4);
            points(i, 1) = i % 4 == 1 ? 1.0f : 0.0f;
            points(i, 2) = 0.0f;
        }
        TsneOptions options;
        options.perplexity = 5;
        options.maxIterations = 100;
        auto projection = TsneProjection::create(points, options);
        QVERIFY(projection.ok());
        QVERIFY((*projection)->run(100).ok());
        QVERIFY((*projection)->layout().allFinite());
    }

    void cancelBeforeAndResume()
    {
        std::stop_source stop;
        stop.request_stop();
        auto projection = TsneProjection::create(m_blobs.points, smallOptions());
        QVERIFY(projection.ok());
        auto result = (*projection)->run(300, stop.get_token());
        QVERIFY(!result.ok());
        QCOMPARE(result.error().code, ErrorCode::Cancelled);
        QCOMPARE((*projection)->iteration(), std::size_t(0));
        QVERIFY((*projection)->run(120).ok());
        result = (*projection)->run(300, stop.get_token());
        QCOMPARE(result.error().code, ErrorCode::Cancelled);
        QCOMPARE((*projection)->iteration(), std::size_t(120));
        // A cancelled call changes nothing: resuming gives the uninterrupted result.
        QVERIFY((*projection)->run(300).ok());
        QVERIFY(
            identical((*projection)->layout(), runTo(m_blobs.points, smallOptions(), 300, 300)));
    }

    // A stop request from another thread in the middle of a long run ends it promptly. The
    // helper waits a fixed 300 ms on purpose: the point is to interrupt work in progress.
    void cancelWhileRunning()
    {
        const Blobs blobs = makeBlobs(5, 1000, 20, 11);
        TsneOptions options;
        options.maxIterations = 1'000'000;
        auto projection = TsneProjection::create(blobs.points, options);
        QVERIFY(projection.ok());
        std::stop_source stop;
        std::chrono::steady_clock::time_point requested;
        std::jthread canceller([&] {
            std::this_thread::sleep_for(std::chrono::milliseconds(300));
            requested = std::chrono::steady_clock::now();
            stop.request_stop();
        });
        const auto result = (*projection)->run(options.maxIterations, stop.get_token());
        const auto returned = std::chrono::steady_clock::now();
        canceller.join();
        QVERIFY(!result.ok());
        QCOMPARE(result.error().code, ErrorCode::Cancelled);
        QVERIFY((*projection)->iteration() < options.maxIterations);
        const auto latency
            = std::chrono::duration_cast<std::chrono::milliseconds>(returned - requested);
        qInfo("cancelled after %lld ms at iteration %zu", static_cast<long long>(latency.count()),
              (*projection)->iteration());
        // Generous for a loaded machine; the design bound is one group of points (~0.1 ms).
        QVERIFY2(latency.count() < 1000, qPrintable(QString::number(latency.count())));
    }

    // A warm start from a finished layout of the same points keeps that picture: the points
    // move little (no exaggeration, no re-initialisation), the clusters stay, and a changed
    // input (what the next checkpoint brings) moves them only as much as it changed.
    void warmStartKeepsThePicture()
    {
        TsneOptions options = smallOptions();
        options.maxIterations = 600;
        const Layout finished = runTo(m_blobs.points, options, 600, 600);
        QCOMPARE(finished.rows(), m_blobs.points.rows());
        const double spread = std::sqrt(finished.squaredNorm() / double(finished.rows()));

        options.maxIterations = 100;
        Matrix moved = m_blobs.points;
        std::mt19937_64 random(3);
        std::normal_distribution<float> noise(0.0f, 0.05f);
        for (Eigen::Index i = 0; i < moved.size(); ++i)
            moved.data()[i] += noise(random);
        auto warm = TsneProjection::createFrom(moved, options, finished);
        QVERIFY(warm.ok());
        QCOMPARE((*warm)->options().exaggerationIterations, std::size_t(0));
        QVERIFY((*warm)->run(100).ok());
        const Layout after = (*warm)->layout();
        const double shift = std::sqrt((after - finished).squaredNorm() / double(after.rows()));
        qInfo("warm start: rms shift %.3f of a layout with rms radius %.3f", shift, spread);
        QVERIFY2(shift < 0.1 * spread, qPrintable(QString::number(shift / spread)));

        // The same 100 iterations from scratch are still in early exaggeration: a picture
        // far from the finished one.
        const Layout cold = runTo(moved, options, 100, 100);
        const double coldShift = std::sqrt((cold - finished).squaredNorm() / double(cold.rows()));
        QVERIFY2(coldShift > 0.5 * spread, qPrintable(QString::number(coldShift / spread)));

        // Clusters intact: the nearest layout neighbours of each point share its blob.
        const auto inLayout = nearest(after, 10);
        double same = 0.0;
        for (std::size_t i = 0; i < inLayout.size(); ++i) {
            for (const int j : inLayout[i])
                same += m_blobs.labels[static_cast<std::size_t>(j)] == m_blobs.labels[i] ? 1 : 0;
        }
        QVERIFY(same / (10.0 * double(inLayout.size())) >= 0.99);

        // Deterministic and chunkable like a cold run.
        auto again = TsneProjection::createFrom(moved, options, finished);
        QVERIFY(again.ok());
        for (std::size_t until = 7; (*again)->iteration() < 100; until += 7)
            QVERIFY((*again)->run(std::min<std::size_t>(until, 100)).ok());
        QVERIFY(identical((*again)->layout(), after));
    }

    void warmStartValidated()
    {
        const Layout tooShort = Layout::Zero(m_blobs.points.rows() - 1, 2);
        auto shortStart = TsneProjection::createFrom(m_blobs.points, smallOptions(), tooShort);
        QVERIFY(!shortStart.ok());
        QCOMPARE(shortStart.error().code, ErrorCode::InvalidArgument);
        QVERIFY(QString::fromStdString(shortStart.error().detail).contains("399 points"));
        Layout broken = Layout::Zero(m_blobs.points.rows(), 2);
        broken(5, 1) = std::numeric_limits<double>::quiet_NaN();
        auto nanStart = TsneProjection::createFrom(m_blobs.points, smallOptions(), broken);
        QVERIFY(!nanStart.ok());
        QVERIFY(QString::fromStdString(nanStart.error().detail).contains("NaN"));
        // The options are still checked.
        TsneOptions bad = smallOptions();
        bad.perplexity = 500;
        auto badOptions = TsneProjection::createFrom(m_blobs.points, bad,
                                                     Layout::Zero(m_blobs.points.rows(), 2));
        QVERIFY(!badOptions.ok());
        QVERIFY(QString::fromStdString(badOptions.error().detail).contains("perplexity"));
    }
};

QTEST_APPLESS_MAIN(TestTsneProjection)
#include "tst_tsneprojection.moc"
