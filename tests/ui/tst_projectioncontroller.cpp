#include "ui/projectioncontroller.h"

#include "firsttwoprojection.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QtTest>

#include <cmath>
#include <random>

using namespace ewb;
using namespace ewb::ui;
using namespace std::chrono_literals;

namespace {

core::Matrix randomPoints(Eigen::Index rows, Eigen::Index cols, unsigned seed)
{
    std::mt19937 random(seed);
    std::normal_distribution<float> gauss(0.0f, 1.0f);
    core::Matrix points(rows, cols);
    for (Eigen::Index r = 0; r < rows; ++r) {
        for (Eigen::Index c = 0; c < cols; ++c)
            points(r, c) = gauss(random);
    }
    return points;
}

// `points` turned by `degrees` in the plane of the first two coordinates, scaled, shifted and
// jittered: what a later checkpoint of a model looks like to a projection whose orientation
// is arbitrary.
core::Matrix turned(const core::Matrix &points, double degrees, float scale, float shift,
                    float noise, unsigned seed)
{
    const double angle = degrees * M_PI / 180.0;
    const float c = float(std::cos(angle));
    const float s = float(std::sin(angle));
    core::Matrix out = points;
    std::mt19937 random(seed);
    std::normal_distribution<float> gauss(0.0f, noise);
    for (Eigen::Index r = 0; r < points.rows(); ++r) {
        const float x = points(r, 0);
        const float y = points(r, 1);
        out(r, 0) = scale * (c * x - s * y) + shift + gauss(random);
        out(r, 1) = scale * (s * x + c * y) - shift + gauss(random);
    }
    return out;
}

// Sum of squared distances between matching points, computed here rather than by the code
// under test.
double residual(const QList<QPointF> &a, const QList<QPointF> &b)
{
    double sum = 0;
    for (qsizetype i = 0; i < a.size(); ++i) {
        const QPointF d = a[i] - b[i];
        sum += d.x() * d.x() + d.y() * d.y();
    }
    return sum;
}

QList<QPointF> firstTwo(const core::Matrix &points)
{
    QList<QPointF> list;
    for (Eigen::Index r = 0; r < points.rows(); ++r)
        list.append(QPointF(double(points(r, 0)), double(points(r, 1))));
    return list;
}

ProjectionFrame frameAt(const QSignalSpy &spy, qsizetype i)
{
    return spy.at(i).at(0).value<ProjectionFrame>();
}

} // namespace

class TestProjectionController : public QObject
{
    Q_OBJECT

private slots:
    void animatedRunSendsAtMostThirtyFramesASecond()
    {
        ProjectionController controller;
        QSignalSpy frames(&controller, &ProjectionController::frameReady);
        QSignalSpy finished(&controller, &ProjectionController::finished);
        const core::Matrix points = randomPoints(500, 4, 1);
        QElapsedTimer clock;
        clock.start();
        // 400 iterations of 1 ms, in chunks of 10: about 0.4 s of work.
        const quint64 generation
            = controller.project(points, test::FirstTwoProjection::factory(400, 1ms));
        QVERIFY(finished.wait(20000));
        const qint64 elapsed = clock.elapsed();
        QCOMPARE(finished.at(0).at(0).toULongLong(), generation);
        QVERIFY2(frames.count() >= 3, qPrintable(QString::number(frames.count())));
        // Intermediate frames at least 33 ms apart, plus the final one.
        QVERIFY2(frames.count() <= elapsed / 33 + 2,
                 qPrintable(QStringLiteral("%1 frames in %2 ms").arg(frames.count()).arg(elapsed)));
        std::size_t lastIteration = 0;
        for (qsizetype i = 0; i + 1 < frames.count(); ++i) {
            const ProjectionFrame frame = frameAt(frames, i);
            QVERIFY(!frame.complete);
            QVERIFY(frame.iteration > lastIteration);
            QCOMPARE(frame.iteration % 10, std::size_t(0));
            lastIteration = frame.iteration;
        }
        const ProjectionFrame last = frameAt(frames, frames.count() - 1);
        QVERIFY(last.complete);
        QCOMPARE(last.iteration, std::size_t(400));
        QCOMPARE(last.points, firstTwo(points));
        QVERIFY(!controller.isBusy());
    }

    void cancelStopsWithin200Milliseconds()
    {
        ProjectionController controller;
        QSignalSpy frames(&controller, &ProjectionController::frameReady);
        QSignalSpy finished(&controller, &ProjectionController::finished);
        QSignalSpy failed(&controller, &ProjectionController::failed);
        // 100,000 iterations of 1 ms: far longer than the test.
        controller.project(randomPoints(300, 3, 2), test::FirstTwoProjection::factory(100000, 1ms));
        QVERIFY(frames.wait(5000));
        QElapsedTimer clock;
        clock.start();
        controller.cancel();
        QTRY_VERIFY_WITH_TIMEOUT(!controller.isBusy(), 2000);
        QVERIFY2(clock.elapsed() < 200, qPrintable(QString::number(clock.elapsed())));
        const qsizetype seen = frames.count();
        QCoreApplication::processEvents();
        QCOMPARE(frames.count(), seen);
        QCOMPARE(finished.count(), 0);
        QCOMPARE(failed.count(), 0);
    }

