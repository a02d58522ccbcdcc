#include "core/text/corpustokenizer.h"

#include <QtTest>

#include <filesystem>
#include <fstream>
#include <random>
#include <string>

#include <sys/stat.h>
#include <unistd.h>

using namespace ewb::core;

Q_DECLARE_METATYPE(ErrorCode)

namespace {

std::filesystem::path writeFile(const QTemporaryDir &dir, const std::string &name,
                                const std::string &bytes)
{
    const std::filesystem::path path = std::filesystem::path(dir.path().toStdString()) / name;
    std::ofstream out(path, std::ios::binary);
    out.write(bytes.data(), std::streamsize(bytes.size()));
    return path;
}

Result<CorpusStats> readFile(const std::filesystem::path &path,
                             TokenizerOptions options = TokenizerOptions())
{
    return tokenizeCorpus(CorpusSource::fromFile(path), options, {},
                          [](std::span<const std::string_view>) {});
}

std::string randomBytes(std::size_t n, unsigned seed)
{
    std::mt19937 rng(seed);
    std::string bytes(n, '\0');
    for (char &c : bytes)
        c = char(rng() & 0xFF);
    return bytes;
}

QByteArray bytes(std::string_view s)
{
    return QByteArray(s.data(), qsizetype(s.size()));
}

} // namespace

class TestCorpusReader : public QObject
{
    Q_OBJECT

private slots:
    void badInput_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<ErrorCode>("code");
        QTest::addColumn<QString>("detail");
        using namespace std::string_view_literals;
        const std::string noise = randomBytes(2000, 7);
        // Magic numbers from each format's specification, followed by noise.
        auto magic = [&](std::string_view head) { return bytes(head) + bytes(noise); };

