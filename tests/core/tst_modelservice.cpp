#include "core/serve/jsonwriter.h"
#include "core/serve/modelcatalog.h"
#include "core/serve/modelservice.h"
#include "core/serve/openapidocument.h"

#include "servicetesthelpers.h"
#include "textvectors.h"

#include <QtTest>

#include <fstream>
#include <random>
#include <sstream>

using namespace ewb::core;
using ewb::test::getRequest;
using ewb::test::jsonOf;
using ewb::test::postRequest;

namespace {

// gensim's answer lines in tests/data/gensim-expected.txt, e.g.
// "neighbours king 10 cook 0.8224677 miller 0.8203490 ..." -> the (word, score) pairs.
std::vector<std::pair<std::string, double>> gensimAnswers(const std::string &prefix)
{
    std::ifstream in(ewb::test::fixturePath("gensim-expected.txt"));
    std::string line;
    while (std::getline(in, line)) {
        if (line.rfind(prefix + " ", 0) != 0)
            continue;
        std::istringstream fields(line.substr(prefix.size()));
        std::vector<std::pair<std::string, double>> answers;
        std::string word;
        double score = 0.0;
        while (fields >> word >> score)
            answers.emplace_back(word, score);
        return answers;
    }
    return {};
}

std::string codeOf(const JsonValue &body)
{
    const JsonValue *error = body.find("error");
    const JsonValue *code = error ? error->find("code") : nullptr;
    return code && code->isString() ? code->toString() : std::string();
}

} // namespace

// The REST API as a pure function: every route on real models, answers checked against hand
// computation (the zh model) and gensim 4.2 (the demo model), and every malformed request.
class TestModelService : public QObject
{
    Q_OBJECT

private:
    ModelCatalog m_catalog;
    std::unique_ptr<ModelService> m_service;

    ServiceResponse handle(const ServiceRequest &request) { return m_service->handle(request); }

    // Compares a list of {"word","score"} objects with expected pairs.
    static void compareScored(const JsonValue &list,
                              const std::vector<std::pair<std::string, double>> &expected,
                              double tolerance)
    {
        QVERIFY(list.isArray());
        QCOMPARE(list.toArray().size(), expected.size());
        for (std::size_t i = 0; i < expected.size(); ++i) {
            const JsonValue &item = list.toArray()[i];
            QCOMPARE(item.find("word")->toString(), expected[i].first);
            QVERIFY2(std::abs(item.find("score")->toNumber() - expected[i].second) < tolerance,
                     item.find("word")->toString().c_str());
        }
    }

private slots:
    void initTestCase()
    {
        auto zh = ServedModel::create("zh", "中文小模型", ewb::test::chineseModel());
        QVERIFY(zh.ok());
        auto en = ServedModel::create(
            "7", "demo-en",
            ewb::test::loadTextVectors(ewb::test::fixturePath("gensim-demo-en-d50.txt")),
            "imported", 1700000000000);
        QVERIFY(en.ok());
        m_catalog.replaceAll({ *zh, *en });
        ServiceOptions options;
        options.allowedHosts = { ewb::test::testHost };
        m_service = std::make_unique<ModelService>(m_catalog, options);
    }

    void health()
    {
        const auto response = handle(getRequest("/v1/health"));
        QCOMPARE(response.status, 200);
        QCOMPARE(response.contentType, std::string("application/json; charset=utf-8"));
        QCOMPARE(QByteArray::fromStdString(response.body),
                 QByteArray(R"({"status":"ok","models":2})"));
    }

    void listsModels()
    {
        const auto response = handle(getRequest("/v1/models"));
        QCOMPARE(response.status, 200);
        QCOMPARE(QByteArray::fromStdString(response.body),
                 QByteArray(R"({"models":[{"id":"zh","name":"中文小模型","source":"file",)"
                            R"("vocab_size":7,"dim":3},{"id":"7","name":"demo-en",)"
                            R"("source":"imported","vocab_size":6000,"dim":50,)"
                            R"("created_ms":1700000000000}]})"));
    }

