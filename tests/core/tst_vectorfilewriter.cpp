#include "core/formats/vectorfilewriter.h"

#include <QtTest>

#include <bit>
#include <cstdint>
#include <filesystem>
#include <string>
#include <vector>

#include <csignal>
#include <sys/resource.h>

using namespace ewb::core;

Q_DECLARE_METATYPE(ewb::core::ErrorCode)
Q_DECLARE_METATYPE(ewb::core::VectorFormat)

namespace {

struct Entry
{
    std::string word;
    std::vector<float> values;
};

Result<void> writeEntries(const std::filesystem::path &path, VectorFormat format,
                          const std::vector<Entry> &entries, std::size_t dim)
{
    VectorFileWriter writer;
    if (auto opened = writer.open(path, format, entries.size(), dim); !opened)
        return opened;
    for (const Entry &entry : entries) {
        if (auto put = writer.write(entry.word, entry.values); !put)
            return put;
    }
    return writer.commit();
}

QByteArray readBytes(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray("<missing>");
}

QStringList entriesOf(const QTemporaryDir &dir)
{
    return QDir(dir.path()).entryList(QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot);
}

} // namespace

class TestVectorFileWriter : public QObject
{
    Q_OBJECT

private slots:
    // Expected bytes worked out by hand: shortest round-trip decimals of the floats, and their
    // IEEE-754 bit patterns in little-endian order (0.1f = 0x3dcccccd, -2.5f = 0xc0200000,
    // the smallest subnormal = 0x00000001, FLT_MAX = 0x7f7fffff).
    void exactBytes_data()
    {
        QTest::addColumn<VectorFormat>("format");
        QTest::addColumn<QByteArray>("expected");
        QTest::newRow("word2vec-text") << VectorFormat::Word2VecText
                                       << QByteArray("2 2\na 0.1 -2.5\n中 1e-45 3.4028235e+38\n");
        QTest::newRow("glove-text")
            << VectorFormat::GloveText << QByteArray("a 0.1 -2.5\n中 1e-45 3.4028235e+38\n");
        QTest::newRow("word2vec-binary")
            << VectorFormat::Word2VecBinary
            << QByteArray("2 2\na ") + QByteArray::fromHex("cdcccc3d000020c0") + "\n中 "
                + QByteArray::fromHex("01000000ffff7f7f") + "\n";
    }

    void exactBytes()
    {
        QFETCH(VectorFormat, format);
        QFETCH(QByteArray, expected);
        QTemporaryDir dir;
        const QString path = dir.filePath("out");
        const std::vector<Entry> entries
            = { { "a", { 0.1f, -2.5f } }, { "中", { 1e-45f, 3.4028235e38f } } };
        const auto written = writeEntries(path.toStdString(), format, entries, 2);
        QVERIFY2(written, written ? "" : written.error().detail.c_str());
        QCOMPARE(readBytes(path), expected);
        QCOMPARE(entriesOf(dir), QStringList { "out" });
    }

