#include "core/vocab/vocabularybuilder.h"

#include <QtTest>

#include <string>
#include <string_view>
#include <vector>

using namespace ewb::core;

namespace {

VocabularyBuilder builderFor(const QStringList &sentences)
{
    VocabularyBuilder builder;
    for (const QString &line : sentences) {
        const QStringList parts = line.split(QLatin1Char(' '), Qt::SkipEmptyParts);
        std::vector<std::string> owned;
        for (const QString &part : parts)
            owned.push_back(part.toStdString());
        const std::vector<std::string_view> tokens(owned.begin(), owned.end());
        builder.addSentence(tokens);
    }
    return builder;
}

QStringList toStrings(const std::vector<std::string> &words)
{
    QStringList out;
    for (const std::string &w : words)
        out << QString::fromStdString(w);
    return out;
}

} // namespace

class TestVocabulary : public QObject
{
    Q_OBJECT

private slots:
    void build_data()
    {
        QTest::addColumn<QStringList>("sentences");
        QTest::addColumn<qulonglong>("minCount");
        QTest::addColumn<qulonglong>("maxVocab");
        QTest::addColumn<QStringList>("words");
        QTest::addColumn<QList<qulonglong>>("counts");
        QTest::addColumn<QStringList>("encoded");

        // Counts by hand: a 3, b 2, c 2, d 1, e 1; first occurrences b, a, c, d, e.
        const QStringList corpus { "b a c a b a", "d c e" };
        QTest::newRow("keep-all") << corpus << 1ULL << 0ULL
                                  << QStringList { "a", "b", "c", "d", "e" }
                                  << QList<qulonglong> { 3, 2, 2, 1, 1 }
                                  << QStringList { "1 0 2 0 1 0", "3 2 4" };
        QTest::newRow("min-count-zero-keeps-all")
            << corpus << 0ULL << 0ULL << QStringList { "a", "b", "c", "d", "e" }
            << QList<qulonglong> { 3, 2, 2, 1, 1 } << QStringList { "1 0 2 0 1 0", "3 2 4" };
        QTest::newRow("min-count-drops-rare-words")
            << corpus << 2ULL << 0ULL << QStringList { "a", "b", "c" }
            << QList<qulonglong> { 3, 2, 2 } << QStringList { "1 0 2 0 1 0", "2" };
        QTest::newRow("max-vocab-drops-empty-sentence")
            << corpus << 1ULL << 2ULL << QStringList { "a", "b" } << QList<qulonglong> { 3, 2 }
            << QStringList { "1 0 0 1 0" };
        QTest::newRow("max-vocab-tie-keeps-first-seen")
            << corpus << 1ULL << 4ULL << QStringList { "a", "b", "c", "d" }
            << QList<qulonglong> { 3, 2, 2, 1 } << QStringList { "1 0 2 0 1 0", "3 2" };
        QTest::newRow("tie-by-first-occurrence")
            << QStringList { "x y y x", "z" } << 1ULL << 0ULL << QStringList { "x", "y", "z" }
            << QList<qulonglong> { 2, 2, 1 } << QStringList { "0 1 1 0", "2" };
        QTest::newRow("utf8-words") << QStringList { "红楼 梦 红楼", "梦 红楼" } << 1ULL << 0ULL
                                    << QStringList { "红楼", "梦" } << QList<qulonglong> { 3, 2 }
                                    << QStringList { "0 1 0", "1 0" };
    }

    void build()
    {
        QFETCH(QStringList, sentences);
        QFETCH(qulonglong, minCount);
        QFETCH(qulonglong, maxVocab);
        QFETCH(QStringList, words);
        QFETCH(QList<qulonglong>, counts);
        QFETCH(QStringList, encoded);

        VocabularyBuilder builder = builderFor(sentences);
        std::uint64_t rawTokens = 0;
        for (const QString &s : sentences)
            rawTokens += static_cast<std::uint64_t>(s.split(QLatin1Char(' ')).size());
        QCOMPARE(builder.tokenCount(), rawTokens);

        auto built = builder.finish(minCount, maxVocab);
        QVERIFY2(built.ok(), built.ok() ? "" : built.error().detail.c_str());
        const Vocabulary &vocab = built->vocabulary;
        QCOMPARE(toStrings(vocab.words()), words);
        QCOMPARE(vocab.size(), static_cast<std::size_t>(words.size()));
        std::uint64_t total = 0;
        for (qsizetype i = 0; i < counts.size(); ++i) {
            QCOMPARE(vocab.count(static_cast<std::uint32_t>(i)), counts[i]);
            QCOMPARE(vocab.indexOf(words[i].toStdString()), static_cast<std::int64_t>(i));
            total += counts[i];
        }
        QCOMPARE(vocab.totalCount(), total);
        QCOMPARE(vocab.indexOf("no-such-word"), std::int64_t { -1 });

        const EncodedCorpus &corpus = built->corpus;
        QCOMPARE(corpus.rawTokenCount(), rawTokens);
        QCOMPARE(corpus.tokenCount(), total);
        QCOMPARE(corpus.sentenceCount(), static_cast<std::size_t>(encoded.size()));
        std::size_t longest = 0;
        for (std::size_t s = 0; s < corpus.sentenceCount(); ++s) {
            QStringList ids;
            for (const std::uint32_t id : corpus.sentence(s))
                ids << QString::number(id);
            QCOMPARE(ids.join(QLatin1Char(' ')), encoded[static_cast<qsizetype>(s)]);
            longest = std::max(longest, corpus.sentence(s).size());
        }
        QCOMPARE(corpus.maxSentenceLength(), longest);
    }