    void findsModelByIdOrName_data()
    {
        QTest::addColumn<QString>("target");
        QTest::addColumn<QString>("id");
        QTest::newRow("by-id") << "/v1/models/7"
                               << "7";
        QTest::newRow("by-name") << "/v1/models/demo-en"
                                 << "7";
        QTest::newRow("by-chinese-name")
            << "/v1/models/%E4%B8%AD%E6%96%87%E5%B0%8F%E6%A8%A1%E5%9E%8B"
            << "zh";
    }
    void findsModelByIdOrName()
    {
        QFETCH(QString, target);
        QFETCH(QString, id);
        const auto response = handle(getRequest(target.toStdString()));
        QCOMPARE(response.status, 200);
        QCOMPARE(jsonOf(response).find("id")->toString(), id.toStdString());
    }

    // 北京 = (1,0,0): cosines with the unit rows are their first components: 上海 0.8, 东京 0.6,
    // 西瓜 0.28, then 苹果 and 香蕉 at 0; 零 (all zeros) is never an answer.
    void neighboursByHand()
    {
        const auto response
            = handle(getRequest("/v1/models/zh/neighbors?word=%E5%8C%97%E4%BA%AC&k=3"));
        QCOMPARE(response.status, 200);
        const JsonValue body = jsonOf(response);
        QCOMPARE(body.find("model")->toString(), std::string("zh"));
        QCOMPARE(body.find("word")->toString(), std::string("北京"));
        QCOMPARE(body.find("k")->toNumber(), 3.0);
        compareScored(*body.find("neighbors"),
                      { { "上海", 0.8 }, { "东京", 0.6 }, { "西瓜", 0.28 } }, 1e-6);
        // k beyond the vocabulary is clamped to V - 1 answers minus the zero row.
        const auto all
            = jsonOf(handle(getRequest("/v1/models/zh/neighbors?word=%E5%8C%97%E4%BA%AC&k=1000")));
        QCOMPARE(all.find("neighbors")->toArray().size(), std::size_t(5));
    }

    void neighboursMatchGensim_data()
    {
        QTest::addColumn<QString>("word");
        QTest::newRow("king") << "king";
        QTest::newRow("house") << "house";
        QTest::newRow("said") << "said";
        QTest::newRow("london") << "london";
    }
    void neighboursMatchGensim()
    {
        QFETCH(QString, word);
        const auto expected = gensimAnswers("neighbours " + word.toStdString() + " 10");
        QCOMPARE(expected.size(), std::size_t(10));
        const auto response
            = handle(getRequest("/v1/models/demo-en/neighbors?word=" + word.toStdString()));
        QCOMPARE(response.status, 200);
        compareScored(*jsonOf(response).find("neighbors"), expected, 2e-5);
    }

    void analogyMatchesGensim_data()
    {
        QTest::addColumn<QString>("method");
        QTest::newRow("3cosadd") << "3cosadd";
        QTest::newRow("3cosmul") << "3cosmul";
    }
    void analogyMatchesGensim()
    {
        QFETCH(QString, method);
        const auto expected = gensimAnswers("analogy-top man king woman " + method.toStdString());
        QCOMPARE(expected.size(), std::size_t(5));
        const auto response = handle(
            postRequest("/v1/models/7/analogy",
                        "{\"a\":\"man\",\"b\":\"king\",\"c\":\"woman\",\"k\":5,\"method\":\""
                            + method.toStdString() + "\"}"));
        QCOMPARE(response.status, 200);
        const JsonValue body = jsonOf(response);
        QCOMPARE(body.find("method")->toString(), method.toStdString());
        compareScored(*body.find("answers"), expected, 2e-5);
    }

