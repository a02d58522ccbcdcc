#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

#include <cmath>

// Drives `ewb project` as a script would: the CSV contract (header word,x,y, one row per word in
// frequency order), determinism of seeded runs, and exit status 64 for bad options.
class TestProject : public QObject
{
    Q_OBJECT

private:
    struct Run
    {
        int exitCode = -1;
        QByteArray out;
        QByteArray err;
    };

    Run ewb(QStringList arguments)
    {
        arguments.prepend(QStringLiteral("project"));
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("XDG_DATA_HOME"), m_dir.filePath(QStringLiteral("data")));
        process.setProcessEnvironment(env);
        process.start(QStringLiteral(EWB_CLI_PATH), arguments);
        if (!process.waitForFinished(120000)) {
            process.kill();
            process.waitForFinished();
        }
        return { process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
                 process.readAllStandardOutput(), process.readAllStandardError() };
    }

    QStringList base(const QString &method, int top, const QString &out) const
    {
        return { QStringLiteral("--vectors"), m_vectors,
                 QStringLiteral("--method"),  method,
                 QStringLiteral("--top"),     QString::number(top),
                 QStringLiteral("--out"),     out };
    }

    QString path(const QString &name) const { return m_dir.filePath(name); }

    static QList<QByteArray> lines(const QString &file)
    {
        QFile f(file);
        if (!f.open(QIODevice::ReadOnly))
            return {};
        QList<QByteArray> result = f.readAll().split('\n');
        if (!result.isEmpty() && result.last().isEmpty())
            result.removeLast();
        return result;
    }

    static QByteArray contents(const QString &file)
    {
        QFile f(file);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }

    QTemporaryDir m_dir;
    QString m_vectors = QStringLiteral(EWB_TEST_DATA_DIR "/gensim-demo-en-d50.txt");
    QList<QByteArray> m_fixtureWords;

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QFile fixture(m_vectors);
        QVERIFY(fixture.open(QIODevice::ReadOnly));
        fixture.readLine();
        for (int i = 0; i < 400; ++i)
            m_fixtureWords << fixture.readLine().split(' ').first();
    }

    void writesCsv_data()
    {
        QTest::addColumn<QStringList>("extra");
        QTest::addColumn<int>("top");
        QTest::newRow("pca") << QStringList { "--method", "pca" } << 200;
        QTest::newRow("tsne") << QStringList { "--method", "tsne",         "--iterations",
                                               "60",       "--perplexity", "10" }
                              << 150;
        QTest::newRow("custom") << QStringList { "--method", "custom", "--x",
                                                 "he - she", "--y",    "good - bad" }
                                << 300;
        QTest::newRow("umap") << QStringList { "--method", "umap",        "--iterations",
                                               "50",       "--neighbors", "10" }
                              << 200;
    }

    void writesCsv()
    {
        QFETCH(QStringList, extra);
        QFETCH(int, top);
        const QString out = path(QStringLiteral("%1.csv").arg(QTest::currentDataTag()));
        const Run run = ewb(QStringList { "--vectors", m_vectors, "--top", QString::number(top),
                                          "--out", out, "--json" }
                            + extra);
        QVERIFY2(run.exitCode == 0, run.err.constData());
        const auto rows = lines(out);
        QCOMPARE(rows.size(), top + 1);
        QCOMPARE(rows.first(), QByteArray("word,x,y"));
        for (int i = 1; i <= top; ++i) {
            const auto fields = rows[i].split(',');
            QCOMPARE(fields.size(), 3);
            // The N most frequent words: the first N rows of the file, in order.
            QCOMPARE(fields[0], m_fixtureWords[i - 1]);
            bool okX = false;
            bool okY = false;
            QVERIFY(std::isfinite(fields[1].toDouble(&okX)) && okX);
            QVERIFY(std::isfinite(fields[2].toDouble(&okY)) && okY);
        }
        const QJsonObject summary = QJsonDocument::fromJson(run.out).object();
        QCOMPARE(summary.value(QStringLiteral("points")).toInt(), top);
        QCOMPARE(summary.value(QStringLiteral("output")).toString(), out);
    }

    // Values against numpy (bench/make_projection_reference.py): "he" is at (0.371105719,
    // -0.075371536) on he - she / good - bad.
    void customAxesValues()
    {
        const QString out = path(QStringLiteral("custom-values.csv"));
        const Run run = ewb(base(QStringLiteral("custom"), 50, out)
                            + QStringList { "--x", "he - she", "--y", "good - bad" });
        QCOMPARE(run.exitCode, 0);
        bool found = false;
        for (const QByteArray &row : lines(out)) {
            const auto fields = row.split(',');
            if (fields[0] != "he")
                continue;
            found = true;
            QVERIFY(std::abs(fields[1].toDouble() - 0.371105719) < 1e-6);
            QVERIFY(std::abs(fields[2].toDouble() - -0.075371536) < 1e-6);
        }
        QVERIFY(found);
    }

    // Same seed, same file, whatever the thread count.
    void tsneIsReproducible()
    {
        const QStringList options { "--iterations", "80", "--perplexity", "8", "--seed", "9" };
        const QString one = path(QStringLiteral("one.csv"));
        const QString two = path(QStringLiteral("two.csv"));
        QCOMPARE(
            ewb(base(QStringLiteral("tsne"), 120, one) + options + QStringList { "--threads", "1" })
                .exitCode,
            0);
        QCOMPARE(
            ewb(base(QStringLiteral("tsne"), 120, two) + options + QStringList { "--threads", "2" })
                .exitCode,
            0);
        QVERIFY(!contents(one).isEmpty());
        QCOMPARE(contents(one), contents(two));
    }

    void badOptions_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("mention");
        const QString v = QStringLiteral(EWB_TEST_DATA_DIR "/gensim-demo-en-d50.txt");
        QTest::newRow("unknown-method")
            << QStringList { "--vectors", v, "--method", "mds", "--out", "x.csv" } << 64
            << "--method";
        QTest::newRow("no-method")
            << QStringList { "--vectors", v, "--out", "x.csv" } << 64 << "--method";
        QTest::newRow("no-out") << QStringList { "--vectors", v, "--method", "pca" } << 64
                                << "--out";
        QTest::newRow("top-zero") << QStringList { "--vectors", v,   "--method", "pca",
                                                   "--top",     "0", "--out",    "x.csv" }
                                  << 64 << "--top";
        QTest::newRow("perplexity-too-large")
            << QStringList { "--vectors",    v,    "--method", "tsne", "--top", "100",
                             "--perplexity", "40", "--out",    "x.csv" }
            << 64 << "perplexity 40 is too large for 100 points";
        QTest::newRow("neighbors-too-many")
            << QStringList { "--vectors",   v,    "--method", "umap", "--top", "10",
                             "--neighbors", "20", "--out",    "x.csv" }
            << 64 << "neighbors";
        QTest::newRow("perplexity-not-a-number")
            << QStringList { "--vectors",    v,      "--method", "tsne",
                             "--perplexity", "many", "--out",    "x.csv" }
            << 64 << "--perplexity";
        QTest::newRow("custom-without-y")
            << QStringList { "--vectors", v,          "--method", "custom",
                             "--x",       "he - she", "--out",    "x.csv" }
            << 64 << "--y";
        QTest::newRow("axes-with-pca")
            << QStringList { "--vectors", v, "--method", "pca", "--x", "he", "--out", "x.csv" }
            << 64 << "--x";
        QTest::newRow("parallel-axes")
            << QStringList { "--vectors", v,     "--method", "custom", "--x",
                             "he - she",  "--y", "she - he", "--out",  "x.csv" }
            << 64 << "parallel";
        QTest::newRow("unknown-axis-word")
            << QStringList { "--vectors",  v,     "--method", "custom", "--x",
                             "he - zzyzx", "--y", "good",     "--out",  "x.csv" }
            << 65 << "zzyzx";
        QTest::newRow("no-model") << QStringList { "--method", "pca", "--out", "x.csv" } << 64
                                  << "--vectors";
        QTest::newRow("missing-file") << QStringList {
            "--vectors", "/nonexistent/v.txt", "--method", "pca", "--out", "x.csv"
        } << 66 << "v.txt";
    }

    void badOptions()
    {
        QFETCH(QStringList, arguments);
        QFETCH(int, exitCode);
        QFETCH(QString, mention);
        // Relative output paths land in the temporary folder; none may be written on failure.
        const qsizetype index = arguments.indexOf(QStringLiteral("--out"));
        if (index >= 0)
            arguments[index + 1] = path(arguments[index + 1]);
        const Run run = ewb(arguments);
        QCOMPARE(run.exitCode, exitCode);
        QVERIFY2(QString::fromUtf8(run.err).contains(mention), run.err.constData());
        QVERIFY(!QFile::exists(path(QStringLiteral("x.csv"))));
    }
};

QTEST_GUILESS_MAIN(TestProject)
#include "tst_project.moc"
