#include "core/text/icuwordsegmenter.h"
#include "core/text/utf8scanner.h"

#include <QtTest>

#include <string>

using namespace ewb::core;

namespace {

/// Collects tokens as one string: "a b|c" with '|' at line ends, '*' after a cut token.
class Recorder : public TokenSink
{
public:
    void onToken(std::string_view token, bool cut) override
    {
        m_out.append(token);
        m_out += cut ? "* " : " ";
        ++m_tokens;
    }
    void onLineEnd(bool) override { m_out += '|'; }
    std::string m_out;
    std::size_t m_tokens = 0;
};

Recorder segment(const QByteArray &text, bool fastPath)
{
    Recorder recorder;
    auto segmenter = IcuWordSegmenter::create(recorder, 100, fastPath);
    if (!segmenter)
        return recorder;
    Utf8Scanner scanner(TokenizerOptions::InvalidUtf8::Replace, **segmenter, 0);
    scanner.feed(std::string_view(text.constData(), std::size_t(text.size())));
    scanner.finish();
    return recorder;
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

class TestIcuWordSegmenter : public QObject
{
    Q_OBJECT

private slots:
    void asciiFastPathEqualsIcu_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::newRow("demo-corpus")
            << readAll(QStringLiteral(EWB_RESOURCES_DIR "/demo-corpus-en.txt"));
        QTest::newRow("analogy-questions")
            << readAll(QStringLiteral(EWB_RESOURCES_DIR "/questions-words.txt"));
        QTest::newRow("novel-zh") << readAll(
            QStringLiteral(EWB_TEST_DATA_DIR "/corpus-zh-hongloumeng.txt"));
        // Runs at the edges of the fast path: ASCII punctuation inside, before and after
        // letters and digits, "_" (which UAX #29 joins to words), mixed letters and digits.
        QTest::newRow("edges") << QByteArray(
            "cat, (cat) \"cat\" 'tis dogs' don't U.S.A. 3.14 1,000 $5 5% #tag @me a-b a--b "
            "_x x_ __ a_1 abc123 123abc 1st ... -- !? x. .x 'a' a'b' 3' 2:30 a:b a;b a.b.c. "
            "e.g. i.e., ph.d ok! ok!! (1842). [sic] <b>bold</b> a/b http://x.org/a?b=c&d=e\n"
            "x\xc2\xa9 caf\xc3\xa9, na\xc3\xafve. \xe2\x80\x9cquoted\xe2\x80\x9d 1\xc2\xbd\n");
    }

    void asciiPunctuationEqualsIcu()
    {
        // Every ASCII punctuation character before and after letters and digits, alone and
        // doubled.
        QByteArray text;
        for (char c = 0x21; c < 0x7F; ++c) {
            if (QChar::fromLatin1(c).isLetterOrNumber())
                continue;
            const QByteArray p(1, c);
            text += p + "ab " + "ab" + p + ' ' + p + "12 12" + p + ' ' + p + p + "x" + p + p + ' '
                + p + "a1" + p + ' ' + p + '\n';
        }
        const Recorder fast = segment(text, true);
        const Recorder icu = segment(text, false);
        QCOMPARE(QByteArray::fromStdString(fast.m_out), QByteArray::fromStdString(icu.m_out));
    }

    void asciiFastPathEqualsIcu()
    {
        QFETCH(QByteArray, text);
        QVERIFY(!text.isEmpty());
        const Recorder fast = segment(text, true);
        const Recorder icu = segment(text, false);
        QVERIFY(icu.m_tokens > 0);
        QCOMPARE(fast.m_tokens, icu.m_tokens);
        QVERIFY(fast.m_out == icu.m_out);
    }

    void edgeTokens()
    {
        // UAX #29 by hand for a few of the edge runs.
        const Recorder r = segment("(cat) _x don't a.b.c. 1,000 $5 a-b\n", true);
        QCOMPARE(QByteArray::fromStdString(r.m_out),
                 QByteArray("cat _x don't a.b.c 1,000 5 a b |"));
    }
};

QTEST_APPLESS_MAIN(TestIcuWordSegmenter)
#include "tst_icuwordsegmenter.moc"
