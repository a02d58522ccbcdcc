#include "ui/chartpane.h"
#include "ui/losschartview.h"

#include <QChart>
#include <QChartView>
#include <QFile>
#include <QImage>
#include <QLineSeries>
#include <QTemporaryDir>
#include <QtTest>

using namespace ewb::ui;
using Curve = RunSeries::Curve;

namespace {

LossPoint point(int i, int perEpoch)
{
    LossPoint p;
    p.epochs = static_cast<double>(i + 1) / perEpoch;
    p.epoch = static_cast<std::uint32_t>(i / perEpoch + 1);
    p.intervalLoss = 4.0 / (1.0 + 0.1 * i);
    p.epochLoss = p.intervalLoss + 0.1;
    p.epochEnd = (i + 1) % perEpoch == 0;
    p.learningRate = 0.025 * (1.0 - p.epochs / 4.0);
    p.wordsPerSecond = 1e5;
    p.wordsDone = static_cast<std::uint64_t>(1000 * (i + 1));
    return p;
}

} // namespace

class TestChartPane : public QObject
{
    Q_OBJECT

private slots:
    void pointsAreDrawnInBatches()
    {
        ChartPane pane;
        pane.resize(900, 600);
        pane.show();
        const int id = pane.addRun(QStringLiteral("skip-gram"));
        for (int i = 0; i < 40; ++i)
            pane.appendPoint(id, point(i, 10));
        // Nothing is drawn synchronously: the points wait for the next refresh tick.
        QCOMPARE(pane.drawnPointCount(id, Curve::RawLoss), 0);
        QTRY_COMPARE(pane.drawnPointCount(id, Curve::RawLoss), 40);
        QCOMPARE(pane.drawnPointCount(id, Curve::SmoothedLoss), 40);
        QCOMPARE(pane.drawnPointCount(id, Curve::EpochLoss), 4);
        QCOMPARE(pane.drawnPointCount(id, Curve::LearningRate), 40);
        QCOMPARE(pane.drawnPointCount(id, Curve::WordsPerSecond), 40);
    }

    void refreshRateIsBounded()
    {
        ChartPane pane;
        pane.show();
        const int id = pane.addRun(QStringLiteral("run"));
        pane.refresh();
        auto *view = pane.findChildren<LossChartView *>().constFirst();
        QLineSeries *raw = nullptr;
        for (QAbstractSeries *s : view->chart()->series()) {
            if (!raw)
                raw = qobject_cast<QLineSeries *>(s);
        }
        QVERIFY(raw);
        QSignalSpy replaced(raw, &QXYSeries::pointsReplaced);
        QElapsedTimer clock;
        clock.start();
        int i = 0;
        // Feed ten points a millisecond, far faster than 10 Hz, for 350 ms, letting the event
        // loop run in between.
        while (clock.elapsed() < 350) {
            if (i < clock.elapsed() * 10)
                pane.appendPoint(id, point(i++, 1000));
            QCoreApplication::processEvents();
        }
        QTRY_COMPARE(pane.drawnPointCount(id, Curve::RawLoss), i);
        QVERIFY2(replaced.count() <= int(clock.elapsed() / 100) + 1,
                 qPrintable(QString::number(replaced.count())));
        QVERIFY2(replaced.count() >= 2,
                 qPrintable(QStringLiteral("%1 replaced, %2 points, %3 ms")
                                .arg(replaced.count())
                                .arg(i)
                                .arg(clock.elapsed())));
    }

    void runsOverlayAndRemove()
    {
        ChartPane pane;
        const int a = pane.addRun(QStringLiteral("a"));
        RunSeries finished(QStringLiteral("b"));
        for (int i = 0; i < 5; ++i)
            finished.append(point(i, 5));
        const int b = pane.addRun(finished);
        pane.refresh();
        QCOMPARE(pane.runIds(), (QList<int> { a, b }));
        QCOMPARE(pane.drawnPointCount(b, Curve::RawLoss), 5);
        QCOMPARE(pane.drawnPointCount(a, Curve::RawLoss), 0);
        auto *loss = pane.findChildren<LossChartView *>().constFirst();
        QCOMPARE(loss->chart()->series().size(), 4);
        pane.removeRun(a);
        QCOMPARE(pane.runIds(), QList<int> { b });
        QCOMPARE(loss->chart()->series().size(), 2);
        pane.clearRuns();
        QVERIFY(pane.runIds().isEmpty());
        QVERIFY(loss->chart()->series().isEmpty());
    }