    void restartDropsStaleFrames()
    {
        ProjectionController controller;
        QSignalSpy frames(&controller, &ProjectionController::frameReady);
        QSignalSpy finished(&controller, &ProjectionController::finished);
        controller.project(randomPoints(300, 3, 3), test::FirstTwoProjection::factory(5000, 1ms));
        QVERIFY(frames.wait(5000));
        const core::Matrix second = randomPoints(200, 3, 4);
        frames.clear();
        const quint64 generation
            = controller.project(second, test::FirstTwoProjection::factory(20, 1ms));
        QVERIFY(finished.wait(5000));
        QCOMPARE(finished.count(), 1);
        QCOMPARE(finished.at(0).at(0).toULongLong(), generation);
        QVERIFY(!frames.isEmpty());
        for (const QList<QVariant> &signal : std::as_const(frames))
            QCOMPARE(signal.at(0).value<ProjectionFrame>().generation, generation);
        QCOMPARE(frameAt(frames, frames.count() - 1).points, firstTwo(second));
    }

    void liveSnapshotsStayAligned()
    {
        ProjectionController controller;
        QSignalSpy frames(&controller, &ProjectionController::frameReady);
        const core::Matrix first = randomPoints(400, 5, 5);
        const auto continued = std::make_shared<std::vector<int>>();
        controller.project(first, test::FirstTwoProjection::factory(1, {}, continued));
        QTRY_COMPARE(frames.count(), 1);
        const QList<QPointF> previous = frameAt(frames, 0).points;
        QCOMPARE(previous, firstTwo(first));

        // The next checkpoint: the same cloud turned by 120 degrees, twice as large, shifted
        // and slightly moved. Unaligned, it lands far from the frame on screen.
        const core::Matrix later = turned(first, 120.0, 2.0f, 5.0f, 0.05f, 6);
        controller.projectSnapshot(later, test::FirstTwoProjection::factory(1, {}, continued));
        QTRY_COMPARE(frames.count(), 2);
        const ProjectionFrame live = frameAt(frames, 1);
        QVERIFY(live.complete);
        // A fresh run starts from nothing; the live frame was offered the one on screen.
        QCOMPARE(*continued, std::vector<int>({ 0, 1 }));
        const double aligned = residual(live.points, previous);
        const double unaligned = residual(firstTwo(later), previous);
        QVERIFY2(
            aligned < unaligned / 100,
            qPrintable(QStringLiteral("aligned %1, unaligned %2").arg(aligned).arg(unaligned)));
        // Noise of 0.05 per coordinate, halved by the scale: about 400 * 2 * 0.025^2 = 0.5.
        QVERIFY2(aligned < 2.0, qPrintable(QString::number(aligned)));
    }

    void snapshotsFasterThanProjectionsKeepTheLatest()
    {
        ProjectionController controller;
        QSignalSpy frames(&controller, &ProjectionController::frameReady);
        QSignalSpy finished(&controller, &ProjectionController::finished);
        const core::Matrix base = randomPoints(200, 3, 7);
        controller.project(base, test::FirstTwoProjection::factory());
        QTRY_COMPARE(finished.count(), 1);
        const QList<QPointF> start = frameAt(frames, 0).points;
        frames.clear();
        quint64 last = 0;
        // Ten checkpoints in a burst; each takes 50 ms to project.
        for (int i = 1; i <= 10; ++i)
            last = controller.projectSnapshot(turned(base, 10.0 * i, 1.0f, 0.0f, 0.0f, 8),
                                              test::FirstTwoProjection::factory(5, 10ms));
        QTRY_VERIFY_WITH_TIMEOUT(finished.constLast().at(0).toULongLong() == last, 10000);
        // The one already running (if any) finishes, the middle ones are replaced by newer
        // ones, the last is projected.
        QVERIFY2(frames.count() >= 1 && frames.count() <= 2,
                 qPrintable(QString::number(frames.count())));
        const ProjectionFrame latest = frameAt(frames, frames.count() - 1);
        QCOMPARE(latest.generation, last);
        // A pure rotation is undone exactly (up to float rounding of the input).
        QVERIFY2(residual(latest.points, start) < 1e-6,
                 qPrintable(QString::number(residual(latest.points, start))));
    }

    void sequenceFramesAreAlignedInOrder()
    {
        ProjectionController controller;
        QSignalSpy frames(&controller, &ProjectionController::frameReady);
        QSignalSpy finished(&controller, &ProjectionController::finished);
        const core::Matrix base = randomPoints(300, 4, 9);
        std::vector<core::Matrix> inputs { base, turned(base, 90.0, 1.5f, 2.0f, 0.02f, 10),
                                           turned(base, 200.0, 0.5f, -3.0f, 0.02f, 11) };
        const quint64 generation
            = controller.projectSequence(inputs, test::FirstTwoProjection::factory());
        QVERIFY(finished.wait(5000));
        QCOMPARE(frames.count(), 3);
        for (int i = 0; i < 3; ++i) {
            const ProjectionFrame frame = frameAt(frames, i);
            QCOMPARE(frame.generation, generation);
            QCOMPARE(frame.sequenceIndex, i);
            QVERIFY(frame.complete);
            if (i > 0) {
                const QList<QPointF> before = frameAt(frames, i - 1).points;
                QVERIFY(residual(frame.points, before)
                        < residual(firstTwo(inputs[std::size_t(i)]), before) / 100);
            }
        }
    }

    void failureIsReported()
    {
        ProjectionController controller;
        QSignalSpy failed(&controller, &ProjectionController::failed);
        QSignalSpy frames(&controller, &ProjectionController::frameReady);
        const quint64 generation
            = controller.project(randomPoints(10, 1, 12), test::FirstTwoProjection::factory());
        QVERIFY(failed.wait(5000));
        QCOMPARE(failed.at(0).at(0).toULongLong(), generation);
        QVERIFY2(failed.at(0).at(1).toString().contains(QLatin1String("need two columns")),
                 qPrintable(failed.at(0).at(1).toString()));
        QCOMPARE(frames.count(), 0);
    }
};

QTEST_GUILESS_MAIN(TestProjectionController)
#include "tst_projectioncontroller.moc"