        QTest::newRow("row1-empty")
            << QByteArray() << ErrorCode::EmptyInput << QStringLiteral("corpus is empty");
        QTest::newRow("row1-only-bom") << QByteArray("\xef\xbb\xbf") << ErrorCode::EmptyInput
                                       << QStringLiteral("corpus is empty");
        QTest::newRow("row2-whitespace")
            << QByteArray("  \n\t\n\xc2\xa0\xe3\x80\x80\n") << ErrorCode::NoTokens
            << QStringLiteral("no tokens found (3 lines read)");
        QTest::newRow("row2-punctuation")
            << QByteArray("... !!! ---\n\xe3\x80\x82\xef\xbc\x8c\n") << ErrorCode::NoTokens
            << QStringLiteral("no tokens found (2 lines read)");
        QTest::newRow("row3-png") << magic("\x89PNG\r\n\x1a\n\0\0\0\rIHDR"sv)
                                  << ErrorCode::BinaryInput << QStringLiteral("PNG image");
        QTest::newRow("row3-jpeg") << magic("\xff\xd8\xff\xe0\0\x10JFIF\0"sv)
                                   << ErrorCode::BinaryInput << QStringLiteral("JPEG image");
        QTest::newRow("row3-gif") << magic("GIF89a"sv) << ErrorCode::BinaryInput
                                  << QStringLiteral("GIF image");
        QTest::newRow("row3-pdf") << QByteArray("%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n")
                                  << ErrorCode::BinaryInput << QStringLiteral("PDF document");
        QTest::newRow("row3-zip") << magic("PK\x03\x04\x14\0\0\0\x08\0"sv) << ErrorCode::BinaryInput
                                  << QStringLiteral("ZIP archive");
        QTest::newRow("row3-gzip") << magic("\x1f\x8b\x08\0\0\0\0\0\0\x03"sv)
                                   << ErrorCode::BinaryInput << QStringLiteral("gzip");
        QTest::newRow("row3-xz") << magic("\xfd"
                                          "7zXZ\0\0\x04"sv)
                                 << ErrorCode::BinaryInput << QStringLiteral("xz");
        QTest::newRow("row3-bzip2")
            << magic("BZh91AY&SY"sv) << ErrorCode::BinaryInput << QStringLiteral("bzip2");
        QTest::newRow("row3-zstd") << magic("\x28\xb5\x2f\xfd\x04\x58"sv) << ErrorCode::BinaryInput
                                   << QStringLiteral("zstd");
        QTest::newRow("row3-elf") << magic("\x7f"
                                           "ELF\x02\x01\x01\0"sv)
                                  << ErrorCode::BinaryInput << QStringLiteral("ELF");
        QTest::newRow("row3-sqlite") << magic("SQLite format 3\0\x10\0"sv) << ErrorCode::BinaryInput
                                     << QStringLiteral("SQLite");
        QTest::newRow("row3-random") << bytes(randomBytes(70000, 1)) << ErrorCode::BinaryInput
                                     << QStringLiteral("binary data");
        QTest::newRow("row3-nuls") << QByteArray(5000, '\0') + QByteArray("text")
                                   << ErrorCode::BinaryInput << QStringLiteral("binary data");
        QTest::newRow("row4-overlong")
            << QByteArray("fine\nbad \xc0\xaf here\n") << ErrorCode::InvalidEncoding
            << QStringLiteral("2 invalid byte sequence(s), the first "
                              "at line 2, byte offset 9 (bytes c0)");
        QTest::newRow("row4-surrogate")
            << QByteArray("a\n\nb\xed\xa0\x80") << ErrorCode::InvalidEncoding
            << QStringLiteral("the first at line 3, byte offset 4");
        QTest::newRow("row4-offset-after-bom")
            << QByteArray("\xef\xbb\xbf"
                          "ab\xff")
            << ErrorCode::InvalidEncoding << QStringLiteral("line 1, byte offset 5 (bytes ff)");
        QTest::newRow("row5-utf16le-bom")
            << QByteArray("\xff\xfeh\0i\0", 6) << ErrorCode::UnsupportedEncoding
            << QStringLiteral("UTF-16LE");
        QTest::newRow("row5-utf16be-bom")
            << QByteArray("\xfe\xff\0h\0i", 6) << ErrorCode::UnsupportedEncoding
            << QStringLiteral("UTF-16BE");
        QTest::newRow("row5-utf32le-bom")
            << QByteArray("\xff\xfe\0\0h\0\0\0", 8) << ErrorCode::UnsupportedEncoding
            << QStringLiteral("UTF-32LE");
        QTest::newRow("row5-utf32be-bom")
            << QByteArray("\0\0\xfe\xff\0\0\0h", 8) << ErrorCode::UnsupportedEncoding
            << QStringLiteral("UTF-32BE");
        const QString text = QStringLiteral("plain text without a byte order mark\n");
        QByteArray utf16le;
        QByteArray utf16be;
        for (const QChar c : text) {
            utf16le += char(c.unicode() & 0xFF);
            utf16le += char(c.unicode() >> 8);
            utf16be += char(c.unicode() >> 8);
            utf16be += char(c.unicode() & 0xFF);
        }
        QTest::newRow("row5-utf16le-nuls")
            << utf16le << ErrorCode::UnsupportedEncoding << QStringLiteral("UTF-16LE");
        QTest::newRow("row5-utf16be-nuls")
            << utf16be << ErrorCode::UnsupportedEncoding << QStringLiteral("UTF-16BE");
        QByteArray utf32le;
        for (const QChar c : text)
            utf32le += QByteArray(1, char(c.unicode())) + QByteArray(3, '\0');
        QTest::newRow("row5-utf32le-nuls")
            << utf32le << ErrorCode::UnsupportedEncoding << QStringLiteral("UTF-32LE");
        QFile gb(QStringLiteral(EWB_TEST_DATA_DIR "/bad/gb18030-hongloumeng.txt"));
        QVERIFY(gb.open(QIODevice::ReadOnly));
        QTest::newRow("row6-gb18030") << gb.readAll() << ErrorCode::InvalidEncoding
                                      << QStringLiteral("looks like GB18030; convert it to "
                                                        "UTF-8 first (iconv -f GB18030");
    }

    void badInput()
    {
        QFETCH(QByteArray, content);
        QFETCH(ErrorCode, code);
        QFETCH(QString, detail);
        QTemporaryDir dir;
        const auto path = writeFile(dir, "corpus.txt", content.toStdString());
        for (const auto mode :
             { TokenizerOptions::Mode::Icu, TokenizerOptions::Mode::Whitespace }) {
            TokenizerOptions options;
            options.mode = mode;
            if (mode == TokenizerOptions::Mode::Whitespace && code == ErrorCode::NoTokens
                && content.contains('.'))
                continue; // punctuation is a token for pre-segmented corpora
            const auto result = readFile(path, options);
            QVERIFY(!result.ok());
            const QString message = QString::fromStdString(result.error().detail);
            QVERIFY2(result.error().code == code, qPrintable(message));
            QVERIFY2(message.contains(detail), qPrintable(message));
            // Every message about a file names it.
            if (code != ErrorCode::NoTokens)
                QVERIFY2(message.contains(QStringLiteral("corpus.txt")), qPrintable(message));
        }
    }

    void utf8BomIsStripped()
    {
        QTemporaryDir dir;
        const auto path = writeFile(dir, "bom.txt", "\xef\xbb\xbfHello world\n");
        std::vector<std::string> tokens;
        const auto stats = tokenizeCorpus(CorpusSource::fromFile(path), {}, {},
                                          [&](std::span<const std::string_view> sentence) {
                                              tokens.assign(sentence.begin(), sentence.end());
                                          });
        QVERIFY(stats.ok());
        QCOMPARE(stats->bytes, std::uint64_t(12));
        QCOMPARE(tokens, (std::vector<std::string> { "hello", "world" }));
    }

    void notRegularFile_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("what");
        QTest::newRow("row14-directory") << QString() << QStringLiteral("a directory");
        QTest::newRow("row14-fifo") << QStringLiteral("fifo") << QStringLiteral("FIFO");
        QTest::newRow("row14-dev-zero")
            << QStringLiteral("/dev/zero") << QStringLiteral("character device");
        QTest::newRow("row14-dev-urandom")
            << QStringLiteral("/dev/urandom") << QStringLiteral("character device");
    }

    void notRegularFile()
    {
        QFETCH(QString, path);
        QFETCH(QString, what);
        QTemporaryDir dir;
        std::filesystem::path target = path.startsWith(QLatin1Char('/'))
            ? std::filesystem::path(path.toStdString())
            : std::filesystem::path(dir.path().toStdString()) / path.toStdString();
        if (path == QLatin1String("fifo"))
            QCOMPARE(::mkfifo(target.c_str(), 0600), 0);
        // Through a symlink too: the link is followed and its target judged.
        const auto link = std::filesystem::path(dir.path().toStdString()) / "link.txt";
        std::filesystem::create_symlink(target, link);
        for (const auto &p : { target, link }) {
            const auto result = readFile(p);
            QVERIFY(!result.ok());
            QCOMPARE(result.error().code, ErrorCode::NotRegularFile);
            QVERIFY2(QString::fromStdString(result.error().detail).contains(what),
                     result.error().detail.c_str());
        }
    }

    void paths_data()
    {
        QTest::addColumn<QString>("name");
        QTest::newRow("row15-cjk") << QStringLiteral("红楼梦 语料.txt");
        QTest::newRow("row15-300-chars") << QString(60, QLatin1Char('d')) + QLatin1Char('/')
                + QString(60, QLatin1Char('e')) + QLatin1Char('/') + QString(60, QLatin1Char('f'))
                + QLatin1Char('/') + QString(60, QLatin1Char('g')) + QLatin1Char('/')
                + QString(60, QChar(0x00E9)) + QStringLiteral(".txt");
    }

    void paths()
    {
        QFETCH(QString, name);
        QTemporaryDir dir;
        const std::string utf8Name = name.toStdString();
        const auto path = std::filesystem::path(dir.path().toStdString())
            / std::filesystem::path(std::u8string(utf8Name.begin(), utf8Name.end()));
        std::filesystem::create_directories(path.parent_path());
        // Missing: the message shows the whole path.
        auto missing = readFile(path);
        QVERIFY(!missing.ok());
        QCOMPARE(missing.error().code, ErrorCode::NotFound);
        QVERIFY(QString::fromStdString(missing.error().detail).contains(name));
        // Present: it is read like any other.
        writeFile(dir, utf8Name, "one two\n");
        const auto stats = readFile(path);
        QVERIFY2(stats.ok(), stats.ok() ? "" : stats.error().detail.c_str());
        QCOMPARE(stats->tokens, std::uint64_t(2));
    }

    void unreadable()
    {
        if (::geteuid() == 0)
            QSKIP("root reads files whatever their mode");
        QTemporaryDir dir;
        const auto path = writeFile(dir, "secret.txt", "some words\n");
        std::filesystem::permissions(path, std::filesystem::perms::none);
        const auto result = readFile(path);
        QVERIFY(!result.ok());
        QCOMPARE(result.error().code, ErrorCode::IoError);
        QVERIFY(
            QString::fromStdString(result.error().detail).contains(QStringLiteral("secret.txt")));
    }

    void truncatedWhileReading()
    {
        // Row 13: the file shrinks under the reader; the pass ends with an I/O error.
        QTemporaryDir dir;
        std::string text;
        while (text.size() < 3 * 1024 * 1024)
            text += "the quick brown fox jumps over the lazy dog\n";
        const auto path = writeFile(dir, "shrinking.txt", text);
        bool truncated = false;
        const auto result = tokenizeCorpus(CorpusSource::fromFile(path), {}, {},
                                           [&](std::span<const std::string_view>) {
                                               if (!truncated)
                                                   std::filesystem::resize_file(path, 100000);
                                               truncated = true;
                                           });
        QVERIFY(!result.ok());
        QCOMPARE(result.error().code, ErrorCode::IoError);
        QVERIFY2(QString::fromStdString(result.error().detail)
                     .contains(QStringLiteral("changed while being read")),
                 result.error().detail.c_str());
    }

    void memoryEqualsFile()
    {
        QFile demo(QStringLiteral(EWB_RESOURCES_DIR "/demo-corpus-en.txt"));
        QVERIFY(demo.open(QIODevice::ReadOnly));
        const std::string bytes = demo.read(3 * 1024 * 1024 + 12345).toStdString();
        QTemporaryDir dir;
        const auto path = writeFile(dir, "part.txt", bytes);
        auto collect = [](const CorpusSource &source, std::vector<std::string> &out) {
            return tokenizeCorpus(source, {}, {}, [&](std::span<const std::string_view> s) {
                out.emplace_back();
                for (const auto token : s)
                    out.back().append(token).push_back(' ');
            });
        };
        std::vector<std::string> fromFile;
        std::vector<std::string> fromMemory;
        const auto a = collect(CorpusSource::fromFile(path), fromFile);
        const auto b = collect(CorpusSource::fromMemory(bytes, "demo"), fromMemory);
        QVERIFY(a.ok() && b.ok());
        QCOMPARE(fromFile, fromMemory);
        QCOMPARE(a->tokens, b->tokens);
        QCOMPARE(a->types, b->types);
        QCOMPARE(a->lines, b->lines);
        QCOMPARE(a->bytes, std::uint64_t(bytes.size()));
    }

    void progress()
    {
        QFile demo(QStringLiteral(EWB_RESOURCES_DIR "/demo-corpus-en.txt"));
        const std::uint64_t size = std::uint64_t(demo.size());
        std::vector<std::pair<std::uint64_t, std::uint64_t>> calls;
        const auto stats = tokenizeCorpus(
            CorpusSource::fromFile(EWB_RESOURCES_DIR "/demo-corpus-en.txt"), {}, {},
            [](std::span<const std::string_view>) {},
            [&](std::uint64_t done, std::uint64_t total) { calls.emplace_back(done, total); });
        QVERIFY(stats.ok());
        // One report after the 64 KiB head, then one per 1 MiB block.
        QCOMPARE(calls.size(), std::size_t(1 + (size - 65536 + (1 << 20) - 1) / (1 << 20)));
        for (std::size_t i = 1; i < calls.size(); ++i)
            QVERIFY(calls[i].first > calls[i - 1].first);
        QCOMPARE(calls.back().first, size);
        QCOMPARE(calls.back().second, size);
    }
};

QTEST_APPLESS_MAIN(TestCorpusReader)
#include "tst_corpusreader.moc"