    void formatFromFileName_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QByteArray>("start");
        QTest::newRow("bin") << "vectors.bin" << QByteArray("1 1\na \x00\x00\x80\x3f\n", 11);
        QTest::newRow("vec") << "vectors.vec" << QByteArray("1 1\na 1\n");
        QTest::newRow("txt") << "vectors.txt" << QByteArray("1 1\na 1\n");
    }

    void formatFromFileName()
    {
        QFETCH(QString, name);
        QFETCH(QByteArray, start);
        QTemporaryDir dir;
        QVERIFY(writeEntries(dir.filePath(name).toStdString(), VectorFormat::Auto,
                             { { "a", { 1.0f } } }, 1));
        QCOMPARE(readBytes(dir.filePath(name)), start);
    }

    // Every failure leaves no file behind and an existing file untouched.
    void rejected_data()
    {
        QTest::addColumn<VectorFormat>("format");
        QTest::addColumn<QString>("word");
        QTest::addColumn<float>("value");
        QTest::addColumn<ErrorCode>("code");
        QTest::addColumn<QString>("detail");
        const auto text = VectorFormat::Word2VecText;
        QTest::newRow("empty-word")
            << text << "" << 1.0f << ErrorCode::InvalidArgument << "is empty";
        QTest::newRow("newline-in-word")
            << text << "a\nb" << 1.0f << ErrorCode::InvalidArgument << "control character";
        QTest::newRow("space-in-binary") << VectorFormat::Word2VecBinary << "new york" << 1.0f
                                         << ErrorCode::InvalidArgument << "holds a space";
        QTest::newRow("leading-space")
            << text << " a" << 1.0f << ErrorCode::InvalidArgument << "begins or ends with a space";
        QTest::newRow("number-field-word")
            << text << "a 1.5" << 1.0f << ErrorCode::InvalidArgument << "ends in a number";
        QTest::newRow("nan") << text << "a" << std::numeric_limits<float>::quiet_NaN()
                             << ErrorCode::NumericError << "NaN or infinite";
        QTest::newRow("inf") << VectorFormat::Word2VecBinary << "a"
                             << std::numeric_limits<float>::infinity() << ErrorCode::NumericError
                             << "NaN or infinite";
    }

    void rejected()
    {
        QFETCH(VectorFormat, format);
        QFETCH(QString, word);
        QFETCH(float, value);
        QFETCH(ErrorCode, code);
        QFETCH(QString, detail);
        QTemporaryDir dir;
        const QString path = dir.filePath("out.vec");
        QFile old(path);
        QVERIFY(old.open(QIODevice::WriteOnly));
        old.write("old content\n");
        old.close();
        const auto written
            = writeEntries(path.toStdString(), format,
                           { { "first", { 1.0f } }, { word.toStdString(), { value } } }, 1);
        QVERIFY(!written);
        QCOMPARE(errorCodeName(written.error().code), errorCodeName(code));
        QVERIFY2(QString::fromStdString(written.error().detail).contains(detail),
                 written.error().detail.c_str());
        QCOMPARE(readBytes(path), QByteArray("old content\n"));
        QCOMPARE(entriesOf(dir), QStringList { "out.vec" });
    }

    void wrongCounts()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath("out.vec");
        VectorFileWriter writer;
        QVERIFY(writer.open(path.toStdString(), VectorFormat::Word2VecText, 2, 2));
        const float values[] = { 1.0f, 2.0f };
        QVERIFY(writer.write("a", values));
        const auto committed = writer.commit();
        QVERIFY(!committed);
        QVERIFY(QString::fromStdString(committed.error().detail).contains("1 of the 2"));
        QVERIFY(entriesOf(dir).isEmpty());

        QVERIFY(writer.open(path.toStdString(), VectorFormat::Word2VecText, 1, 2));
        const auto shortRow = writer.write("a", std::span<const float>(values, 1));
        QVERIFY(!shortRow);
        QCOMPARE(shortRow.error().code, ErrorCode::InvalidArgument);
        QVERIFY(entriesOf(dir).isEmpty());
    }

    void badTargets_data()
    {
        QTest::addColumn<QString>("target");
        QTest::addColumn<ErrorCode>("code");
        QTest::newRow("directory") << "sub" << ErrorCode::NotRegularFile;
        QTest::newRow("missing-directory") << "missing/out.vec" << ErrorCode::NotFound;
        QTest::newRow("missing-cjk-directory") << "目录/输出.vec" << ErrorCode::NotFound;
    }

    void badTargets()
    {
        QFETCH(QString, target);
        QFETCH(ErrorCode, code);
        QTemporaryDir dir;
        QVERIFY(QDir(dir.path()).mkdir("sub"));
        const QString path = dir.filePath(target);
        const auto written = writeEntries(path.toStdString(), VectorFormat::Word2VecText,
                                          { { "a", { 1.0f } } }, 1);
        QVERIFY(!written);
        QCOMPARE(errorCodeName(written.error().code), errorCodeName(code));
        QVERIFY2(QString::fromStdString(written.error().detail).contains(path),
                 written.error().detail.c_str());
        QVERIFY(entriesOf(dir).isEmpty());
    }

    // A write that fails half-way (here: the file size limit, as a full disk would) removes the
    // temporary file and leaves the previous file intact.
    void failedWriteLeavesNothing()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath("out.vec");
        QFile old(path);
        QVERIFY(old.open(QIODevice::WriteOnly));
        old.write("old content\n");
        old.close();
        std::vector<Entry> entries;
        for (int i = 0; i < 20000; ++i)
            entries.push_back({ "word" + std::to_string(i), std::vector<float>(16, 0.123456f) });

        rlimit saved = {};
        QCOMPARE(::getrlimit(RLIMIT_FSIZE, &saved), 0);
        const auto previousHandler = std::signal(SIGXFSZ, SIG_IGN);
        rlimit small = saved;
        small.rlim_cur = 64 * 1024;
        QCOMPARE(::setrlimit(RLIMIT_FSIZE, &small), 0);
        const auto written
            = writeEntries(path.toStdString(), VectorFormat::Word2VecText, entries, 16);
        ::setrlimit(RLIMIT_FSIZE, &saved);
        std::signal(SIGXFSZ, previousHandler);

        QVERIFY(!written);
        QCOMPARE(errorCodeName(written.error().code), errorCodeName(ErrorCode::IoError));
        QVERIFY2(QString::fromStdString(written.error().detail).contains(path),
                 written.error().detail.c_str());
        QCOMPARE(readBytes(path), QByteArray("old content\n"));
        QCOMPARE(entriesOf(dir), QStringList { "out.vec" });
    }

    void discardedByDestructor()
    {
        QTemporaryDir dir;
        {
            VectorFileWriter writer;
            QVERIFY(writer.open(dir.filePath("out.bin").toStdString(), VectorFormat::Auto, 1, 1));
            const float one = 1.0f;
            QVERIFY(writer.write("a", std::span<const float>(&one, 1)));
            QCOMPARE(entriesOf(dir).size(), 1);
        }
        QVERIFY(entriesOf(dir).isEmpty());
    }
};

QTEST_APPLESS_MAIN(TestVectorFileWriter)
#include "tst_vectorfilewriter.moc"
