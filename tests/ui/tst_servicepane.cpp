#include "core/model/queries.h"
#include "ui/servicecontroller.h"
#include "ui/serviceexamples.h"
#include "ui/servicepane.h"

#include "exploremodels.h"

#include <QAction>
#include <QClipboard>
#include <QGuiApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QPlainTextEdit>
#include <QProcess>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTcpServer>
#include <QTcpSocket>
#include <QToolButton>
#include <QtTest>

using namespace ewb;
using namespace ewb::ui;

/// The Serve pane: the switch serves the selected library model on 127.0.0.1, the URL and the
/// curl examples it shows really answer, and every way starting can fail is explained.
class TestServicePane : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        // Requests go to 127.0.0.1 directly, whatever proxy the environment names.
        m_network.setProxy(QNetworkProxy::NoProxy);
        m_model = test::gensimDemoModel();
        QVERIFY(m_model);
        core::Matrix m(4, 2);
        m << 1, 0, 0.8f, 0.6f, 0, 1, 0.6f, 0.8f;
        auto zh = core::EmbeddingModel::create({ "北京", "上海", "苹果", "香蕉" }, {}, m);
        QVERIFY(zh.ok());
        m_chinese = *zh;
    }

    void switchServesTheSelectedModel()
    {
        ServicePane pane;
        pane.show();
        pane.setCurrentModel(42, m_model, QStringLiteral("demo"));
        QVERIFY(pane.statusLabel()->text().contains(QStringLiteral("demo")));
        pane.portBox()->setValue(0);
        const QString url = startServing(pane);
        QVERIFY(pane.serveAction()->isChecked());
        QCOMPARE(pane.modelsView()->rowCount(), 1);
        QCOMPARE(pane.modelsView()->item(0, 0)->text(), QStringLiteral("42"));
        QCOMPARE(pane.modelsView()->item(0, 1)->text(), QStringLiteral("demo"));
        QVERIFY(pane.statusLabel()->text().contains(url));
        QVERIFY(!pane.portBox()->isEnabled());

        // The first example asks for the neighbours of a shown word: the answer is the model's.
        const QString examples = pane.examplesView()->toPlainText();
        const QRegularExpression neighbours(QStringLiteral(
            "'(http://127\\.0\\.0\\.1:\\d+/v1/models/42/neighbors\\?word=([^&]+)&k=10)'"));
        const auto match = neighbours.match(examples);
        QVERIFY2(match.hasMatch(), qPrintable(examples));
        QVERIFY(match.captured(1).startsWith(url));
        const QJsonObject answer = get(match.captured(1), 200);
        const QString word = QUrl::fromPercentEncoding(match.captured(2).toLatin1());
        QCOMPARE(answer.value("word").toString(), word);
        const auto expected = core::Queries(*m_model).neighbours(word.toStdString(), 10);
        QVERIFY(expected.ok());
        const QJsonArray list = answer.value("neighbors").toArray();
        QCOMPARE(qsizetype(list.size()), qsizetype(expected->size()));
        for (qsizetype i = 0; i < list.size(); ++i) {
            QCOMPARE(list[i].toObject().value("word").toString(),
                     QString::fromStdString((*expected)[std::size_t(i)].word));
            QVERIFY(qAbs(list[i].toObject().value("score").toDouble()
                         - double((*expected)[std::size_t(i)].score))
                    < 1e-6);
        }

        // Copy puts exactly the shown commands on the clipboard.
        QVERIFY(pane.copyButton()->isEnabled());
        QTest::mouseClick(pane.copyButton(), Qt::LeftButton);
        QCOMPARE(QGuiApplication::clipboard()->text(), examples);

        // Switching off closes the port.
        QSignalSpy stopped(pane.controller(), &ServiceController::stopped);
        QTest::mouseClick(pane.findChild<QToolButton *>(QStringLiteral("serveSwitch")),
                          Qt::LeftButton);
        QVERIFY(stopped.count() == 1 || stopped.wait(10000));
        QVERIFY(!pane.serveAction()->isChecked());
        QVERIFY(pane.portBox()->isEnabled());
        QVERIFY(pane.examplesView()->toPlainText().isEmpty());
        QTcpSocket socket;
        socket.connectToHost(QHostAddress::LocalHost, quint16(QUrl(url).port()));
        QVERIFY(!socket.waitForConnected(2000));
    }

    // Every example line, run by a real shell and curl, answers with JSON (Chinese words are
    // percent-encoded, the analogy body is quoted for the shell).
    void examplesRunInAShell_data()
    {
        QTest::addColumn<bool>("chinese");
        QTest::newRow("english") << false;
        QTest::newRow("chinese") << true;
    }
    void examplesRunInAShell()
    {
        QFETCH(bool, chinese);
        if (QStandardPaths::findExecutable(QStringLiteral("curl")).isEmpty())
            QSKIP("curl is not installed");
        ServicePane pane;
        pane.show();
        pane.setCurrentModel(7, chinese ? m_chinese : m_model, QStringLiteral("m"));
        pane.portBox()->setValue(0);
        startServing(pane);
        const QStringList lines = pane.examplesView()->toPlainText().split(u'\n');
        QCOMPARE(lines.size(), 4);
        for (const QString &line : lines) {
            QProcess shell;
            shell.start(QStringLiteral("sh"),
                        { QStringLiteral("-c"), line + QStringLiteral(" -s -f --noproxy '*'") });
            QVERIFY(shell.waitForFinished(20000));
            QVERIFY2(shell.exitCode() == 0, qPrintable(line));
            QJsonParseError error;
            const auto json = QJsonDocument::fromJson(shell.readAllStandardOutput(), &error);
            QVERIFY2(error.error == QJsonParseError::NoError && json.isObject(), qPrintable(line));
            if (line.contains(QStringLiteral("/analogy")))
                QVERIFY(!json.object().value("answers").toArray().isEmpty());
            if (chinese && line.contains(QStringLiteral("/neighbors")))
                QCOMPARE(json.object().value("word").toString(), QStringLiteral("北京"));
        }
    }

    void addAndRemoveModels()
    {
        ServicePane pane;
        pane.show();
        pane.setCurrentModel(1, m_model, QStringLiteral("english"));
        pane.portBox()->setValue(0);
        const QString url = startServing(pane);
        QVERIFY(!pane.addButton()->isEnabled()); // already served
        pane.setCurrentModel(2, m_chinese, QStringLiteral("中文"));
        QVERIFY(pane.addButton()->isEnabled());
        QTest::mouseClick(pane.addButton(), Qt::LeftButton);
        QCOMPARE(pane.modelsView()->rowCount(), 2);
        const QJsonArray models = get(url + "/v1/models", 200).value("models").toArray();
        QCOMPARE(models.size(), 2);
        QCOMPARE(models[1].toObject().value("name").toString(), QStringLiteral("中文"));
        QCOMPARE(get(url + "/v1/models/2/similarity?a=%E5%8C%97%E4%BA%AC&b=%E4%B8%8A%E6%B5%B7", 200)
                     .value("similarity")
                     .toDouble(),
                 0.8);

        pane.modelsView()->selectRow(0);
        QVERIFY(pane.removeButton()->isEnabled());
        QTest::mouseClick(pane.removeButton(), Qt::LeftButton);
        QCOMPARE(pane.modelsView()->rowCount(), 1);
        get(url + "/v1/models/1", 404);
        // A model deleted from the library is withdrawn too.
        pane.withdraw(2);
        QCOMPARE(pane.modelsView()->rowCount(), 0);
        get(url + "/v1/models/2", 404);
    }

    void portInUseIsExplained()
    {
        QTcpServer squatter;
        QVERIFY(squatter.listen(QHostAddress::LocalHost, 0));
        ServicePane pane;
        pane.show();
        pane.setCurrentModel(3, m_model, QStringLiteral("demo"));
        pane.portBox()->setValue(int(squatter.serverPort()));
        QSignalSpy failed(pane.controller(), &ServiceController::failed);
        QTest::mouseClick(pane.findChild<QToolButton *>(QStringLiteral("serveSwitch")),
                          Qt::LeftButton);
        QCOMPARE(failed.count(), 1);
        QVERIFY(!pane.controller()->isRunning());
        QVERIFY(!pane.serveAction()->isChecked());
        QVERIFY2(pane.statusLabel()->text().contains(QString::number(squatter.serverPort())),
                 qPrintable(pane.statusLabel()->text()));
        QVERIFY(pane.statusLabel()->text().contains(QStringLiteral("in use")));
        // Another port then works.
        pane.portBox()->setValue(0);
        startServing(pane);
    }

    void noModelIsExplained()
    {
        ServicePane pane;
        pane.show();
        QTest::mouseClick(pane.findChild<QToolButton *>(QStringLiteral("serveSwitch")),
                          Qt::LeftButton);
        QVERIFY(!pane.controller()->isRunning());
        QVERIFY(!pane.serveAction()->isChecked());
        QVERIFY(pane.statusLabel()->text().contains(QStringLiteral("Select a model")));
    }

    void exampleWordsSkipFunctionWords()
    {
        QCOMPARE(ServiceExamples::exampleWords(*m_model), (QStringList { "man", "king", "woman" }));
        // Without the classic analogy: words from rank 100 on, of 3 characters or more.
        std::vector<std::string> names;
        for (int i = 0; i < 300; ++i)
            names.push_back(i == 100 ? "of" : "w" + std::to_string(i));
        auto plain = core::EmbeddingModel::create(names, {}, core::Matrix::Random(300, 4));
        QVERIFY(plain.ok());
        QCOMPARE(ServiceExamples::exampleWords(**plain), (QStringList { "w101", "w102", "w103" }));
        // A tiny vocabulary still gives words, short or not.
        QCOMPARE(ServiceExamples::exampleWords(*m_chinese, 3),
                 (QStringList { "北京", "上海", "苹果" }));
        const QString commands
            = ServiceExamples::curlCommands(QStringLiteral("http://127.0.0.1:1"), "9", { "it's" });
        QVERIFY2(commands.contains(QStringLiteral("word=it%27s&k=10")), qPrintable(commands));
        QVERIFY2(commands.contains(QStringLiteral("-d '{\"a\":\"it'\\''s\"")),
                 qPrintable(commands));
    }

