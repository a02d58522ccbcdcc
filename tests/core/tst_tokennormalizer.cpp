#include "core/text/corpustokenizer.h"
#include "core/text/tokennormalizer.h"

#include <QtTest>

#include <string>

using namespace ewb::core;

class TestTokenNormalizer : public QObject
{
    Q_OBJECT

private slots:
    void normalizeWord_data()
    {
        QTest::addColumn<QString>("word");
        QTest::addColumn<bool>("caseFold");
        QTest::addColumn<bool>("nfkc");
        QTest::addColumn<QString>("expected");
        // Unicode CaseFolding.txt (full, "C" + "F" entries) and NFKC by hand.
        QTest::newRow("ascii") << QStringLiteral("The") << true << false << QStringLiteral("the");
        QTest::newRow("ascii-kept")
            << QStringLiteral("The") << false << true << QStringLiteral("The");
        QTest::newRow("sharp-s") << QStringLiteral("Straße") << true << false
                                 << QStringLiteral("strasse");
        QTest::newRow("final-sigma")
            << QStringLiteral("ΟΔΟΣ") << true << false << QStringLiteral("οδοσ");
        QTest::newRow("dotted-i") << QStringLiteral("İ") << true << false << QStringLiteral("i̇");
        QTest::newRow("fullwidth-fold-only")
            << QStringLiteral("ＡＢＣ") << true << false << QStringLiteral("ａｂｃ");
        QTest::newRow("fullwidth-nfkc")
            << QStringLiteral("ＡＢＣ") << true << true << QStringLiteral("abc");
        QTest::newRow("fullwidth-nfkc-nofold")
            << QStringLiteral("ＡＢＣ") << false << true << QStringLiteral("ABC");
        QTest::newRow("nfd-to-nfc")
            << QStringLiteral("cafe\u0301") << false << true << QStringLiteral("café");
        QTest::newRow("ligature") << QStringLiteral("ﬁne") << true << true
                                  << QStringLiteral("fine");
        QTest::newRow("square-era")
            << QStringLiteral("㍻") << false << true << QStringLiteral("平成");
        QTest::newRow("chinese-unchanged")
            << QStringLiteral("宝玉") << true << true << QStringLiteral("宝玉");
    }

    void normalizeWord()
    {
        QFETCH(QString, word);
        QFETCH(bool, caseFold);
        QFETCH(bool, nfkc);
        QFETCH(QString, expected);
        const std::string utf8 = word.toStdString();
        QCOMPARE(QString::fromStdString(TokenNormalizer::normalizeWord(utf8, caseFold, nfkc)),
                 expected);
        // A query word normalised alone matches the token a corpus made of it.
        TokenizerOptions options;
        options.mode = TokenizerOptions::Mode::Whitespace;
        options.caseFold = caseFold;
        options.nfkc = nfkc;
        std::string token;
        const auto stats = tokenizeCorpus(
            CorpusSource::fromMemory(utf8, "word"), options, {},
            [&](std::span<const std::string_view> tokens) { token = std::string(tokens.front()); });
        QVERIFY(stats.ok());
        QCOMPARE(QString::fromStdString(token), expected);
    }
};

QTEST_APPLESS_MAIN(TestTokenNormalizer)
#include "tst_tokennormalizer.moc"
