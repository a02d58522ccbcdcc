#include "core/train/trainingoptions.h"

#include <QtTest>

#include <cmath>
#include <functional>
#include <limits>

using namespace ewb::core;

using Change = std::function<void(TrainingOptions &)>;
Q_DECLARE_METATYPE(Change)

class TestTrainingOptions : public QObject
{
    Q_OBJECT

private slots:
    void defaults()
    {
        const TrainingOptions sg;
        QCOMPARE(sg.dim, std::size_t { 100 });
        QCOMPARE(sg.window, std::size_t { 5 });
        QCOMPARE(sg.negative, std::size_t { 5 });
        QCOMPARE(sg.sample, 1e-3);
        QCOMPARE(sg.minCount, std::uint64_t { 5 });
        QCOMPARE(sg.alpha, 0.025);
        QCOMPARE(sg.minAlpha, 0.0001);
        QCOMPARE(sg.epochs, std::size_t { 5 });
        QCOMPARE(sg.nsExponent, 0.75);
        QVERIFY(sg.validate().ok());
        const TrainingOptions cbow = TrainingOptions::defaults(TrainingOptions::Architecture::Cbow);
        QCOMPARE(cbow.alpha, 0.05);
        QVERIFY(cbow.validate().ok());
    }

    void rejects_data()
    {
        QTest::addColumn<Change>("change");
        QTest::addColumn<QString>("detail");
        const double nan = std::numeric_limits<double>::quiet_NaN();
        const double inf = std::numeric_limits<double>::infinity();

        QTest::newRow("window-zero") << Change([](TrainingOptions &o) { o.window = 0; })
                                     << "window must be between 1 and 1000, got 0";
        QTest::newRow("negative-zero")
            << Change([](TrainingOptions &o) { o.negative = 0; })
            << "negative=0 leaves no training objective (hierarchical softmax is not "
               "supported): negative must be between 1 and 1000";
        QTest::newRow("negative-huge") << Change([](TrainingOptions &o) { o.negative = 5000; })
                                       << "negative must be between 1 and 1000, got 5000";
        QTest::newRow("dim-zero") << Change([](TrainingOptions &o) { o.dim = 0; })
                                  << "dim must be between 1 and 4096, got 0";
        QTest::newRow("dim-million") << Change([](TrainingOptions &o) { o.dim = 1000000; })
                                     << "dim must be between 1 and 4096, got 1000000";
        QTest::newRow("alpha-nan") << Change([nan](TrainingOptions &o) { o.alpha = nan; })
                                   << "alpha must be a finite number > 0, got nan";
        QTest::newRow("alpha-infinite") << Change([inf](TrainingOptions &o) { o.alpha = inf; })
                                        << "alpha must be a finite number > 0, got inf";
        QTest::newRow("alpha-zero") << Change([](TrainingOptions &o) { o.alpha = 0; })
                                    << "alpha must be a finite number > 0, got 0";
        QTest::newRow("alpha-negative") << Change([](TrainingOptions &o) { o.alpha = -0.5; })
                                        << "alpha must be a finite number > 0, got -0.5";
        QTest::newRow("min-alpha-above-alpha")
            << Change([](TrainingOptions &o) { o.minAlpha = 0.1; })
            << "min_alpha must be a finite number between 0 and alpha=0.025, got 0.1";
        QTest::newRow("min-alpha-nan") << Change([nan](TrainingOptions &o) { o.minAlpha = nan; })
                                       << "min_alpha must be a finite number between 0 and "
                                          "alpha=0.025, got nan";
        QTest::newRow("epochs-zero") << Change([](TrainingOptions &o) { o.epochs = 0; })
                                     << "epochs must be between 1 and 10000, got 0";
        QTest::newRow("epochs-billion") << Change([](TrainingOptions &o) { o.epochs = 1000000000; })
                                        << "epochs must be between 1 and 10000, got 1000000000";
        QTest::newRow("sample-one") << Change([](TrainingOptions &o) { o.sample = 1; })
                                    << "sample must be in [0, 1), got 1";
        QTest::newRow("sample-negative") << Change([](TrainingOptions &o) { o.sample = -1e-3; })
                                         << "sample must be in [0, 1), got -0.001";
        QTest::newRow("sample-nan") << Change([nan](TrainingOptions &o) { o.sample = nan; })
                                    << "sample must be in [0, 1), got nan";
        QTest::newRow("threads-zero") << Change([](TrainingOptions &o) { o.threads = 0; })
                                      << "threads must be between 1 and 256, got 0";
        QTest::newRow("threads-too-many") << Change([](TrainingOptions &o) { o.threads = 1000; })
                                          << "threads must be between 1 and 256, got 1000";
        QTest::newRow("ns-exponent-infinite")
            << Change([inf](TrainingOptions &o) { o.nsExponent = inf; })
            << "ns_exponent must be a finite number, got inf";
        QTest::newRow("weight-decay-negative")
            << Change([](TrainingOptions &o) { o.weightDecay = -1; })
            << "weight decay must be a finite number >= 0, got -1";
        QTest::newRow("weight-decay-flips-sign")
            << Change([](TrainingOptions &o) { o.weightDecay = 40; })
            << "alpha * weight decay must be below 1 (else every step flips the vectors' "
               "sign), got 0.025 * 40";
        QTest::newRow("checkpoint-percent")
            << Change([](TrainingOptions &o) { o.checkpointPercent = 101; })
            << "checkpoint percent must be between 0 and 100, got 101";
    }

