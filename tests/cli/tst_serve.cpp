#include "httpclient.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QtTest>

#include <cmath>
#include <csignal>
#include <memory>

using ewb::test::HttpHeaders;
using ewb::test::HttpReply;
using ewb::test::httpRequest;

namespace {

const QString token = QStringLiteral("test-token-0123456789abcdef");

QJsonObject jsonOf(const HttpReply &reply)
{
    return QJsonDocument::fromJson(QByteArray::fromStdString(reply.body)).object();
}

QString errorCode(const HttpReply &reply)
{
    return jsonOf(reply)
        .value(QStringLiteral("error"))
        .toObject()
        .value(QStringLiteral("code"))
        .toString();
}

QString path(const char *fixture)
{
    return QStringLiteral(EWB_TEST_DATA_DIR "/") + QString::fromLatin1(fixture);
}

} // namespace

// Starts the real `ewb serve --port 0` and talks HTTP to it: every route, Chinese words in URLs
// and bodies, each hostile request of RELIABILITY rows 48-55 (with the server still answering
// afterwards), the token, the refusal to bind other machines' addresses, and SIGTERM.
class TestServe : public QObject
{
    Q_OBJECT

private:
    struct Server
    {
        std::unique_ptr<QProcess> process;
        int port = 0;
        QByteArray firstLine;
    };

    QTemporaryDir m_dir;
    QString m_db;
    Server m_vectors; ///< --vectors gensim-demo-en-d50.txt
    Server m_store; ///< --db with two stored copies of the zh fixture
    Server m_guarded; ///< --token

