#include "core/formats/embeddingfile.h"
#include "core/formats/vectorfilereader.h"

#include <QtTest>

#include <bit>
#include <cmath>
#include <cstdint>
#include <filesystem>
#include <random>
#include <string>
#include <vector>

using namespace ewb::core;

Q_DECLARE_METATYPE(ewb::core::ErrorCode)
Q_DECLARE_METATYPE(ewb::core::VectorFormat)

namespace {

struct Expected
{
    std::vector<std::string> words;
    std::vector<std::vector<std::uint32_t>> bits;
};

// The listing bench/make_format_fixtures.py wrote next to gensim's files: word, then the
// IEEE-754 bit pattern of every value as gensim holds it.
Expected loadExpected()
{
    Expected expected;
    QFile file(QStringLiteral(EWB_TEST_DATA_DIR "/gensim/expected-50x8.tsv"));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing fixture %s", qPrintable(file.fileName()));
    while (!file.atEnd()) {
        const QList<QByteArray> columns = file.readLine().split('\t');
        if (columns.size() != 3)
            qFatal("malformed fixture line");
        expected.words.push_back(columns[0].toStdString());
        std::vector<std::uint32_t> row;
        for (const QByteArray &hex : columns[1].split(' '))
            row.push_back(hex.toUInt(nullptr, 16));
        expected.bits.push_back(row);
    }
    return expected;
}

std::shared_ptr<const EmbeddingModel> makeModel(const std::vector<std::string> &words,
                                                std::size_t dim, std::uint32_t seed)
{
    // Random bit patterns cover every exponent, subnormals and both zeros.
    std::mt19937 random(seed);
    Matrix vectors(static_cast<Eigen::Index>(words.size()), static_cast<Eigen::Index>(dim));
    for (Eigen::Index i = 0; i < vectors.size(); ++i) {
        float value = 0;
        do {
            value = std::bit_cast<float>(static_cast<std::uint32_t>(random()));
        } while (!std::isfinite(value));
        vectors.data()[i] = value;
    }
    vectors.row(0).setZero();
    auto model = EmbeddingModel::create(words, {}, std::move(vectors));
    if (!model)
        qFatal("%s", model.error().detail.c_str());
    return *model;
}

void compareBitwise(const EmbeddingModel &actual, const EmbeddingModel &expected)
{
    QCOMPARE(actual.words(), expected.words());
    QCOMPARE(actual.dim(), expected.dim());
    for (Eigen::Index i = 0; i < expected.vectors().size(); ++i)
        QCOMPARE(std::bit_cast<std::uint32_t>(actual.vectors().data()[i]),
                 std::bit_cast<std::uint32_t>(expected.vectors().data()[i]));
}

} // namespace

