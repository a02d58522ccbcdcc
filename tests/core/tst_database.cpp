#include "core/store/database.h"
#include "core/store/modelstore.h"
#include "core/store/schema.h"
#include "core/store/transaction.h"
#include "databasefixture.h"

#include <QtTest>

#include <sqlite3.h>

#include <filesystem>
#include <random>
#include <unistd.h>

using namespace ewb::core;
using namespace ewb::test;
namespace fs = std::filesystem;

/// Opening a workbench file: creating and configuring it, reopening it, refusing missing and bad
/// files without touching them, and falling back to read-only for a second writer or a file or
/// folder that cannot be written.
class TestDatabase : public QObject, private DatabaseFixture
{
    Q_OBJECT

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
};

QTEST_APPLESS_MAIN(TestDatabase)
#include "tst_database.moc"