    void rejects()
    {
        QFETCH(Change, change);
        QFETCH(QString, detail);
        TrainingOptions options;
        change(options);
        const Result<void> valid = options.validate();
        QVERIFY(!valid.ok());
        QCOMPARE(valid.error().code, ErrorCode::InvalidArgument);
        QCOMPARE(QString::fromStdString(valid.error().detail), detail);
    }

    void accepts_data()
    {
        QTest::addColumn<Change>("change");
        QTest::newRow("window-one") << Change([](TrainingOptions &o) { o.window = 1; });
        QTest::newRow("dim-4096") << Change([](TrainingOptions &o) { o.dim = 4096; });
        QTest::newRow("sample-zero") << Change([](TrainingOptions &o) { o.sample = 0; });
        QTest::newRow("min-alpha-equals-alpha")
            << Change([](TrainingOptions &o) { o.minAlpha = o.alpha; });
        QTest::newRow("threads-256") << Change([](TrainingOptions &o) { o.threads = 256; });
        QTest::newRow("min-count-zero") << Change([](TrainingOptions &o) { o.minCount = 0; });
    }

    void accepts()
    {
        QFETCH(Change, change);
        TrainingOptions options;
        change(options);
        QVERIFY(options.validate().ok());
    }

    void clampsNegative()
    {
        TrainingOptions options;
        options.negative = 10;
        std::vector<std::string> warnings;
        auto effective = options.effectiveFor(4, 0, warnings);
        QVERIFY(effective.ok());
        QCOMPARE(effective->negative, std::size_t { 3 });
        QCOMPARE(warnings.size(), std::size_t { 1 });
        QCOMPARE(QString::fromStdString(warnings.front()),
                 "negative=10 is not below the vocabulary size 4: clamped to 3");
    }

    void memoryEstimate()
    {
        // 2 matrices x 1,000,000 words x 300 floats x 4 bytes = 2.4e9 bytes = 2289 MiB.
        TrainingOptions options;
        options.dim = 300;
        std::vector<std::string> warnings;
        auto tooBig = options.effectiveFor(1000000, 1024ULL * 1024 * 1024, warnings);
        QVERIFY(!tooBig.ok());
        QCOMPARE(tooBig.error().code, ErrorCode::OutOfMemory);
        QCOMPARE(QString::fromStdString(tooBig.error().detail),
                 "the model needs about 2289 MiB (2 x 1000000 words x dim 300 x 4 bytes) but "
                 "this machine has 1024 MiB of RAM");
        QVERIFY(options.effectiveFor(1000000, 4ULL * 1024 * 1024 * 1024, warnings).ok());
        // Beyond 2^31 elements (RELIABILITY row 23): the estimate must not overflow.
        options.dim = 4096;
        auto huge = options.effectiveFor(std::size_t { 1 } << 32, 64ULL << 30, warnings);
        QVERIFY(!huge.ok());
        QCOMPARE(huge.error().code, ErrorCode::OutOfMemory);
        QVERIFY(TrainingOptions::physicalMemoryBytes() > 0);
    }

    void tooSmallVocabulary()
    {
        std::vector<std::string> warnings;
        auto effective = TrainingOptions {}.effectiveFor(1, 0, warnings);
        QVERIFY(!effective.ok());
        QCOMPARE(effective.error().code, ErrorCode::VocabularyTooSmall);
    }
};

QTEST_APPLESS_MAIN(TestTrainingOptions)
#include "tst_trainingoptions.moc"