class TestEmbeddingFile : public QObject
{
    Q_OBJECT

private slots:
    void readsGensimFiles_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<VectorFormat>("format");
        QTest::newRow("binary") << "w2v-50x8.bin" << VectorFormat::Word2VecBinary;
        QTest::newRow("text") << "w2v-50x8.txt" << VectorFormat::Word2VecText;
        QTest::newRow("glove") << "glove-50x8.txt" << VectorFormat::GloveText;
    }

    void readsGensimFiles()
    {
        QFETCH(QString, file);
        QFETCH(VectorFormat, format);
        const std::filesystem::path path(
            (QStringLiteral(EWB_TEST_DATA_DIR "/gensim/") + file).toStdString());
        VectorFileReader reader;
        const auto header = reader.open(path);
        QVERIFY2(header, header ? "" : header.error().detail.c_str());
        QCOMPARE(header->format, format);

        VectorReadReport report;
        const auto model = readEmbeddingFile(path, {}, &report);
        QVERIFY2(model, model ? "" : model.error().detail.c_str());
        const Expected expected = loadExpected();
        QCOMPARE((*model)->words(), expected.words);
        QCOMPARE((*model)->dim(), std::size_t { 8 });
        for (std::size_t i = 0; i < expected.words.size(); ++i) {
            for (std::size_t k = 0; k < 8; ++k)
                QCOMPARE(std::bit_cast<std::uint32_t>(
                             (*model)->vectors()(Eigen::Index(i), Eigen::Index(k))),
                         expected.bits[i][k]);
        }
        QCOMPARE(report.duplicatesDropped, std::size_t { 0 });
        QCOMPARE(report.invalidUtf8Replaced, std::size_t { 0 });
        // gensim 4 writes no '\n' after a binary vector.
        QCOMPARE(report.binaryNewlines, std::size_t { 0 });
    }

    void roundTrip_data()
    {
        QTest::addColumn<VectorFormat>("format");
        QTest::addColumn<QStringList>("words");
        QTest::addColumn<int>("dim");
        const QStringList plain { "the", "of", "and", "to", "in" };
        const QStringList chinese { "词向量", "北京", "红楼梦", "中", "。" };
        const QStringList odd { "-0.27998",
                                "1990",
                                "o'clock",
                                "C++",
                                "😀",
                                "a/b",
                                "x=y",
                                "naïve",
                                "\xe2\x80\x8bzwsp",
                                "nbsp\xc2\xa0word" };
        const QStringList spaced { "new york", "san  francisco", "a b c" };
        for (const auto format : { VectorFormat::Word2VecText, VectorFormat::Word2VecBinary,
                                   VectorFormat::GloveText }) {
            const std::string name(vectorFormatName(format));
            QTest::addRow("%s-plain", name.c_str()) << format << plain << 3;
            QTest::addRow("%s-chinese", name.c_str()) << format << chinese << 17;
            QTest::addRow("%s-odd", name.c_str()) << format << odd << 300;
            if (format != VectorFormat::Word2VecBinary)
                QTest::addRow("%s-spaces", name.c_str()) << format << spaced << 2;
        }
    }

    void roundTrip()
    {
        QFETCH(VectorFormat, format);
        QFETCH(QStringList, words);
        QFETCH(int, dim);
        std::vector<std::string> utf8;
        for (const QString &word : words)
            utf8.push_back(word.toStdString());
        const auto model = makeModel(utf8, std::size_t(dim), 7u + std::uint32_t(dim));
        QTemporaryDir dir;
        const std::filesystem::path first(dir.filePath("first").toStdString());
        const std::filesystem::path second(dir.filePath("second").toStdString());
        const auto written = writeEmbeddingFile(*model, first, format);
        QVERIFY2(written, written ? "" : written.error().detail.c_str());
        const auto read = readEmbeddingFile(first);
        QVERIFY2(read, read ? "" : read.error().detail.c_str());
        compareBitwise(**read, *model);
        // Writing what was read gives the same bytes.
        QVERIFY(writeEmbeddingFile(**read, second, format));
        QFile a(dir.filePath("first"));
        QFile b(dir.filePath("second"));
        QVERIFY(a.open(QIODevice::ReadOnly) && b.open(QIODevice::ReadOnly));
        QCOMPARE(a.readAll(), b.readAll());
    }

    void duplicatesShrinkTheModel()
    {
        QTemporaryDir dir;
        QFile file(dir.filePath("dup.vec"));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("4 2\nalpha 1 2\nbeta 3 4\nalpha 5 6\ngamma 7 8\n");
        file.close();
        VectorReadReport report;
        const auto model = readEmbeddingFile(file.fileName().toStdString(), {}, &report);
        QVERIFY2(model, model ? "" : model.error().detail.c_str());
        QCOMPARE((*model)->words(), (std::vector<std::string> { "alpha", "beta", "gamma" }));
        Matrix expected(3, 2);
        expected << 1, 2, 3, 4, 7, 8;
        QCOMPARE((*model)->vectors(), expected);
        QCOMPARE(report.duplicatesDropped, std::size_t { 1 });
    }

    void nothingReturnedOnError_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<ErrorCode>("code");
        QTest::newRow("no-vectors") << QByteArray("0 5\n") << ErrorCode::EmptyInput;
        QTest::newRow("all-skipped") << QByteArray("1 1\n\xff 1\n") << ErrorCode::EmptyInput;
        QTest::newRow("bad-last-row")
            << QByteArray("2 1\nalpha 1\nbeta inf\n") << ErrorCode::NumericError;
        QTest::newRow("extra-row") << QByteArray("1 1\nalpha 1\nbeta 2\n") << ErrorCode::ParseError;
    }

    void nothingReturnedOnError()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(ErrorCode, code);
        QTemporaryDir dir;
        QFile file(dir.filePath("in.vec"));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(bytes);
        file.close();
        VectorReadOptions options;
        options.invalidUtf8 = VectorReadOptions::InvalidUtf8::Skip;
        const auto model = readEmbeddingFile(file.fileName().toStdString(), options);
        QVERIFY(!model);
        QCOMPARE(errorCodeName(model.error().code), errorCodeName(code));
    }

    void writeCancelledLeavesNothing()
    {
        std::vector<std::string> words;
        for (int i = 0; i < 3000; ++i)
            words.push_back("w" + std::to_string(i));
        const auto model = makeModel(words, 4, 1);
        QTemporaryDir dir;
        std::stop_source stop;
        stop.request_stop();
        const auto written = writeEmbeddingFile(*model, dir.filePath("out.vec").toStdString(),
                                                VectorFormat::Word2VecText, stop.get_token());
        QVERIFY(!written);
        QCOMPARE(written.error().code, ErrorCode::Cancelled);
        QVERIFY(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden).isEmpty());
    }
};

QTEST_APPLESS_MAIN(TestEmbeddingFile)
#include "tst_embeddingfile.moc"
