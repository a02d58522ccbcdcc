#include "core/serve/accesspolicy.h"
#include "core/serve/modelcatalog.h"
#include "core/serve/modelservice.h"

#include "servicetesthelpers.h"

#include <QtTest>

using namespace ewb::core;
using ewb::test::getRequest;
using ewb::test::jsonOf;

namespace {

const std::string token = "s3cret-token-0123456789";
const std::string origin = "http://localhost:3000";

std::string codeOf(const ServiceResponse &response)
{
    const JsonValue body = jsonOf(response);
    return body.find("error") ? body.find("error")->find("code")->toString() : std::string();
}

const std::string *headerOf(const ServiceResponse &response, const std::string &name)
{
    for (const auto &[key, value] : response.headers) {
        if (key == name)
            return &value;
    }
    return nullptr;
}

} // namespace

// Who may call the service (RELIABILITY rows 48, 50, 53): Host against DNS rebinding, Origin
// against cross-site requests, CORS only for one configured origin, the bearer token.
class TestAccessPolicy : public QObject
{
    Q_OBJECT

private:
    ModelCatalog m_catalog;

    ServiceResponse ask(const ServiceOptions &options, const ServiceRequest &request)
    {
        return ModelService(m_catalog, options).handle(request);
    }

    static ServiceOptions localOptions()
    {
        ServiceOptions options;
        options.allowedHosts = { "127.0.0.1:8080", "localhost:8080" };
        return options;
    }

    static ServiceRequest withHeaders(std::vector<std::pair<std::string, std::string>> headers)
    {
        auto request = ServiceRequest::fromTarget("GET", "/v1/health");
        request.headers = std::move(headers);
        return request;
    }

private slots:
    void initTestCase()
    {
        auto zh = ServedModel::create("zh", "", ewb::test::chineseModel());
        QVERIFY(zh.ok());
        m_catalog.publish(*zh);
    }

    void checksHost_data()
    {
        QTest::addColumn<QStringList>("hosts");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("code");
        QTest::newRow("bound-address") << QStringList { "127.0.0.1:8080" } << 200 << "";
        QTest::newRow("localhost") << QStringList { "localhost:8080" } << 200 << "";
        QTest::newRow("upper-case") << QStringList { "LOCALHOST:8080" } << 200 << "";
        QTest::newRow("rebinding-name")
            << QStringList { "evil.example" } << 421 << "misdirected-request";
        QTest::newRow("rebinding-name-with-port")
            << QStringList { "evil.example:8080" } << 421 << "misdirected-request";
        QTest::newRow("other-port")
            << QStringList { "127.0.0.1:8081" } << 421 << "misdirected-request";
        QTest::newRow("no-port") << QStringList { "127.0.0.1" } << 421 << "misdirected-request";
        QTest::newRow("suffix-trick")
            << QStringList { "127.0.0.1:8080.evil.example" } << 421 << "misdirected-request";
        QTest::newRow("missing") << QStringList {} << 400 << "missing-host";
        QTest::newRow("two-hosts")
            << QStringList { "127.0.0.1:8080", "evil.example" } << 400 << "missing-host";
    }
    void checksHost()
    {
        QFETCH(QStringList, hosts);
        QFETCH(int, status);
        QFETCH(QString, code);
        std::vector<std::pair<std::string, std::string>> headers;
        for (const QString &host : hosts)
            headers.emplace_back("Host", host.toStdString());
        const auto response = ask(localOptions(), withHeaders(headers));
        QCOMPARE(response.status, status);
        QCOMPARE(QString::fromStdString(codeOf(response)), code);
    }

    void anyHostOnlyWhenAsked()
    {
        ServiceOptions options;
        options.allowAnyHost = true;
        QCOMPARE(ask(options, withHeaders({ { "Host", "my-laptop.lan:9000" } })).status, 200);
        QCOMPARE(ask(ServiceOptions {}, withHeaders({ { "Host", "my-laptop.lan:9000" } })).status,
                 421);
    }

