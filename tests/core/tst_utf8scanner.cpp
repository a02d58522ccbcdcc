#include "core/text/utf8.h"
#include "core/text/utf8scanner.h"

#include <QtTest>

#include <unicode/uchar.h>

#include <string>
#include <vector>

using namespace ewb::core;

namespace {

/// Records what the scanner hands out as text: runs joined by '/', lines by '|', a dropped
/// line as "#".
class Recorder : public RunSink
{
public:
    std::size_t onRun(std::string_view text, bool complete) override
    {
        if (!m_line.empty() && !m_inRun)
            m_line += '/';
        m_line.append(text);
        m_inRun = !complete;
        return text.size();
    }
    void onLineEnd(bool discard) override
    {
        m_out += (discard ? std::string("#") : m_line) + '|';
        m_line.clear();
    }
    std::string m_out;
    std::string m_line;
    bool m_inRun = false;
};

struct Scan
{
    std::string out;
    std::uint64_t lines = 0;
    std::uint64_t controls = 0;
    std::uint64_t invalid = 0;
    std::uint64_t firstOffset = 0;
    std::uint64_t firstLine = 0;
};

Scan scan(const std::string &input, std::size_t piece, TokenizerOptions::InvalidUtf8 policy)
{
    Recorder recorder;
    Utf8Scanner scanner(policy, recorder, 0);
    for (std::size_t at = 0; at < input.size(); at += piece)
        scanner.feed(std::string_view(input).substr(at, piece));
    scanner.finish();
    return { recorder.m_out,
             scanner.lines(),
             scanner.controlCharacters(),
             scanner.invalidSequences(),
             scanner.firstInvalidOffset(),
             scanner.firstInvalidLine() };
}

} // namespace

