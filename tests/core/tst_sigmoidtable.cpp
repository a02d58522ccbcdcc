#include "core/train/sigmoidtable.h"

#include <QtTest>

#include <cmath>
#include <limits>

using namespace ewb::core;

class TestSigmoidTable : public QObject
{
    Q_OBJECT

private slots:
    void accuracy_data()
    {
        QTest::addColumn<double>("from");
        QTest::addColumn<double>("to");
        QTest::newRow("centre") << -4.0 << 4.0;
        QTest::newRow("table-range") << -16.0 << 16.0;
        QTest::newRow("beyond-range") << -60.0 << 60.0;
    }

    void accuracy()
    {
        QFETCH(double, from);
        QFETCH(double, to);
        const SigmoidTable table;
        double worstSigmoid = 0;
        double worstLog = 0;
        const int steps = 200'000;
        for (int i = 0; i <= steps; ++i) {
            const auto x = static_cast<float>(from + (to - from) * i / steps);
            const double xd = static_cast<double>(x);
            // Reference in double, written independently of the table code.
            const double s = 1.0 / (1.0 + std::exp(-xd));
            const double logS = -std::log1p(std::exp(-xd));
            const SigmoidTable::Value v = table(x);
            worstSigmoid = std::max(worstSigmoid, std::abs(static_cast<double>(v.sigmoid) - s));
            worstLog = std::max(worstLog, std::abs(static_cast<double>(v.logSigmoid) - logS));
        }
        QVERIFY2(worstSigmoid < SigmoidTable::ErrorBound,
                 qPrintable(QString::number(worstSigmoid)));
        QVERIFY2(worstLog < SigmoidTable::ErrorBound, qPrintable(QString::number(worstLog)));
    }

    void neverSaturates()
    {
        // log s(x) keeps following x far out: the loss of a badly wrong pair stays informative.
        const SigmoidTable table;
        QCOMPARE(table(-1000.0f).logSigmoid, -1000.0f);
        QCOMPARE(table(-30.0f).logSigmoid, -30.0f);
        QCOMPARE(table(30.0f).sigmoid, 1.0f);
        QVERIFY(std::isnan(table(std::numeric_limits<float>::quiet_NaN()).logSigmoid));
        // Just below the upper end of the table.
        const float below = std::nextafter(16.0f, 0.0f);
        QVERIFY(std::abs(static_cast<double>(table(below).sigmoid) - 1.0) < 1e-6);
    }
};

QTEST_APPLESS_MAIN(TestSigmoidTable)
#include "tst_sigmoidtable.moc"
