#include "core/model/embeddingmodel.h"
#include "core/store/checkpointstore.h"
#include "core/store/database.h"
#include "core/store/evaluationstore.h"
#include "core/store/modelstore.h"
#include "core/store/runstore.h"
#include "storetestmodels.h"

#include <QtTest>

#include <cmath>
#include <filesystem>
#include <limits>

using namespace ewb::core;
namespace fs = std::filesystem;

namespace {

RunRecord sampleRun()
{
    RunRecord run;
    run.corpus = CorpusRecord { 0, "corpus.txt", 4500000, "9f86d081", 1000, 800000, 20000, "{}" };
    run.optionsJson = R"({"model":"skipgram","dim":100})";
    run.seed = 1;
    run.threads = 2;
    run.softwareVersion = "0.1.0";
    run.startedMs = 1700000000000;
    return run;
}

std::int64_t count(Database &db, const std::string &sql)
{
    auto value = db.queryInt64(sql);
    return value ? *value : -1;
}

} // namespace

class TestRunStore : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_files = 0;

    Database create()
    {
        DatabaseOptions options;
        options.mode = OpenMode::Create;
        const auto path
            = fs::path(m_dir.path().toStdString()) / ("r" + std::to_string(++m_files) + ".ewb");
        auto db = Database::open(path, options);
        if (!db)
            qFatal("cannot create a test database: %s", db.error().detail.c_str());
        return std::move(*db);
    }

