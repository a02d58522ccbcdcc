#include "core/model/embeddingmodel.h"
#include "core/store/database.h"
#include "core/store/modelstore.h"
#include "core/store/runstore.h"
#include "core/store/schema.h"
#include "core/store/sqliteerror.h"
#include "core/store/statement.h"
#include "core/store/transaction.h"
#include "storefixture.h"

#include <QtTest>

#include <sqlite3.h>

#include <filesystem>
#include <random>
#include <unistd.h>

using namespace ewb::core;
namespace fs = std::filesystem;

Q_DECLARE_METATYPE(ewb::core::ErrorCode)

namespace {

QByteArray readAll(const fs::path &path)
{
    QFile file(QString::fromStdString(path.string()));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

void writeAll(const fs::path &path, const QByteArray &bytes)
{
    QFile file(QString::fromStdString(path.string()));
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    QCOMPARE(file.write(bytes), bytes.size());
}

// Runs SQL through a plain SQLite connection, as another program would.
void rawSql(const fs::path &path, const char *sql)
{
    sqlite3 *db = nullptr;
    QCOMPARE(sqlite3_open(path.c_str(), &db), SQLITE_OK);
    char *message = nullptr;
    const int rc = sqlite3_exec(db, sql, nullptr, nullptr, &message);
    const QString text = message ? QString::fromUtf8(message) : QString();
    sqlite3_free(message);
    sqlite3_close(db);
    QVERIFY2(rc == SQLITE_OK, qPrintable(text));
}

std::int64_t pragma(Database &db, const char *sql)
{
    auto value = db.queryInt64(sql);
    return value ? *value : -1;
}

DatabaseOptions createOptions()
{
    DatabaseOptions options;
    options.mode = OpenMode::Create;
    return options;
}

} // namespace

class TestDatabase : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    fs::path file(const char *name) const { return fs::path(m_dir.path().toStdString()) / name; }

    // A workbench file with one model, made through the public API.
    fs::path makeWorkbenchFile(const char *name)
    {
        const fs::path path = file(name);
        auto db = Database::open(path, createOptions());
        if (!db)
            return {};
        Matrix v(2, 2);
        v << 1, 2, 3, 4;
        auto model = EmbeddingModel::create({ "x", "y" }, {}, v);
        ModelMetadata meta;
        meta.name = "m";
        if (!model || !ModelStore(*db).save(**model, meta))
            return {};
        return path;
    }

private slots:
    void createsAndConfigures()
    {
        const fs::path path = file("new.ewb");
        auto db = Database::open(path, createOptions());
        QVERIFY2(db.ok(), db ? "" : db.error().detail.c_str());
        QVERIFY(db->wasCreated());
        QVERIFY(!db->isReadOnly());
        QCOMPARE(db->schemaVersion(), Schema::currentVersion());
        QCOMPARE(QString::fromStdString(db->journalMode()), QStringLiteral("wal"));
        QCOMPARE(pragma(*db, "PRAGMA application_id"), std::int64_t { Schema::applicationId });
        QCOMPARE(pragma(*db, "PRAGMA user_version"), std::int64_t { Schema::currentVersion() });
        QCOMPARE(pragma(*db, "PRAGMA foreign_keys"), 1);
        QCOMPARE(pragma(*db, "PRAGMA trusted_schema"), 0);
        QCOMPARE(pragma(*db, "PRAGMA busy_timeout"), 5000);
        QCOMPARE(pragma(*db, "PRAGMA synchronous"), 2); // FULL
        int defensive = -1;
        sqlite3_db_config(db->handle(), SQLITE_DBCONFIG_DEFENSIVE, -1, &defensive);
        QCOMPARE(defensive, 1);
        QVERIFY(fs::exists(path.string() + ".lock"));
        QCOMPARE(pragma(*db, "SELECT count(*) FROM sqlite_master WHERE name = 'vector_chunks'"), 1);
    }

    void reopensExisting()
    {
        const fs::path path = makeWorkbenchFile("reopen.ewb");
        QVERIFY(!path.empty());
        auto db = Database::open(path);
        QVERIFY2(db.ok(), db ? "" : db.error().detail.c_str());
        QVERIFY(!db->wasCreated());
        QVERIFY(!db->isReadOnly());
        QCOMPARE(ModelStore(*db).list()->size(), std::size_t { 1 });
    }

    void missingFile_data()
    {
        QTest::addColumn<int>("mode");
        QTest::newRow("read-write") << int(OpenMode::ReadWrite);
        QTest::newRow("read-only") << int(OpenMode::ReadOnly);
    }

