#include "core/vocab/subsamplingtable.h"

#include <QtTest>

#include <random>
#include <vector>

using namespace ewb::core;

class TestSubsamplingTable : public QObject
{
    Q_OBJECT

private slots:
    void keepProbability_data()
    {
        QTest::addColumn<double>("sample");
        QTest::addColumn<QList<double>>("expected");

        // Counts 1000, 10, 1 (total 1011); keep = (sqrt(c/t) + 1) * t/c with t = sample * 1011.
        // sample 1e-3, t = 1.011:
        //   1000: (31.4502732 + 1) * 0.001011 = 0.03280723
        //   10:   (3.1450273 + 1) * 0.1011    = 0.4190623
        //   1:    (0.9945450 + 1) * 1.011     = 2.016485, capped at 1
        QTest::newRow("sample-1e-3") << 1e-3 << QList<double> { 0.03280723, 0.4190623, 1.0 };
        // sample 1e-5, t = 0.01011:
        //   1000: (314.5027319 + 1) * 1.011e-5 = 0.003189733
        //   10:   (31.4502732 + 1) * 0.001011  = 0.03280723
        //   1:    (9.9454496 + 1) * 0.01011    = 0.1106585
        QTest::newRow("sample-1e-5")
            << 1e-5 << QList<double> { 0.003189733, 0.03280723, 0.1106585 };
        QTest::newRow("sample-off") << 0.0 << QList<double> { 1.0, 1.0, 1.0 };
    }

    void keepProbability()
    {
        QFETCH(double, sample);
        QFETCH(QList<double>, expected);
        const std::vector<std::uint64_t> counts { 1000, 10, 1 };
        const SubsamplingTable table(counts, sample);
        double kept = 0;
        for (std::uint32_t id = 0; id < 3; ++id) {
            QVERIFY2(std::abs(table.keepProbability(id) - expected[id]) < 1e-6,
                     qPrintable(QString::number(table.keepProbability(id), 'g', 9)));
            kept += static_cast<double>(counts[id]) * expected[id];
        }
        QVERIFY(std::abs(table.expectedKeptTokens() - kept) < 1e-3);
    }

    void keepFrequency()
    {
        const std::vector<std::uint64_t> counts { 1000, 10, 1 };
        const SubsamplingTable table(counts, 1e-3);
        std::mt19937 rng(7);
        const int draws = 1'000'000;
        for (std::uint32_t id = 0; id < 3; ++id) {
            int kept = 0;
            for (int i = 0; i < draws; ++i)
                kept += table.keep(id, static_cast<std::uint32_t>(rng())) ? 1 : 0;
            const double p = table.keepProbability(id);
            const double sigma = std::sqrt(p * (1 - p) / draws);
            QVERIFY(std::abs(kept / double(draws) - p) <= 5 * sigma + 1e-9);
        }
    }
};

QTEST_APPLESS_MAIN(TestSubsamplingTable)
#include "tst_subsamplingtable.moc"
