#include "core/store/database.h"
#include "core/store/modelstore.h"
#include "core/text/corpussource.h"
#include "core/train/corpustrainer.h"
#include "ui/checkpointcollector.h"
#include "ui/runtimeline.h"

#include <QTemporaryDir>
#include <QtTest>

using namespace ewb;

// A run's checkpoints travel from the trainer through the collector into the store and come
// back as a replay timeline: same words, same vectors, in the order they were taken.
class TestRunTimeline : public QObject
{
    Q_OBJECT

private:
    std::string m_text;
    std::shared_ptr<const core::EmbeddingModel> m_model;
    std::vector<core::Checkpoint> m_kept;
    std::vector<std::shared_ptr<const core::EmbeddingModel>> m_snapshots;

private slots:
    void initTestCase()
    {
        QFile file(QStringLiteral(EWB_RESOURCES_DIR "/demo-corpus-en.txt"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        m_text = file.read(300 * 1024).toStdString();

        core::TrainingOptions options
            = core::TrainingOptions::defaults(core::TrainingOptions::Architecture::Cbow);
        options.dim = 12;
        options.epochs = 3;
        options.threads = 1;
        options.checkpointPercent = 20;
        core::CorpusTrainer trainer(options);
        ui::CheckpointCollector collector(50);
        trainer.setVocabularyCallback(
            [&](const core::Vocabulary &vocabulary) { collector.setVocabulary(vocabulary); });
        trainer.setCheckpointCallback([&](const core::Checkpoint &checkpoint) {
            collector.keep(checkpoint);
            auto snapshot = collector.snapshot(checkpoint);
            QVERIFY(snapshot.ok());
            m_snapshots.push_back(*snapshot);
        });
        auto outcome = trainer.run(core::CorpusSource::fromMemory(m_text, "excerpt"), {});
        QVERIFY2(outcome.ok(), outcome.ok() ? "" : outcome.error().detail.c_str());
        m_model = outcome->training.model;
        m_kept = collector.takeKept();
    }

    void collectorKeepsEpochEndsAndSnapshotsTopWords()
    {
        QCOMPARE(m_kept.size(), std::size_t { 3 });
        for (std::size_t i = 0; i < m_kept.size(); ++i) {
            QVERIFY(m_kept[i].epochEnd);
            QCOMPARE(m_kept[i].epoch, i + 1);
            QCOMPARE(static_cast<std::size_t>(m_kept[i].vectors.rows()), m_model->size());
        }
        QVERIFY(m_snapshots.size() > m_kept.size());
        const auto &last = m_snapshots.back();
        QCOMPARE(last->size(), std::size_t { 50 });
        for (std::size_t row = 0; row < last->size(); ++row) {
            QCOMPARE(last->word(row), m_model->word(row));
            QCOMPARE(last->counts()[row], m_model->counts()[row]);
        }
        // The final checkpoint holds the final vectors.
        QCOMPARE(last->vectors(), m_model->vectors().topRows(50).eval());
    }

    void budgetDropsWhatDoesNotFit()
    {
        const std::size_t oneCheckpoint
            = static_cast<std::size_t>(m_kept.front().vectors.size()) * sizeof(float);
        ui::CheckpointCollector collector(10, oneCheckpoint * 2);
        for (const auto &checkpoint : m_kept)
            collector.keep(checkpoint);
        QCOMPARE(collector.takeKept().size(), std::size_t { 2 });
        QCOMPARE(collector.droppedCount(), std::size_t { 1 });
    }

    void storeRoundTrip()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        core::DatabaseOptions options;
        options.mode = core::OpenMode::Create;
        auto db
            = core::Database::open(dir.filePath(QStringLiteral("t.ewb")).toStdString(), options);
        QVERIFY2(db.ok(), db.ok() ? "" : db.error().detail.c_str());
        core::ModelStore store(*db);
        core::ModelMetadata meta;
        meta.name = "cbow";
        core::RunRecord run;
        run.threads = 1;
        run.status = core::RunStatus::Completed;
        auto id = store.save(*m_model, meta, &run);
        QVERIFY(id.ok());

        QVERIFY(ui::RunTimeline::save(*db, *id, m_kept).ok());
        auto frames = ui::RunTimeline::load(*db, *id, 40, {});
        QVERIFY2(frames.ok(), frames.ok() ? "" : frames.error().detail.c_str());
        QCOMPARE(frames->size(), qsizetype(m_kept.size() + 1)); // + the final model
        for (qsizetype i = 0; i < frames->size(); ++i) {
            const auto &frame = frames->at(i);
            QCOMPARE(frame.model->size(), std::size_t { 40 });
            QCOMPARE(frame.model->word(39), m_model->word(39));
            const core::Matrix &expected = i < qsizetype(m_kept.size())
                ? m_kept[static_cast<std::size_t>(i)].vectors
                : m_model->vectors();
            QCOMPARE(frame.model->vectors(), expected.topRows(40).eval());
            QVERIFY(!frame.label.isEmpty());
        }
        QVERIFY(frames->first().label.contains(QLatin1String("1")));

        // A model without a run has no timeline, and an unknown id is reported.
        core::ModelMetadata bare;
        bare.name = "bare";
        auto bareId = store.save(*m_model, bare);
        QVERIFY(bareId.ok());
        QVERIFY(ui::RunTimeline::save(*db, *bareId, m_kept).ok());
        auto none = ui::RunTimeline::load(*db, *bareId, 40, {});
        QVERIFY(none.ok());
        QVERIFY(none->isEmpty());
        QCOMPARE(ui::RunTimeline::load(*db, 9999, 40, {}).error().code, core::ErrorCode::NotFound);
    }
};

QTEST_GUILESS_MAIN(TestRunTimeline)
#include "tst_runtimeline.moc"
