#include "core/model/embeddingmodel.h"
#include "core/store/chunkwriter.h"
#include "core/store/crc32c.h"
#include "core/store/database.h"
#include "core/store/evaluationstore.h"
#include "core/store/modelchecksum.h"
#include "core/store/modelreader.h"
#include "core/store/modelstore.h"
#include "core/store/modelwriter.h"
#include "core/store/runstore.h"
#include "core/store/statement.h"
#include "storetestmodels.h"

#include <QtTest>

#include <sqlite3.h>

#include <chrono>
#include <cmath>
#include <filesystem>
#include <limits>
#include <stop_token>
#include <time.h>

using namespace ewb::core;
using storetest::identical;
using storetest::randomModel;
namespace fs = std::filesystem;

namespace {

// CPU time of this thread in ms: unlike wall time, not inflated when the machine is busy.
double cpuMs()
{
    timespec ts {};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return double(ts.tv_sec) * 1e3 + double(ts.tv_nsec) / 1e6;
}

std::int64_t count(Database &db, const std::string &sql)
{
    auto value = db.queryInt64(sql);
    return value ? *value : -1;
}

ModelMetadata named(const std::string &name)
{
    ModelMetadata meta;
    meta.name = name;
    return meta;
}

} // namespace

class TestModelStore : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_files = 0;

    fs::path newPath()
    {
        return fs::path(m_dir.path().toStdString()) / ("s" + std::to_string(++m_files) + ".ewb");
    }

    Database create()
    {
        DatabaseOptions options;
        options.mode = OpenMode::Create;
        auto db = Database::open(newPath(), options);
        if (!db)
            qFatal("cannot create a test database: %s", db.error().detail.c_str());
        return std::move(*db);
    }

