#include "core/model/embeddingmodel.h"
#include "core/store/database.h"
#include "core/store/modelstore.h"
#include "core/store/runstore.h"
#include "core/store/schema.h"
#include "databasefixture.h"
#include "storefixture.h"

#include <QtTest>

#include <filesystem>

using namespace ewb::core;
using namespace ewb::test;
namespace fs = std::filesystem;

/// Schema versions: a newer schema opens read-only, the committed version-1 file opens with all
/// it holds, and migrations run step by step after a backup, all or nothing.
class TestDatabaseSchema : public QObject, private DatabaseFixture
{
    Q_OBJECT

private slots:
    // RELIABILITY row 43 and R2: a newer schema opens read-only, writes report NewerSchema, and
    // the file keeps its bytes.
    void newerSchemaOpensReadOnly()
    {
        const fs::path path = makeWorkbenchFile("newer.ewb");
        QVERIFY(!path.empty());
        rawSql(path, "PRAGMA journal_mode = DELETE; PRAGMA user_version = 99;");
        const QByteArray before = readAll(path);
        {
            auto db = Database::open(path);
            QVERIFY2(db.ok(), db ? "" : db.error().detail.c_str());
            QVERIFY(db->isReadOnly());
            QCOMPARE(db->readOnlyReason().code, ErrorCode::NewerSchema);
            QVERIFY(QString::fromStdString(db->readOnlyReason().detail).contains("newer version"));
            QCOMPARE(db->schemaVersion(), 99);
            ModelStore store(*db);
            QCOMPARE(store.list()->size(), std::size_t { 1 });
            auto renamed = store.rename(store.list()->front().id, "other");
            QVERIFY(!renamed.ok());
            QCOMPARE(renamed.error().code, ErrorCode::NewerSchema);
        }
        QCOMPARE(readAll(path), before);
    }

    // R2: the committed version-1 file opens and holds exactly what make_schema_v1 wrote.
    void opensVersion1Fixture()
    {
        const fs::path committed = fs::path(EWB_TEST_DATA_DIR) / "schema_v1.ewb";
        const QByteArray original = readAll(committed);
        QVERIFY(!original.isEmpty());
        const fs::path path = file("fixture.ewb");
        writeAll(path, original);
        auto db = Database::open(path);
        QVERIFY2(db.ok(), db ? "" : db.error().detail.c_str());
        QCOMPARE(db->schemaVersion(), 1);
        ModelStore store(*db);
        auto models = store.list();
        QVERIFY(models.ok());
        QCOMPARE(models->size(), std::size_t { 2 });
        auto model = store.load(storefixture::kTrainedName);
        QVERIFY2(model.ok(), model ? "" : model.error().detail.c_str());
        QCOMPARE((*model)->size(), storefixture::kTrainedRows.size());
        for (std::size_t r = 0; r < storefixture::kTrainedRows.size(); ++r) {
            const auto &row = storefixture::kTrainedRows[r];
            QCOMPARE(std::string_view((*model)->words()[r]), row.word);
            QCOMPARE((*model)->counts()[r], row.count);
            for (std::size_t c = 0; c < 3; ++c)
                QCOMPARE((*model)->vectors()(Eigen::Index(r), Eigen::Index(c)), row.vector[c]);
        }
        auto info = store.find(storefixture::kTrainedName);
        QCOMPARE(std::string_view(info->notes), storefixture::kTrainedNotes);
        QCOMPARE(std::string_view(info->paramsJson), storefixture::kTrainedParams);
        auto run = RunStore(*db).run(info->runId);
        QVERIFY(run.ok());
        QCOMPARE(run->seed, storefixture::kRunSeed);
        QCOMPARE(run->finishedMs, storefixture::kRunFinished);
        QCOMPARE(std::string_view(run->corpus->path), storefixture::kCorpusPath);
        auto loss = RunStore(*db).lossHistory(info->runId);
        QCOMPARE(loss->size(), std::size_t { 2 });
        QVERIFY(std::isnan(loss->front().lossInterval));
        QCOMPARE(loss->back().lossEpoch, 4.25);
        auto imported = store.find(storefixture::kImportedName);
        QCOMPARE(imported->source, ModelSource::Imported);
        QVERIFY(store.verify()->empty());
        // Opening read-only in place leaves the committed file untouched.
        DatabaseOptions ro;
        ro.mode = OpenMode::ReadOnly;
        QVERIFY(Database::open(committed, ro).ok());
        QCOMPARE(readAll(committed), original);
    }

    // R2: an upgrade makes "<file>.v1.bak" first and applies all steps plus the version bump in
    // one transaction; a failing step leaves the file at version 1.
    void migratesStepByStep_data()
    {
        QTest::addColumn<QString>("stepSql");
        QTest::addColumn<bool>("succeeds");
        QTest::newRow("adds-table") << "CREATE TABLE tags (model_id INTEGER, tag TEXT);"
                                       "INSERT INTO tags SELECT id, 'v2' FROM models;"
                                    << true;
        QTest::newRow("step-fails") << "CREATE TABLE tags (x); CREATE TABLE models (x);" << false;
    }

    void migratesStepByStep()
    {
        QFETCH(QString, stepSql);
        QFETCH(bool, succeeds);
        const fs::path path
            = file(qPrintable(QString("migrate-%1.ewb").arg(QTest::currentDataTag())));
        writeAll(path, readAll(fs::path(EWB_TEST_DATA_DIR) / "schema_v1.ewb"));
        DatabaseOptions options;
        options.migrations = Schema::steps();
        options.migrations.push_back({ 2, stepSql.toStdString() });
        {
            auto db = Database::open(path, options);
            QCOMPARE(db.ok(), succeeds);
            if (succeeds) {
                QCOMPARE(db->schemaVersion(), 2);
                QCOMPARE(pragma(*db, "PRAGMA user_version"), 2);
                QCOMPARE(pragma(*db, "SELECT count(*) FROM tags"), 2);
                QVERIFY(ModelStore(*db).load(storefixture::kTrainedName).ok());
            } else {
                QCOMPARE(db.error().code, ErrorCode::DatabaseError);
                QVERIFY(QString::fromStdString(db.error().detail).contains("schema 2"));
            }
        }
        const fs::path backup = path.string() + ".v1.bak";
        QVERIFY(fs::exists(backup));
        auto old = Database::open(backup);
        QVERIFY(old.ok());
        QCOMPARE(old->schemaVersion(), 1);
        QCOMPARE(pragma(*old, "SELECT count(*) FROM sqlite_master WHERE name = 'tags'"), 0);
        if (!succeeds) {
            auto again = Database::open(path);
            QVERIFY(again.ok());
            QCOMPARE(again->schemaVersion(), 1);
            QCOMPARE(pragma(*again, "SELECT count(*) FROM sqlite_master WHERE name = 'tags'"), 0);
        }
    }
};

QTEST_APPLESS_MAIN(TestDatabaseSchema)
#include "tst_databaseschema.moc"
