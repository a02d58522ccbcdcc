#include "core/text/corpustokenizer.h"

#include <QtTest>

#include <filesystem>
#include <fstream>
#include <stop_token>
#include <string>
#include <vector>

using namespace ewb::core;

namespace {

using Sentences = std::vector<std::vector<std::string>>;

struct Run
{
    Result<CorpusStats> stats;
    Sentences sentences;
};

Run tokenize(const std::string &bytes, const TokenizerOptions &options)
{
    Sentences sentences;
    auto stats = tokenizeCorpus(CorpusSource::fromMemory(bytes, "test corpus"), options, {},
                                [&](std::span<const std::string_view> tokens) {
                                    sentences.emplace_back(tokens.begin(), tokens.end());
                                });
    return { std::move(stats), std::move(sentences) };
}

QString joined(const Sentences &sentences)
{
    QStringList lines;
    for (const auto &sentence : sentences) {
        QStringList words;
        for (const auto &token : sentence)
            words << QString::fromStdString(token);
        lines << words.join(QLatin1Char(' '));
    }
    return lines.join(QLatin1Char('|'));
}

TokenizerOptions optionsFor(const QString &flags)
{
    TokenizerOptions options;
    if (flags.contains(QLatin1String("ws")))
        options.mode = TokenizerOptions::Mode::Whitespace;
    if (flags.contains(QLatin1String("nofold")))
        options.caseFold = false;
    if (flags.contains(QLatin1String("nfkc")))
        options.nfkc = true;
    if (flags.contains(QLatin1String("skip")))
        options.invalidUtf8 = TokenizerOptions::InvalidUtf8::SkipLine;
    if (flags.contains(QLatin1String("replace")))
        options.invalidUtf8 = TokenizerOptions::InvalidUtf8::Replace;
    return options;
}

/// Peak resident memory of this process in KiB (Linux), or -1.
qint64 peakResidentKiB()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong();
    }
    return -1;
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

class TestCorpusTokenizer : public QObject
{
    Q_OBJECT

private slots:
    void sentences_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<QString>("flags");
        QTest::addColumn<QString>("expected");