private:
    // Clicks the switch and returns the URL it serves at.
    static QString startServing(ServicePane &pane)
    {
        QSignalSpy started(pane.controller(), &ServiceController::started);
        QTest::mouseClick(pane.findChild<QToolButton *>(QStringLiteral("serveSwitch")),
                          Qt::LeftButton);
        if (started.count() != 1) {
            QTest::qFail(qPrintable(pane.statusLabel()->text()), __FILE__, __LINE__);
            return QString();
        }
        return started.constFirst().at(0).toString();
    }

    QJsonObject get(const QString &url, int status)
    {
        QNetworkRequest request { QUrl(url) };
        QNetworkReply *reply = m_network.get(request);
        QSignalSpy finished(reply, &QNetworkReply::finished);
        if (!finished.wait(10000))
            QTest::qFail("no answer", __FILE__, __LINE__);
        const int got = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        if (got != status)
            QTest::qFail(qPrintable(QStringLiteral("%1 answered %2").arg(url).arg(got)), __FILE__,
                         __LINE__);
        const QJsonObject object = QJsonDocument::fromJson(reply->readAll()).object();
        reply->deleteLater();
        return object;
    }

    QNetworkAccessManager m_network;
    std::shared_ptr<const core::EmbeddingModel> m_model;
    std::shared_ptr<const core::EmbeddingModel> m_chinese;
};

QTEST_MAIN(TestServicePane)
#include "tst_servicepane.moc"