    QProcessEnvironment environment() const
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("XDG_DATA_HOME"), m_dir.filePath(QStringLiteral("data")));
        return env;
    }

    int ewb(const QStringList &arguments, QByteArray *err = nullptr)
    {
        QProcess process;
        process.setProcessEnvironment(environment());
        process.start(QStringLiteral(EWB_CLI_PATH), arguments);
        if (!process.waitForFinished(60000))
            return -1;
        if (err)
            *err = process.readAllStandardError();
        return process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    }

    // Starts `ewb serve ARGS --port 0` and reads the one line it prints once it accepts
    // connections; port stays 0 when it does not come up.
    Server serve(const QStringList &arguments)
    {
        Server server;
        server.process = std::make_unique<QProcess>();
        server.process->setProcessEnvironment(environment());
        server.process->start(QStringLiteral(EWB_CLI_PATH),
                              QStringList { QStringLiteral("serve") } + arguments
                                  + QStringList { QStringLiteral("--port"), QStringLiteral("0") });
        while (!server.process->canReadLine()) {
            if (!server.process->waitForReadyRead(30000))
                return server;
        }
        server.firstLine = server.process->readLine();
        static const QRegularExpression pattern(
            QStringLiteral("^Serving on http://127\\.0\\.0\\.1:(\\d+)\\n$"));
        const auto match = pattern.match(QString::fromUtf8(server.firstLine));
        if (match.hasMatch())
            server.port = match.captured(1).toInt();
        return server;
    }

    static void stop(Server &server)
    {
        if (!server.process)
            return;
        server.process->terminate();
        if (!server.process->waitForFinished(10000))
            server.process->kill();
        server.process->waitForFinished();
    }

    static HttpReply get(const Server &server, const std::string &target, HttpHeaders headers = {})
    {
        return httpRequest(server.port, "GET", target, headers);
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_db = m_dir.filePath(QStringLiteral("models.ewb"));
        QCOMPARE(
            ewb({ QStringLiteral("import"), path("serve-zh-tiny.txt"), QStringLiteral("--name"),
                  QStringLiteral("zh-tiny"), QStringLiteral("--db"), m_db }),
            0);
        QCOMPARE(
            ewb({ QStringLiteral("import"), path("serve-zh-tiny.txt"), QStringLiteral("--name"),
                  QStringLiteral("zh-again"), QStringLiteral("--db"), m_db }),
            0);
        m_vectors = serve({ QStringLiteral("--vectors"), path("gensim-demo-en-d50.txt") });
        QVERIFY2(m_vectors.port > 0, m_vectors.firstLine.constData());
        m_store = serve({ QStringLiteral("--db"), m_db });
        QVERIFY2(m_store.port > 0, m_store.firstLine.constData());
        m_guarded = serve({ QStringLiteral("--vectors"), path("serve-zh-tiny.txt"),
                            QStringLiteral("--token"), token });
        QVERIFY2(m_guarded.port > 0, m_guarded.firstLine.constData());
    }

    void cleanupTestCase()
    {
        stop(m_vectors);
        stop(m_store);
        stop(m_guarded);
    }

    void answersEveryRoute()
    {
        const HttpReply health = get(m_vectors, "/v1/health");
        QCOMPARE(health.status, 200);
        QCOMPARE(health.header("Content-Type"), std::string("application/json; charset=utf-8"));
        QCOMPARE(jsonOf(health).value(QStringLiteral("status")).toString(), QStringLiteral("ok"));

        const QJsonArray models
            = jsonOf(get(m_vectors, "/v1/models")).value(QStringLiteral("models")).toArray();
        QCOMPARE(models.size(), 1);
        QCOMPARE(models[0].toObject().value(QStringLiteral("id")).toString(),
                 QStringLiteral("default"));
        QCOMPARE(models[0].toObject().value(QStringLiteral("vocab_size")).toInt(), 6000);

        QCOMPARE(jsonOf(get(m_vectors, "/v1/models/default")).value(QStringLiteral("dim")).toInt(),
                 50);

        // gensim 4.2's most_similar('king') starts with cook 0.8224677
        // (tests/data/gensim-expected.txt).
        const QJsonObject neighbours
            = jsonOf(get(m_vectors, "/v1/models/default/neighbors?word=king&k=3"));
        const QJsonArray list = neighbours.value(QStringLiteral("neighbors")).toArray();
        QCOMPARE(list.size(), 3);
        QCOMPARE(list[0].toObject().value(QStringLiteral("word")).toString(),
                 QStringLiteral("cook"));
        QVERIFY(std::abs(list[0].toObject().value(QStringLiteral("score")).toDouble() - 0.8224677)
                < 2e-5);

        // gensim: man : king :: woman : maid (3CosAdd), mother (3CosMul).
        const HttpReply analogy = httpRequest(m_vectors.port, "POST", "/v1/models/default/analogy",
                                              {}, R"({"a":"man","b":"king","c":"woman","k":5})");
        QCOMPARE(analogy.status, 200);
        QCOMPARE(jsonOf(analogy)
                     .value(QStringLiteral("answers"))
                     .toArray()[0]
                     .toObject()
                     .value(QStringLiteral("word"))
                     .toString(),
                 QStringLiteral("maid"));
        const HttpReply cosmul
            = httpRequest(m_vectors.port, "POST", "/v1/models/default/analogy", {},
                          R"({"a":"man","b":"king","c":"woman","method":"3cosmul"})");
        QCOMPARE(jsonOf(cosmul)
                     .value(QStringLiteral("answers"))
                     .toArray()[0]
                     .toObject()
                     .value(QStringLiteral("word"))
                     .toString(),
                 QStringLiteral("mother"));

        const QJsonObject similarity
            = jsonOf(get(m_vectors, "/v1/models/default/similarity?a=king&b=king"));
        QVERIFY(std::abs(similarity.value(QStringLiteral("similarity")).toDouble() - 1.0) < 1e-6);

        const HttpReply odd
            = httpRequest(m_vectors.port, "POST", "/v1/models/default/doesnt-match", {},
                          R"({"words":["breakfast","dinner","lunch","horse"]})");
        QCOMPARE(jsonOf(odd).value(QStringLiteral("word")).toString(), QStringLiteral("horse"));

        const QJsonObject vector = jsonOf(get(m_vectors, "/v1/models/default/vector?word=king"));
        QCOMPARE(vector.value(QStringLiteral("vector")).toArray().size(), 50);

        const QJsonObject openapi = jsonOf(get(m_vectors, "/openapi.json"));
        QVERIFY(
            openapi.value(QStringLiteral("openapi")).toString().startsWith(QStringLiteral("3.0")));
        QCOMPARE(openapi.value(QStringLiteral("paths")).toObject().size(), 9);

        // No CORS header unless an origin is configured.
        QVERIFY(health.header("Access-Control-Allow-Origin").empty());
    }

    // The stored models, by name and id, with Chinese words percent-encoded in the URL and raw
    // in JSON bodies. Cosines by hand: 北京 = (1,0,0) against the unit rows of the fixture.
    void servesStoredModelsInChinese()
    {
        const QJsonArray models
            = jsonOf(get(m_store, "/v1/models")).value(QStringLiteral("models")).toArray();
        QCOMPARE(models.size(), 2);
        QCOMPARE(models[0].toObject().value(QStringLiteral("name")).toString(),
                 QStringLiteral("zh-tiny"));
        QCOMPARE(models[1].toObject().value(QStringLiteral("name")).toString(),
                 QStringLiteral("zh-again"));
        const QString id = models[1].toObject().value(QStringLiteral("id")).toString();
        QVERIFY(id.toInt() > 0);

        for (const std::string &model : { std::string("zh-tiny"), id.toStdString() }) {
            const HttpReply reply
                = get(m_store, "/v1/models/" + model + "/neighbors?word=%E5%8C%97%E4%BA%AC&k=3");
            QCOMPARE(reply.status, 200);
            const QJsonArray list = jsonOf(reply).value(QStringLiteral("neighbors")).toArray();
            QCOMPARE(list.size(), 3);
            const char *expected[] = { "上海", "东京", "西瓜" };
            const double scores[] = { 0.8, 0.6, 0.28 };
            for (int i = 0; i < 3; ++i) {
                QCOMPARE(list[i].toObject().value(QStringLiteral("word")).toString(),
                         QString::fromUtf8(expected[i]));
                QVERIFY(std::abs(list[i].toObject().value(QStringLiteral("score")).toDouble()
                                 - scores[i])
                        < 1e-6);
            }
        }
        const HttpReply analogy = httpRequest(m_store.port, "POST", "/v1/models/zh-tiny/analogy",
                                              {}, R"({"a":"北京","b":"上海","c":"苹果","k":1})");
        QCOMPARE(analogy.status, 200);
        QCOMPARE(jsonOf(analogy)
                     .value(QStringLiteral("answers"))
                     .toArray()[0]
                     .toObject()
                     .value(QStringLiteral("word"))
                     .toString(),
                 QStringLiteral("东京"));
        const HttpReply similarity = get(
            m_store, "/v1/models/zh-tiny/similarity?a=%E8%8B%B9%E6%9E%9C&b=%E9%A6%99%E8%95%89");
        QVERIFY(std::abs(jsonOf(similarity).value(QStringLiteral("similarity")).toDouble() - 0.8)
                < 1e-6);
        const HttpReply missing
            = get(m_store, "/v1/models/zh-tiny/vector?word=%E4%B8%8A%E6%B5%B7%E5%B8%82");
        QCOMPARE(missing.status, 404);
        QCOMPARE(errorCode(missing), QStringLiteral("word-not-found"));
        const QJsonArray suggestions = jsonOf(missing)
                                           .value(QStringLiteral("error"))
                                           .toObject()
                                           .value(QStringLiteral("suggestions"))
                                           .toArray();
        QVERIFY(suggestions.contains(QStringLiteral("上海")));
    }

    void refusesHostileRequests_data()
    {
        QTest::addColumn<QByteArray>("method");
        QTest::addColumn<QByteArray>("target");
        QTest::addColumn<QByteArray>("host");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("code");
        const QByteArray an = "/v1/models/default/analogy";
        QTest::newRow("malformed-json") << QByteArray("POST") << an << QByteArray()
                                        << QByteArray(R"({"a":"man",)") << 400 << "invalid-json";
        QTest::newRow("non-object-root") << QByteArray("POST") << an << QByteArray()
                                         << QByteArray("[1,2]") << 400 << "invalid-json";
        QTest::newRow("string-k") << QByteArray("POST") << an << QByteArray()
                                  << QByteArray(R"({"a":"man","b":"king","c":"woman","k":"10"})")
                                  << 400 << "invalid-argument";
        QTest::newRow("number-word")
            << QByteArray("POST") << an << QByteArray()
            << QByteArray(R"({"a":1,"b":"king","c":"woman"})") << 400 << "invalid-argument";
        QTest::newRow("k-1e9") << QByteArray("GET")
                               << QByteArray("/v1/models/default/neighbors?word=king&k=1e9")
                               << QByteArray() << QByteArray() << 400 << "invalid-argument";
        QTest::newRow("bad-escape-in-query")
            << QByteArray("GET") << QByteArray("/v1/models/default/neighbors?word=%ZZ")
            << QByteArray() << QByteArray() << 400 << "invalid-query";
        QTest::newRow("bad-escape-in-path")
            << QByteArray("GET") << QByteArray("/v1/models/%ZZ/neighbors?word=king") << QByteArray()
            << QByteArray() << 400 << "invalid-path";
        QTest::newRow("ten-megabyte-body")
            << QByteArray("POST") << an << QByteArray() << QByteArray(10 * 1024 * 1024, 'x') << 413
            << "payload-too-large";
        QTest::newRow("foreign-host")
            << QByteArray("GET") << QByteArray("/v1/health") << QByteArray("evil.example")
            << QByteArray() << 421 << "misdirected-request";
        QTest::newRow("foreign-host-right-port")
            << QByteArray("GET") << QByteArray("/v1/health") << QByteArray("evil.example:PORT")
            << QByteArray() << 421 << "misdirected-request";
        QTest::newRow("traversal") << QByteArray("GET") << QByteArray("/v1/models/../../etc/passwd")
                                   << QByteArray() << QByteArray() << 400 << "invalid-path";
        QTest::newRow("encoded-traversal")
            << QByteArray("GET") << QByteArray("/v1/models/..%2F..%2Fetc%2Fpasswd") << QByteArray()
            << QByteArray() << 400 << "invalid-path";
        QTest::newRow("file-path") << QByteArray("GET") << QByteArray("/etc/passwd") << QByteArray()
                                   << QByteArray() << 404 << "route-not-found";
        QTest::newRow("put") << QByteArray("PUT") << QByteArray("/v1/models/default")
                             << QByteArray() << QByteArray("{}") << 405 << "method-not-allowed";
    }
    void refusesHostileRequests()
    {
        QFETCH(QByteArray, method);
        QFETCH(QByteArray, target);
        QFETCH(QByteArray, host);
        QFETCH(QByteArray, body);
        QFETCH(int, status);
        QFETCH(QString, code);
        HttpHeaders headers;
        if (!host.isEmpty())
            headers.emplace_back(
                "Host", host.replace("PORT", QByteArray::number(m_vectors.port)).toStdString());
        const HttpReply reply = httpRequest(m_vectors.port, method.toStdString(),
                                            target.toStdString(), headers, body.toStdString());
        QVERIFY2(reply.status > 0, reply.error.c_str());
        QCOMPARE(reply.status, status);
        QCOMPARE(errorCode(reply), code);
        QVERIFY(reply.body.find("root:") == std::string::npos);
        // And the server still answers.
        QCOMPARE(get(m_vectors, "/v1/health").status, 200);
    }

    // Only the request line is sent: the server answers before reading further, and bytes left
    // unread when it closes would make the kernel reset the connection and drop the answer.
    void answersMalformedHttpWithJson()
    {
        const std::string answer = ewb::test::rawExchange(m_vectors.port, "NOT-HTTP\r\n");
        QVERIFY2(answer.rfind("HTTP/1.1 400", 0) == 0, answer.c_str());
        QVERIFY(answer.find(R"({"error":{"code":"bad-request")") != std::string::npos);
        QCOMPARE(get(m_vectors, "/v1/health").status, 200);
    }

    void requiresTheToken()
    {
        const std::string target = "/v1/models/default/neighbors?word=%E5%8C%97%E4%BA%AC";
        const HttpReply without = get(m_guarded, target);
        QCOMPARE(without.status, 401);
        QCOMPARE(without.header("WWW-Authenticate"), std::string("Bearer"));
        QCOMPARE(get(m_guarded, target, { { "Authorization", "Bearer wrong-token-0123456789abc" } })
                     .status,
                 401);
        const HttpReply with
            = get(m_guarded, target, { { "Authorization", "Bearer " + token.toStdString() } });
        QCOMPARE(with.status, 200);
        QCOMPARE(jsonOf(with).value(QStringLiteral("neighbors")).toArray().size(), 5);
    }

    void refusesUnsafeStarts_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<int>("exitCode");
        const QString vectors = path("serve-zh-tiny.txt");
        QTest::newRow("any-address")
            << QStringList { "--vectors", vectors, "--host", "0.0.0.0" } << 64;
        QTest::newRow("remote-without-token")
            << QStringList { "--vectors", vectors, "--host", "0.0.0.0", "--allow-remote" } << 64;
        QTest::newRow("short-token")
            << QStringList { "--vectors", vectors, "--token", "short" } << 64;
        QTest::newRow("bad-port") << QStringList { "--vectors", vectors, "--port", "70000" } << 64;
        QTest::newRow("both-sources")
            << QStringList { "--vectors", vectors, "--model", "zh-tiny" } << 64;
        QTest::newRow("unknown-model") << QStringList { "--db", "DB", "--model", "nope" } << 65;
    }
    void refusesUnsafeStarts()
    {
        QFETCH(QStringList, arguments);
        QFETCH(int, exitCode);
        arguments.replaceInStrings(QStringLiteral("DB"), m_db);
        QByteArray err;
        QCOMPARE(ewb(QStringList { QStringLiteral("serve") } + arguments, &err), exitCode);
        QVERIFY(!err.isEmpty());
    }

    void stopsOnSignals_data()
    {
        QTest::addColumn<bool>("interrupt");
        QTest::newRow("sigterm") << false;
        QTest::newRow("sigint") << true;
    }
    void stopsOnSignals()
    {
        QFETCH(bool, interrupt);
        Server server = serve({ QStringLiteral("--vectors"), path("serve-zh-tiny.txt") });
        QVERIFY(server.port > 0);
        QCOMPARE(get(server, "/v1/health").status, 200);
        if (interrupt)
            ::kill(static_cast<pid_t>(server.process->processId()), SIGINT);
        else
            server.process->terminate();
        QVERIFY(server.process->waitForFinished(10000));
        QCOMPARE(server.process->exitStatus(), QProcess::NormalExit);
        QCOMPARE(server.process->exitCode(), 0);
        // Exactly one line on stdout, ever.
        QCOMPARE(server.process->readAllStandardOutput(), QByteArray());
        QCOMPARE(get(server, "/v1/health").status, -1);
    }
};

QTEST_GUILESS_MAIN(TestServe)
#include "tst_serve.moc"