    void missingFile()
    {
        QFETCH(int, mode);
        DatabaseOptions options;
        options.mode = static_cast<OpenMode>(mode);
        auto db = Database::open(file("absent.ewb"), options);
        QVERIFY(!db.ok());
        QCOMPARE(db.error().code, ErrorCode::NotFound);
        QVERIFY(!fs::exists(file("absent.ewb")));
    }

    // RELIABILITY rows 42 and 44: each bad file gets its own code and message, and is neither
    // modified nor given a lock file, whatever the open mode.
    void rejectsBadFiles_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<int>("mode");
        QTest::addColumn<ErrorCode>("expected");
        QTest::addColumn<QString>("mentions");
        const std::pair<const char *, OpenMode> modes[] = { { "rw", OpenMode::ReadWrite },
                                                            { "create", OpenMode::Create },
                                                            { "ro", OpenMode::ReadOnly } };
        for (const auto &[suffix, mode] : modes) {
            auto row = [&](const char *kind, ErrorCode code, const char *mentions) {
                QTest::addRow("%s-%s", kind, suffix) << kind << int(mode) << code << mentions;
            };
            row("random-bytes", ErrorCode::DatabaseCorrupt, "not an SQLite database");
            row("html-page", ErrorCode::DatabaseCorrupt, "HTML");
            row("truncated", ErrorCode::DatabaseCorrupt, "truncated");
            row("cut-mid-page", ErrorCode::DatabaseCorrupt, "truncated");
            row("damaged-page", ErrorCode::DatabaseCorrupt, "quick_check");
            row("foreign-app-id", ErrorCode::NotOurFile, "application_id 0x12345678");
            row("foreign-tables", ErrorCode::NotOurFile, "another application");
            row("directory", ErrorCode::NotRegularFile, "not a regular file");
        }
        QTest::addRow("empty-file-rw")
            << "empty-file" << int(OpenMode::ReadWrite) << ErrorCode::EmptyInput << "empty";
        QTest::addRow("empty-file-ro")
            << "empty-file" << int(OpenMode::ReadOnly) << ErrorCode::EmptyInput << "empty";
    }

    void rejectsBadFiles()
    {
        QFETCH(QString, kind);
        QFETCH(int, mode);
        QFETCH(ErrorCode, expected);
        QFETCH(QString, mentions);
        const fs::path path = file(qPrintable(QString(QTest::currentDataTag()) + ".db"));
        if (kind == "random-bytes") {
            std::mt19937 rng(1);
            QByteArray bytes(8192, '\0');
            for (auto &b : bytes)
                b = static_cast<char>(rng() & 0xFF);
            writeAll(path, bytes);
        } else if (kind == "html-page") {
            writeAll(path, "<!DOCTYPE html>\n<html><head><title>Download</title></head></html>\n");
        } else if (kind == "truncated" || kind == "cut-mid-page" || kind == "damaged-page") {
            const fs::path good
                = makeWorkbenchFile(qPrintable(QString(QTest::currentDataTag()) + ".src"));
            QVERIFY(!good.empty());
            QByteArray bytes = readAll(good);
            // Page size: big-endian at offset 16 of the SQLite header.
            const int page = (quint8(bytes[16]) << 8) | quint8(bytes[17]);
            QVERIFY(page >= 512 && bytes.size() >= 8 * page);
            if (kind == "truncated")
                bytes.truncate(bytes.size() / 2 / page * page);
            else if (kind == "cut-mid-page")
                bytes.truncate(bytes.size() - 1000);
            else
                bytes.replace(2 * page, page, QByteArray(page, '\x5A'));
            writeAll(path, bytes);
        } else if (kind == "foreign-app-id") {
            rawSql(path, "PRAGMA application_id = 305419896; CREATE TABLE notes (t TEXT);");
        } else if (kind == "foreign-tables") {
            rawSql(path,
                   "CREATE TABLE contacts (name TEXT, phone TEXT);"
                   "INSERT INTO contacts VALUES ('a', '1');");
        } else if (kind == "directory") {
            fs::create_directory(path);
        } else if (kind == "empty-file") {
            writeAll(path, {});
        }
        const QByteArray before = fs::is_regular_file(path) ? readAll(path) : QByteArray();

        DatabaseOptions options;
        options.mode = static_cast<OpenMode>(mode);
        auto db = Database::open(path, options);
        QVERIFY(!db.ok());
        QCOMPARE(db.error().code, expected);
        const QString detail = QString::fromStdString(db.error().detail);
        QVERIFY2(detail.contains(mentions), qPrintable(detail));
        QVERIFY2(detail.contains(QString::fromStdString(path.string())), qPrintable(detail));

        if (fs::is_regular_file(path))
            QCOMPARE(readAll(path), before);
        QVERIFY(!fs::exists(path.string() + ".lock"));
        QVERIFY(!fs::exists(path.string() + "-journal"));
    }

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

    // RELIABILITY row 46 / R8: a second writer on the same file is turned away to read-only.
    void secondWriterIsReadOnly()
    {
        const fs::path path = makeWorkbenchFile("twice.ewb");
        QVERIFY(!path.empty());
        auto first = Database::open(path);
        QVERIFY(first.ok() && !first->isReadOnly());
        auto second = Database::open(path);
        QVERIFY2(second.ok(), second ? "" : second.error().detail.c_str());
        QVERIFY(second->isReadOnly());
        QCOMPARE(second->readOnlyReason().code, ErrorCode::DatabaseBusy);
        QVERIFY(QString::fromStdString(second->readOnlyReason().detail).contains(".lock"));
        auto tx = Transaction::begin(*second);
        QVERIFY(!tx.ok());
        QCOMPARE(tx.error().code, ErrorCode::DatabaseBusy);
        // The reader still sees what the writer commits.
        QCOMPARE(ModelStore(*second).list()->size(), std::size_t { 1 });

        first = fail(ErrorCode::Cancelled, "closed");
        auto third = Database::open(path);
        QVERIFY(third.ok());
        QVERIFY(!third->isReadOnly());
    }

    void readOnlyModeNeverWrites()
    {
        const fs::path path = makeWorkbenchFile("ro.ewb");
        QVERIFY(!path.empty());
        rawSql(path, "PRAGMA journal_mode = DELETE;");
        fs::remove(path.string() + ".lock");
        const QByteArray before = readAll(path);
        {
            DatabaseOptions options;
            options.mode = OpenMode::ReadOnly;
            auto db = Database::open(path, options);
            QVERIFY(db.ok());
            QVERIFY(db->isReadOnly());
            QCOMPARE(db->readOnlyReason().code, ErrorCode::ReadOnly);
            auto tx = Transaction::begin(*db);
            QVERIFY(!tx.ok());
            QCOMPARE(tx.error().code, ErrorCode::ReadOnly);
            // Even raw SQL is refused by SQLite itself.
            auto raw = db->exec("DELETE FROM models");
            QVERIFY(!raw.ok());
            QCOMPARE(raw.error().code, ErrorCode::ReadOnly);
            QVERIFY(ModelStore(*db).load(std::string_view("m")).ok());
        }
        QCOMPARE(readAll(path), before);
        QVERIFY(!fs::exists(path.string() + ".lock"));
    }

    void readOnlyFileOrFolder_data()
    {
        QTest::addColumn<bool>("folder");
        QTest::newRow("file") << false;
        QTest::newRow("folder") << true;
    }

    void readOnlyFileOrFolder()
    {
        QFETCH(bool, folder);
        if (::geteuid() == 0)
            QSKIP("root ignores file permissions; covered by readOnlyModeNeverWrites");
        const fs::path dir = file(folder ? "locked-dir" : "locked-file");
        fs::create_directory(dir);
        const fs::path path = dir / "m.ewb";
        {
            auto db = Database::open(path, createOptions());
            QVERIFY(db.ok());
            QVERIFY(db->exec("PRAGMA journal_mode = DELETE").ok());
        }
        fs::permissions(folder ? dir : path, fs::perms::owner_read | fs::perms::owner_exec);
        auto db = Database::open(path);
        fs::permissions(folder ? dir : path, fs::perms::owner_all);
        QVERIFY2(db.ok(), db ? "" : db.error().detail.c_str());
        QVERIFY(db->isReadOnly());
        QCOMPARE(db->readOnlyReason().code, ErrorCode::ReadOnly);
    }

    void transactionsRollBackUnlessCommitted()
    {
        auto db = Database::open(file("tx.ewb"), createOptions());
        QVERIFY(db.ok());
        QVERIFY(db->exec("CREATE TABLE t (v INTEGER)").ok());
        {
            auto tx = Transaction::begin(*db);
            QVERIFY(tx.ok());
            QVERIFY(!tx->isNested());
            QVERIFY(db->exec("INSERT INTO t VALUES (1)").ok());
        }
        QCOMPARE(pragma(*db, "SELECT count(*) FROM t"), 0);
        {
            auto outer = Transaction::begin(*db);
            QVERIFY(db->exec("INSERT INTO t VALUES (2)").ok());
            {
                auto inner = Transaction::begin(*db);
                QVERIFY(inner.ok());
                QVERIFY(inner->isNested());
                QVERIFY(db->exec("INSERT INTO t VALUES (3)").ok());
            }
            {
                auto inner = Transaction::begin(*db);
                QVERIFY(db->exec("INSERT INTO t VALUES (4)").ok());
                QVERIFY(inner->commit().ok());
            }
            QVERIFY(outer->commit().ok());
        }
        QCOMPARE(pragma(*db, "SELECT sum(v) FROM t"), 6);
        QCOMPARE(pragma(*db, "SELECT count(*) FROM t"), 2);
    }

    void statementRoundTripsValues()
    {
        auto db = Database::open(file("stmt.ewb"), createOptions());
        QVERIFY(db.ok());
        QVERIFY(db->exec("CREATE TABLE v (i INTEGER, d REAL, t TEXT, b BLOB, n)").ok());
        const std::string text("a\0b\xe4\xb8\xad", 6);
        const std::byte blob[] = { std::byte { 0 }, std::byte { 0xFF }, std::byte { 0x80 } };
        auto insert = Statement::prepare(*db, "INSERT INTO v VALUES (?1, ?2, ?3, ?4, ?5)");
        QVERIFY(insert.ok());
        insert->bind(1, std::numeric_limits<std::int64_t>::min())
            .bind(2, -0.1)
            .bind(3, std::string_view(text))
            .bindBlob(4, blob)
            .bindNull(5);
        QVERIFY(insert->run().ok());
        insert->reset();
        insert->bind(1, std::int64_t { 7 }).bindBlob(4, {});
        QVERIFY(insert->run().ok());
        auto select
            = Statement::prepare(*db, "SELECT i, d, t, b, n, typeof(b) FROM v ORDER BY rowid");
        QVERIFY(select.ok());
        QVERIFY(*select->step());
        QCOMPARE(select->columnInt64(0), std::numeric_limits<std::int64_t>::min());
        QCOMPARE(select->columnDouble(1), -0.1);
        QCOMPARE(select->columnText(2), std::string_view(text));
        QCOMPARE(select->columnBlob(3).size(), std::size_t { 3 });
        QCOMPARE(select->columnBlob(3)[1], std::byte { 0xFF });
        QVERIFY(select->columnIsNull(4));
        QVERIFY(*select->step());
        QCOMPARE(select->columnText(5), std::string_view("blob")); // empty, but not NULL
        QVERIFY(!*select->step());

        auto bad = Statement::prepare(*db, "SELEC nonsense");
        QVERIFY(!bad.ok());
        QCOMPARE(bad.error().code, ErrorCode::DatabaseError);
        auto outOfRange = Statement::prepare(*db, "SELECT ?1");
        QVERIFY(outOfRange.ok());
        auto step = outOfRange->bind(5, std::int64_t { 1 }).step();
        QVERIFY(!step.ok());
        QVERIFY(QString::fromStdString(step.error().detail).contains("parameter 5"));
    }

    void mapsSqliteCodes_data()
    {
        QTest::addColumn<int>("sqliteCode");
        QTest::addColumn<ErrorCode>("expected");
        QTest::newRow("busy") << SQLITE_BUSY << ErrorCode::DatabaseBusy;
        QTest::newRow("busy-snapshot") << SQLITE_BUSY_SNAPSHOT << ErrorCode::DatabaseBusy;
        QTest::newRow("locked") << SQLITE_LOCKED << ErrorCode::DatabaseBusy;
        QTest::newRow("notadb") << SQLITE_NOTADB << ErrorCode::DatabaseCorrupt;
        QTest::newRow("corrupt-vtab") << SQLITE_CORRUPT_VTAB << ErrorCode::DatabaseCorrupt;
        QTest::newRow("full") << SQLITE_FULL << ErrorCode::DiskFull;
        QTest::newRow("readonly-dbmoved") << SQLITE_READONLY_DBMOVED << ErrorCode::ReadOnly;
        QTest::newRow("ioerr-write") << SQLITE_IOERR_WRITE << ErrorCode::IoError;
        QTest::newRow("ioerr-nomem") << SQLITE_IOERR_NOMEM << ErrorCode::OutOfMemory;
        QTest::newRow("cantopen") << SQLITE_CANTOPEN << ErrorCode::IoError;
        QTest::newRow("nomem") << SQLITE_NOMEM << ErrorCode::OutOfMemory;
        QTest::newRow("interrupt") << SQLITE_INTERRUPT << ErrorCode::Cancelled;
        QTest::newRow("constraint") << SQLITE_CONSTRAINT_UNIQUE << ErrorCode::DatabaseError;
    }

    void mapsSqliteCodes()
    {
        QFETCH(int, sqliteCode);
        QFETCH(ErrorCode, expected);
        QCOMPARE(errorCodeForSqlite(sqliteCode), expected);
        const Error error = sqliteError(sqliteCode, nullptr, "writing", "/x/y.ewb");
        QCOMPARE(error.code, expected);
        QVERIFY(QString::fromStdString(error.detail).contains("/x/y.ewb"));
        QVERIFY(QString::fromStdString(error.detail).startsWith("writing: "));
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

QTEST_APPLESS_MAIN(TestDatabase)
#include "tst_database.moc"