    void reject_data()
    {
        QTest::addColumn<QStringList>("sentences");
        QTest::addColumn<qulonglong>("minCount");
        QTest::addColumn<qulonglong>("maxVocab");
        QTest::addColumn<int>("code");
        QTest::addColumn<QString>("detail");

        const QStringList corpus { "b a c a b a", "d c e" };
        QTest::newRow("min-count-removes-everything")
            << corpus << 4ULL << 0ULL << int(ErrorCode::VocabularyTooSmall)
            << "0 words occur at least min_count=4 times (the most frequent occurs 3 times)";
        QTest::newRow("one-word-after-min-count")
            << corpus << 3ULL << 0ULL << int(ErrorCode::VocabularyTooSmall)
            << "need at least 2 distinct words after min_count=3, got 1";
        QTest::newRow("one-word-after-max-vocab")
            << corpus << 1ULL << 1ULL << int(ErrorCode::VocabularyTooSmall)
            << "need at least 2 distinct words after min_count=1 and max_vocab=1, got 1";
        QTest::newRow("one-distinct-word")
            << QStringList { "w w w", "w" } << 1ULL << 0ULL << int(ErrorCode::VocabularyTooSmall)
            << "need at least 2 distinct words after min_count=1, got 1";
        QTest::newRow("no-tokens") << QStringList {} << 1ULL << 0ULL << int(ErrorCode::NoTokens)
                                   << "no tokens to build a vocabulary from";
    }

    void reject()
    {
        QFETCH(QStringList, sentences);
        QFETCH(qulonglong, minCount);
        QFETCH(qulonglong, maxVocab);
        QFETCH(int, code);
        QFETCH(QString, detail);

        VocabularyBuilder builder = builderFor(sentences);
        auto built = builder.finish(minCount, maxVocab);
        QVERIFY(!built.ok());
        QCOMPARE(int(built.error().code), code);
        QCOMPARE(QString::fromStdString(built.error().detail), detail);
    }

    void retryAfterTooSmall()
    {
        VocabularyBuilder builder = builderFor({ "b a c a b a", "d c e" });
        QVERIFY(!builder.finish(3, 0).ok());
        auto built = builder.finish(2, 0);
        QVERIFY(built.ok());
        QCOMPARE(built->vocabulary.size(), std::size_t { 3 });
    }

    void createRejects_data()
    {
        QTest::addColumn<QStringList>("words");
        QTest::addColumn<QList<qulonglong>>("counts");
        QTest::newRow("size-mismatch") << QStringList { "a", "b" } << QList<qulonglong> { 2 };
        QTest::newRow("ascending-counts") << QStringList { "a", "b" } << QList<qulonglong> { 1, 2 };
        QTest::newRow("duplicate-word") << QStringList { "a", "a" } << QList<qulonglong> { 2, 1 };
        QTest::newRow("empty-word") << QStringList { "a", "" } << QList<qulonglong> { 2, 1 };
        QTest::newRow("zero-count") << QStringList { "a", "b" } << QList<qulonglong> { 2, 0 };
    }

    void createRejects()
    {
        QFETCH(QStringList, words);
        QFETCH(QList<qulonglong>, counts);
        std::vector<std::string> w;
        for (const QString &s : words)
            w.push_back(s.toStdString());
        std::vector<std::uint64_t> c(counts.begin(), counts.end());
        auto vocab = Vocabulary::create(std::move(w), std::move(c));
        QVERIFY(!vocab.ok());
        QCOMPARE(vocab.error().code, ErrorCode::InvalidArgument);
    }
};

QTEST_APPLESS_MAIN(TestVocabulary)
#include "tst_vocabulary.moc"