private slots:
    void roundTrip_data()
    {
        QTest::addColumn<int>("rows");
        QTest::addColumn<int>("dim");
        QTest::newRow("one-value") << 1 << 1;
        QTest::newRow("small") << 10 << 3;
        QTest::newRow("one-full-chunk") << 2048 << 2048;
        QTest::newRow("three-chunks") << 4500 << 2048;
    }

    // Identical floats (bit for bit), words, counts and metadata after save and load.
    void roundTrip()
    {
        QFETCH(int, rows);
        QFETCH(int, dim);
        auto model = randomModel(std::size_t(rows), std::size_t(dim), 5);
        QVERIFY(model);
        // Values a lossy path would change: negative zero, a denormal, the largest float.
        Matrix values = model->vectors();
        values(0, 0) = -0.0f;
        values(rows - 1, dim - 1) = std::numeric_limits<float>::denorm_min();
        if (rows * dim > 2)
            values(rows / 2, 0) = std::numeric_limits<float>::max();
        auto special = EmbeddingModel::create(model->words(), model->counts(), values);
        QVERIFY(special.ok());
        Database db = create();
        ModelStore store(db);
        ModelMetadata meta = named("round trip");
        meta.source = ModelSource::Imported;
        meta.notes = "notes \xe2\x9c\x93";
        meta.paramsJson = R"({"file":"x.vec"})";
        auto id = store.save(**special, meta);
        QVERIFY2(id.ok(), id ? "" : id.error().detail.c_str());

        auto loaded = store.load(*id);
        QVERIFY2(loaded.ok(), loaded ? "" : loaded.error().detail.c_str());
        QVERIFY(identical(**loaded, **special));
        if (rows * dim > 1)
            QVERIFY(std::signbit((*loaded)->vectors()(0, 0)));
        auto info = store.info(*id);
        QVERIFY(info.ok());
        QCOMPARE(info->name, meta.name);
        QCOMPARE(info->notes, meta.notes);
        QCOMPARE(info->paramsJson, meta.paramsJson);
        QCOMPARE(info->source, ModelSource::Imported);
        QCOMPARE(info->dim, std::size_t(dim));
        QCOMPARE(info->vocabSize, std::size_t(rows));
        QCOMPARE(info->runId, 0);
        const std::uint64_t stored
            = (std::uint64_t { info->vectorsChecksum } << 32) | info->wordsChecksum;
        QCOMPARE(stored, ModelChecksum::of(**special));
        const auto chunks = (std::size_t(rows) + ChunkWriter::rowsPerChunk(std::size_t(dim)) - 1)
            / ChunkWriter::rowsPerChunk(std::size_t(dim));
        QCOMPARE(count(db, "SELECT count(*) FROM vector_chunks"), std::int64_t(chunks));
        QVERIFY(store.verify()->empty());
    }

    void savesRunAndLossHistory()
    {
        Database db = create();
        auto model = randomModel(20, 4, 1);
        RunRecord run;
        run.corpus = CorpusRecord { 0, "/data/c.txt", 99, "f00d", 3, 30, 12, R"({"case":"fold"})" };
        run.optionsJson = R"({"epochs":3})";
        run.seed = std::numeric_limits<std::uint64_t>::max();
        run.threads = 4;
        run.softwareVersion = "0.1.0";
        run.startedMs = 1000;
        run.finishedMs = 2000;
        run.status = RunStatus::Completed;
        const std::vector<LossPoint> loss { { 0.1, 1, 10, 0.1, 0.025, NAN, NAN, 100.0 },
                                            { 0.2, 1, 20, 0.2, 0.02, 3.5, 3.25, 110.0 },
                                            { 0.3, 2, 30, 0.3, 0.015, 2.5, 2.75, 120.0 } };
        ModelStore store(db);
        auto id = store.save(*model, named("trained"), &run, loss);
        QVERIFY2(id.ok(), id ? "" : id.error().detail.c_str());
        auto info = store.info(*id);
        QVERIFY(info->runId > 0);
        RunStore runs(db);
        auto back = runs.run(info->runId);
        QVERIFY(back.ok());
        QCOMPARE(back->seed, run.seed);
        QCOMPARE(back->threads, 4);
        QCOMPARE(back->optionsJson, run.optionsJson);
        QCOMPARE(back->status, RunStatus::Completed);
        QVERIFY(back->corpus.has_value());
        QCOMPARE(back->corpus->fingerprint, std::string("f00d"));
        QCOMPARE(back->corpus->tokenizerJson, run.corpus->tokenizerJson);
        auto history = runs.lossHistory(info->runId);
        QCOMPARE(history->size(), loss.size());
        for (std::size_t i = 0; i < loss.size(); ++i) {
            QCOMPARE(history->at(i).wordsDone, loss[i].wordsDone);
            QCOMPARE(history->at(i).learningRate, loss[i].learningRate);
            QCOMPARE(std::isnan(history->at(i).lossInterval), std::isnan(loss[i].lossInterval));
            if (!std::isnan(loss[i].lossEpoch))
                QCOMPARE(history->at(i).lossEpoch, loss[i].lossEpoch);
        }
        // A failing save stores neither the model nor the run (one transaction).
        auto clash = store.save(*model, named("trained"), &run, loss);
        QVERIFY(!clash.ok());
        QCOMPARE(clash.error().code, ErrorCode::InvalidArgument);
        QCOMPARE(runs.runs()->size(), std::size_t { 1 });
        QCOMPARE(count(db, "SELECT count(*) FROM loss_points"), 3);
    }

    void namesAreUniqueAmongComplete()
    {
        Database db = create();
        ModelStore store(db);
        auto a = randomModel(5, 2, 1);
        auto b = randomModel(6, 2, 2);
        auto first = store.save(*a, named("same"));
        QVERIFY(first.ok());
        auto second = store.save(*b, named("same"));
        QVERIFY(!second.ok());
        QCOMPARE(second.error().code, ErrorCode::InvalidArgument);
        QVERIFY(QString::fromStdString(second.error().detail).contains("already exists"));

        ModelMetadata replace = named("same");
        replace.replaceExisting = true;
        auto third = store.save(*b, replace);
        QVERIFY(third.ok());
        QVERIFY(*third != *first);
        QCOMPARE(store.list()->size(), std::size_t { 1 });
        QVERIFY(identical(**store.load(std::string_view("same")), *b));
        QCOMPARE(count(db, "SELECT count(*) FROM words"), 6);

        QVERIFY(!store.save(*a, named("")).ok());
        auto other = store.save(*a, named("other"));
        QVERIFY(other.ok());
        QCOMPARE(store.rename(*other, "same").error().code, ErrorCode::InvalidArgument);
        QVERIFY(store.rename(*other, "other").ok());
        QVERIFY(store.rename(*other, "renamed").ok());
        QCOMPARE(store.find("renamed")->id, *other);
        QCOMPARE(store.rename(999, "x").error().code, ErrorCode::NotFound);
        QVERIFY(store.setNotes(*other, "good one").ok());
        QCOMPARE(store.info(*other)->notes, std::string("good one"));
    }

    // R11: rows left in status 'writing' are invisible and removed by the startup cleanup.
    void unfinishedModelsAreHiddenAndCleaned()
    {
        Database db = create();
        ModelStore store(db);
        QVERIFY(store.save(*randomModel(3, 2, 1), named("kept")).ok());
        QVERIFY(db.exec("INSERT INTO models (id, name, status, dim, vocab_size, source, created) "
                        "VALUES (77, 'half', 'writing', 2, 1, 'trained', 0);"
                        "INSERT INTO words VALUES (77, 0, 'w', 0);"
                        "INSERT INTO vector_chunks (model_id, chunk, first_row, rows, data, "
                        "checksum) VALUES (77, 0, 0, 1, zeroblob(8), 0);")
                    .ok());
        QCOMPARE(store.list()->size(), std::size_t { 1 });
        QCOMPARE(store.info(77).error().code, ErrorCode::NotFound);
        QCOMPARE(store.load(77).error().code, ErrorCode::NotFound);
        auto removed = store.removeUnfinished();
        QVERIFY(removed.ok());
        QCOMPARE(*removed, std::size_t { 1 });
        QCOMPARE(count(db, "SELECT count(*) FROM words WHERE model_id = 77"), 0);
        QCOMPARE(count(db, "SELECT count(*) FROM vector_chunks WHERE model_id = 77"), 0);
        QCOMPARE(*store.removeUnfinished(), std::size_t { 0 });
    }

    void removeAndCopy()
    {
        Database db = create();
        ModelStore store(db);
        auto model = randomModel(50, 8, 3);
        auto id = store.save(*model, named("orig"));
        QVERIFY(id.ok());
        QVERIFY(EvaluationStore(db).add({ 0, *id, "wordsim353", "{}", 0.6, "{}", 0 }).ok());
        auto copy = store.copy(*id, "copy");
        QVERIFY2(copy.ok(), copy ? "" : copy.error().detail.c_str());
        QCOMPARE(store.copy(*id, "copy").error().code, ErrorCode::InvalidArgument);
        QCOMPARE(store.copy(12345, "x").error().code, ErrorCode::NotFound);
        QVERIFY(store.remove(*id).ok());
        QCOMPARE(store.remove(*id).error().code, ErrorCode::NotFound);
        QCOMPARE(count(db, "SELECT count(*) FROM evaluations"), 0);
        QCOMPARE(count(db, "SELECT count(*) FROM words WHERE model_id = " + std::to_string(*id)),
                 0);
        auto loaded = store.load(*copy);
        QVERIFY(loaded.ok());
        QVERIFY(identical(**loaded, *model));
        QCOMPARE(store.list()->size(), std::size_t { 1 });
        QVERIFY(store.verify()->empty());
    }

    void writerStreamsRows()
    {
        Database db = create();
        DatabaseOptions ro;
        ro.mode = OpenMode::ReadOnly;
        auto reader = Database::open(db.path(), ro);
        QVERIFY(reader.ok());
        ModelWriter writer(db);
        QVERIFY(writer.begin(named("stream"), 2, 4).ok());
        const float good[] = { 1.0f, 2.0f };
        const float nan[] = { 1.0f, NAN };
        const float shortRow[] = { 1.0f };
        QVERIFY(writer.addRow("a", 3, good).ok());
        QCOMPARE(writer.addRow("b", 1, shortRow).error().code, ErrorCode::InvalidArgument);
        QCOMPARE(writer.addRow("b", 1, nan).error().code, ErrorCode::NumericError);
        QCOMPARE(writer.addRow("", 1, good).error().code, ErrorCode::InvalidArgument);
        QCOMPARE(writer.addRow(std::string_view("n\0l", 3), 1, good).error().code,
                 ErrorCode::InvalidArgument);
        QCOMPARE(writer.addRow("a", 1, good).error().code, ErrorCode::InvalidArgument);
        QVERIFY(writer.addRow("b", 1, good).ok());
        QCOMPARE(writer.rowsWritten(), std::size_t { 2 });
        QCOMPARE(ModelStore(*reader).list()->size(), std::size_t { 0 });
        auto id = writer.commit();
        QVERIFY2(id.ok(), id ? "" : id.error().detail.c_str());
        QCOMPARE(ModelStore(*reader).list()->size(), std::size_t { 1 });
        auto loaded = ModelStore(*reader).load(*id);
        QVERIFY(loaded.ok());
        QCOMPARE((*loaded)->words(), (std::vector<std::string> { "a", "b" }));

        ModelWriter aborted(db);
        QVERIFY(aborted.begin(named("gone"), 2, 1).ok());
        QVERIFY(aborted.addRow("x", 0, good).ok());
        aborted.abort();
        QVERIFY(!aborted.isActive());
        QCOMPARE(count(db, "SELECT count(*) FROM models"), 1);
        QCOMPARE(count(db, "SELECT count(*) FROM words"), 2);
        {
            ModelWriter dropped(db);
            QVERIFY(dropped.begin(named("dropped"), 2, 1).ok());
            QVERIFY(dropped.addRow("x", 0, good).ok());
        }
        QCOMPARE(count(db, "SELECT count(*) FROM models"), 1);
        ModelWriter empty(db);
        QVERIFY(empty.begin(named("empty"), 2, 0).ok());
        QCOMPARE(empty.commit().error().code, ErrorCode::InvalidArgument);
        QCOMPARE(count(db, "SELECT count(*) FROM models"), 1);
    }

    // R4: the free-space check runs before BEGIN.
    void refusesWhenSpaceIsShort()
    {
        Database db = create();
        ModelWriter writer(db);
        auto begun = writer.begin(named("huge"), 300, std::size_t { 1 } << 40);
        QVERIFY(!begun.ok());
        QCOMPARE(begun.error().code, ErrorCode::DiskFull);
        QVERIFY(QString::fromStdString(begun.error().detail).contains("MiB available"));
        QVERIFY(sqlite3_get_autocommit(db.handle()) != 0);
        QCOMPARE(count(db, "SELECT count(*) FROM models"), 0);
    }

    void cancelsSaveAndLoad()
    {
        Database db = create();
        ModelStore store(db);
        auto model = randomModel(100, 4, 4);
        std::stop_source stop;
        stop.request_stop();
        auto saved = store.save(*model, named("cancelled"), nullptr, {}, stop.get_token());
        QVERIFY(!saved.ok());
        QCOMPARE(saved.error().code, ErrorCode::Cancelled);
        QCOMPARE(count(db, "SELECT count(*) FROM models"), 0);
        auto id = store.save(*model, named("kept"));
        QVERIFY(id.ok());
        QCOMPARE(store.load(*id, stop.get_token()).error().code, ErrorCode::Cancelled);
    }

    void readOnlyStoreRefusesWrites()
    {
        Database db = create();
        auto id = ModelStore(db).save(*randomModel(4, 2, 1), named("m"));
        QVERIFY(id.ok());
        DatabaseOptions ro;
        ro.mode = OpenMode::ReadOnly;
        auto reader = Database::open(db.path(), ro);
        QVERIFY(reader.ok());
        ModelStore store(*reader);
        QCOMPARE(store.save(*randomModel(4, 2, 2), named("n")).error().code, ErrorCode::ReadOnly);
        QCOMPARE(store.remove(*id).error().code, ErrorCode::ReadOnly);
        QCOMPARE(store.rename(*id, "x").error().code, ErrorCode::ReadOnly);
        QCOMPARE(store.removeUnfinished().error().code, ErrorCode::ReadOnly);
        QVERIFY(store.load(*id).ok());
        QVERIFY(store.verify()->empty());
    }

    // R6: a copy is a complete, consistent database written by rename; no temporary file stays.
    void savesACopy()
    {
        Database db = create();
        ModelStore store(db);
        auto a = randomModel(30, 5, 1);
        auto b = randomModel(40, 5, 2);
        QVERIFY(store.save(*a, named("a")).ok());
        QVERIFY(store.save(*b, named("b")).ok());
        const fs::path folder = fs::path(m_dir.path().toStdString()) / "copies";
        fs::create_directory(folder);
        const fs::path target = folder / "copy.ewb";
        QVERIFY(store.saveCopy(target).ok());
        QVERIFY(store.saveCopy(target).ok()); // over an existing copy
        std::vector<std::string> names;
        for (const auto &entry : fs::directory_iterator(folder))
            names.push_back(entry.path().filename().string());
        QCOMPARE(names, std::vector<std::string> { "copy.ewb" });
        auto copy = Database::open(target);
        QVERIFY2(copy.ok(), copy ? "" : copy.error().detail.c_str());
        ModelStore copied(*copy);
        QCOMPARE(copied.list()->size(), std::size_t { 2 });
        QVERIFY(identical(**copied.load(std::string_view("b")), *b));
        QVERIFY(copied.verify()->empty());

        QCOMPARE(store.saveCopy(db.path()).error().code, ErrorCode::InvalidArgument);
        QCOMPARE(store.saveCopy(folder / "missing" / "x.ewb").error().code, ErrorCode::IoError);
    }

    // Speed figure for the documentation: load a 100,000 x 300 model and compare with reading
    // the same number of bytes from a plain file.
    void loadsLargeModel()
    {
        const std::size_t rows = 100000;
        const std::size_t dim = 300;
        auto model = randomModel(rows, dim, 42);
        Database db = create();
        ModelStore store(db);
        QElapsedTimer timer;
        timer.start();
        double cpu = cpuMs();
        auto id = store.save(*model, named("large"));
        QVERIFY(id.ok());
        const qint64 saveMs = timer.restart();
        const double saveCpu = cpuMs() - cpu;
        cpu = cpuMs();
        auto loaded = store.load(*id);
        const qint64 loadMs = timer.restart();
        const double loadCpu = cpuMs() - cpu;
        QVERIFY(loaded.ok());
        QVERIFY(identical(**loaded, *model));

        const fs::path raw = fs::path(m_dir.path().toStdString()) / "raw.f32";
        {
            QFile out(QString::fromStdString(raw.string()));
            QVERIFY(out.open(QIODevice::WriteOnly));
            out.write(reinterpret_cast<const char *>(model->vectors().data()),
                      qint64(rows * dim * sizeof(float)));
        }
        timer.restart();
        cpu = cpuMs();
        const QByteArray bytes = storetest::readAll(raw);
        const qint64 rawMs = timer.elapsed();
        const double rawCpu = cpuMs() - cpu;
        QCOMPARE(bytes.size(), qsizetype(rows * dim * sizeof(float)));
        // The store's own share: every check of load without building the model.
        cpu = cpuMs();
        QVERIFY(ModelReader(db).verify(*store.info(*id)).ok());
        const double verifyCpu = cpuMs() - cpu;
        // The share of the load that is EmbeddingModel::create (unit vectors, index), not store.
        cpu = cpuMs();
        auto rebuilt = EmbeddingModel::create(model->words(), model->counts(), model->vectors());
        const double createCpu = cpuMs() - cpu;
        QVERIFY(rebuilt.ok());
        qInfo("100000 x 300 model: save %lld ms (cpu %.0f), load %lld ms (cpu %.0f, of which "
              "EmbeddingModel::create %.0f; store checks alone %.0f); plain read of the %lld MiB "
              "of vectors %lld ms "
              "(cpu %.0f)",
              saveMs, saveCpu, loadMs, loadCpu, createCpu, verifyCpu,
              static_cast<long long>(bytes.size() >> 20), rawMs, rawCpu);
    }
};

QTEST_APPLESS_MAIN(TestModelStore)
#include "tst_modelstore.moc"
