#include "core/serve/jsonparser.h"
#include "core/serve/jsonwriter.h"

#include <QtTest>

#include <cmath>
#include <limits>

using namespace ewb::core;

Q_DECLARE_METATYPE(ewb::core::ErrorCode)

// The strict JSON reader and writer of the REST service. Expected values are worked out by hand
// from RFC 8259 and the UTF-8 / UTF-16 encoding rules (e.g. U+1F600 = surrogates D83D DE00 =
// bytes F0 9F 98 80).
class TestJsonParser : public QObject
{
    Q_OBJECT

private slots:
    void parsesNumbers_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<double>("expected");
        QTest::newRow("zero") << QByteArray("0") << 0.0;
        QTest::newRow("negative-zero") << QByteArray("-0") << 0.0;
        QTest::newRow("integer") << QByteArray("1000") << 1000.0;
        QTest::newRow("fraction") << QByteArray("-12.25") << -12.25;
        QTest::newRow("exponent") << QByteArray("1.5e3") << 1500.0;
        QTest::newRow("capital-exponent") << QByteArray("1E-2") << 0.01;
        QTest::newRow("plus-exponent") << QByteArray("25e+1") << 250.0;
        QTest::newRow("underflow-to-zero") << QByteArray("1e-400") << 0.0;
        QTest::newRow("largest-exact-integer")
            << QByteArray("9007199254740992") << 9007199254740992.0;
        QTest::newRow("surrounding-space") << QByteArray(" \t\r\n7\n") << 7.0;
    }
    void parsesNumbers()
    {
        QFETCH(QByteArray, text);
        QFETCH(double, expected);
        const auto value = JsonParser::parse(text.toStdString());
        QVERIFY2(value.ok(), value.ok() ? "" : value.error().detail.c_str());
        QVERIFY(value->isNumber());
        QCOMPARE(value->toNumber(), expected);
    }

    void parsesStrings_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<QByteArray>("expected");
        QTest::newRow("plain") << QByteArray(R"("king")") << QByteArray("king");
        QTest::newRow("short-escapes")
            << QByteArray("\"\\\"\\\\\\/\\b\\f\\n\\r\\t\"") << QByteArray("\"\\/\b\f\n\r\t");
        QTest::newRow("u-escape-two-bytes")
            << QByteArray("\"caf\\u00e9\"") << QByteArray("caf\xC3\xA9");
        QTest::newRow("u-escape-upper-hex")
            << QByteArray("\"\\u5317\\u4EAC\"") << QByteArray("\xE5\x8C\x97\xE4\xBA\xAC");
        QTest::newRow("surrogate-pair")
            << QByteArray("\"\\ud83d\\ude00\"") << QByteArray("\xF0\x9F\x98\x80");
        QTest::newRow("raw-chinese")
            << QByteArray("\"\xE5\x8C\x97\xE4\xBA\xAC\"") << QByteArray("\xE5\x8C\x97\xE4\xBA\xAC");
        QTest::newRow("raw-four-byte")
            << QByteArray("\"\xF0\x9F\x98\x80\"") << QByteArray("\xF0\x9F\x98\x80");
        QTest::newRow("escaped-nul") << QByteArray("\"a\\u0000b\"") << QByteArray("a\0b", 3);
        QTest::newRow("empty") << QByteArray(R"("")") << QByteArray();
    }
    void parsesStrings()
    {
        QFETCH(QByteArray, text);
        QFETCH(QByteArray, expected);
        const auto value = JsonParser::parse(text.toStdString());
        QVERIFY2(value.ok(), value.ok() ? "" : value.error().detail.c_str());
        QVERIFY(value->isString());
        QCOMPARE(QByteArray::fromStdString(value->toString()), expected);
    }

    void parsesStructures()
    {
        const auto value = JsonParser::parse(
            R"( {"a":"man","b":"king","c":"woman","k":5,"method":"3cosmul","list":[true,false,null,[],{}]} )");
        QVERIFY(value.ok());
        QVERIFY(value->isObject());
        QCOMPARE(value->toObject().size(), std::size_t(6));
        QCOMPARE(value->toObject()[0].first, std::string("a")); // insertion order kept
        QCOMPARE(value->find("b")->toString(), std::string("king"));
        QCOMPARE(value->find("k")->toNumber(), 5.0);
        QVERIFY(value->find("missing") == nullptr);
        const auto &list = value->find("list")->toArray();
        QCOMPARE(list.size(), std::size_t(5));
        QCOMPARE(list[0].toBool(), true);
        QCOMPARE(list[1].toBool(), false);
        QVERIFY(list[2].isNull());
        QVERIFY(list[3].isArray() && list[3].toArray().empty());
        QVERIFY(list[4].isObject() && list[4].toObject().empty());
    }

    void rejects_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<ErrorCode>("code");
        const auto parse = ErrorCode::ParseError;
        const auto encoding = ErrorCode::InvalidEncoding;
        QTest::newRow("empty") << QByteArray("") << parse;
        QTest::newRow("only-space") << QByteArray("  ") << parse;
        QTest::newRow("unclosed-object") << QByteArray("{") << parse;
        QTest::newRow("unclosed-array") << QByteArray("[1,2") << parse;
        QTest::newRow("trailing-comma-array") << QByteArray("[1,]") << parse;
        QTest::newRow("trailing-comma-object") << QByteArray(R"({"a":1,})") << parse;
        QTest::newRow("missing-colon") << QByteArray(R"({"a" 1})") << parse;
        QTest::newRow("unquoted-key") << QByteArray("{a:1}") << parse;
        QTest::newRow("single-quotes") << QByteArray("'a'") << parse;
        QTest::newRow("leading-zero") << QByteArray("01") << parse;
        QTest::newRow("leading-plus") << QByteArray("+1") << parse;
        QTest::newRow("bare-minus") << QByteArray("-") << parse;
        QTest::newRow("dot-without-digits") << QByteArray("1.") << parse;
        QTest::newRow("leading-dot") << QByteArray(".5") << parse;
        QTest::newRow("empty-exponent") << QByteArray("1e") << parse;
        QTest::newRow("nan") << QByteArray("NaN") << parse;
        QTest::newRow("infinity") << QByteArray("-Infinity") << parse;
        QTest::newRow("overflow") << QByteArray("1e400") << parse;
        QTest::newRow("long-overflow") << QByteArray(QByteArray(400, '9')) << parse;
        QTest::newRow("hex-number") << QByteArray("0x10") << parse;
        QTest::newRow("truncated-true") << QByteArray("tru") << parse;
        QTest::newRow("capital-true") << QByteArray("True") << parse;
        QTest::newRow("unterminated-string") << QByteArray("\"abc") << parse;
        QTest::newRow("raw-tab-in-string") << QByteArray("\"a\tb\"") << parse;
        QTest::newRow("raw-newline-in-string") << QByteArray("\"a\nb\"") << parse;
        QTest::newRow("unknown-escape") << QByteArray("\"\\x41\"") << parse;
        QTest::newRow("short-u-escape") << QByteArray("\"\\u12\"") << parse;
        QTest::newRow("non-hex-u-escape") << QByteArray("\"\\u12g4\"") << parse;
        QTest::newRow("lone-high-surrogate") << QByteArray("\"\\ud83d\"") << encoding;
        QTest::newRow("lone-low-surrogate") << QByteArray("\"\\ude00\"") << encoding;
        QTest::newRow("high-then-letter") << QByteArray("\"\\ud83d\\u0041\"") << encoding;
        QTest::newRow("invalid-byte") << QByteArray("\"\xFF\"") << encoding;
        QTest::newRow("overlong-dot") << QByteArray("\"\xC0\xAE\"") << encoding;
        QTest::newRow("encoded-surrogate") << QByteArray("\"\xED\xA0\x80\"") << encoding;
        QTest::newRow("above-max-code-point") << QByteArray("\"\xF4\x90\x80\x80\"") << encoding;
        QTest::newRow("cut-sequence") << QByteArray("\"\xE5\x8C\"") << encoding;
        QTest::newRow("latin1-key") << QByteArray("{\"caf\xE9\":1}") << encoding;
        QTest::newRow("duplicate-key") << QByteArray(R"({"k":1,"k":2})") << parse;
        QTest::newRow("trailing-text") << QByteArray("{} x") << parse;
        QTest::newRow("two-documents") << QByteArray("[1] [2]") << parse;
        QTest::newRow("comment") << QByteArray("/* k */ 1") << parse;
        QTest::newRow("nul-byte") << QByteArray("[1,\0 2]", 7) << parse;
        QTest::newRow("too-deep") << (QByteArray(65, '[') + QByteArray(65, ']'))
                                  << ErrorCode::InvalidArgument;
    }
    void rejects()
    {
        QFETCH(QByteArray, text);
        QFETCH(ErrorCode, code);
        const auto value = JsonParser::parse(text.toStdString());
        QVERIFY(!value.ok());
        QCOMPARE(value.error().code, code);
        QVERIFY(value.error().detail.find("byte") != std::string::npos);
    }

    void enforcesLimits()
    {
        // Exactly at the depth limit passes, one more level fails.
        JsonLimits limits;
        limits.maxDepth = 3;
        QVERIFY(JsonParser::parse("[[[1]]]", limits).ok());
        QCOMPARE(JsonParser::parse("[[[[1]]]]", limits).error().code, ErrorCode::InvalidArgument);

        limits = {};
        limits.maxBytes = 8;
        QVERIFY(JsonParser::parse("[1,2,3]", limits).ok());
        const auto big = JsonParser::parse("[1,2,3,4]", limits);
        QCOMPARE(big.error().code, ErrorCode::InvalidArgument);
        QVERIFY(big.error().detail.find("9 bytes") != std::string::npos);

        limits = {};
        limits.maxValues = 4;
        QVERIFY(JsonParser::parse("[1,2,3]", limits).ok()); // the array and three numbers
        QCOMPARE(JsonParser::parse("[1,2,3,4]", limits).error().code, ErrorCode::InvalidArgument);

        // A deep document under the default limit is refused without exhausting the stack.
        const std::string deep = std::string(100000, '[') + std::string(100000, ']');
        QCOMPARE(JsonParser::parse(deep).error().code, ErrorCode::InvalidArgument);
    }

    void writesCompactJson()
    {
        JsonValue value(JsonValue::Object {});
        value.insert("word", "北京");
        value.insert("score", 0.8f);
        value.insert("exact", 0.1);
        value.insert("count", 3);
        value.insert("ok", true);
        value.insert("none", nullptr);
        value.insert("list", JsonValue::Array { 1, "a" });
        QCOMPARE(QByteArray::fromStdString(JsonWriter::write(value)),
                 QByteArray(R"({"word":"北京","score":0.8,"exact":0.1,"count":3,"ok":true,)"
                            R"("none":null,"list":[1,"a"]})"));
    }

    void writesEscapes_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<QByteArray>("expected");
        QTest::newRow("quote-and-backslash")
            << QByteArray("a\"b\\c") << QByteArray("\"a\\\"b\\\\c\"");
        QTest::newRow("short-escapes")
            << QByteArray("\n\r\t\b\f") << QByteArray("\"\\n\\r\\t\\b\\f\"");
        QTest::newRow("other-controls")
            << QByteArray("\x01\x1F", 2) << QByteArray("\"\\u0001\\u001f\"");
        QTest::newRow("nul") << QByteArray("a\0b", 3) << QByteArray("\"a\\u0000b\"");
        QTest::newRow("slash-stays") << QByteArray("a/b") << QByteArray(R"("a/b")");
        QTest::newRow("utf8-stays")
            << QByteArray("\xF0\x9F\x98\x80") << QByteArray("\"\xF0\x9F\x98\x80\"");
        QTest::newRow("invalid-byte-replaced") << QByteArray("a\xFF"
                                                             "b")
                                               << QByteArray("\"a\xEF\xBF\xBD"
                                                             "b\"");
        QTest::newRow("cut-sequence-replaced")
            << QByteArray("\xE5\x8C") << QByteArray("\"\xEF\xBF\xBD\"");
    }
    void writesEscapes()
    {
        QFETCH(QByteArray, text);
        QFETCH(QByteArray, expected);
        QCOMPARE(QByteArray::fromStdString(JsonWriter::write(JsonValue(text.toStdString()))),
                 expected);
    }

    void writesNumbers()
    {
        QCOMPARE(JsonWriter::write(JsonValue(0.1f)), std::string("0.1"));
        QCOMPARE(JsonWriter::write(JsonValue(static_cast<double>(0.1f))),
                 std::string("0.10000000149011612"));
        QCOMPARE(JsonWriter::write(JsonValue(-2.5)), std::string("-2.5"));
        QCOMPARE(JsonWriter::write(JsonValue(std::int64_t(-42))), std::string("-42"));
        QCOMPARE(JsonWriter::write(JsonValue(std::int64_t(1700000000000))),
                 std::string("1700000000000"));
        QCOMPARE(JsonWriter::write(JsonValue(-0.0)), std::string("0"));
        QCOMPARE(JsonWriter::write(JsonValue(1e300)), std::string("1e+300"));
        QCOMPARE(JsonWriter::write(JsonValue(std::numeric_limits<double>::quiet_NaN())),
                 std::string("null"));
        QCOMPARE(JsonWriter::write(JsonValue(-std::numeric_limits<float>::infinity())),
                 std::string("null"));
    }

    // What the writer produces, the parser reads back to the same values.
    void roundTrips()
    {
        JsonValue value(JsonValue::Object {});
        value.insert("words", JsonValue::Array { "苹果", "a\"\\\n\x01z", "\xF0\x9F\x98\x80" });
        value.insert("x", 1.0 / 3.0);
        value.insert("tiny", 5e-324);
        const std::string text = JsonWriter::write(value);
        const auto back = JsonParser::parse(text);
        QVERIFY(back.ok());
        QCOMPARE(JsonWriter::write(*back), text);
        QCOMPARE(back->find("x")->toNumber(), 1.0 / 3.0);
        QCOMPARE(back->find("tiny")->toNumber(), 5e-324);
        QCOMPARE(back->find("words")->toArray()[1].toString(), std::string("a\"\\\n\x01z"));
    }
};

QTEST_APPLESS_MAIN(TestJsonParser)
#include "tst_jsonparser.moc"
