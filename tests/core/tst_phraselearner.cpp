#include "core/text/phraselearner.h"
#include "core/text/phrasemerger.h"

#include <QtTest>

#include <string>
#include <vector>

using namespace ewb::core;

namespace {

/// Feeds lines of space-separated tokens to a sink.
void feed(TokenSink &sink, const std::vector<std::string> &lines)
{
    for (const std::string &line : lines) {
        const QStringList tokens
            = QString::fromStdString(line).split(QLatin1Char(' '), Qt::SkipEmptyParts);
        for (const QString &token : tokens) {
            const std::string utf8 = token.toStdString();
            sink.onToken(utf8, utf8 == "切");
        }
        sink.onLineEnd(false);
    }
}

/// Records tokens as "a b|c" ("token*" when cut).
class Recorder : public TokenSink
{
public:
    void onToken(std::string_view token, bool cut) override
    {
        if (!m_line.empty())
            m_line += ' ';
        m_line.append(token);
        if (cut)
            m_line += '*';
    }
    void onLineEnd(bool discard) override
    {
        m_out += (discard ? std::string("#") : m_line) + '|';
        m_line.clear();
    }
    std::string m_out;
    std::string m_line;
};

std::vector<std::string> corpus()
{
    // Counts: 甲 16, 乙 10, 丙 6, 丁 20, 戊己 4 (a two-character token); N = 56 Han tokens.
    // Pairs: 甲乙 10, 甲丙 6, 丁戊己 4; "甲 x 乙" is no pair (x is not Han) and 乙丙 never
    // starts a pair (乙 is followed by nothing on its lines).
    std::vector<std::string> lines;
    for (int i = 0; i < 10; ++i)
        lines.push_back("甲 乙");
    for (int i = 0; i < 6; ++i)
        lines.push_back("甲 丙");
    for (int i = 0; i < 20; ++i)
        lines.push_back(i < 4 ? "丁 戊己" : "丁");
    lines.push_back("x");
    return lines;
}

} // namespace

class TestPhraseLearner : public QObject
{
    Q_OBJECT

private slots:
    void learn_data()
    {
        QTest::addColumn<double>("threshold");
        QTest::addColumn<int>("minCount");
        QTest::addColumn<QStringList>("joined");
        // score(a, b) = (count(ab) - minCount) / (count(a) count(b)) * N, by hand with N = 56:
        //   甲乙: (10 - 5) / (16 * 10) * 56 = 1.75     甲丙: (6 - 5) / (16 * 6) * 56 = 0.583
        //   丁戊己: 4 <= 5, never.   With minCount 2: 甲乙 2.8, 甲丙 2.333, 丁戊己 1.4.
        QTest::newRow("high") << 2.0 << 5 << QStringList();
        QTest::newRow("middle") << 1.0 << 5 << QStringList { QStringLiteral("甲乙") };
        QTest::newRow("low") << 0.5 << 5
                             << QStringList { QStringLiteral("甲乙"), QStringLiteral("甲丙") };
        QTest::newRow("min-count-excludes")
            << 0.0001 << 6 << QStringList { QStringLiteral("甲乙") };
        QTest::newRow("min-count-2")
            << 1.42 << 2 << QStringList { QStringLiteral("甲乙"), QStringLiteral("甲丙") };
        QTest::newRow("min-count-2-all")
            << 1.39 << 2
            << QStringList { QStringLiteral("甲乙"), QStringLiteral("甲丙"),
                             QStringLiteral("丁戊己") };
    }

    void learn()
    {
        QFETCH(double, threshold);
        QFETCH(int, minCount);
        QFETCH(QStringList, joined);
        PhraseLearner learner;
        feed(learner, corpus());
        QCOMPARE(learner.hanTokens(), std::uint64_t(56));
        const PhraseTable table = learner.learn(threshold, std::uint64_t(minCount));
        QCOMPARE(table.size(), std::size_t(joined.size()));
        QCOMPARE(table.contains("甲", "乙"), joined.contains(QStringLiteral("甲乙")));
        QCOMPARE(table.contains("甲", "丙"), joined.contains(QStringLiteral("甲丙")));
        QCOMPARE(table.contains("丁", "戊己"), joined.contains(QStringLiteral("丁戊己")));
    }

    void pairsNeedAdjacentHan()
    {
        PhraseLearner learner;
        // Latin, punctuation-free breaks, line ends and two-character left tokens stop pairs.
        std::vector<std::string> lines;
        for (int i = 0; i < 20; ++i) {
            lines.push_back("甲 x 乙");
            lines.push_back("甲");
            lines.push_back("乙");
            lines.push_back("甲乙 丙");
        }
        feed(learner, lines);
        QVERIFY(learner.learn(0.0001, 0).empty());
    }

    void merge_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("expected");
        QTest::newRow("pair") << QStringLiteral("甲 乙 笑") << QStringLiteral("甲乙 笑|");
        QTest::newRow("greedy-left")
            << QStringLiteral("甲 甲 乙 甲") << QStringLiteral("甲 甲乙 甲|");
        QTest::newRow("two-char-right")
            << QStringLiteral("丁 戊己 丁") << QStringLiteral("丁戊己 丁|");
        QTest::newRow("not-across-lines") << QStringLiteral("甲\n乙") << QStringLiteral("甲|乙|");
        QTest::newRow("not-a-pair")
            << QStringLiteral("乙 甲 x 乙") << QStringLiteral("乙 甲 x 乙|");
        QTest::newRow("cut-carries")
            << QStringLiteral("切 甲 丙 切") << QStringLiteral("切* 甲丙 切*|");
    }

    void merge()
    {
        QFETCH(QString, input);
        QFETCH(QString, expected);
        PhraseTable table;
        table.add("甲", "乙");
        table.add("丁", "戊己");
        table.add("甲", "丙");
        Recorder recorder;
        PhraseMerger merger(table, recorder);
        std::vector<std::string> lines;
        for (const QString &line : input.split(QLatin1Char('\n')))
            lines.push_back(line.toStdString());
        feed(merger, lines);
        QCOMPARE(QString::fromStdString(recorder.m_out), expected);
    }

    void discardedLineDropsHeldToken()
    {
        PhraseTable table;
        Recorder recorder;
        PhraseMerger merger(table, recorder);
        merger.onToken("甲", false);
        merger.onLineEnd(true);
        merger.onToken("乙", false);
        merger.onLineEnd(false);
        QCOMPARE(recorder.m_out, std::string("#|乙|"));
    }
};

QTEST_APPLESS_MAIN(TestPhraseLearner)
#include "tst_phraselearner.moc"
