#include "core/serve/queryparameters.h"
#include "core/serve/urldecoder.h"

#include <QtTest>

using namespace ewb::core;

Q_DECLARE_METATYPE(ewb::core::ErrorCode)

// Strict decoding of request targets: what a hostile URL may not smuggle past the REST service
// (RELIABILITY rows 50-52). Expected bytes are the UTF-8 encodings worked out by hand
// (北 = U+5317 = E5 8C 97, 京 = U+4EAC = E4 BA AC).
class TestUrlDecoder : public QObject
{
    Q_OBJECT

private slots:
    void decodes_data()
    {
        QTest::addColumn<QByteArray>("raw");
        QTest::addColumn<bool>("plusIsSpace");
        QTest::addColumn<QByteArray>("expected");
        QTest::newRow("plain") << QByteArray("king") << true << QByteArray("king");
        QTest::newRow("chinese") << QByteArray("%E5%8C%97%E4%BA%AC") << true
                                 << QByteArray("\xE5\x8C\x97\xE4\xBA\xAC");
        QTest::newRow("lower-case-hex")
            << QByteArray("%e5%8c%97") << true << QByteArray("\xE5\x8C\x97");
        QTest::newRow("raw-utf8") << QByteArray("\xE5\x8C\x97") << true
                                  << QByteArray("\xE5\x8C\x97");
        QTest::newRow("plus-in-query") << QByteArray("new+york") << true << QByteArray("new york");
        QTest::newRow("plus-in-path") << QByteArray("new+york") << false << QByteArray("new+york");
        QTest::newRow("encoded-plus") << QByteArray("c%2B%2B") << true << QByteArray("c++");
        QTest::newRow("encoded-percent") << QByteArray("100%25") << true << QByteArray("100%");
        QTest::newRow("empty") << QByteArray("") << true << QByteArray("");
    }
    void decodes()
    {
        QFETCH(QByteArray, raw);
        QFETCH(bool, plusIsSpace);
        QFETCH(QByteArray, expected);
        const auto decoded = UrlDecoder::decodeComponent(raw.toStdString(), plusIsSpace);
        QVERIFY2(decoded.ok(), decoded.ok() ? "" : decoded.error().detail.c_str());
        QCOMPARE(QByteArray::fromStdString(*decoded), expected);
    }

    void rejects_data()
    {
        QTest::addColumn<QByteArray>("raw");
        QTest::addColumn<ErrorCode>("code");
        QTest::newRow("non-hex") << QByteArray("%ZZ") << ErrorCode::InvalidArgument;
        QTest::newRow("half-hex") << QByteArray("a%4") << ErrorCode::InvalidArgument;
        QTest::newRow("bare-percent") << QByteArray("%") << ErrorCode::InvalidArgument;
        QTest::newRow("percent-space") << QByteArray("% 1") << ErrorCode::InvalidArgument;
        QTest::newRow("nul") << QByteArray("a%00b") << ErrorCode::InvalidArgument;
        QTest::newRow("overlong-dot") << QByteArray("%C0%AE") << ErrorCode::InvalidEncoding;
        QTest::newRow("overlong-slash") << QByteArray("%C0%AF") << ErrorCode::InvalidEncoding;
        QTest::newRow("latin1") << QByteArray("caf%E9") << ErrorCode::InvalidEncoding;
        QTest::newRow("cut-sequence") << QByteArray("%E5%8C") << ErrorCode::InvalidEncoding;
        QTest::newRow("encoded-surrogate") << QByteArray("%ED%A0%80") << ErrorCode::InvalidEncoding;
        QTest::newRow("raw-invalid-byte") << QByteArray("\xFF") << ErrorCode::InvalidEncoding;
    }
    void rejects()
    {
        QFETCH(QByteArray, raw);
        QFETCH(ErrorCode, code);
        const auto decoded = UrlDecoder::decodeComponent(raw.toStdString(), true);
        QVERIFY(!decoded.ok());
        QCOMPARE(decoded.error().code, code);
    }

    void splitsPaths()
    {
        const auto segments = UrlDecoder::splitPath("/v1/models/%E5%8C%97/neighbors");
        QVERIFY(segments.ok());
        const std::vector<std::string> expected { "v1", "models", "\xE5\x8C\x97", "neighbors" };
        QCOMPARE(*segments, expected);
        const auto root = UrlDecoder::splitPath("/");
        QVERIFY(root.ok());
        QCOMPARE(*root, std::vector<std::string> { "" });
        const auto trailing = UrlDecoder::splitPath("/v1/models/");
        QCOMPARE(trailing->back(), std::string());
    }

    void refusesTraversal_data()
    {
        QTest::addColumn<QByteArray>("path");
        QTest::newRow("dot-dot") << QByteArray("/v1/models/../../etc/passwd");
        QTest::newRow("dot") << QByteArray("/v1/./models");
        QTest::newRow("encoded-dot-dot") << QByteArray("/v1/models/%2E%2E/x");
        QTest::newRow("encoded-slash") << QByteArray("/v1/models/..%2F..%2Fetc%2Fpasswd");
        QTest::newRow("encoded-backslash") << QByteArray("/v1/models/..%5C..%5Cwin.ini");
        QTest::newRow("overlong-dots") << QByteArray("/v1/models/%C0%AE%C0%AE/x");
        QTest::newRow("double-encoded-is-literal-but-bad-escape") << QByteArray("/v1/%ZZ");
        QTest::newRow("relative") << QByteArray("v1/models");
        QTest::newRow("empty") << QByteArray("");
    }
    void refusesTraversal()
    {
        QFETCH(QByteArray, path);
        QVERIFY(!UrlDecoder::splitPath(path.toStdString()).ok());
    }

    void parsesQueries()
    {
        const auto query = QueryParameters::parse("word=%E5%8C%97%E4%BA%AC&k=10&&flag&q=a+b");
        QVERIFY(query.ok());
        QCOMPARE(query->pairs().size(), std::size_t(4));
        QCOMPARE(*query->find("word"), std::string("\xE5\x8C\x97\xE4\xBA\xAC"));
        QCOMPARE(*query->find("k"), std::string("10"));
        QCOMPARE(*query->find("flag"), std::string());
        QCOMPARE(*query->find("q"), std::string("a b"));
        QVERIFY(query->find("missing") == nullptr);
        QVERIFY(QueryParameters::parse("").ok());
    }

    void refusesQueries_data()
    {
        QTest::addColumn<QByteArray>("query");
        QTest::newRow("bad-escape") << QByteArray("word=%ZZ");
        QTest::newRow("bad-escape-in-name") << QByteArray("wo%Zrd=a");
        QTest::newRow("repeated-name") << QByteArray("k=1&k=2");
        QTest::newRow("empty-name") << QByteArray("=x");
        QTest::newRow("invalid-utf8") << QByteArray("word=%FF");
        QTest::newRow("too-many") << QByteArray("a=1&b=2&c=3&d=4&e=5&f=6&g=7&h=8&i=9&j=10&k=11&l=12"
                                                "&m=13&n=14&o=15&p=16&q=17");
    }
    void refusesQueries()
    {
        QFETCH(QByteArray, query);
        const auto parsed = QueryParameters::parse(query.toStdString());
        QVERIFY(!parsed.ok());
    }

    void countsParameters()
    {
        // Exactly the limit passes.
        QVERIFY(QueryParameters::parse("a=1&b=2", 2).ok());
        QCOMPARE(QueryParameters::parse("a=1&b=2&c=3", 2).error().code, ErrorCode::InvalidArgument);
    }
};

QTEST_APPLESS_MAIN(TestUrlDecoder)
#include "tst_urldecoder.moc"
