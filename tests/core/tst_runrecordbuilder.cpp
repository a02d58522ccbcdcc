#include "core/train/runrecordbuilder.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

using namespace ewb::core;

class TestRunRecordBuilder : public QObject {
    Q_OBJECT

private:
    static QJsonObject parse(const std::string &text)
    {
        QJsonParseError error;
        const auto doc = QJsonDocument::fromJson(QByteArray::fromStdString(text), &error);
        if (error.error != QJsonParseError::NoError)
            qWarning() << "invalid JSON:" << text.c_str();
        return doc.object();
    }

private slots:
    void optionsAreValidJsonWithTheCliNames()
    {
        TrainingOptions options = TrainingOptions::defaults(TrainingOptions::Architecture::Cbow);
        options.dim = 37;
        options.seed = 18446744073709551615ull; // 2^64 - 1 survives only as text
        options.sample = 1e-5;
        const QJsonObject json = parse(RunRecordBuilder::optionsJson(options));
        QCOMPARE(json.value(QStringLiteral("arch")).toString(), QStringLiteral("cbow"));
        QCOMPARE(json.value(QStringLiteral("dim")).toInt(), 37);
        QCOMPARE(json.value(QStringLiteral("alpha")).toDouble(), 0.05);
        QCOMPARE(json.value(QStringLiteral("sample")).toDouble(), 1e-5);
        QCOMPARE(json.value(QStringLiteral("seed")).toString(), QStringLiteral("18446744073709551615"));
        QCOMPARE(json.size(), 14);
    }

    void tokenizerModesAreWords()
    {
        TokenizerOptions options;
        options.mode = TokenizerOptions::Mode::Whitespace;
        options.invalidUtf8 = TokenizerOptions::InvalidUtf8::SkipLine;
        const QJsonObject json = parse(RunRecordBuilder::tokenizerJson(options));
        QCOMPARE(json.value(QStringLiteral("mode")).toString(), QStringLiteral("whitespace"));
        QCOMPARE(json.value(QStringLiteral("invalid_utf8")).toString(), QStringLiteral("skip-line"));
        QCOMPARE(json.value(QStringLiteral("case_fold")).toBool(), true);
    }

    void corpusNamesAreEscaped()
    {
        const std::string name = "a \"quoted\"\\path\n语料";
        const CorpusSource source = CorpusSource::fromMemory("x", name);
        CorpusStats stats;
        stats.bytes = 10;
        stats.lines = 2;
        stats.tokens = 5;
        const RunRecord run = RunRecordBuilder::record(TrainingOptions {}, TokenizerOptions {}, source, stats,
                                                       4, "0.1.0", 1000, 2000, RunStatus::Completed);
        QVERIFY(run.corpus.has_value());
        QCOMPARE(run.corpus->path, name);
        QCOMPARE(run.corpus->distinctWords, std::uint64_t(4)); // types not counted: vocabulary size
        QCOMPARE(run.finishedMs, std::int64_t(2000));
        QVERIFY(!parse(run.corpus->tokenizerJson).isEmpty());
    }

    void lossPointsKeepEveryField()
    {
        TrainingProgress p;
        p.epoch = 2;
        p.wordsDone = 123;
        p.fraction = 0.5;
        p.learningRate = 0.01;
        p.intervalLoss = 2.5;
        p.epochLoss = 2.75;
        p.wordsPerSecond = 1e6;
        p.elapsedSeconds = 3.5;
        const auto points = RunRecordBuilder::lossPoints({ p, p });
        QCOMPARE(points.size(), std::size_t(2));
        QCOMPARE(points[1].epoch, 2u);
        QCOMPARE(points[1].wordsDone, std::uint64_t(123));
        QCOMPARE(points[1].lossInterval, 2.5);
        QCOMPARE(points[1].lossEpoch, 2.75);
        QCOMPARE(points[1].elapsedSeconds, 3.5);
    }
};

QTEST_APPLESS_MAIN(TestRunRecordBuilder)
#include "tst_runrecordbuilder.moc"
