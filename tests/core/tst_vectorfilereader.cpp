#include "core/formats/vectorfilereader.h"

#include <QtTest>

#include <bit>
#include <cstdint>
#include <filesystem>
#include <initializer_list>
#include <string>
#include <vector>

#include <sys/stat.h>

using namespace ewb::core;

Q_DECLARE_METATYPE(ewb::core::ErrorCode)
Q_DECLARE_METATYPE(ewb::core::VectorFormat)
Q_DECLARE_METATYPE(ewb::core::VectorReadOptions::InvalidUtf8)

namespace {

// Little-endian IEEE-754 bytes of float32 values, as word2vec binary stores them.
QByteArray le(std::initializer_list<float> values)
{
    QByteArray out;
    for (const float value : values) {
        const auto bits = std::bit_cast<std::uint32_t>(value);
        for (int b = 0; b < 4; ++b)
            out.append(static_cast<char>((bits >> (8 * b)) & 0xFFu));
    }
    return out;
}

std::filesystem::path writeFile(const QTemporaryDir &dir, const QByteArray &bytes,
                                const QString &name = QStringLiteral("vectors"))
{
    const QString path = dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
        qFatal("cannot write %s", qPrintable(path));
    return std::filesystem::path(path.toStdString());
}

struct Row
{
    std::string word;
    std::vector<float> values;
};

// Reads every row with the streaming API; fails the test on an error.
std::vector<Row> readAll(VectorFileReader &reader)
{
    std::vector<Row> rows;
    std::string word;
    std::vector<float> values(reader.header().dim);
    for (;;) {
        const auto more = reader.next(word, values);
        if (!more) {
            qWarning("%s", more.error().detail.c_str());
            return {};
        }
        if (!*more)
            return rows;
        rows.push_back({ word, values });
    }
}

// Opens and reads to the end, returning the first error (Ok when there was none).
Error readError(const std::filesystem::path &path, const VectorReadOptions &options)
{
    VectorFileReader reader;
    const auto header = reader.open(path, options);
    if (!header)
        return header.error();
    std::string word;
    std::vector<float> values(header->dim);
    for (;;) {
        const auto more = reader.next(word, values);
        if (!more)
            return more.error();
        if (!*more)
            return Error { ErrorCode::Ok, {} };
    }
}

} // namespace

class TestVectorFileReader : public QObject
{
    Q_OBJECT

private slots:
    void badInput_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<VectorFormat>("format");
        QTest::addColumn<bool>("strict");
        QTest::addColumn<ErrorCode>("code");
        QTest::addColumn<QString>("detail");
        const auto F = VectorFormat::Auto;
        const QByteArray two = le({ 1.0f, 2.0f });

