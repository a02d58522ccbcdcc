#include "core/model/wordindex.h"

#include <QtTest>

#include <string>
#include <vector>

using namespace ewb::core;

/// The word -> row table under EmbeddingModel: every word found at its row, misses, and the
/// errors for duplicate and empty words.
class TestWordIndex : public QObject
{
    Q_OBJECT

private slots:
    void findsEveryWordAtItsRow()
    {
        // Many similar words (shared prefixes, one-character differences) and Chinese.
        std::vector<std::string> words;
        for (int i = 0; i < 200000; ++i)
            words.push_back("w" + std::to_string(i));
        words.push_back("北京");
        words.push_back("Straße");
        auto index = WordIndex::build(words);
        QVERIFY(index.ok());
        for (std::size_t row = 0; row < words.size(); ++row)
            QCOMPARE(index->find(words, words[row]), std::int64_t(row));
        QCOMPARE(index->find(words, "w200000"), std::int64_t(-1));
        QCOMPARE(index->find(words, ""), std::int64_t(-1));
        QCOMPARE(index->find(words, "北"), std::int64_t(-1));
        QCOMPARE(index->find(words, "strasse"), std::int64_t(-1));
        QCOMPARE(index->find(words, std::string("w1\0", 3)), std::int64_t(-1));
    }

    void emptyIndexFindsNothing()
    {
        const std::vector<std::string> none;
        auto index = WordIndex::build(none);
        QVERIFY(index.ok());
        QCOMPARE(index->find(none, "a"), std::int64_t(-1));
        QCOMPARE(WordIndex().find(none, "a"), std::int64_t(-1));
    }

    void refuses_data()
    {
        QTest::addColumn<QStringList>("words");
        QTest::addColumn<QString>("message");
        QTest::newRow("duplicate")
            << QStringList { "a", "b", "c", "b" } << "word 'b' occurs twice, at rows 1 and 3";
        QTest::newRow("empty") << QStringList { "a", "", "c" } << "word at row 1 is empty";
    }
    void refuses()
    {
        QFETCH(QStringList, words);
        QFETCH(QString, message);
        std::vector<std::string> utf8;
        for (const QString &w : words)
            utf8.push_back(w.toStdString());
        auto index = WordIndex::build(utf8);
        QVERIFY(!index.ok());
        QCOMPARE(index.error().code, ErrorCode::InvalidArgument);
        QCOMPARE(QString::fromStdString(index.error().detail), message);
    }
};

QTEST_APPLESS_MAIN(TestWordIndex)
#include "tst_wordindex.moc"
