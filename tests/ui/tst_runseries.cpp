#include "ui/chartexporter.h"
#include "ui/runseries.h"

#include <QtTest>

#include <cmath>
#include <limits>
#include <vector>

using namespace ewb::ui;

namespace {

RunSeries lossRun(const std::vector<double> &losses)
{
    RunSeries run(QStringLiteral("run"));
    for (std::size_t i = 0; i < losses.size(); ++i) {
        LossPoint p;
        p.epochs = 0.1 * static_cast<double>(i + 1);
        p.intervalLoss = losses[i];
        run.append(p);
    }
    return run;
}

} // namespace

class TestRunSeries : public QObject
{
    Q_OBJECT

private slots:
    void smoothing_data()
    {
        QTest::addColumn<std::vector<double>>("losses");
        QTest::addColumn<double>("weight");
        QTest::addColumn<std::vector<double>>("expected");
        const double nan = std::numeric_limits<double>::quiet_NaN();
        // Debiased EMA by hand: value_t = sum_k w^(t-k) x_k / sum_k w^(t-k).
        QTest::newRow("weight-zero-is-raw")
            << std::vector<double> { 4, 2, 3 } << 0.0 << std::vector<double> { 4, 2, 3 };
        QTest::newRow("half-weight")
            << std::vector<double> { 4, 2, 3 } << 0.5
            << std::vector<double> { 4, (2.0 + 2.0) / 1.5, (1.0 + 1.0 + 3.0) / 1.75 };
        QTest::newRow("first-value-is-unbiased")
            << std::vector<double> { 7 } << 0.9 << std::vector<double> { 7 };
        QTest::newRow("nan-repeats-previous") << std::vector<double> { 4, nan, 2 } << 0.5
                                              << std::vector<double> { 4, 4, (2.0 + 2.0) / 1.5 };
        QTest::newRow("leading-nan-stays-nan")
            << std::vector<double> { nan, 6 } << 0.5 << std::vector<double> { nan, 6 };
    }

    void smoothing()
    {
        QFETCH(std::vector<double>, losses);
        QFETCH(double, weight);
        QFETCH(std::vector<double>, expected);
        const std::vector<double> got = lossRun(losses).smoothedValues(weight);
        QCOMPARE(got.size(), expected.size());
        for (std::size_t i = 0; i < got.size(); ++i) {
            if (std::isnan(expected[i]))
                QVERIFY2(std::isnan(got[i]), qPrintable(QString::number(i)));
            else
                QVERIFY2(
                    std::abs(got[i] - expected[i]) < 1e-12,
                    qPrintable(QStringLiteral("%1: %2 != %3").arg(i).arg(got[i]).arg(expected[i])));
        }
    }

    void curves_data()
    {
        QTest::addColumn<int>("curve");
        QTest::addColumn<QList<QPointF>>("expected");
        QTest::newRow("raw-loss-skips-nan")
            << int(RunSeries::Curve::RawLoss)
            << QList<QPointF> { { 0.5, 3.0 }, { 1.5, 2.0 }, { 2.0, 1.5 } };
        QTest::newRow("epoch-loss-only-at-epoch-ends")
            << int(RunSeries::Curve::EpochLoss) << QList<QPointF> { { 1.0, 2.5 }, { 2.0, 1.75 } };
        QTest::newRow("learning-rate")
            << int(RunSeries::Curve::LearningRate)
            << QList<QPointF> { { 0.5, 0.02 }, { 1.0, 0.015 }, { 1.5, 0.01 }, { 2.0, 0.005 } };
        QTest::newRow("words-per-second")
            << int(RunSeries::Curve::WordsPerSecond)
            << QList<QPointF> { { 0.5, 0.1 }, { 1.0, 0.2 }, { 1.5, 0.3 }, { 2.0, 0.4 } };
    }

    void curves()
    {
        QFETCH(int, curve);
        QFETCH(QList<QPointF>, expected);
        RunSeries run(QStringLiteral("r"));
        const double nan = std::numeric_limits<double>::quiet_NaN();
        const double loss[] = { 3.0, nan, 2.0, 1.5 };
        for (int i = 0; i < 4; ++i) {
            LossPoint p;
            p.epochs = 0.5 * (i + 1);
            p.intervalLoss = loss[i];
            p.epochLoss = i < 2 ? 2.5 : 1.75;
            p.epochEnd = i == 1 || i == 3;
            p.learningRate = 0.02 - 0.005 * i;
            p.wordsPerSecond = 100.0 * (i + 1);
            run.append(p);
        }
        const QList<QPointF> got = run.curve(static_cast<RunSeries::Curve>(curve), 0.0);
        QCOMPARE(got.size(), expected.size());
        for (qsizetype i = 0; i < got.size(); ++i) {
            QCOMPARE(got[i].x(), expected[i].x());
            QVERIFY(qFuzzyCompare(got[i].y(), expected[i].y()));
        }
    }

    void fromProgress()
    {
        ewb::core::TrainingProgress progress;
        progress.epoch = 2;
        progress.epochs = 4;
        progress.fraction = 0.375;
        progress.intervalLoss = 2.25;
        progress.wordsDone = 1234;
        const LossPoint p = LossPoint::fromProgress(progress);
        QCOMPARE(p.epochs, 1.5);
        QCOMPARE(p.epoch, 2u);
        QCOMPARE(p.intervalLoss, 2.25);
        QCOMPARE(p.wordsDone, quint64(1234));
    }

    void csv()
    {
        RunSeries a(QStringLiteral("cbow, w=5 \"fast\""));
        LossPoint p;
        p.epochs = 0.5;
        p.epoch = 1;
        p.intervalLoss = 4;
        p.learningRate = 0.025;
        p.wordsPerSecond = 1000;
        p.wordsDone = 10;
        a.append(p);
        p.epochs = 1;
        p.intervalLoss = 2;
        p.epochLoss = 3;
        p.epochEnd = true;
        p.wordsDone = 20;
        a.append(p);
        RunSeries b(QStringLiteral("sg"));
        const QByteArray expected
            = "run,epoch_position,epoch,interval_loss,smoothed_loss,epoch_loss,learning_rate,"
              "words_per_second,words_done\n"
              "\"cbow, w=5 \"\"fast\"\"\",0.5,1,4,4,,0.025,1000,10\n"
              "\"cbow, w=5 \"\"fast\"\"\",1,1,2,2.6666666666666665,3,0.025,1000,20\n";
        QCOMPARE(ChartExporter::csv({ a, b }, 0.5), expected);
    }
};

QTEST_APPLESS_MAIN(TestRunSeries)
#include "tst_runseries.moc"