        // Expected tokens follow UAX #29 by hand: apostrophes and full stops between letters
        // (MidNumLet) and between digits keep a word together, everything else breaks it;
        // punctuation-only segments are dropped.
        QTest::newRow("english") << QByteArray("The cat, don't you see? It's 3.14.\nU.S.A. rocks!")
                                 << QString()
                                 << QStringLiteral("the cat don't you see it's 3.14|u.s.a rocks");
        QTest::newRow("english-curly-quotes")
            << QByteArray(
                   "\xe2\x80\x9cMy dear Mr. Bennet,\xe2\x80\x9d said his lady\xe2\x80\x94well.")
            << QString() << QStringLiteral("my dear mr bennet said his lady well");
        QTest::newRow("hyphen-underscore-digits")
            << QByteArray("e-mail foo_bar abc123 1,000,000 $5") << QString()
            << QStringLiteral("e mail foo_bar abc123 1,000,000 5");
        QTest::newRow("whitespace-english")
            << QByteArray("The cat, don't you see?\n") << QStringLiteral("ws")
            << QStringLiteral("the cat, don't you see?");
        QTest::newRow("chinese") << QByteArray("宝玉和黛玉笑道：“林妹妹。”") << QString()
                                 << QStringLiteral("宝玉 和 黛玉 笑 道 林 妹妹");
        QTest::newRow("japanese") << QByteArray("東京に行きます") << QString()
                                  << QStringLiteral("東京 に 行き ます");
        QTest::newRow("fold-strasse")
            << QByteArray("Straße STRASSE") << QString() << QStringLiteral("strasse strasse");
        QTest::newRow("fold-the") << QByteArray("The the THE tHe") << QString()
                                  << QStringLiteral("the the the the");
        QTest::newRow("fold-greek")
            << QByteArray("ΣΊΣΥΦΟΣ") << QString() << QStringLiteral("σίσυφοσ");
        QTest::newRow("no-fold") << QByteArray("The Straße") << QStringLiteral("nofold")
                                 << QStringLiteral("The Straße");
        QTest::newRow("whitespace-fold")
            << QByteArray("The Straße") << QStringLiteral("ws") << QStringLiteral("the strasse");
        QTest::newRow("fullwidth-no-nfkc")
            << QByteArray("ＡＢＣ") << QString() << QStringLiteral("ａｂｃ");
        QTest::newRow("nfkc-fullwidth") << QByteArray("ＡＢＣ ｶﾀｶﾅ") << QStringLiteral("nfkc")
                                        << QStringLiteral("abc カタカナ");
        QTest::newRow("nfkc-ligature")
            << QByteArray("\xef\xac\x81le") << QStringLiteral("nfkc") << QStringLiteral("file");
        QTest::newRow("nfkc-nfd-equals-nfc")
            << QByteArray("caf\xc3\xa9 cafe\xcc\x81") << QStringLiteral("nfkc")
            << QStringLiteral("café café");
        QTest::newRow("nfkc-nofold")
            << QByteArray("ＡＢＣ") << QStringLiteral("nfkc nofold") << QStringLiteral("ABC");
        QTest::newRow("nfkc-whitespace-mode")
            << QByteArray("ＡＢＣ,") << QStringLiteral("ws nfkc") << QStringLiteral("abc,");
        QTest::newRow("crlf") << QByteArray("a b\r\nc d\r\n") << QString()
                              << QStringLiteral("a b|c d");
        QTest::newRow("lone-cr") << QByteArray("a b\rc d") << QString()
                                 << QStringLiteral("a b|c d");
        QTest::newRow("nel") << QByteArray("a b\xc2\x85"
                                           "c d")
                             << QString() << QStringLiteral("a b|c d");
        QTest::newRow("u2028") << QByteArray("a b\xe2\x80\xa8"
                                             "c d")
                               << QString() << QStringLiteral("a b|c d");
        QTest::newRow("separators") << QByteArray("a\xc2\xa0"
                                                  "b\xe3\x80\x80"
                                                  "c\xe2\x80\x8b"
                                                  "d\xef\xbb\xbf"
                                                  "e")
                                    << QStringLiteral("ws") << QStringLiteral("a b c d e");
        QTest::newRow("controls") << QByteArray("nul\0sep\x01"
                                                "x\x1b"
                                                "y",
                                                11)
                                  << QStringLiteral("ws") << QStringLiteral("nul sep x y");
        QTest::newRow("skip-line") << QByteArray("good line\nbad \xff line\nlast")
                                   << QStringLiteral("skip") << QStringLiteral("good line|last");
        QTest::newRow("replace") << QByteArray("good line\nbad\xffline\nlast")
                                 << QStringLiteral("replace")
                                 << QStringLiteral("good line|bad line|last");
        QTest::newRow("empty-lines-emit-nothing")
            << QByteArray("\n\none\n\n") << QString() << QStringLiteral("one");
    }

    void sentences()
    {
        QFETCH(QByteArray, input);
        QFETCH(QString, flags);
        QFETCH(QString, expected);
        const Run run = tokenize(input.toStdString(), optionsFor(flags));
        QVERIFY2(run.stats.ok(), run.stats.ok() ? "" : run.stats.error().detail.c_str());
        QCOMPARE(joined(run.sentences), expected);
    }

    void stats()
    {
        const std::string text = "The cat\r\n\r\nthe DOG\x01 \xff dog\nxxxxxxxxxxxx\n";
        TokenizerOptions options = optionsFor(QStringLiteral("replace"));
        options.maxTokenBytes = 8;
        options.maxSentenceTokens = 2;
        const Run run = tokenize(text, options);
        QVERIFY(run.stats.ok());
        QCOMPARE(run.stats->bytes, std::uint64_t(text.size()));
        QCOMPARE(run.stats->lines, std::uint64_t(4));
        QCOMPARE(run.stats->sentences, std::uint64_t(4)); // "the dog dog" split after 2
        QCOMPARE(run.stats->tokens, std::uint64_t(6));
        QCOMPARE(run.stats->types, std::uint64_t(4)); // the cat dog xxxxxxxx
        QCOMPARE(run.stats->cutTokens, std::uint64_t(1));
        QCOMPARE(run.stats->replacedSequences, std::uint64_t(1));
        QCOMPARE(run.stats->controlCharacters, std::uint64_t(1));
        QCOMPARE(joined(run.sentences), QStringLiteral("the cat|the dog|dog|xxxxxxxx"));
        options.countTypes = false;
        QCOMPARE(tokenize(text, options).stats->types, std::uint64_t(0));
        // SkipLine drops the line with the invalid byte, and counts it; a sentence of that line
        // that was already full before the bad byte ("the dog", 2 tokens) has gone out.
        options.invalidUtf8 = TokenizerOptions::InvalidUtf8::SkipLine;
        const Run skipped = tokenize(text, options);
        QVERIFY(skipped.stats.ok());
        QCOMPARE(skipped.stats->skippedLines, std::uint64_t(1));
        QCOMPARE(skipped.stats->replacedSequences, std::uint64_t(0));
        QCOMPARE(skipped.stats->tokens, std::uint64_t(5));
        QCOMPARE(joined(skipped.sentences), QStringLiteral("the cat|the dog|xxxxxxxx"));
        options.maxSentenceTokens = 100;
        const Run whole = tokenize(text, options);
        QCOMPARE(whole.stats->skippedLines, std::uint64_t(1));
        QCOMPARE(joined(whole.sentences), QStringLiteral("the cat|xxxxxxxx"));
    }

    void invalidOptions_data()
    {
        QTest::addColumn<int>("maxSentenceTokens");
        QTest::addColumn<int>("maxTokenBytes");
        QTest::newRow("zero-sentence") << 0 << 100;
        QTest::newRow("huge-sentence") << 1'000'001 << 100;
        QTest::newRow("tiny-token") << 1000 << 7;
        QTest::newRow("huge-token") << 1000 << 4097;
    }

    void invalidOptions()
    {
        QFETCH(int, maxSentenceTokens);
        QFETCH(int, maxTokenBytes);
        TokenizerOptions options;
        options.maxSentenceTokens = std::size_t(maxSentenceTokens);
        options.maxTokenBytes = std::size_t(maxTokenBytes);
        const Run run = tokenize("words", options);
        QVERIFY(!run.stats.ok());
        QCOMPARE(run.stats.error().code, ErrorCode::InvalidArgument);
    }

    void longLineIsSplit_data()
    {
        QTest::addColumn<QString>("flags");
        QTest::newRow("whitespace") << QStringLiteral("ws");
        QTest::newRow("icu") << QString();
    }

    void longLineIsSplit()
    {
        // Row 8: one line of ~50 MB (ICU: 8 MB) and no newline, from a file; split into
        // sentences of maxSentenceTokens, no token lost, in order.
        QFETCH(QString, flags);
        const bool icu = flags.isEmpty();
        const std::size_t count = icu ? 1'000'000 : 6'000'000;
        QTemporaryDir dir;
        const std::filesystem::path path = dir.path().toStdString() + "/long.txt";
        {
            std::ofstream out(path, std::ios::binary);
            std::string chunk;
            for (std::size_t i = 0; i < count; ++i) {
                chunk += 'w';
                chunk += std::to_string(i % 10007);
                chunk += ' ';
                if (chunk.size() > 65536) {
                    out << chunk;
                    chunk.clear();
                }
            }
            out << chunk;
        }
        TokenizerOptions options = optionsFor(flags);
        options.maxSentenceTokens = 1000;
        const qint64 peakBefore = peakResidentKiB();
        std::size_t seen = 0;
        bool ordered = true;
        bool sized = true;
        const auto stats
            = tokenizeCorpus(CorpusSource::fromFile(path), options, {},
                             [&](std::span<const std::string_view> tokens) {
                                 sized = sized && tokens.size() == 1000;
                                 for (const auto token : tokens) {
                                     ordered
                                         = ordered && token == "w" + std::to_string(seen % 10007);
                                     ++seen;
                                 }
                             });
        QVERIFY(stats.ok());
        QVERIFY(ordered);
        QVERIFY(sized);
        QCOMPARE(seen, count);
        QCOMPARE(stats->tokens, std::uint64_t(count));
        QCOMPARE(stats->sentences, std::uint64_t(count / 1000));
        QCOMPARE(stats->lines, std::uint64_t(1));
        QCOMPARE(stats->types, std::uint64_t(10007));
        // Bounded memory: far less than the file (42 MB for Whitespace) on top of what the
        // process had already used.
        const qint64 growth = peakResidentKiB() - peakBefore;
        if (peakBefore > 0)
            QVERIFY2(growth < 24 * 1024, qPrintable(QStringLiteral("%1 KiB").arg(growth)));
    }

    void hugeTokenIsCut_data()
    {
        QTest::addColumn<QString>("flags");
        QTest::addColumn<int>("bytes");
        QTest::newRow("whitespace-1mb") << QStringLiteral("ws") << (1 << 20);
        QTest::newRow("icu-1mb") << QString() << (1 << 20);
        QTest::newRow("whitespace-40mb") << QStringLiteral("ws") << (40 << 20);
        QTest::newRow("icu-40mb") << QString() << (40 << 20);
    }

    void hugeTokenIsCut()
    {
        // Row 9: a token of 1 MB (and 40 MB) of 2-byte letters; maxTokenBytes 101 keeps 50 of
        // them (a cut at 101 would split one), the cut is counted and the next words survive.
        QFETCH(QString, flags);
        QFETCH(int, bytes);
        std::string text = "before ";
        for (int i = 0; i < bytes / 2; ++i)
            text += "\xc3\xa9";
        text += " after\nnext line";
        TokenizerOptions options = optionsFor(flags);
        options.maxTokenBytes = 101;
        const Run run = tokenize(text, options);
        QVERIFY(run.stats.ok());
        std::string cut;
        for (int i = 0; i < 50; ++i)
            cut += "\xc3\xa9";
        QCOMPARE(run.sentences.size(), std::size_t(2));
        QCOMPARE(run.sentences[0], (std::vector<std::string> { "before", cut, "after" }));
        QCOMPARE(run.stats->cutTokens, std::uint64_t(1));
        QCOMPARE(run.stats->tokens, std::uint64_t(5));
    }

    void cancelFromSink()
    {
        // The sink asks to stop after the first sentence; the pass stops within one 64 KiB
        // slice (the demo corpus has ~270 lines per 64 KiB).
        const QByteArray demo = readAll(QStringLiteral(EWB_RESOURCES_DIR "/demo-corpus-en.txt"));
        std::stop_source stop;
        std::size_t sentences = 0;
        QElapsedTimer timer;
        timer.start();
        const auto result = tokenizeCorpus(
            CorpusSource::fromMemory(std::string_view(demo.constData(), std::size_t(demo.size())),
                                     "demo"),
            {}, stop.get_token(), [&](std::span<const std::string_view>) {
                ++sentences;
                stop.request_stop();
            });
        QVERIFY(!result.ok());
        QCOMPARE(result.error().code, ErrorCode::Cancelled);
        QVERIFY2(sentences < 1000, qPrintable(QString::number(sentences)));
        QVERIFY(timer.elapsed() < 200);
    }

    void demoCorpusWhitespace()
    {
        // Independent count: Qt's Unicode-aware \s splitting of the same text.
        const QByteArray demo = readAll(QStringLiteral(EWB_RESOURCES_DIR "/demo-corpus-en.txt"));
        const QStringList words = QString::fromUtf8(demo).split(
            QRegularExpression(QStringLiteral("[\\s\\x{200B}\\x{FEFF}]+"),
                               QRegularExpression::UseUnicodePropertiesOption),
            Qt::SkipEmptyParts);
        const QSet<QString> types(words.begin(), words.end());
        TokenizerOptions options = optionsFor(QStringLiteral("ws nofold"));
        const Run run = tokenize(demo.toStdString(), options);
        QVERIFY(run.stats.ok());
        QCOMPARE(run.stats->tokens, std::uint64_t(words.size()));
        QCOMPARE(run.stats->types, std::uint64_t(types.size()));
        QCOMPARE(run.stats->lines, std::uint64_t(demo.count('\n')));
        QCOMPARE(run.stats->cutTokens, std::uint64_t(0));
    }

    void demoCorpusIcu()
    {
        const QByteArray demo = readAll(QStringLiteral(EWB_RESOURCES_DIR "/demo-corpus-en.txt"));
        const Run run = tokenize(demo.toStdString(), optionsFor(QStringLiteral("nofold")));
        QVERIFY(run.stats.ok());
        // 1. No letter or digit is lost or added: the letters and decimal digits of the tokens,
        // in order, are those of the text.
        const QString text = QString::fromUtf8(demo);
        QString expected;
        for (const QChar c : text) {
            if (c.isLetter() || c.isDigit())
                expected += c;
        }
        QString actual;
        for (const auto &sentence : run.sentences) {
            for (const auto &token : sentence) {
                for (const QChar c : QString::fromStdString(token)) {
                    if (c.isLetter() || c.isDigit())
                        actual += c;
                }
            }
        }
        QCOMPARE(actual.size(), expected.size());
        QVERIFY(actual == expected);
        // 2. Word count against Qt's own UAX #29 implementation (QTextBoundaryFinder), which
        // differs only in breaking abbreviations such as "U.S.A" at the full stops and in keeping
        // "½" as a word: those few dozen cases aside, the counts agree.
        std::uint64_t qtWords = 0;
        for (const QString &line : text.split(QLatin1Char('\n'))) {
            QTextBoundaryFinder finder(QTextBoundaryFinder::Word, line);
            qsizetype start = 0;
            while (finder.toNextBoundary() != -1) {
                const QStringView word = QStringView(line).mid(start, finder.position() - start);
                if (std::any_of(word.begin(), word.end(),
                                [](QChar c) { return c.isLetterOrNumber(); }))
                    ++qtWords;
                start = finder.position();
            }
        }
        QVERIFY2(qtWords >= run.stats->tokens && qtWords - run.stats->tokens < 100,
                 qPrintable(QStringLiteral("%1 vs %2").arg(qtWords).arg(run.stats->tokens)));
    }

    void chineseNames_data()
    {
        QTest::addColumn<bool>("phrases");
        QTest::addColumn<QStringList>("words");
        QTest::addColumn<QStringList>("split");
        // ICU's dictionary knows 宝玉 and 黛玉 but splits the other names of the novel into
        // characters; the phrase pass learns them from the novel itself.
        QTest::newRow("icu-dictionary")
            << false << QStringList { QStringLiteral("宝玉"), QStringLiteral("黛玉") }
            << QStringList { QStringLiteral("宝钗"), QStringLiteral("贾母"), QStringLiteral("凤姐"),
                             QStringLiteral("王夫人") };
        QTest::newRow("cjk-phrases")
            << true << QStringList { QStringLiteral("宝玉"), QStringLiteral("黛玉"),
                                     QStringLiteral("宝钗"), QStringLiteral("贾母"),
                                     QStringLiteral("凤姐"), QStringLiteral("王夫人") }
            << QStringList();
    }

    void chineseNames()
    {
        // The "must show" of Dream of the Red Chamber: the characters' names are words. Counted
        // against the number of times the characters occur in the text at all (some are inside
        // longer words such as 林黛玉, or split by context).
        QFETCH(bool, phrases);
        QFETCH(QStringList, words);
        QFETCH(QStringList, split);
        const QByteArray novel
            = readAll(QStringLiteral(EWB_TEST_DATA_DIR "/corpus-zh-hongloumeng.txt"));
        QVERIFY(!novel.isEmpty());
        std::map<std::string, std::size_t> counts;
        TokenizerOptions options;
        options.cjkPhrases = phrases;
        const auto stats = tokenizeCorpus(
            CorpusSource::fromMemory(std::string_view(novel.constData(), std::size_t(novel.size())),
                                     "novel"),
            options, {}, [&](std::span<const std::string_view> tokens) {
                for (const auto token : tokens)
                    ++counts[std::string(token)];
            });
        QVERIFY(stats.ok());
        for (const QString &word : words) {
            const std::string name = word.toStdString();
            const auto inText = std::size_t(novel.count(name.c_str()));
            QVERIFY2(
                inText > 100 && counts[name] * 10 >= inText * 7,
                qPrintable(QStringLiteral("%1: %2 of %3").arg(word).arg(counts[name]).arg(inText)));
        }
        for (const QString &word : split)
            QCOMPARE(counts[word.toStdString()], std::size_t(0));
    }
};

QTEST_APPLESS_MAIN(TestCorpusTokenizer)
#include "tst_corpustokenizer.moc"