class TestUtf8Scanner : public QObject
{
    Q_OBJECT

private slots:
    void decode_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<int>("status");
        QTest::addColumn<int>("length");
        QTest::addColumn<uint>("codePoint");
        // Unicode 15 Table 3-7 (well-formed byte sequences) and its boundaries.
        const int ok = int(utf8::DecodeStatus::Ok);
        const int bad = int(utf8::DecodeStatus::Invalid);
        const int more = int(utf8::DecodeStatus::Incomplete);
        QTest::newRow("ascii") << QByteArray("A") << ok << 1 << 0x41u;
        QTest::newRow("two-bytes") << QByteArray("\xc3\xa9") << ok << 2 << 0xE9u;
        QTest::newRow("three-bytes") << QByteArray("\xe5\xae\x9d") << ok << 3 << 0x5B9Du;
        QTest::newRow("four-bytes") << QByteArray("\xf0\x9f\x98\x80") << ok << 4 << 0x1F600u;
        QTest::newRow("max") << QByteArray("\xf4\x8f\xbf\xbf") << ok << 4 << 0x10FFFFu;
        QTest::newRow("overlong-2") << QByteArray("\xc0\xaf") << bad << 1 << 0u;
        QTest::newRow("overlong-3") << QByteArray("\xe0\x80\xaf") << bad << 1 << 0u;
        QTest::newRow("overlong-4") << QByteArray("\xf0\x80\x80\xaf") << bad << 1 << 0u;
        QTest::newRow("surrogate") << QByteArray("\xed\xa0\x80") << bad << 1 << 0u;
        QTest::newRow("above-max") << QByteArray("\xf4\x90\x80\x80") << bad << 1 << 0u;
        QTest::newRow("lone-continuation") << QByteArray("\x80") << bad << 1 << 0u;
        QTest::newRow("byte-ff") << QByteArray("\xff") << bad << 1 << 0u;
        QTest::newRow("cut-by-ascii") << QByteArray("\xe5\xae"
                                                    "a")
                                      << bad << 2 << 0u;
        QTest::newRow("incomplete") << QByteArray("\xe5\xae") << more << 2 << 0u;
    }

    void decode()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(int, status);
        QFETCH(int, length);
        QFETCH(uint, codePoint);
        const auto d = utf8::decode(reinterpret_cast<const unsigned char *>(bytes.constData()),
                                    std::size_t(bytes.size()));
        QCOMPARE(int(d.status), status);
        QCOMPARE(int(d.length), length);
        QCOMPARE(uint(d.codePoint), codePoint);
    }

    void spacesAgreeWithIcu()
    {
        // Every Unicode White_Space code point (ICU's table) must be a separator; the only
        // extra separators are the listed invisible ones.
        for (UChar32 c = 0; c <= 0x10FFFF; ++c) {
            const char32_t cp = char32_t(c);
            const bool ours = utf8::isSpace(cp) || utf8::isLineBreak(cp);
            const bool extra
                = c == 0x180E || c == 0x200B || c == 0x2060 || c == 0xFEFF || c == 0xFFFD;
            if (ours != (u_hasBinaryProperty(c, UCHAR_WHITE_SPACE) || extra))
                QFAIL(qPrintable(QStringLiteral("U+%1").arg(c, 4, 16, QLatin1Char('0'))));
            const bool control = u_charType(c) == U_CONTROL_CHAR && !ours;
            QCOMPARE(utf8::isControl(cp), control);
        }
    }

    void lines_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<QByteArray>("expected");
        QTest::addColumn<int>("lines");
        QTest::addColumn<int>("controls");
        QTest::newRow("lf") << QByteArray("a b\nc") << QByteArray("a/b|c|") << 2 << 0;
        QTest::newRow("crlf") << QByteArray("a\r\nb\r\n") << QByteArray("a|b|") << 2 << 0;
        QTest::newRow("lone-cr") << QByteArray("a\rb") << QByteArray("a|b|") << 2 << 0;
        QTest::newRow("cr-cr-lf") << QByteArray("a\r\r\nb") << QByteArray("a||b|") << 3 << 0;
        QTest::newRow("nel") << QByteArray("a\xc2\x85"
                                           "b")
                             << QByteArray("a|b|") << 2 << 0;
        QTest::newRow("u2028") << QByteArray("a\xe2\x80\xa8"
                                             "b")
                               << QByteArray("a|b|") << 2 << 0;
        QTest::newRow("u2029") << QByteArray("a\xe2\x80\xa9"
                                             "b")
                               << QByteArray("a|b|") << 2 << 0;
        QTest::newRow("empty-lines") << QByteArray("\n\n") << QByteArray("||") << 2 << 0;
        QTest::newRow("nul-and-controls") << QByteArray("a\0b\x01"
                                                        "c\x7f"
                                                        "d\xc2\x80"
                                                        "e",
                                                        10)
                                          << QByteArray("a/b/c/d/e|") << 1 << 4;
        QTest::newRow("unicode-spaces") << QByteArray("a\xc2\xa0"
                                                      "b\xe3\x80\x80"
                                                      "c\xe2\x80\x8b"
                                                      "d\xef\xbb\xbf"
                                                      "e\t\x0b\x0c"
                                                      "f")
                                        << QByteArray("a/b/c/d/e/f|") << 1 << 0;
        QTest::newRow("multibyte-text")
            << QByteArray("宝玉 é\n") << QByteArray("宝玉/é|") << 1 << 0;
    }

    void lines()
    {
        QFETCH(QByteArray, input);
        QFETCH(QByteArray, expected);
        QFETCH(int, lines);
        QFETCH(int, controls);
        const std::string bytes = input.toStdString();
        // Pieces of every size from 1 byte give the same result as one piece: code points,
        // CRLF and runs that straddle two pieces are joined correctly.
        for (std::size_t piece = 1; piece <= bytes.size(); ++piece) {
            const Scan s = scan(bytes, piece, TokenizerOptions::InvalidUtf8::Reject);
            QCOMPARE(QByteArray::fromStdString(s.out), expected);
            QCOMPARE(int(s.lines), lines);
            QCOMPARE(int(s.controls), controls);
        }
    }

    void invalid_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<QByteArray>("replaced");
        QTest::addColumn<QByteArray>("skipped");
        QTest::addColumn<int>("count");
        QTest::addColumn<int>("offset");
        // Replacement follows Unicode's "maximal subpart" practice (Unicode 15, section 3.9,
        // Table 3-8): each broken piece is one replacement, here one separator.
        QTest::newRow("overlong") << QByteArray("ok\nx\xc0\xafy\nz") << QByteArray("ok|x/y|z|")
                                  << QByteArray("ok|#|z|") << 2 << 4;
        QTest::newRow("surrogate") << QByteArray("ok\nx\xed\xa0\x80y") << QByteArray("ok|x/y|")
                                   << QByteArray("ok|#|") << 3 << 4;
        QTest::newRow("above-max") << QByteArray("ok\nx\xf4\x90\x80\x80y") << QByteArray("ok|x/y|")
                                   << QByteArray("ok|#|") << 4 << 4;
        QTest::newRow("cut-sequence") << QByteArray("ok\nx\xe5\xae y") << QByteArray("ok|x/y|")
                                      << QByteArray("ok|#|") << 1 << 4;
        QTest::newRow("truncated-at-end")
            << QByteArray("ok\nx\xe5\xae") << QByteArray("ok|x|") << QByteArray("ok|#|") << 1 << 4;
        QTest::newRow("latin1") << QByteArray("ok\ncaf\xe9 bar") << QByteArray("ok|caf/bar|")
                                << QByteArray("ok|#|") << 1 << 6;
    }

    void invalid()
    {
        QFETCH(QByteArray, input);
        QFETCH(QByteArray, replaced);
        QFETCH(QByteArray, skipped);
        QFETCH(int, count);
        QFETCH(int, offset);
        const std::string bytes = input.toStdString();
        for (std::size_t piece = 1; piece <= bytes.size(); ++piece) {
            const Scan r = scan(bytes, piece, TokenizerOptions::InvalidUtf8::Replace);
            QCOMPARE(QByteArray::fromStdString(r.out), replaced);
            QCOMPARE(int(r.invalid), count);
            QCOMPARE(int(r.firstOffset), offset);
            QCOMPARE(int(r.firstLine), 2);
            const Scan s = scan(bytes, piece, TokenizerOptions::InvalidUtf8::SkipLine);
            QCOMPARE(QByteArray::fromStdString(s.out), skipped);
            const Scan j = scan(bytes, piece, TokenizerOptions::InvalidUtf8::Reject);
            // Reject hands out nothing after the first invalid sequence but counts them all.
            QCOMPARE(QByteArray::fromStdString(j.out), QByteArray("ok|"));
            QCOMPARE(int(j.invalid), count);
        }
    }

    void longRunIsBounded()
    {
        // A run longer than the scanner's buffer arrives in pieces, none much longer than it.
        class Sizes : public RunSink
        {
        public:
            std::size_t onRun(std::string_view text, bool complete) override
            {
                m_largest = std::max(m_largest, text.size());
                m_total += complete ? text.size() : text.size() - 10;
                return complete ? text.size() : text.size() - 10;
            }
            void onLineEnd(bool) override { }
            std::size_t m_largest = 0;
            std::size_t m_total = 0;
        } sizes;
        Utf8Scanner scanner(TokenizerOptions::InvalidUtf8::Reject, sizes, 0, 1000);
        const std::string piece(4096, 'x');
        for (int i = 0; i < 1000; ++i)
            scanner.feed(piece);
        scanner.finish();
        QVERIFY(sizes.m_largest <= 1000 + 4096);
        QCOMPARE(sizes.m_total, std::size_t(4096 * 1000));
    }
};

QTEST_APPLESS_MAIN(TestUtf8Scanner)
#include "tst_utf8scanner.moc"