        // Row 25: the byte offset is the file size (4 + 6 + 8 + 1 + 5 + 4 = 28).
        QTest::newRow("bin-truncated-mid-vector")
            << QByteArray("2 2\nalpha ") + two + "\nbeta " + le({ 3.0f }) << F << false
            << ErrorCode::Truncated << "expected 2 vectors, got 1 (truncated at byte 28)";
        QTest::newRow("bin-truncated-in-word")
            << QByteArray("2 2\nalpha ") + two + "\nbetagammadelta" << F << false
            << ErrorCode::Truncated << "expected 2 vectors, got 1 (truncated at byte 33)";
        // Row 26: the header is checked against the file size before anything is allocated.
        QTest::newRow("bin-count-lies")
            << QByteArray("1000 300\nalpha ") + two << F << false << ErrorCode::Truncated
            << "promises 1000 vectors of dimension 300";
        QTest::newRow("text-count-lies") << QByteArray("100 2\nalpha 1 2\n") << F << false
                                         << ErrorCode::Truncated << "promises 100 vectors";
        QTest::newRow("dim-above-cap")
            << QByteArray("1 100000\nalpha 1\n") << F << false << ErrorCode::ParseError
            << "dimension 100000 in line 1 is outside 1..4096";
        QTest::newRow("dim-zero") << QByteArray("1 0\nalpha\n") << F << false
                                  << ErrorCode::ParseError << "dimension 0";
        QTest::newRow("text-too-few-rows")
            << QByteArray("3 2\nalpha 1.5 2.5\nbeta 3.5 4.5\n") << F << false
            << ErrorCode::Truncated << "expected 3 vectors, got 2 (the file ends at line 4)";
        QTest::newRow("text-extra-rows")
            << QByteArray("1 2\nalpha 1 2\nbeta 3 4\n") << F << false << ErrorCode::ParseError
            << "extra data at line 3 after the 1 vectors";
        // 4 + (6 + 8) = byte 18 is where "beta" starts.
        QTest::newRow("bin-extra-rows")
            << QByteArray("1 2\nalpha ") + two + "beta " + two << F << false
            << ErrorCode::ParseError << "extra data at byte 18 after the 1 vectors";
        // Row 28.
        QTest::newRow("header-non-numeric")
            << QByteArray("abc def\nalpha 1 2\n") << F << false << ErrorCode::ParseError
            << "line 1 must be a 'count dim' header of two non-negative integers: 'abc def'";
        QTest::newRow("header-negative")
            << QByteArray("-3 2\nalpha 1 2\n") << F << false << ErrorCode::ParseError << "'-3 2'";
        QTest::newRow("header-extra-field") << QByteArray("2 2 7\nalpha 1 2\nbeta 3 4\n") << F
                                            << false << ErrorCode::ParseError << "'2 2 7'";
        QTest::newRow("header-float") << QByteArray("2.0 2\nalpha 1 2\nbeta 3 4\n") << F << false
                                      << ErrorCode::ParseError << "'2.0 2'";
        QTest::newRow("header-one-field")
            << QByteArray("12\nalpha 1 2\n") << F << false << ErrorCode::ParseError << "'12'";
        // Row 32: locale-independent numbers, non-finite values rejected with the line.
        QTest::newRow("nan") << QByteArray("1 2\nalpha nan 1\n") << F << false
                             << ErrorCode::NumericError
                             << "line 2: value 1 'nan' is not a finite float";
        QTest::newRow("inf") << QByteArray("1 2\nalpha 1 -inf\n") << F << false
                             << ErrorCode::NumericError << "line 2: value 2 '-inf'";
        QTest::newRow("overflow") << QByteArray("1 2\nalpha 1e400 1\n") << F << false
                                  << ErrorCode::NumericError << "line 2: value 1 '1e400'";
        QTest::newRow("float-overflow") << QByteArray("1 2\nalpha 1 3.5e38\n") << F << false
                                        << ErrorCode::NumericError << "'3.5e38'";
        QTest::newRow("decimal-comma")
            << QByteArray("1 2\nalpha 0,5 1\n") << F << false << ErrorCode::ParseError
            << "line 2: value 1 '0,5' is not a number";
        QTest::newRow("hex-float") << QByteArray("1 2\nalpha 0x1p3 1\n") << F << false
                                   << ErrorCode::ParseError << "'0x1p3' is not a number";
        QTest::newRow("bin-nan") << QByteArray("1 2\nalpha ") + le({ 1.0f, NAN }) << F << false
                                 << ErrorCode::NumericError << "vector 1 (byte 4) 'alpha': value 2";
        // Row 34.
        QTest::newRow("dim-minus-one")
            << QByteArray("2 3\nalpha 1 2 3\nbeta 1 2\n") << F << false << ErrorCode::ParseError
            << "line 3 has 3 fields where a word and 3 numbers";
        QTest::newRow("dim-plus-one")
            << QByteArray("2 2\nalpha 1 2\nbeta 1 2 3\n") << F << false << ErrorCode::ParseError
            << "line 3 has 4 fields where a word and 2 numbers";
        QTest::newRow("blank-line") << QByteArray("2 2\nalpha 1 2\n\nbeta 1 2\n") << F << false
                                    << ErrorCode::ParseError << "line 3 is blank";
        QTest::newRow("glove-short-row") << QByteArray("alpha 1 2 3\nbeta 1 2\n") << F << false
                                         << ErrorCode::ParseError << "line 2 has 3 fields";
        QTest::newRow("glove-blank-line") << QByteArray("alpha 1 2 3\n \nbeta 1 2 3\n") << F
                                          << false << ErrorCode::ParseError << "line 2 is blank";
        QTest::newRow("gzip") << QByteArray("\x1f\x8b\x08\x00\x00\x00\x00\x00", 8) << F << false
                              << ErrorCode::UnsupportedFormat
                              << "gzip-compressed; decompress it first";
        QTest::newRow("xz") << QByteArray("\xfd"
                                          "7zXZ\x00\x00",
                                          7)
                            << F << false << ErrorCode::UnsupportedFormat << "xz-compressed";
        // Row 35: fastText's magic 793712314 and version 12 as little-endian int32.
        QTest::newRow("fasttext-bin")
            << QByteArray("\xba\x16\x4f\x2f\x0c\x00\x00\x00", 8) << F << false
            << ErrorCode::UnsupportedFormat << "is a fastText model";
        QTest::newRow("elf") << QByteArray("\x7f"
                                           "ELF\x02\x01\x01\x00",
                                           8)
                             << F << false << ErrorCode::BinaryInput
                             << "binary data in line 1 at byte 0";
        QTest::newRow("empty") << QByteArray() << F << false << ErrorCode::EmptyInput << "is empty";
        // Row 31 in strict mode.
        QTest::newRow("strict-duplicate")
            << QByteArray("2 2\nalpha 1 2\nalpha 3 4\n") << F << true << ErrorCode::ParseError
            << "line 3: duplicate word 'alpha' (first at line 2)";
        QTest::newRow("strict-duplicate-bin")
            << QByteArray("2 2\nalpha ") + two + "alpha " + two << F << true
            << ErrorCode::ParseError
            << "vector 2 (byte 18): duplicate word 'alpha' (first at vector 1)";
        // A header whose dim does not match the data desynchronises binary rows: caught at once.
        QTest::newRow("bin-dim-mismatch")
            << QByteArray("2 1\nalpha ") + le({ 1.0f, 2.0f }) + "beta " + le({ 3.0f, 4.0f }) << F
            << false << ErrorCode::ParseError << "vector 2 (byte 14): control byte in word";
        QTest::newRow("forced-text-without-header")
            << QByteArray("alpha 1 2\nbeta 3 4\n") << VectorFormat::Word2VecText << false
            << ErrorCode::ParseError << "'count dim' header";
    }

    void badInput()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(VectorFormat, format);
        QFETCH(bool, strict);
        QFETCH(ErrorCode, code);
        QFETCH(QString, detail);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const auto path = writeFile(dir, bytes);
        VectorReadOptions options;
        options.format = format;
        options.strict = strict;
        const Error error = readError(path, options);
        QCOMPARE(errorCodeName(error.code), errorCodeName(code));
        const QString message = QString::fromStdString(error.detail);
        QVERIFY2(message.contains(detail), qPrintable(message));
        QVERIFY2(message.contains(QString::fromStdString(path.string())), qPrintable(message));
    }

    void notARegularFile_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<ErrorCode>("code");
        QTest::addColumn<QString>("detail");
        QTest::newRow("directory") << "directory" << ErrorCode::NotRegularFile << "is a directory";
        QTest::newRow("fifo") << "fifo" << ErrorCode::NotRegularFile << "not a regular file";
        QTest::newRow("missing") << "missing" << ErrorCode::NotFound << "no such file";
        QTest::newRow("missing-cjk-path")
            << "向量/词向量.bin" << ErrorCode::NotFound << "no such file";
    }

    void notARegularFile()
    {
        QFETCH(QString, kind);
        QFETCH(ErrorCode, code);
        QFETCH(QString, detail);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(kind);
        if (kind == QLatin1String("directory"))
            QVERIFY(QDir(dir.path()).mkdir(kind));
        if (kind == QLatin1String("fifo"))
            QCOMPARE(::mkfifo(path.toLocal8Bit().constData(), 0600), 0);
        VectorFileReader reader;
        const auto header = reader.open(std::filesystem::path(path.toStdString()));
        QVERIFY(!header);
        QCOMPARE(errorCodeName(header.error().code), errorCodeName(code));
        const QString message = QString::fromStdString(header.error().detail);
        QVERIFY2(message.contains(detail), qPrintable(message));
        QVERIFY2(message.contains(path), qPrintable(message));
    }

    // Hand-computed IEEE-754 values: 1.0 = 0x3f800000, -2.5 = 0xc0200000, 0.1f = 0x3dcccccd.
    void binaryValues_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<int>("newlines");
        const QByteArray ab = QByteArray("ab ") + QByteArray::fromHex("0000803f000020c0cdcccc3d");
        const QByteArray zh = QByteArray("中 ") + QByteArray::fromHex("000000800000000000000000");
        // Row 29: the original tool ends each vector with '\n', gensim 4 does not.
        QTest::newRow("with-newlines") << QByteArray("2 3\n") + ab + "\n" + zh + "\n" << 1;
        QTest::newRow("without-newlines") << QByteArray("2 3\n") + ab + zh << 0;
    }

    void binaryValues()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(int, newlines);
        QTemporaryDir dir;
        const auto path = writeFile(dir, bytes);
        VectorFileReader reader;
        const auto header = reader.open(path);
        QVERIFY2(header, header ? "" : header.error().detail.c_str());
        QCOMPARE(header->format, VectorFormat::Word2VecBinary);
        QCOMPARE(header->count, std::size_t { 2 });
        QCOMPARE(header->dim, std::size_t { 3 });
        const auto rows = readAll(reader);
        QCOMPARE(rows.size(), std::size_t { 2 });
        QCOMPARE(rows[0].word, std::string("ab"));
        QCOMPARE(std::bit_cast<std::uint32_t>(rows[0].values[0]), 0x3f800000u);
        QCOMPARE(std::bit_cast<std::uint32_t>(rows[0].values[1]), 0xc0200000u);
        QCOMPARE(std::bit_cast<std::uint32_t>(rows[0].values[2]), 0x3dcccccdu);
        QCOMPARE(rows[1].word, std::string("中"));
        QCOMPARE(std::bit_cast<std::uint32_t>(rows[1].values[0]), 0x80000000u); // -0.0
        QCOMPARE(reader.report().binaryNewlines, std::size_t(newlines));
    }

    void textRows_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<VectorFormat>("format");
        QTest::addColumn<QStringList>("words");
        QTest::addColumn<QList<float>>("values");
        QTest::newRow("word2vec-text")
            << QByteArray("2 2\nalpha 0.5 -1.25\nbeta 3 4e-3\n") << VectorFormat::Word2VecText
            << QStringList { "alpha", "beta" } << QList<float> { 0.5f, -1.25f, 3.0f, 0.004f };
        QTest::newRow("crlf-and-bom")
            << QByteArray("\xEF\xBB\xBF"
                          "2 2\r\nalpha 0.5 -1.25\r\nbeta 3 4e-3\r\n")
            << VectorFormat::Word2VecText << QStringList { "alpha", "beta" }
            << QList<float> { 0.5f, -1.25f, 3.0f, 0.004f };
        // The original tool prints "%lf " per value: six decimals and a space before '\n'.
        QTest::newRow("word2vec-c-text")
            << QByteArray("2 2\nalpha 0.500000 -1.250000 \nbeta 3.000000 0.004000 \n")
            << VectorFormat::Word2VecText << QStringList { "alpha", "beta" }
            << QList<float> { 0.5f, -1.25f, 3.0f, 0.004f };
        // Row 33: a word that looks like a number and a word holding a space.
        QTest::newRow("odd-words")
            << QByteArray("3 2\n-0.27998 1 2\nnew york 3 4\n1990 +5 .5\n")
            << VectorFormat::Word2VecText << QStringList { "-0.27998", "new york", "1990" }
            << QList<float> { 1, 2, 3, 4, 5, 0.5f };
        // Row 27: no header, a word and dim numbers on line 1.
        QTest::newRow("glove") << QByteArray("alpha 0.5 -1.25 2\nbeta 3 4e-3 0\n\n")
                               << VectorFormat::GloveText << QStringList { "alpha", "beta" }
                               << QList<float> { 0.5f, -1.25f, 2.0f, 3.0f, 0.004f, 0.0f };
        QTest::newRow("glove-word-with-space")
            << QByteArray("new york 0.5 -1.25\nbeta 3 4e-3") << VectorFormat::GloveText
            << QStringList { "new york", "beta" } << QList<float> { 0.5f, -1.25f, 3.0f, 0.004f };
        // Row 36: all-zero vectors are data like any other; values below float range are 0.
        QTest::newRow("zero-and-underflow")
            << QByteArray("2 2\nzero 0 0.0\ntiny 1e-50 -1e-400\n") << VectorFormat::Word2VecText
            << QStringList { "zero", "tiny" } << QList<float> { 0, 0, 0, -0.0f };
        QTest::newRow("trailing-blank-lines")
            << QByteArray("1 2\nalpha 1 2\n\n \n") << VectorFormat::Word2VecText
            << QStringList { "alpha" } << QList<float> { 1, 2 };
    }

    void textRows()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(VectorFormat, format);
        QFETCH(QStringList, words);
        QFETCH(QList<float>, values);
        QTemporaryDir dir;
        const auto path = writeFile(dir, bytes);
        VectorFileReader reader;
        const auto header = reader.open(path);
        QVERIFY2(header, header ? "" : header.error().detail.c_str());
        QCOMPARE(header->format, format);
        QCOMPARE(header->headerless, format == VectorFormat::GloveText);
        if (header->headerless)
            QVERIFY(QString::fromStdString(header->detection).contains("GloVe"));
        QCOMPARE(header->count, std::size_t(words.size()));
        const auto rows = readAll(reader);
        QCOMPARE(rows.size(), std::size_t(words.size()));
        for (qsizetype i = 0; i < words.size(); ++i) {
            QCOMPARE(QString::fromStdString(rows[std::size_t(i)].word), words[i]);
            for (std::size_t k = 0; k < header->dim; ++k) {
                const float expected = values[i * qsizetype(header->dim) + qsizetype(k)];
                QCOMPARE(std::bit_cast<std::uint32_t>(rows[std::size_t(i)].values[k]),
                         std::bit_cast<std::uint32_t>(expected));
            }
        }
    }

    // Row 30: a Latin-1 word and a word cut inside a UTF-8 sequence (as in GoogleNews).
    void invalidUtf8_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<VectorReadOptions::InvalidUtf8>("policy");
        QTest::addColumn<QStringList>("words");
        QTest::addColumn<int>("replaced");
        QTest::addColumn<int>("skipped");
        const QByteArray text("4 1\ncaf\xe9 1\nok 2\n\xe4\xb8 3\n\xe4\xb8\xad 4\n");
        const QByteArray binary = QByteArray("4 1\ncaf\xe9 ") + le({ 1 }) + "ok " + le({ 2 })
            + "\xe4\xb8 " + le({ 3 }) + "\xe4\xb8\xad " + le({ 4 });
        const QString fffd(QChar(0xFFFD));
        QTest::newRow("text-replace") << text << VectorReadOptions::InvalidUtf8::Replace
                                      << QStringList { "caf" + fffd, "ok", fffd, "中" } << 2 << 0;
        QTest::newRow("text-skip")
            << text << VectorReadOptions::InvalidUtf8::Skip << QStringList { "ok", "中" } << 0 << 2;
        QTest::newRow("binary-replace") << binary << VectorReadOptions::InvalidUtf8::Replace
                                        << QStringList { "caf" + fffd, "ok", fffd, "中" } << 2 << 0;
        QTest::newRow("binary-skip") << binary << VectorReadOptions::InvalidUtf8::Skip
                                     << QStringList { "ok", "中" } << 0 << 2;
    }

    void invalidUtf8()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(VectorReadOptions::InvalidUtf8, policy);
        QFETCH(QStringList, words);
        QFETCH(int, replaced);
        QFETCH(int, skipped);
        QTemporaryDir dir;
        VectorReadOptions options;
        options.invalidUtf8 = policy;
        VectorFileReader reader;
        QVERIFY(reader.open(writeFile(dir, bytes), options));
        QStringList read;
        for (const Row &row : readAll(reader))
            read << QString::fromStdString(row.word);
        QCOMPARE(read, words);
        QCOMPARE(reader.report().invalidUtf8Replaced, std::size_t(replaced));
        QCOMPARE(reader.report().invalidUtf8Skipped, std::size_t(skipped));
        options.invalidUtf8 = VectorReadOptions::InvalidUtf8::Reject;
        const Error error = readError(writeFile(dir, bytes), options);
        QCOMPARE(errorCodeName(error.code), errorCodeName(ErrorCode::InvalidEncoding));
        QVERIFY2(QString::fromStdString(error.detail).contains("not valid UTF-8"),
                 error.detail.c_str());
    }

    // Row 31, lenient: the first occurrence wins and the rest are counted.
    void duplicatesKeepFirst()
    {
        QTemporaryDir dir;
        VectorFileReader reader;
        QVERIFY(reader.open(writeFile(dir, "3 1\nalpha 1\nbeta 2\nalpha 3\n")));
        const auto rows = readAll(reader);
        QCOMPARE(rows.size(), std::size_t { 2 });
        QCOMPARE(rows[0].word, std::string("alpha"));
        QCOMPARE(rows[0].values[0], 1.0f);
        QCOMPARE(reader.report().duplicatesDropped, std::size_t { 1 });
        QCOMPARE(reader.report().firstDuplicate, std::string("alpha"));
        QCOMPARE(reader.report().rowsRead, std::size_t { 2 });
    }

    void maxCountStopsEarly_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        // The rows after the limit are never looked at, even broken ones.
        QTest::newRow("text") << QByteArray("3 1\nalpha 1\nbeta 2\ngamma nan\n");
        QTest::newRow("glove") << QByteArray("alpha 1 1\nbeta 2 2\ngamma nan\n");
        QTest::newRow("binary") << QByteArray("3 1\nalpha ") + le({ 1 }) + "beta " + le({ 2 })
                + "gamma";
    }

    void maxCountStopsEarly()
    {
        QFETCH(QByteArray, bytes);
        QTemporaryDir dir;
        VectorReadOptions options;
        options.maxCount = 2;
        VectorFileReader reader;
        const auto header = reader.open(writeFile(dir, bytes), options);
        QVERIFY2(header, header ? "" : header.error().detail.c_str());
        QCOMPARE(header->count, std::size_t { 2 });
        const auto rows = readAll(reader);
        QCOMPARE(rows.size(), std::size_t { 2 });
        QCOMPARE(rows[1].word, std::string("beta"));
    }

    void cancelled()
    {
        QTemporaryDir dir;
        QByteArray bytes("3000 2\n");
        for (int i = 0; i < 3000; ++i)
            bytes += "w" + QByteArray::number(i) + " 1 2\n";
        std::stop_source stop;
        VectorReadOptions options;
        options.stop = stop.get_token();
        VectorFileReader reader;
        QVERIFY(reader.open(writeFile(dir, bytes), options));
        std::string word;
        std::vector<float> values(2);
        QVERIFY(*reader.next(word, values));
        stop.request_stop();
        Result<bool> more = true;
        for (int i = 0; i < 3000 && more && *more; ++i)
            more = reader.next(word, values);
        QVERIFY(!more);
        QCOMPARE(more.error().code, ErrorCode::Cancelled);
    }
};

QTEST_APPLESS_MAIN(TestVectorFileReader)
#include "tst_vectorfilereader.moc"
