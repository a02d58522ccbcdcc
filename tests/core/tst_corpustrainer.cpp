#include "core/text/corpussource.h"
#include "core/train/corpustrainer.h"
#include "core/vocab/vocabulary.h"

#include <QtTest>

#include <string>
#include <vector>

using namespace ewb::core;

// The whole pipeline from corpus bytes to a model, as the window and ewb drive it: the vocabulary
// is announced before the first epoch, and every checkpoint lines up with it and with the model.
class TestCorpusTrainer : public QObject
{
    Q_OBJECT

private:
    std::string m_text;

private slots:
    void initTestCase()
    {
        QFile file(QStringLiteral(EWB_RESOURCES_DIR "/demo-corpus-en.txt"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        // About 60,000 tokens: enough for a vocabulary, quick enough for a unit test.
        m_text = file.read(400 * 1024).toStdString();
    }

    void vocabularyThenCheckpoints()
    {
        TrainingOptions options
            = TrainingOptions::defaults(TrainingOptions::Architecture::SkipGram);
        options.dim = 16;
        options.epochs = 2;
        options.threads = 1;
        options.checkpointPercent = 25;
        CorpusTrainer trainer(options);

        std::vector<std::string> announced;
        int announcements = 0;
        std::vector<long> checkpointRows;
        std::vector<double> fractions;
        trainer.setVocabularyCallback([&](const Vocabulary &vocabulary) {
            ++announcements;
            announced = vocabulary.words();
        });
        trainer.setCheckpointCallback([&](const Checkpoint &checkpoint) {
            // The vocabulary is known before the first checkpoint arrives.
            QCOMPARE(announcements, 1);
            checkpointRows.push_back(static_cast<long>(checkpoint.vectors.rows()));
            fractions.push_back(checkpoint.fraction);
        });
        auto outcome
            = trainer.run(CorpusSource::fromMemory(m_text, "demo excerpt"), TokenizerOptions {});
        QVERIFY2(outcome.ok(), outcome.ok() ? "" : outcome.error().detail.c_str());

        QCOMPARE(announcements, 1);
        QCOMPARE(announced, outcome->training.model->words());
        QCOMPARE(announced.size(), outcome->vocabularySize);
        // 25 % steps over two epochs: 0.25, 0.5 (= end of epoch 1), 0.75, 1.0 at least.
        QVERIFY2(checkpointRows.size() >= 4, qPrintable(QString::number(checkpointRows.size())));
        for (const long rows : checkpointRows)
            QCOMPARE(static_cast<std::size_t>(rows), announced.size());
        QVERIFY(std::is_sorted(fractions.begin(), fractions.end()));
        QVERIFY(qFuzzyCompare(fractions.back(), 1.0));
    }

    void badOptionsAnnounceNothing()
    {
        TrainingOptions options = TrainingOptions::defaults(TrainingOptions::Architecture::Cbow);
        options.dim = 0;
        CorpusTrainer trainer(options);
        int announcements = 0;
        trainer.setVocabularyCallback([&](const Vocabulary &) { ++announcements; });
        const auto outcome
            = trainer.run(CorpusSource::fromMemory(m_text, "demo excerpt"), TokenizerOptions {});
        QVERIFY(!outcome.ok());
        QCOMPARE(outcome.error().code, ErrorCode::InvalidArgument);
        QCOMPARE(announcements, 0);
    }
};

QTEST_APPLESS_MAIN(TestCorpusTrainer)
#include "tst_corpustrainer.moc"