private slots:
    void runLifecycle_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("message");
        QTest::newRow("completed") << int(RunStatus::Completed) << QString();
        QTest::newRow("cancelled") << int(RunStatus::Cancelled) << "cancelled by the user";
        QTest::newRow("failed") << int(RunStatus::Failed) << "loss became NaN in epoch 3";
    }

    void runLifecycle()
    {
        QFETCH(int, status);
        QFETCH(QString, message);
        Database db = create();
        RunStore runs(db);
        auto id = runs.addRun(sampleRun());
        QVERIFY(id.ok());
        QCOMPARE(runs.run(*id)->status, RunStatus::Running);
        QCOMPARE(runs.run(*id)->finishedMs, 0);
        QVERIFY(runs.finishRun(*id, RunStatus(status), 1700000100000, message.toStdString()).ok());
        auto back = runs.run(*id);
        QCOMPARE(back->status, RunStatus(status));
        QCOMPARE(back->finishedMs, 1700000100000);
        QCOMPARE(QString::fromStdString(back->message), message);
        QCOMPARE(back->corpus->sizeBytes, std::uint64_t { 4500000 });
        QCOMPARE(runs.finishRun(999, RunStatus::Completed, 1).error().code, ErrorCode::NotFound);
    }

    void sharesIdenticalCorpus()
    {
        Database db = create();
        RunStore runs(db);
        QVERIFY(runs.addRun(sampleRun()).ok());
        QVERIFY(runs.addRun(sampleRun()).ok());
        RunRecord other = sampleRun();
        other.corpus->fingerprint = "changed";
        QVERIFY(runs.addRun(other).ok());
        QCOMPARE(count(db, "SELECT count(*) FROM corpora"), 2);
        QCOMPARE(runs.runs()->size(), std::size_t { 3 });
        RunRecord bad = sampleRun();
        bad.threads = 0;
        QCOMPARE(runs.addRun(bad).error().code, ErrorCode::InvalidArgument);
    }

    // Loss points keep their order across appends; NaN losses survive as NaN; other fields must
    // be finite.
    void lossCurveAppends()
    {
        Database db = create();
        RunStore runs(db);
        auto id = runs.addRun(sampleRun());
        std::vector<LossPoint> first;
        for (std::uint32_t i = 0; i < 50; ++i)
            first.push_back({ 0.1 * i, 1, 1000u * i, i / 100.0, 0.025,
                              i == 0 ? std::numeric_limits<double>::quiet_NaN() : 4.0 - i * 0.01,
                              4.0, 1e6 });
        QVERIFY(runs.appendLoss(*id, first).ok());
        std::vector<LossPoint> second { { 5.0, 2, 50000, 0.5, 0.0125, 2.0, 2.5, 1.1e6 } };
        QVERIFY(runs.appendLoss(*id, second).ok());
        auto history = runs.lossHistory(*id);
        QCOMPARE(history->size(), std::size_t { 51 });
        QVERIFY(std::isnan(history->front().lossInterval));
        QCOMPARE(history->at(10).lossInterval, 4.0 - 10 * 0.01);
        QCOMPARE(history->back().epoch, std::uint32_t { 2 });
        QCOMPARE(history->back().wordsDone, std::uint64_t { 50000 });

        std::vector<LossPoint> bad { { NAN, 1, 0, 0, 0.025, 1, 1, 1 } };
        QCOMPARE(runs.appendLoss(*id, bad).error().code, ErrorCode::NumericError);
        QCOMPARE(runs.appendLoss(4242, second).error().code, ErrorCode::NotFound);
        QCOMPARE(runs.lossHistory(*id)->size(), std::size_t { 51 });
    }

    void checkpointsRoundTrip_data()
    {
        QTest::addColumn<int>("rows");
        QTest::addColumn<int>("dim");
        QTest::newRow("small") << 7 << 5;
        QTest::newRow("two-chunks") << 5000 << 1024;
    }

    void checkpointsRoundTrip()
    {
        QFETCH(int, rows);
        QFETCH(int, dim);
        Database db = create();
        auto runId = RunStore(db).addRun(sampleRun());
        CheckpointStore checkpoints(db);
        auto model = storetest::randomModel(std::size_t(rows), std::size_t(dim), 3);
        CheckpointInfo info;
        info.runId = *runId;
        info.epoch = 2;
        info.epochEnd = true;
        info.fraction = 0.4;
        info.elapsedSeconds = 12.5;
        info.loss = NAN;
        auto id = checkpoints.add(info, model->vectors());
        QVERIFY2(id.ok(), id ? "" : id.error().detail.c_str());
        auto list = checkpoints.list(*runId);
        QCOMPARE(list->size(), std::size_t { 1 });
        QCOMPARE(list->front().rows, std::size_t(rows));
        QCOMPARE(list->front().dim, std::size_t(dim));
        QVERIFY(list->front().epochEnd);
        QVERIFY(std::isnan(list->front().loss));
        auto loaded = checkpoints.load(*id);
        QVERIFY(loaded.ok());
        QVERIFY(*loaded == model->vectors());
        QVERIFY(checkpoints.verifyAll()->empty());

        // A bit error is found by load and by the file-wide verify.
        QVERIFY(db.exec("UPDATE checkpoint_chunks SET checksum = (checksum + 1) % 4294967296 "
                        "WHERE chunk = 0")
                    .ok());
        QCOMPARE(checkpoints.load(*id).error().code, ErrorCode::DatabaseCorrupt);
        QCOMPARE(ModelStore(db).verify()->size(), std::size_t { 1 });

        Matrix withNan = model->vectors();
        withNan(0, 0) = NAN;
        QCOMPARE(checkpoints.add(info, withNan).error().code, ErrorCode::NumericError);
        info.runId = 999;
        QCOMPARE(checkpoints.add(info, model->vectors()).error().code, ErrorCode::NotFound);
        // Deleting the run takes its checkpoints and loss curve with it.
        QVERIFY(RunStore(db).removeRun(*runId).ok());
        QCOMPARE(count(db, "SELECT count(*) FROM checkpoint_chunks"), 0);
    }

    void evaluationsBelongToModels()
    {
        Database db = create();
        ModelMetadata meta;
        meta.name = "m";
        auto modelId = ModelStore(db).save(*storetest::randomModel(5, 3, 1), meta);
        EvaluationStore evals(db);
        EvaluationRecord analogy { 0,
                                   *modelId,
                                   "questions-words",
                                   R"({"restrict_vocab":30000})",
                                   0.42,
                                   R"({"sections":[]})",
                                   0 };
        EvaluationRecord undefined { 0, *modelId, "simlex999", "{}", NAN, "{}", 5 };
        QVERIFY(evals.add(analogy).ok());
        QVERIFY(evals.add(undefined).ok());
        auto list = evals.list(*modelId);
        QCOMPARE(list->size(), std::size_t { 2 });
        QCOMPARE(list->front().benchmark, analogy.benchmark);
        QCOMPARE(list->front().score, 0.42);
        QVERIFY(list->front().createdMs > 1600000000000);
        QCOMPARE(list->back().createdMs, 5);
        QVERIFY(std::isnan(list->back().score));
        EvaluationRecord orphan = analogy;
        orphan.modelId = 77;
        QCOMPARE(evals.add(orphan).error().code, ErrorCode::NotFound);
    }

    // A run can be deleted while its model stays: the model is detached, not lost.
    void removingRunDetachesModel()
    {
        Database db = create();
        RunRecord run = sampleRun();
        ModelMetadata meta;
        meta.name = "trained";
        std::vector<LossPoint> loss { { 1, 1, 1, 0.5, 0.02, 3, 3, 10 } };
        ModelStore store(db);
        auto id = store.save(*storetest::randomModel(5, 3, 1), meta, &run, loss);
        QVERIFY(id.ok());
        const auto runId = store.info(*id)->runId;
        QVERIFY(RunStore(db).removeRun(runId).ok());
        QCOMPARE(store.info(*id)->runId, 0);
        QVERIFY(store.load(*id).ok());
        QCOMPARE(count(db, "SELECT count(*) FROM loss_points"), 0);
        QCOMPARE(RunStore(db).removeRun(runId).error().code, ErrorCode::NotFound);
    }
};

QTEST_APPLESS_MAIN(TestRunStore)
#include "tst_runstore.moc"
