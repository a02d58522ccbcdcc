#include "core/store/database.h"
#include "core/store/sqliteerror.h"
#include "core/store/statement.h"
#include "core/store/transaction.h"
#include "databasefixture.h"

#include <QtTest>

#include <sqlite3.h>

#include <filesystem>
#include <limits>

using namespace ewb::core;
using namespace ewb::test;
namespace fs = std::filesystem;

/// SQL through the Database: nested transactions, prepared statements binding and reading every
/// type, and SQLite's result codes mapped to ours.
class TestDatabaseStatements : public QObject, private DatabaseFixture
{
    Q_OBJECT

private slots:
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
};

QTEST_APPLESS_MAIN(TestDatabaseStatements)
#include "tst_databasestatements.moc"
