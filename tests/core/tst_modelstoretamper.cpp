#include "core/model/embeddingmodel.h"
#include "core/store/crc32c.h"
#include "core/store/database.h"
#include "core/store/modelchecksum.h"
#include "core/store/modelstore.h"
#include "core/store/statement.h"
#include "storetestmodels.h"

#include <QtTest>

#include <sqlite3.h>

#include <cmath>
#include <filesystem>
#include <limits>

using namespace ewb::core;
using storetest::randomModel;
namespace fs = std::filesystem;

// R5: a crafted or damaged database gives DatabaseCorrupt naming the model, never a crash or an
// over-read, and verify() reports the same damage.
class TestModelStoreTamper : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_files = 0;

    static ModelMetadata named(const std::string &name)
    {
        ModelMetadata meta;
        meta.name = name;
        return meta;
    }

    Database create()
    {
        DatabaseOptions options;
        options.mode = OpenMode::Create;
        const fs::path path
            = fs::path(m_dir.path().toStdString()) / ("t" + std::to_string(++m_files) + ".ewb");
        auto db = Database::open(path, options);
        if (!db)
            qFatal("cannot create a test database: %s", db.error().detail.c_str());
        return std::move(*db);
    }

private slots:
    void rejectsTamperedModels_data()
    {
        QTest::addColumn<QString>("sql");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("blob-short")
            << "UPDATE vector_chunks SET data = substr(data, 1, length(data) - 4)"
            << "bytes";
        QTest::newRow("blob-long") << "UPDATE vector_chunks SET data = data || x'00000000'"
                                   << "bytes";
        QTest::newRow("blob-as-text") << "UPDATE vector_chunks SET data = 'hello'"
                                      << "bytes";
        QTest::newRow("rows-lie") << "UPDATE vector_chunks SET rows = rows + 1"
                                  << "row count";
        QTest::newRow("first-row-gap") << "UPDATE vector_chunks SET first_row = 1"
                                       << "starts at row";
        QTest::newRow("chunk-missing") << "DELETE FROM vector_chunks"
                                       << "end after 0 rows";
        QTest::newRow("chunk-renumbered") << "UPDATE vector_chunks SET chunk = 5"
                                          << "sequence";
        QTest::newRow("vocab-huge") << "UPDATE models SET vocab_size = 2000000000"
                                    << "expected 2000000000";
        QTest::newRow("dim-huge") << "UPDATE models SET dim = 65536"
                                  << "bytes";
        QTest::newRow("dim-too-big") << "UPDATE models SET dim = 100000"
                                     << "invalid shape";
        QTest::newRow("dim-zero") << "UPDATE models SET dim = 0"
                                  << "invalid shape";
        QTest::newRow("dim-negative") << "UPDATE models SET dim = -3"
                                      << "invalid shape";
        QTest::newRow("flipped-byte") << "flip"
                                      << "checksum mismatch";
        QTest::newRow("chunk-checksum")
            << "UPDATE vector_chunks SET checksum = (checksum + 1) % 4294967296"
            << "checksum";
        QTest::newRow("model-checksum") << "UPDATE models SET vectors_checksum = 1"
                                        << "checksum";
        QTest::newRow("word-row-gap") << "UPDATE words SET row = 100 WHERE row = 1"
                                      << "skip row";
        QTest::newRow("word-as-blob") << "UPDATE words SET word = x'41' WHERE row = 2"
                                      << "invalid word";
        QTest::newRow("word-empty") << "UPDATE words SET word = '' WHERE row = 2"
                                    << "invalid word";
        QTest::newRow("count-negative") << "UPDATE words SET count = -1 WHERE row = 2"
                                        << "invalid word";
        QTest::newRow("count-changed") << "UPDATE words SET count = count + 1 WHERE row = 2"
                                       << "words checksum";
        QTest::newRow("word-missing") << "DELETE FROM words WHERE row = 3"
                                      << "words, expected";
        QTest::newRow("nan-with-valid-checksums") << "nan"
                                                  << "non-finite";
        QTest::newRow("duplicate-with-valid-checksums") << "duplicate"
                                                        << "occurs twice";
    }

    void rejectsTamperedModels()
    {
        QFETCH(QString, sql);
        QFETCH(QString, mentions);
        Database db = create();
        ModelStore store(db);
        auto model = randomModel(10, 4, 9);
        auto id = store.save(*model, named("victim"));
        QVERIFY(id.ok());
        QVERIFY(store.save(*randomModel(3, 4, 10), named("bystander")).ok());
        const std::string where = " WHERE model_id = " + std::to_string(*id);
        if (sql == "nan" || sql == "flip") {
            // "nan": craft a NaN and recompute every checksum, as a deliberate attacker would.
            // "flip": change one bit and keep the old checksums, as a random bit error would.
            auto blob = Statement::prepare(db, "SELECT data FROM vector_chunks" + where);
            QVERIFY(*blob->step());
            auto span = blob->columnBlob(0);
            std::vector<std::byte> bytes(span.begin(), span.end());
            const float nan = std::numeric_limits<float>::quiet_NaN();
            if (sql == "nan")
                std::memcpy(bytes.data() + 4 * 5, &nan, 4);
            else
                bytes[9] ^= std::byte { 0x01 };
            const auto crc = sql == "nan" ? std::to_string(crc32c(bytes)) : std::string("checksum");
            auto update = Statement::prepare(
                db, "UPDATE vector_chunks SET data = ?1, checksum = " + crc + where);
            QVERIFY(update->bindBlob(1, bytes).run().ok());
            if (sql == "nan") {
                QVERIFY(db.exec("UPDATE models SET vectors_checksum = " + crc
                                + " WHERE id = " + std::to_string(*id))
                            .ok());
            }
        } else if (sql == "duplicate") {
            ModelChecksum sum;
            for (std::size_t r = 0; r < model->size(); ++r)
                sum.addWord(model->words()[r == 1 ? 0 : r], model->counts()[r]);
            QVERIFY(db.exec("UPDATE words SET word = (SELECT word FROM words" + where
                            + " AND row = 0)" + where
                            + " AND row = 1; UPDATE models SET "
                              "words_checksum = "
                            + std::to_string(sum.words()) + " WHERE id = " + std::to_string(*id))
                        .ok());
        } else {
            // CHECK constraints are no obstacle to a crafted file; switch them off to craft one.
            QVERIFY(db.exec("PRAGMA ignore_check_constraints = ON").ok());
            std::string statement = sql.toStdString();
            statement += statement.find("models") != std::string::npos
                ? " WHERE id = " + std::to_string(*id)
                : (statement.find("WHERE") != std::string::npos
                       ? " AND model_id = " + std::to_string(*id)
                       : where);
            auto done = db.exec(statement);
            QVERIFY2(done.ok(), done ? "" : done.error().detail.c_str());
        }
        auto loaded = store.load(*id);
        QVERIFY(!loaded.ok());
        QCOMPARE(loaded.error().code, ErrorCode::DatabaseCorrupt);
        const QString detail = QString::fromStdString(loaded.error().detail);
        QVERIFY2(detail.contains(mentions), qPrintable(detail));
        QVERIFY2(detail.contains("model " + QString::number(*id)), qPrintable(detail));

        auto problems = store.verify();
        QVERIFY(problems.ok());
        QCOMPARE(problems->size(), std::size_t { 1 });
        QVERIFY(store.load(std::string_view("bystander")).ok());
    }

    // A chunk of 2000 x 300 values (2.4 MB) is read and checked in several pieces; a crafted
    // non-finite value anywhere in it, with every checksum made to agree, is still found and
    // its row named (row = value index / 300, counted by hand), by load() and by verify().
    void namesTheRowOfANonFiniteValue_data()
    {
        QTest::addColumn<int>("row");
        QTest::addColumn<int>("column");
        QTest::addColumn<float>("value");
        const float nan = std::numeric_limits<float>::quiet_NaN();
        const float inf = std::numeric_limits<float>::infinity();
        QTest::newRow("nan-first-value") << 0 << 0 << nan;
        QTest::newRow("nan-middle") << 1500 << 7 << nan;
        QTest::newRow("minus-inf-last-value") << 1999 << 299 << -inf;
        QTest::newRow("inf-at-piece-edge") << 218 << 136 << inf; // value 65536: byte 262144
    }

    void namesTheRowOfANonFiniteValue()
    {
        QFETCH(int, row);
        QFETCH(int, column);
        QFETCH(float, value);
        Database db = create();
        ModelStore store(db);
        auto id = store.save(*randomModel(2000, 300, 4), named("wide"));
        QVERIFY(id.ok());
        const std::string where = " WHERE model_id = " + std::to_string(*id);
        QCOMPARE(db.queryInt64("SELECT count(*) FROM vector_chunks" + where).value(), 1);
        auto blob = Statement::prepare(db, "SELECT data FROM vector_chunks" + where);
        QVERIFY(*blob->step());
        auto span = blob->columnBlob(0);
        std::vector<std::byte> bytes(span.begin(), span.end());
        blob = Statement();
        std::memcpy(bytes.data() + 4 * (row * 300 + column), &value, 4);
        const std::string crc = std::to_string(crc32c(bytes));
        auto update = Statement::prepare(
            db, "UPDATE vector_chunks SET data = ?1, checksum = " + crc + where);
        QVERIFY(update->bindBlob(1, bytes).run().ok());
        QVERIFY(db.exec("UPDATE models SET vectors_checksum = " + crc
                        + " WHERE id = " + std::to_string(*id))
                    .ok());

        auto loaded = store.load(*id);
        QVERIFY(!loaded.ok());
        QCOMPARE(loaded.error().code, ErrorCode::DatabaseCorrupt);
        const QString expected = QString("row %1 holds a non-finite value").arg(row);
        QVERIFY2(QString::fromStdString(loaded.error().detail).contains(expected),
                 loaded.error().detail.c_str());
        auto problems = store.verify();
        QVERIFY(problems.ok());
        QCOMPARE(problems->size(), std::size_t { 1 });
        QVERIFY2(QString::fromStdString(problems->front()).contains(expected),
                 problems->front().c_str());
    }

    // One flipped bit late in a multi-piece chunk, checksums left alone: a checksum mismatch.
    void findsABitFlipInALaterPiece()
    {
        Database db = create();
        ModelStore store(db);
        auto id = store.save(*randomModel(2000, 300, 5), named("wide"));
        QVERIFY(id.ok());
        const std::string where = " WHERE model_id = " + std::to_string(*id);
        auto blob = Statement::prepare(db, "SELECT data FROM vector_chunks" + where);
        QVERIFY(*blob->step());
        auto span = blob->columnBlob(0);
        std::vector<std::byte> bytes(span.begin(), span.end());
        blob = Statement();
        bytes[2'000'000] ^= std::byte { 0x01 };
        auto update = Statement::prepare(db, "UPDATE vector_chunks SET data = ?1" + where);
        QVERIFY(update->bindBlob(1, bytes).run().ok());
        auto loaded = store.load(*id);
        QVERIFY(!loaded.ok());
        QCOMPARE(loaded.error().code, ErrorCode::DatabaseCorrupt);
        QVERIFY2(loaded.error().detail.find("checksum mismatch") != std::string::npos,
                 loaded.error().detail.c_str());
    }

    // The streaming writer: bad rows are refused one by one and the write stays usable;
    // nothing is visible to other connections before commit; abort leaves nothing.
};

QTEST_APPLESS_MAIN(TestModelStoreTamper)
#include "tst_modelstoretamper.moc"
