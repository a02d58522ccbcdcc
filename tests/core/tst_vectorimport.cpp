#include "core/formats/embeddingfile.h"
#include "core/store/database.h"
#include "core/store/modelchecksum.h"
#include "core/store/modelstore.h"
#include "core/store/vectorimport.h"

#include "storetestmodels.h"

#include <QtTest>

#include <sqlite3.h>

#include <filesystem>
#include <fstream>

using namespace ewb::core;
namespace fs = std::filesystem;

/// Importing a vectors file into the store, above all the bulk write of large imports: a
/// rollback journal for the write, so the vectors reach the disk once, and WAL again after it,
/// whether the import succeeds, fails, or finds the file open elsewhere.
class TestVectorImport : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    fs::path path(const char *name) const { return fs::path(m_dir.path().toStdString()) / name; }

    Database create(const char *name)
    {
        DatabaseOptions options;
        options.mode = OpenMode::Create;
        auto db = Database::open(path(name), options);
        if (!db)
            qFatal("%s", db.error().detail.c_str());
        return std::move(*db);
    }

    // A random model as an import stores it (counts unknown), written as word2vec binary.
    std::shared_ptr<const EmbeddingModel> writeModel(const char *name, unsigned seed)
    {
        const auto random = storetest::randomModel(3000, 32, seed);
        auto model = EmbeddingModel::create(random->words(), {}, random->vectors());
        if (!model || !writeEmbeddingFile(**model, path(name), VectorFormat::Word2VecBinary))
            return nullptr;
        return *model;
    }

    static std::string journalMode(Database &db)
    {
        sqlite3_stmt *stmt = nullptr;
        sqlite3_prepare_v2(db.handle(), "PRAGMA journal_mode", -1, &stmt, nullptr);
        std::string mode;
        if (sqlite3_step(stmt) == SQLITE_ROW)
            mode = reinterpret_cast<const char *>(sqlite3_column_text(stmt, 0));
        sqlite3_finalize(stmt);
        return mode;
    }

private slots:
    void bulkImportStoresTheFileAndReturnsToWal()
    {
        Database db = create("bulk.ewb");
        const auto model = writeModel("bulk.bin", 1);
        QVERIFY(model);
        ModelMetadata meta;
        meta.name = "bulk";
        const auto imported = VectorImport::run(db, path("bulk.bin"), meta, {}, {}, 0);
        QVERIFY2(imported.ok(), imported ? "" : imported.error().detail.c_str());
        QCOMPARE(journalMode(db), std::string("wal"));
        QCOMPARE(db.journalMode(), std::string("wal"));
        QVERIFY(!fs::exists(path("bulk.ewb-journal")));
        ModelStore store(db);
        const auto loaded = store.load(imported->modelId);
        QVERIFY(loaded.ok());
        QCOMPARE(ModelChecksum::of(**loaded), ModelChecksum::of(*model));
        QVERIFY((*loaded)->vectors() == model->vectors());
        QVERIFY(store.verify()->empty());
        QVERIFY(db.checkIntegrity()->empty());
    }

    // Another connection (here a second reader, as the window's panes or another process have)
    // keeps the file in WAL: the import still succeeds, written the ordinary way.
    void openElsewhereStaysInWal()
    {
        Database db = create("shared.ewb");
        const auto model = writeModel("shared.bin", 2);
        QVERIFY(model);
        sqlite3 *other = nullptr;
        QCOMPARE(sqlite3_open_v2(path("shared.ewb").c_str(), &other, SQLITE_OPEN_READONLY, nullptr),
                 SQLITE_OK);
        QCOMPARE(sqlite3_exec(other, "SELECT count(*) FROM models", nullptr, nullptr, nullptr),
                 SQLITE_OK);
        auto bulk = db.beginBulkWrite();
        QVERIFY(bulk.ok());
        QVERIFY(!*bulk);
        ModelMetadata meta;
        meta.name = "shared";
        const auto imported = VectorImport::run(db, path("shared.bin"), meta, {}, {}, 0);
        QVERIFY2(imported.ok(), imported ? "" : imported.error().detail.c_str());
        QCOMPARE(journalMode(db), std::string("wal"));
        sqlite3_close(other);
        const auto loaded = ModelStore(db).load(imported->modelId);
        QVERIFY(loaded.ok());
        QCOMPARE(ModelChecksum::of(**loaded), ModelChecksum::of(*model));
    }

    // A file that ends early fails the import; nothing is stored, the earlier model is intact
    // and the file is back in WAL.
    void failedBulkImportKeepsEarlierModels()
    {
        Database db = create("failed.ewb");
        const auto first = writeModel("first.bin", 3);
        QVERIFY(first);
        ModelMetadata meta;
        meta.name = "first";
        const auto kept = VectorImport::run(db, path("first.bin"), meta, {}, {}, 0);
        QVERIFY(kept.ok());
        QVERIFY(writeModel("cut.bin", 4));
        fs::resize_file(path("cut.bin"), fs::file_size(path("cut.bin")) / 2);
        meta.name = "cut";
        const auto cut = VectorImport::run(db, path("cut.bin"), meta, {}, {}, 0);
        QVERIFY(!cut.ok());
        QCOMPARE(cut.error().code, ErrorCode::Truncated);
        QCOMPARE(journalMode(db), std::string("wal"));
        ModelStore store(db);
        QCOMPARE(store.list()->size(), std::size_t(1));
        const auto loaded = store.load(kept->modelId);
        QVERIFY(loaded.ok());
        QCOMPARE(ModelChecksum::of(**loaded), ModelChecksum::of(*first));
        QVERIFY(db.checkIntegrity()->empty());
    }

    // A read-only database is never switched.
    void readOnlyIsNotSwitched()
    {
        create("ro.ewb");
        DatabaseOptions options;
        options.mode = OpenMode::ReadOnly;
        auto db = Database::open(path("ro.ewb"), options);
        QVERIFY(db.ok());
        auto bulk = db->beginBulkWrite();
        QVERIFY(bulk.ok());
        QVERIFY(!*bulk);
    }
};

QTEST_APPLESS_MAIN(TestVectorImport)
#include "tst_vectorimport.moc"