    void hoverReadout()
    {
        ChartPane pane;
        pane.resize(900, 600);
        pane.show();
        QVERIFY(QTest::qWaitForWindowExposed(&pane));
        RunSeries run(QStringLiteral("demo run"));
        for (int i = 0; i < 10; ++i)
            run.append(point(i, 10));
        const int id = pane.addRun(run);
        pane.setSmoothing(0);
        pane.refresh();
        QCOMPARE(pane.drawnPointCount(id, Curve::RawLoss), 10);
        auto *view = pane.findChildren<LossChartView *>().constFirst();
        QAbstractSeries *series = view->chart()->series().constFirst();
        const QPointF target(0.5, run.points()[4].intervalLoss);
        const QPointF scenePos = view->chart()->mapToPosition(target, series);
        const QPoint viewPos = view->mapFromScene(view->chart()->mapToScene(scenePos));
        const QString text = view->readoutAt(viewPos);
        QVERIFY2(text.contains(QStringLiteral("demo run")), qPrintable(text));
        QVERIFY2(text.contains(QLocale().toString(0.5, 'f', 2)), qPrintable(text));
        QVERIFY(view->readoutAt(QPoint(1, 1)).isEmpty());
    }

    void exports_data()
    {
        QTest::addColumn<QString>("suffix");
        QTest::newRow("png") << QStringLiteral("png");
        QTest::newRow("svg") << QStringLiteral("svg");
        QTest::newRow("csv") << QStringLiteral("csv");
    }

    void exports()
    {
        QFETCH(QString, suffix);
        ChartPane pane;
        pane.resize(800, 500);
        pane.show();
        const int id = pane.addRun(QStringLiteral("run"));
        for (int i = 0; i < 20; ++i)
            pane.appendPoint(id, point(i, 10));
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("out.") + suffix);
        QString error;
        bool ok = false;
        if (suffix == QLatin1String("png"))
            ok = pane.exportPng(path, &error);
        else if (suffix == QLatin1String("svg"))
            ok = pane.exportSvg(path, &error);
        else
            ok = pane.exportCsv(path, &error);
        QVERIFY2(ok, qPrintable(error));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        if (suffix == QLatin1String("png")) {
            QImage image;
            QVERIFY(image.loadFromData(bytes, "PNG"));
            QCOMPARE(image.size() / image.devicePixelRatio(), pane.chartsWidget()->size());
        } else if (suffix == QLatin1String("svg")) {
            QVERIFY(bytes.contains("<svg"));
            QVERIFY(bytes.contains("<polyline") || bytes.contains("<path"));
        } else {
            QCOMPARE(bytes.count('\n'), 21);
            QVERIFY(bytes.startsWith("run,epoch_position,"));
        }
        // A folder that does not exist: an error naming the path, no crash, no file.
        const QString bad = dir.filePath(QStringLiteral("missing/out.") + suffix);
        error.clear();
        const bool badOk = suffix == QLatin1String("png") ? pane.exportPng(bad, &error)
            : suffix == QLatin1String("svg")              ? pane.exportSvg(bad, &error)
                                                          : pane.exportCsv(bad, &error);
        QVERIFY(!badOk);
        QVERIFY2(error.contains(bad), qPrintable(error));
    }

    void themeFollowsPalette()
    {
        ChartPane pane;
        auto *view = pane.findChildren<LossChartView *>().constFirst();
        QPalette dark = pane.palette();
        dark.setColor(QPalette::Window, QColor(30, 30, 30));
        pane.setPalette(dark);
        QVERIFY(pane.isDark());
        QCOMPARE(view->chart()->theme(), QChart::ChartThemeDark);
        QPalette light = pane.palette();
        light.setColor(QPalette::Window, QColor(240, 240, 240));
        pane.setPalette(light);
        QVERIFY(!pane.isDark());
        QCOMPARE(view->chart()->theme(), QChart::ChartThemeLight);
    }
};

QTEST_MAIN(TestChartPane)
#include "tst_chartpane.moc"