    // 北京 : 上海 :: 苹果 : ?  3CosAdd sums unit vectors: 上海 - 北京 + 苹果 = (-0.2, 1.2, 0.8),
    // length sqrt(2.12) = 1.456022. Dot products: 东京 0.84, 香蕉 0.8, 西瓜 0.712.
    void analogyByHand()
    {
        const auto response = handle(postRequest("/v1/models/zh/analogy",
                                                 R"({"a":"北京","b":"上海","c":"苹果","k":3})",
                                                 "application/json; charset=UTF-8"));
        QCOMPARE(response.status, 200);
        const JsonValue body = jsonOf(response);
        QCOMPARE(body.find("method")->toString(), std::string("3cosadd"));
        compareScored(*body.find("answers"),
                      { { "东京", 0.84 / 1.456022 },
                        { "香蕉", 0.8 / 1.456022 },
                        { "西瓜", 0.712 / 1.456022 } },
                      1e-5);
    }

    void similarityByHand_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<double>("expected");
        QTest::newRow("apple-banana") << "a=%E8%8B%B9%E6%9E%9C&b=%E9%A6%99%E8%95%89" << 0.8;
        QTest::newRow("shanghai-tokyo") << "a=%E4%B8%8A%E6%B5%B7&b=%E4%B8%9C%E4%BA%AC" << 0.96;
        QTest::newRow("same-word") << "a=%E4%B8%8A%E6%B5%B7&b=%E4%B8%8A%E6%B5%B7" << 1.0;
    }
    void similarityByHand()
    {
        QFETCH(QString, query);
        QFETCH(double, expected);
        const auto response = handle(getRequest("/v1/models/zh/similarity?" + query.toStdString()));
        QCOMPARE(response.status, 200);
        QVERIFY(std::abs(jsonOf(response).find("similarity")->toNumber() - expected) < 1e-6);
    }

    // Mean direction of 北京, 上海, 东京, 香蕉 = (2.4, 1.4, 1.0), length sqrt(8.72) = 2.952965;
    // cosines 2.4/L, 2.76/L, 2.56/L, 1/L: 香蕉 is farthest.
    void doesntMatchByHand()
    {
        const auto response = handle(postRequest("/v1/models/zh/doesnt-match",
                                                 R"({"words":["北京","上海","东京","香蕉"]})"));
        QCOMPARE(response.status, 200);
        const JsonValue body = jsonOf(response);
        QCOMPARE(body.find("word")->toString(), std::string("香蕉"));
        const double length = 2.952965;
        compareScored(*body.find("scores"),
                      { { "北京", 2.4 / length },
                        { "上海", 2.76 / length },
                        { "东京", 2.56 / length },
                        { "香蕉", 1.0 / length } },
                      1e-5);
    }

    void doesntMatchMatchesGensim()
    {
        const auto response = handle(postRequest(
            "/v1/models/7/doesnt-match", R"({"words":["breakfast","dinner","lunch","horse"]})"));
        QCOMPARE(response.status, 200);
        QCOMPARE(jsonOf(response).find("word")->toString(), std::string("horse"));
    }

    void vector()
    {
        const auto response = handle(getRequest("/v1/models/zh/vector?word=%E4%B8%8A%E6%B5%B7"));
        QCOMPARE(response.status, 200);
        QCOMPARE(QByteArray::fromStdString(response.body),
                 QByteArray(R"({"model":"zh","word":"上海","dim":3,"vector":[0.8,0.6,0]})"));
        const auto en = jsonOf(handle(getRequest("/v1/models/7/vector?word=king")));
        QCOMPARE(en.find("vector")->toArray().size(), std::size_t(50));
    }

    void headAnswersLikeGet()
    {
        auto request = getRequest("/v1/health");
        request.method = "HEAD";
        QCOMPARE(handle(request).status, 200);
    }

    void refuses_data()
    {
        QTest::addColumn<QString>("method");
        QTest::addColumn<QByteArray>("target");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("code");
        const QByteArray nb = "/v1/models/7/neighbors?word=king&k=";
        QTest::newRow("k-1e9") << "GET" << nb + "1e9" << QByteArray() << 400 << "invalid-argument";
        QTest::newRow("k-zero") << "GET" << nb + "0" << QByteArray() << 400 << "invalid-argument";
        QTest::newRow("k-negative")
            << "GET" << nb + "-1" << QByteArray() << 400 << "invalid-argument";
        QTest::newRow("k-1001") << "GET" << nb + "1001" << QByteArray() << 400
                                << "invalid-argument";
        QTest::newRow("k-fraction")
            << "GET" << nb + "10.5" << QByteArray() << 400 << "invalid-argument";
        QTest::newRow("k-plus") << "GET" << nb + "%2B5" << QByteArray() << 400
                                << "invalid-argument";
        QTest::newRow("k-empty") << "GET" << nb << QByteArray() << 400 << "invalid-argument";
        QTest::newRow("k-huge") << "GET" << nb + "99999999999999999999" << QByteArray() << 400
                                << "invalid-argument";
        QTest::newRow("k-twice") << "GET" << nb + "1&k=2" << QByteArray() << 400 << "invalid-query";
        QTest::newRow("bad-escape-in-word")
            << "GET" << QByteArray("/v1/models/7/neighbors?word=%ZZ") << QByteArray() << 400
            << "invalid-query";
        QTest::newRow("overlong-utf8-word")
            << "GET" << QByteArray("/v1/models/7/neighbors?word=%C0%AE") << QByteArray() << 400
            << "invalid-query";
        QTest::newRow("bad-escape-in-path")
            << "GET" << QByteArray("/v1/models/%ZZ") << QByteArray() << 400 << "invalid-path";
        QTest::newRow("missing-word") << "GET" << QByteArray("/v1/models/7/neighbors")
                                      << QByteArray() << 400 << "invalid-argument";
        QTest::newRow("empty-word") << "GET" << QByteArray("/v1/models/7/neighbors?word=")
                                    << QByteArray() << 400 << "invalid-argument";
        QTest::newRow("long-word")
            << "GET" << QByteArray("/v1/models/7/vector?word=") + QByteArray(1001, 'a')
            << QByteArray() << 400 << "invalid-argument";
        QTest::newRow("unknown-parameter")
            << "GET" << QByteArray("/v1/models/7/neighbors?wrod=king") << QByteArray() << 400
            << "invalid-argument";
        QTest::newRow("parameter-on-health")
            << "GET" << QByteArray("/v1/health?x=1") << QByteArray() << 400 << "invalid-argument";
        QTest::newRow("zero-vector")
            << "GET" << QByteArray("/v1/models/zh/neighbors?word=%E9%9B%B6") << QByteArray() << 422
            << "zero-vector";
        QTest::newRow("traversal") << "GET" << QByteArray("/v1/models/../../etc/passwd")
                                   << QByteArray() << 400 << "invalid-path";
        QTest::newRow("encoded-traversal")
            << "GET" << QByteArray("/v1/models/..%2F..%2Fetc%2Fpasswd") << QByteArray() << 400
            << "invalid-path";
        QTest::newRow("encoded-dots") << "GET" << QByteArray("/v1/models/%2e%2e/neighbors?word=a")
                                      << QByteArray() << 400 << "invalid-path";
        QTest::newRow("file-like-path")
            << "GET" << QByteArray("/etc/passwd") << QByteArray() << 404 << "route-not-found";
        QTest::newRow("model-then-file") << "GET" << QByteArray("/v1/models/7/etc/passwd")
                                         << QByteArray() << 404 << "route-not-found";
        QTest::newRow("unknown-model")
            << "GET" << QByteArray("/v1/models/nope") << QByteArray() << 404 << "model-not-found";
        QTest::newRow("unknown-action") << "GET" << QByteArray("/v1/models/7/delete")
                                        << QByteArray() << 404 << "route-not-found";
        QTest::newRow("root") << "GET" << QByteArray("/") << QByteArray() << 404
                              << "route-not-found";
        QTest::newRow("post-health") << "POST" << QByteArray("/v1/health") << QByteArray("{}")
                                     << 405 << "method-not-allowed";
        QTest::newRow("get-analogy") << "GET" << QByteArray("/v1/models/7/analogy") << QByteArray()
                                     << 405 << "method-not-allowed";
        QTest::newRow("delete-model") << "DELETE" << QByteArray("/v1/models/7") << QByteArray()
                                      << 405 << "method-not-allowed";
        const QByteArray an = "/v1/models/7/analogy";
        QTest::newRow("malformed-json")
            << "POST" << an << QByteArray(R"({"a":"man",)") << 400 << "invalid-json";
        QTest::newRow("empty-body") << "POST" << an << QByteArray() << 400 << "invalid-json";
        QTest::newRow("array-root")
            << "POST" << an << QByteArray(R"(["man","king","woman"])") << 400 << "invalid-json";
        QTest::newRow("string-k") << "POST" << an
                                  << QByteArray(R"({"a":"man","b":"king","c":"woman","k":"10"})")
                                  << 400 << "invalid-argument";
        QTest::newRow("k-1e9-json")
            << "POST" << an << QByteArray(R"({"a":"man","b":"king","c":"woman","k":1e9})") << 400
            << "invalid-argument";
        QTest::newRow("fraction-k-json")
            << "POST" << an << QByteArray(R"({"a":"man","b":"king","c":"woman","k":2.5})") << 400
            << "invalid-argument";
        QTest::newRow("number-word")
            << "POST" << an << QByteArray(R"({"a":1,"b":"king","c":"woman"})") << 400
            << "invalid-argument";
        QTest::newRow("missing-c")
            << "POST" << an << QByteArray(R"({"a":"man","b":"king"})") << 400 << "invalid-argument";
        QTest::newRow("unknown-member")
            << "POST" << an << QByteArray(R"({"a":"man","b":"king","c":"woman","x":1})") << 400
            << "invalid-argument";
        QTest::newRow("unknown-method")
            << "POST" << an << QByteArray(R"({"a":"man","b":"king","c":"woman","method":"cos"})")
            << 400 << "invalid-argument";
        QTest::newRow("duplicate-key")
            << "POST" << an << QByteArray(R"({"a":"man","a":"king","b":"king","c":"woman"})") << 400
            << "invalid-json";
        QTest::newRow("invalid-utf8-json")
            << "POST" << an << QByteArray("{\"a\":\"\xFF\"}") << 400 << "invalid-json";
        const QByteArray dm = "/v1/models/7/doesnt-match";
        QTest::newRow("words-not-array")
            << "POST" << dm << QByteArray(R"({"words":"a b c"})") << 400 << "invalid-argument";
        QTest::newRow("one-word") << "POST" << dm << QByteArray(R"({"words":["king"]})") << 400
                                  << "invalid-argument";
        QTest::newRow("number-in-words")
            << "POST" << dm << QByteArray(R"({"words":["king",3]})") << 400 << "invalid-argument";
        QTest::newRow("deep-json")
            << "POST" << dm << QByteArray(20, '[') + QByteArray(20, ']') << 400 << "invalid-json";
        QTest::newRow("big-body") << "POST" << dm << QByteArray(64 * 1024 + 1, ' ') << 413
                                  << "payload-too-large";
    }
    void refuses()
    {
        QFETCH(QString, method);
        QFETCH(QByteArray, target);
        QFETCH(QByteArray, body);
        QFETCH(int, status);
        QFETCH(QString, code);
        auto request = method == "POST" ? postRequest(target.toStdString(), body.toStdString())
                                        : getRequest(target.toStdString());
        request.method = method.toStdString();
        const auto response = handle(request);
        QCOMPARE(response.status, status);
        QCOMPARE(response.contentType, std::string("application/json; charset=utf-8"));
        const JsonValue json = jsonOf(response);
        QCOMPARE(QString::fromStdString(codeOf(json)), code);
        QVERIFY(json.find("error")->find("message")->isString());
        if (status == 405) {
            QCOMPARE(response.headers.size(), std::size_t(1));
            QCOMPARE(response.headers[0].first, std::string("Allow"));
        }
    }

    void requiresJsonContentType_data()
    {
        QTest::addColumn<QString>("contentType");
        QTest::newRow("form") << "application/x-www-form-urlencoded";
        QTest::newRow("text") << "text/plain";
        QTest::newRow("latin1-json") << "application/json; charset=iso-8859-1";
        QTest::newRow("missing") << "";
    }
    void requiresJsonContentType()
    {
        // A browser sends these cross-site without a preflight; requiring JSON closes that door.
        QFETCH(QString, contentType);
        const auto response = handle(postRequest(
            "/v1/models/7/doesnt-match", R"({"words":["a","b"]})", contentType.toStdString()));
        QCOMPARE(response.status, 415);
        QCOMPARE(codeOf(jsonOf(response)), std::string("unsupported-media-type"));
    }

    void openApiDescribesEveryRoute()
    {
        const auto response = handle(getRequest("/openapi.json"));
        QCOMPARE(response.status, 200);
        QCOMPARE(response.body, OpenApiDocument::text());
        const JsonValue doc = jsonOf(response);
        QVERIFY(doc.isObject());
        QVERIFY(doc.find("openapi")->toString().rfind("3.0.", 0) == 0);
        const JsonValue *paths = doc.find("paths");
        QVERIFY(paths);
        const std::pair<const char *, const char *> routes[] = {
            { "/v1/health", "get" },
            { "/v1/models", "get" },
            { "/v1/models/{id}", "get" },
            { "/v1/models/{id}/neighbors", "get" },
            { "/v1/models/{id}/analogy", "post" },
            { "/v1/models/{id}/similarity", "get" },
            { "/v1/models/{id}/doesnt-match", "post" },
            { "/v1/models/{id}/vector", "get" },
            { "/openapi.json", "get" },
        };
        QCOMPARE(paths->toObject().size(), std::size_t(9));
        for (const auto &[path, method] : routes) {
            QVERIFY2(paths->find(path), path);
            QVERIFY2(paths->find(path)->find(method), path);
        }
        const JsonValue *schemas = doc.find("components")->find("schemas");
        for (const char *schema :
             { "Error", "Neighbors", "Analogy", "Similarity", "DoesntMatch", "Vector" })
            QVERIFY2(schemas->find(schema), schema);
    }

    // A small fuzz pass with a fixed seed: whatever the bytes, the answer is a status in
    // 200..599 with a JSON body, and nothing crashes (the sanitizer builds make this stricter).
    void survivesRandomRequests()
    {
        std::mt19937 random(7);
        static constexpr char bytes[]
            = "/v1modelsneighbors?&=%ZZ09afAF..+\xE5\x8C\x97\xFF\0{}[]\":,k";
        const std::string alphabet(bytes, sizeof(bytes) - 1);
        const auto randomText = [&](std::size_t maxLength) {
            std::string text;
            const std::size_t length = random() % maxLength;
            for (std::size_t i = 0; i < length; ++i)
                text += alphabet[random() % alphabet.size()];
            return text;
        };
        const char *prefixes[] = { "/v1/models/zh/", "/v1/models/7/analogy", "/v1/", "/" };
        const char *methods[] = { "GET", "POST", "PUT", "OPTIONS" };
        for (int i = 0; i < 3000; ++i) {
            ServiceRequest request
                = postRequest(prefixes[random() % 4] + randomText(40), randomText(80));
            request.method = methods[random() % 4];
            const auto response = handle(request);
            QVERIFY(response.status >= 200 && response.status <= 599);
            QVERIFY2(JsonParser::parse(response.body).ok(), response.body.c_str());
        }
    }
};

QTEST_APPLESS_MAIN(TestModelService)
#include "tst_modelservice.moc"