    void checksToken_data()
    {
        QTest::addColumn<QString>("authorization");
        QTest::addColumn<int>("status");
        QTest::newRow("right") << QString::fromStdString("Bearer " + token) << 200;
        QTest::newRow("lower-case-scheme") << QString::fromStdString("bearer " + token) << 200;
        QTest::newRow("missing") << QString() << 401;
        QTest::newRow("wrong") << "Bearer s3cret-token-0123456788" << 401;
        QTest::newRow("prefix") << QString::fromStdString("Bearer " + token.substr(0, 10)) << 401;
        QTest::newRow("longer") << QString::fromStdString("Bearer " + token + "x") << 401;
        QTest::newRow("basic-scheme") << QString::fromStdString("Basic " + token) << 401;
        QTest::newRow("bare-token") << QString::fromStdString(token) << 401;
        QTest::newRow("empty") << "" << 401;
    }
    void checksToken()
    {
        QFETCH(QString, authorization);
        QFETCH(int, status);
        ServiceOptions options = localOptions();
        options.token = token;
        auto request = getRequest("/v1/models/zh/neighbors?word=%E5%8C%97%E4%BA%AC");
        if (!authorization.isNull())
            request.headers.emplace_back("Authorization", authorization.toStdString());
        const auto response = ask(options, request);
        QCOMPARE(response.status, status);
        if (status == 401) {
            QCOMPARE(codeOf(response), std::string("unauthorized"));
            QVERIFY(headerOf(response, "WWW-Authenticate"));
            QVERIFY(response.body.find("neighbors") == std::string::npos);
        }
    }

    void comparesInConstantTime()
    {
        QVERIFY(AccessPolicy::constantTimeEquals("abc", "abc"));
        QVERIFY(!AccessPolicy::constantTimeEquals("abd", "abc"));
        QVERIFY(!AccessPolicy::constantTimeEquals("ab", "abc"));
        QVERIFY(!AccessPolicy::constantTimeEquals("abcd", "abc"));
        QVERIFY(!AccessPolicy::constantTimeEquals("", "abc"));
        QVERIFY(AccessPolicy::constantTimeEquals("", ""));
        // A NUL in the provided text does not end the comparison early.
        QVERIFY(!AccessPolicy::constantTimeEquals(std::string_view("abc\0", 4), "abc"));
    }

    void noCorsUnlessConfigured()
    {
        // Without a configured origin no answer carries a CORS header, and a browser request from
        // any page (it sends Origin) is refused.
        const auto plain = ask(localOptions(), getRequest("/v1/health"));
        QCOMPARE(plain.status, 200);
        QVERIFY(plain.headers.empty());
        auto fromPage = getRequest("/v1/health");
        fromPage.headers.emplace_back("Origin", "http://evil.example");
        const auto refused = ask(localOptions(), fromPage);
        QCOMPARE(refused.status, 403);
        QCOMPARE(codeOf(refused), std::string("forbidden-origin"));
        QVERIFY(!headerOf(refused, "Access-Control-Allow-Origin"));
    }

    void corsForTheConfiguredOrigin()
    {
        ServiceOptions options = localOptions();
        options.corsOrigin = origin;
        options.token = token;
        // The preflight carries no credentials; it is answered before the token check.
        auto preflight = ServiceRequest::fromTarget("OPTIONS", "/v1/models/zh/analogy");
        preflight.headers = { { "Host", "localhost:8080" },
                              { "Origin", origin },
                              { "Access-Control-Request-Method", "POST" } };
        const auto answer = ask(options, preflight);
        QCOMPARE(answer.status, 204);
        QCOMPARE(*headerOf(answer, "Access-Control-Allow-Origin"), origin);
        QVERIFY(headerOf(answer, "Access-Control-Allow-Headers")->find("Authorization")
                != std::string::npos);

        auto request = getRequest("/v1/health");
        request.headers.emplace_back("Origin", origin);
        request.headers.emplace_back("Authorization", "Bearer " + token);
        const auto response = ask(options, request);
        QCOMPARE(response.status, 200);
        QCOMPARE(*headerOf(response, "Access-Control-Allow-Origin"), origin);
        QCOMPARE(*headerOf(response, "Vary"), std::string("Origin"));

        auto other = getRequest("/v1/health");
        other.headers.emplace_back("Origin", "http://localhost:3001");
        QCOMPARE(ask(options, other).status, 403);
    }

    void limitsBody()
    {
        ServiceOptions options = localOptions();
        options.maxBodyBytes = 100;
        auto request = ewb::test::postRequest(
            "/v1/models/zh/doesnt-match", R"({"words":["北京","上海"]})" + std::string(100, ' '));
        const auto response = ask(options, request);
        QCOMPARE(response.status, 413);
        QCOMPARE(codeOf(response), std::string("payload-too-large"));
        request.body.resize(100);
        QCOMPARE(ask(options, request).status, 200);
    }
};

QTEST_APPLESS_MAIN(TestAccessPolicy)
#include "tst_accesspolicy.moc"
