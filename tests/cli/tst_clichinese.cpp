#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

// A Chinese novel trained from the command line: ICU segmentation plus the corpus-driven joining
// of names keeps 宝玉 and 黛玉 as words, and the two end up close in the model. Training runs on two
// Hogwild threads, so ranks move a little between runs: the novel names her both 黛玉 and 林黛玉,
// one of the two must be among 宝玉's ten nearest words and 黛玉 itself among the fifty nearest.
class TestCliChinese : public QObject {
    Q_OBJECT

private slots:
    void hongloumengNeighbours()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString vectors = dir.filePath(QStringLiteral("hlm.vec"));
        QProcess train;
        train.start(QStringLiteral(EWB_CLI_PATH),
                    { QStringLiteral("train"), QStringLiteral(EWB_TEST_DATA_DIR "/corpus-zh-hongloumeng.txt"),
                      QStringLiteral("--threads"), QStringLiteral("2"), QStringLiteral("--no-save"),
                      QStringLiteral("--output"), vectors, QStringLiteral("--json") });
        QVERIFY(train.waitForFinished(300000));
        QVERIFY2(train.exitCode() == 0, train.readAllStandardError().constData());
        const QJsonObject summary = QJsonDocument::fromJson(train.readAllStandardOutput()).object();
        QVERIFY(summary.value(QStringLiteral("vocab")).toInt() > 3000);

        QProcess query;
        query.start(QStringLiteral(EWB_CLI_PATH),
                    { QStringLiteral("neighbors"), QStringLiteral("宝玉"), QStringLiteral("--vectors"), vectors,
                      QStringLiteral("--k"), QStringLiteral("50"), QStringLiteral("--json") });
        QVERIFY(query.waitForFinished(60000));
        QCOMPARE(query.exitCode(), 0); // 宝玉 is one token of the vocabulary
        QStringList words;
        const QJsonArray neighbours = QJsonDocument::fromJson(query.readAllStandardOutput())
                                              .object()
                                              .value(QStringLiteral("neighbors"))
                                              .toArray();
        for (const auto &n : neighbours)
            words << n.toObject().value(QStringLiteral("word")).toString();
        QCOMPARE(words.size(), 50);
        const QStringList topTen = words.mid(0, 10);
        QVERIFY2(topTen.contains(QStringLiteral("黛玉")) || topTen.contains(QStringLiteral("林黛玉")),
                 qPrintable(topTen.join(QLatin1Char(' '))));
        QVERIFY2(words.contains(QStringLiteral("黛玉")), qPrintable(words.join(QLatin1Char(' '))));
    }
};

QTEST_GUILESS_MAIN(TestCliChinese)
#include "tst_clichinese.moc"
