#include "core/vocab/noisedistribution.h"

#include <QtTest>

#include <cmath>
#include <random>
#include <vector>

using namespace ewb::core;

class TestNoiseDistribution : public QObject
{
    Q_OBJECT

private slots:
    void probabilities()
    {
        // By hand: 16^0.75 = 8, 1^0.75 = 1, 81^0.75 = 27; total 36.
        const std::vector<std::uint64_t> counts { 81, 16, 1 };
        auto noise = NoiseDistribution::create(counts, 0.75);
        QVERIFY(noise.ok());
        QCOMPARE(noise->size(), std::size_t { 3 });
        QVERIFY(std::abs(noise->probability(0) - 27.0 / 36) < 1e-12);
        QVERIFY(std::abs(noise->probability(1) - 8.0 / 36) < 1e-12);
        QVERIFY(std::abs(noise->probability(2) - 1.0 / 36) < 1e-12);
    }

    void sampleFrequencies_data()
    {
        QTest::addColumn<QList<qulonglong>>("counts");
        QTest::addColumn<double>("exponent");

        const QList<qulonglong> small { 1000, 500, 200, 50, 5, 1, 1 };
        QTest::newRow("unigram-0.75") << small << 0.75;
        QTest::newRow("unigram") << small << 1.0;
        QTest::newRow("uniform") << small << 0.0;
        QTest::newRow("rare-favoured") << small << -0.5;
        QTest::newRow("two-words") << QList<qulonglong> { 3, 1 } << 0.75;
        QList<qulonglong> zipf;
        for (int rank = 1; rank <= 2000; ++rank)
            zipf << static_cast<qulonglong>(1'000'000 / rank);
        QTest::newRow("zipf-2000-words") << zipf << 0.75;
    }

    void sampleFrequencies()
    {
        QFETCH(QList<qulonglong>, counts);
        QFETCH(double, exponent);
        const std::vector<std::uint64_t> c(counts.begin(), counts.end());
        auto noise = NoiseDistribution::create(c, exponent);
        QVERIFY(noise.ok());

        // The reference: count^exponent normalised, computed here independently of the table.
        std::vector<double> expected(c.size());
        double total = 0;
        for (std::size_t i = 0; i < c.size(); ++i)
            total += expected[i] = std::pow(static_cast<double>(c[i]), exponent);
        for (double &e : expected)
            e /= total;

        const int draws = 1'000'000;
        std::vector<int> seen(c.size(), 0);
        std::mt19937_64 rng(42);
        for (int i = 0; i < draws; ++i)
            ++seen[noise->sample(rng())];

        // Pearson's chi-square over the words expected at least 5 times (the rest pooled).
        // For k categories the statistic has mean k-1 and sd sqrt(2(k-1)): 6 sd above the
        // mean fails a correct sampler about once in 10^8 runs.
        double chi2 = 0;
        double pooledExpected = 0;
        double pooledSeen = 0;
        int categories = 0;
        for (std::size_t i = 0; i < c.size(); ++i) {
            QVERIFY(std::abs(noise->probability(static_cast<std::uint32_t>(i)) - expected[i])
                    < 1e-12);
            const double e = expected[i] * draws;
            if (e < 5) {
                pooledExpected += e;
                pooledSeen += seen[i];
                continue;
            }
            chi2 += (seen[i] - e) * (seen[i] - e) / e;
            ++categories;
        }
        if (pooledExpected > 0) {
            chi2 += (pooledSeen - pooledExpected) * (pooledSeen - pooledExpected) / pooledExpected;
            ++categories;
        }
        const double dof = categories - 1;
        QVERIFY2(
            chi2 < dof + 6 * std::sqrt(2 * dof) + 1,
            qPrintable(QStringLiteral("chi2 %1 with %2 degrees of freedom").arg(chi2).arg(dof)));
    }

    void rejects_data()
    {
        QTest::addColumn<QList<qulonglong>>("counts");
        QTest::addColumn<double>("exponent");
        QTest::newRow("no-words") << QList<qulonglong> {} << 0.75;
        QTest::newRow("all-zero") << QList<qulonglong> { 0, 0 } << 0.75;
        QTest::newRow("nan-exponent") << QList<qulonglong> { 2, 1 } << std::nan("");
        QTest::newRow("infinite-exponent") << QList<qulonglong> { 2, 1 } << HUGE_VAL;
        QTest::newRow("overflowing-weights") << QList<qulonglong> { 1000, 10 } << 400.0;
    }

    void rejects()
    {
        QFETCH(QList<qulonglong>, counts);
        QFETCH(double, exponent);
        const std::vector<std::uint64_t> c(counts.begin(), counts.end());
        auto noise = NoiseDistribution::create(c, exponent);
        QVERIFY(!noise.ok());
        QCOMPARE(noise.error().code, ErrorCode::InvalidArgument);
    }
};

QTEST_APPLESS_MAIN(TestNoiseDistribution)
#include "tst_noisedistribution.moc"
