#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSet>
#include <QTemporaryDir>
#include <QtTest>

#include <csignal>

// Drives the real `ewb` executable as a script or a user would: exit codes, JSON contract,
// messages on stderr, no output file left behind on failure, Ctrl-C.
class TestCli : public QObject {
    Q_OBJECT

private:
    struct Run {
        int exitCode = -1;
        QByteArray out;
        QByteArray err;
    };

    Run ewb(const QStringList &arguments, int timeoutMs = 240000)
    {
        QProcess process;
        process.setProcessEnvironment(environment());
        process.start(QStringLiteral(EWB_CLI_PATH), arguments);
        if (!process.waitForFinished(timeoutMs)) {
            process.kill();
            process.waitForFinished();
        }
        return { process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
                 process.readAllStandardOutput(), process.readAllStandardError() };
    }

    static QJsonObject json(const Run &run)
    {
        QJsonParseError error;
        const auto doc = QJsonDocument::fromJson(run.out, &error);
        if (error.error != QJsonParseError::NoError)
            qWarning() << "not JSON:" << run.out << run.err;
        return doc.object();
    }

    QString path(const QString &name) const { return m_dir.filePath(name); }

    // The default database lives under XDG_DATA_HOME: point it into the temporary folder so the
    // tests never touch the user's own models.
    QProcessEnvironment environment() const
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("XDG_DATA_HOME"), path(QStringLiteral("data")));
        return env;
    }

    QTemporaryDir m_dir;
    QString m_vectors;
    int m_modelId = 0;

private slots:
    // The README's run command: the demo corpus with default settings must give a model whose
    // neighbours make sense (monday -> another weekday).
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_vectors = path(QStringLiteral("demo.vec"));
        const Run run = ewb({ QStringLiteral("train"), QStringLiteral("--demo"), QStringLiteral("--threads"),
                              QStringLiteral("2"), QStringLiteral("--output"), m_vectors,
                              QStringLiteral("--loss-log"), path(QStringLiteral("loss.csv")),
                              QStringLiteral("--json") });
        QCOMPARE(run.exitCode, 0);
        const QJsonObject summary = json(run);
        for (const char *key : { "words_per_s", "train_s", "vocab", "tokens", "epochs", "final_loss", "output" })
            QVERIFY2(summary.contains(QLatin1String(key)), key);
        QCOMPARE(summary.value(QStringLiteral("epochs")).toInt(), 5);
        QVERIFY(summary.value(QStringLiteral("vocab")).toInt() > 5000);
        QVERIFY(summary.value(QStringLiteral("tokens")).toInt() > 700000);
        QVERIFY(summary.value(QStringLiteral("words_per_s")).toDouble() > 0);
        QCOMPARE(summary.value(QStringLiteral("output")).toString(), m_vectors);
        QVERIFY(QFile::exists(m_vectors));
        // Saved in the default database too.
        m_modelId = summary.value(QStringLiteral("model_id")).toInt();
        QVERIFY(m_modelId > 0);
        QVERIFY(QFile::exists(path(QStringLiteral("data/EmbeddingWorkbench/workbench.ewb"))));
    }

    void storedModelAnswersLikeItsFile()
    {
        const QStringList query { QStringLiteral("neighbors"), QStringLiteral("night"), QStringLiteral("--json") };
        const Run fromFile = ewb(query + QStringList { QStringLiteral("--vectors"), m_vectors });
        const Run fromStore = ewb(query + QStringList { QStringLiteral("--model"), QString::number(m_modelId) });
        QCOMPARE(fromStore.exitCode, 0);
        QCOMPARE(fromStore.out, fromFile.out);
    }

    void modelsLifecycle()
    {
        const QString db = path(QStringLiteral("life.ewb"));
        const QStringList dbOption { QStringLiteral("--db"), db };
        const Run imported = ewb(QStringList { QStringLiteral("import"), m_vectors, QStringLiteral("--name"),
                                               QStringLiteral("demo vectors"), QStringLiteral("--json") } + dbOption);
        QCOMPARE(imported.exitCode, 0);
        QCOMPARE(json(imported).value(QStringLiteral("vocab")).toInt() > 5000, true);

        QCOMPARE(ewb(QStringList { QStringLiteral("models"), QStringLiteral("copy"), QStringLiteral("demo vectors"),
                                   QStringLiteral("second") } + dbOption).exitCode, 0);
        QCOMPARE(ewb(QStringList { QStringLiteral("models"), QStringLiteral("rename"), QStringLiteral("second"),
                                   QStringLiteral("模型二") } + dbOption).exitCode, 0);
        Run list = ewb(QStringList { QStringLiteral("models"), QStringLiteral("list"), QStringLiteral("--json") } + dbOption);
        QCOMPARE(list.exitCode, 0);
        QJsonArray models = QJsonDocument::fromJson(list.out).array();
        QCOMPARE(models.size(), 2);
        for (const auto &m : models) {
            for (const char *key : { "id", "name", "dim", "vocab", "created", "source" })
                QVERIFY2(m.toObject().contains(QLatin1String(key)), key);
            QCOMPARE(m.toObject().value(QStringLiteral("source")).toString(), QStringLiteral("imported"));
            QCOMPARE(m.toObject().value(QStringLiteral("dim")).toInt(), 100);
        }
        QCOMPARE(models[1].toObject().value(QStringLiteral("name")).toString(), QStringLiteral("模型二"));

        // Export of the copy gives the same answers as the original file.
        const QString exported = path(QStringLiteral("exported.bin"));
        QCOMPARE(ewb(QStringList { QStringLiteral("models"), QStringLiteral("export"), QStringLiteral("模型二"), exported }
                     + dbOption).exitCode, 0);
        const QStringList query { QStringLiteral("neighbors"), QStringLiteral("night"), QStringLiteral("--json"),
                                  QStringLiteral("--vectors") };
        QCOMPARE(ewb(query + QStringList { exported }).out, ewb(query + QStringList { m_vectors }).out);

        QCOMPARE(ewb(QStringList { QStringLiteral("models"), QStringLiteral("delete"), QStringLiteral("模型二") } + dbOption).exitCode, 0);
        list = ewb(QStringList { QStringLiteral("models"), QStringLiteral("list"), QStringLiteral("--json") } + dbOption);
        QCOMPARE(QJsonDocument::fromJson(list.out).array().size(), 1);
        QCOMPARE(ewb(QStringList { QStringLiteral("models"), QStringLiteral("verify") } + dbOption).exitCode, 0);
        const Run missing = ewb(QStringList { QStringLiteral("similarity"), QStringLiteral("a"), QStringLiteral("b"),
                                              QStringLiteral("--model"), QStringLiteral("nosuch") } + dbOption);
        QCOMPARE(missing.exitCode, 65);
        QVERIFY(missing.err.contains("nosuch"));
    }

    // A file that is not a workbench database is refused and left exactly as it was.
    void foreignDatabaseIsRefusedUntouched()
    {
        const QString html = path(QStringLiteral("page.ewb"));
        QFile file(html);
        QVERIFY(file.open(QIODevice::WriteOnly));
        const QByteArray bytes("<!DOCTYPE html><html><body>not a database</body></html>\n");
        file.write(bytes);
        file.close();
        const Run run = ewb({ QStringLiteral("models"), QStringLiteral("verify"), QStringLiteral("--db"), html });
        QVERIFY(run.exitCode != 0);
        QVERIFY(!run.err.isEmpty());
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), bytes);
    }

    void lossLogHasOneRowPerProgressPoint()
    {
        QFile log(path(QStringLiteral("loss.csv")));
        QVERIFY(log.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = log.readAll().trimmed().split('\n');
        QCOMPARE(lines.first(), QByteArray("elapsed_s,epoch,words_done,fraction,learning_rate,loss_interval,loss_epoch,words_per_s"));
        QVERIFY(lines.size() > 6); // at least one point per epoch
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const QList<QByteArray> fields = lines[i].split(',');
            QCOMPARE(fields.size(), 8);
            const double loss = fields[6].toDouble();
            QVERIFY(std::isfinite(loss) && loss > 0);
        }
        // The loss at the end is below the untrained (1 + negative) ln 2.
        QVERIFY(lines.last().split(',')[6].toDouble() < 6 * std::log(2.0));
    }

    void neighboursOfMondayIncludeAWeekday()
    {
        const Run run = ewb({ QStringLiteral("neighbors"), QStringLiteral("monday"), QStringLiteral("--vectors"),
                              m_vectors, QStringLiteral("--k"), QStringLiteral("10"), QStringLiteral("--json") });
        QCOMPARE(run.exitCode, 0);
        const QJsonObject result = json(run);
        QCOMPARE(result.value(QStringLiteral("word")).toString(), QStringLiteral("monday"));
        const QJsonArray neighbours = result.value(QStringLiteral("neighbors")).toArray();
        QCOMPARE(neighbours.size(), 10);
        const QStringList weekdays { QStringLiteral("tuesday"), QStringLiteral("wednesday"), QStringLiteral("thursday"),
                                     QStringLiteral("friday"), QStringLiteral("saturday"), QStringLiteral("sunday") };
        bool found = false;
        double previous = 2.0;
        for (const auto &entry : neighbours) {
            const QJsonObject n = entry.toObject();
            found = found || weekdays.contains(n.value(QStringLiteral("word")).toString());
            const double similarity = n.value(QStringLiteral("similarity")).toDouble();
            QVERIFY(similarity <= previous); // best first
            previous = similarity;
        }
        QVERIFY2(found, run.out.constData());
    }

    // ewb compare: each model's list is what `ewb neighbors` gives it, and the Jaccard index
    // and shared count follow from the two lists; a model compared with itself agrees fully.
    void compareMatchesTwoNeighbourQueries()
    {
        const QString gensim = QStringLiteral(EWB_TEST_DATA_DIR "/gensim-demo-en-d50.txt");
        const QStringList words { QStringLiteral("king"), QStringLiteral("night"),
                                  QStringLiteral("king - man + woman") };
        const Run run = ewb(QStringList { QStringLiteral("compare") } + words
                            + QStringList { QStringLiteral("--model"), QString::number(m_modelId),
                                            QStringLiteral("--vectors-b"), gensim,
                                            QStringLiteral("-k"), QStringLiteral("8"),
                                            QStringLiteral("--json") });
        QCOMPARE(run.exitCode, 0);
        const QJsonObject answer = json(run);
        QCOMPARE(answer.value(QStringLiteral("k")).toInt(), 8);
        const QJsonArray rows = answer.value(QStringLiteral("words")).toArray();
        QCOMPARE(rows.size(), words.size());
        for (qsizetype i = 0; i < words.size(); ++i) {
            const QJsonObject row = rows[i].toObject();
            QCOMPARE(row.value(QStringLiteral("word")).toString(), words[i]);
            QSet<QString> sides[2];
            const QString sources[2] = { m_vectors, gensim };
            for (int side = 0; side < 2; ++side) {
                const Run single = ewb({ QStringLiteral("neighbors"), words[i],
                                         QStringLiteral("--vectors"), sources[side],
                                         QStringLiteral("-k"), QStringLiteral("8"),
                                         QStringLiteral("--json") });
                const QJsonArray expected = json(single).value(QStringLiteral("neighbors")).toArray();
                const QJsonArray got = row.value(side == 0 ? QStringLiteral("a") : QStringLiteral("b")).toArray();
                QCOMPARE(got, expected);
                for (const QJsonValue &n : got)
                    sides[side].insert(n.toObject().value(QStringLiteral("word")).toString());
            }
            const qsizetype shared = (sides[0] & sides[1]).size();
            QCOMPARE(row.value(QStringLiteral("shared")).toInt(), int(shared));
            QCOMPARE(row.value(QStringLiteral("jaccard")).toDouble(),
                     double(shared) / double((sides[0] | sides[1]).size()));
        }
        const Run self = ewb({ QStringLiteral("compare"), QStringLiteral("king"), QStringLiteral("--vectors"),
                               gensim, QStringLiteral("--vectors-b"), gensim });
        QCOMPARE(self.exitCode, 0);
        QVERIFY2(self.out.contains("Jaccard@10 1.000  shared 10"), self.out.constData());
        // Without the second model it is a usage error; an unknown word is bad data.
        QCOMPARE(ewb({ QStringLiteral("compare"), QStringLiteral("king"), QStringLiteral("--vectors"), gensim }).exitCode, 64);
        QCOMPARE(ewb({ QStringLiteral("compare"), QStringLiteral("kingz"), QStringLiteral("--vectors"), gensim,
                       QStringLiteral("--vectors-b"), gensim }).exitCode, 65);
    }

    void similarityAndOddOneOutMakeSense()
    {
        const Run close = ewb({ QStringLiteral("similarity"), QStringLiteral("three"), QStringLiteral("four"),
                                QStringLiteral("--vectors"), m_vectors, QStringLiteral("--json") });
        const Run far = ewb({ QStringLiteral("similarity"), QStringLiteral("three"), QStringLiteral("mother"),
                              QStringLiteral("--vectors"), m_vectors, QStringLiteral("--json") });
        QCOMPARE(close.exitCode, 0);
        QCOMPARE(far.exitCode, 0);
        QVERIFY(json(close).value(QStringLiteral("similarity")).toDouble()
                > json(far).value(QStringLiteral("similarity")).toDouble());

        const Run odd = ewb({ QStringLiteral("doesnt-match"), QStringLiteral("monday"), QStringLiteral("tuesday"),
                              QStringLiteral("friday"), QStringLiteral("mother"), QStringLiteral("--vectors"), m_vectors,
                              QStringLiteral("--json") });
        QCOMPARE(odd.exitCode, 0);
        QCOMPARE(json(odd).value(QStringLiteral("doesnt_match")).toString(), QStringLiteral("mother"));

        const Run analogy = ewb({ QStringLiteral("analogy"), QStringLiteral("he"), QStringLiteral("his"),
                                  QStringLiteral("she"), QStringLiteral("--vectors"), m_vectors, QStringLiteral("--json") });
        QCOMPARE(analogy.exitCode, 0);
        const QJsonArray answers = json(analogy).value(QStringLiteral("neighbors")).toArray();
        QCOMPARE(answers.size(), 10);
        QStringList words;
        for (const auto &a : answers)
            words << a.toObject().value(QStringLiteral("word")).toString();
        QVERIFY2(words.contains(QStringLiteral("her")), qPrintable(words.join(QLatin1Char(' '))));
        QVERIFY(!words.contains(QStringLiteral("he")) && !words.contains(QStringLiteral("she")));
    }

    void evalCommandsFollowTheContract()
    {
        const Run analogy = ewb({ QStringLiteral("eval"), QStringLiteral("analogy"), QStringLiteral("--vectors"),
                                  m_vectors, QStringLiteral("--json") });
        QCOMPARE(analogy.exitCode, 0);
        const QJsonObject a = json(analogy);
        const QJsonArray sections = a.value(QStringLiteral("sections")).toArray();
        QCOMPARE(sections.size(), 14);
        int correct = 0, total = 0;
        for (const auto &s : sections) {
            correct += s.toObject().value(QStringLiteral("correct")).toInt();
            total += s.toObject().value(QStringLiteral("total")).toInt();
        }
        QCOMPARE(a.value(QStringLiteral("correct")).toInt(), correct);
        QCOMPARE(a.value(QStringLiteral("total")).toInt(), total);
        QCOMPARE(total + a.value(QStringLiteral("oov_questions")).toInt(), 19544);
        QVERIFY(correct > 0);

        const Run pairs = ewb({ QStringLiteral("eval"), QStringLiteral("similarity"), QStringLiteral("--vectors"),
                                m_vectors, QStringLiteral("--json") });
        QCOMPARE(pairs.exitCode, 0);
        const QJsonObject p = json(pairs);
        QCOMPARE(p.value(QStringLiteral("pairs")).toInt() + p.value(QStringLiteral("oov_pairs")).toInt(), 353);
        const double spearman = p.value(QStringLiteral("spearman")).toDouble();
        QVERIFY(spearman > -1.0 && spearman < 1.0);
        QVERIFY(p.contains(QStringLiteral("pearson")) && p.contains(QStringLiteral("oov_ratio")));
    }

    void convertRoundTripKeepsTheAnswers()
    {
        const QString bin = path(QStringLiteral("demo.bin"));
        const QString text = path(QStringLiteral("back.vec"));
        QCOMPARE(ewb({ QStringLiteral("convert"), m_vectors, bin }).exitCode, 0);
        QCOMPARE(ewb({ QStringLiteral("convert"), bin, text, QStringLiteral("--to"), QStringLiteral("text") }).exitCode, 0);
        const QStringList query { QStringLiteral("neighbors"), QStringLiteral("night"), QStringLiteral("--json"),
                                  QStringLiteral("--vectors") };
        const QByteArray fromOriginal = ewb(query + QStringList { m_vectors }).out;
        QCOMPARE(ewb(query + QStringList { bin }).out, fromOriginal);
        QCOMPARE(ewb(query + QStringList { text }).out, fromOriginal);
    }

    void badInputs_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QByteArray>("corpus"); // written to bad.txt when not empty-null
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("message");

        const QStringList trainBad { QStringLiteral("train"), QStringLiteral("@bad"), QStringLiteral("--output"),
                                     QStringLiteral("@out") };
        QTest::newRow("empty-corpus") << trainBad << QByteArray("") << 65 << "empty";
        QTest::newRow("punctuation-only") << trainBad << QByteArray("... !!! ,,,\n---\n") << 65 << "no tokens";
        QTest::newRow("png-corpus") << trainBad << QByteArray("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16) << 65 << "PNG";
        QTest::newRow("one-distinct-word") << trainBad << QByteArray("hello hello hello hello hello hello\n") << 65
                                           << "2";
        QTest::newRow("missing-corpus") << QStringList { QStringLiteral("train"), QStringLiteral("@missing"),
                                                         QStringLiteral("--output"), QStringLiteral("@out") }
                                        << QByteArray() << 66 << "missing";
        QTest::newRow("directory-corpus") << QStringList { QStringLiteral("train"), QStringLiteral("@dir"),
                                                           QStringLiteral("--output"), QStringLiteral("@out") }
                                          << QByteArray() << 66 << "";
        QTest::newRow("dim-zero") << trainBad + QStringList { QStringLiteral("--dim"), QStringLiteral("0") }
                                  << QByteArray("a b c\n") << 64 << "dim";
        QTest::newRow("window-zero") << trainBad + QStringList { QStringLiteral("--window"), QStringLiteral("0") }
                                     << QByteArray("a b c\n") << 64 << "window";
        QTest::newRow("alpha-nan") << trainBad + QStringList { QStringLiteral("--alpha"), QStringLiteral("nan") }
                                   << QByteArray("a b c\n") << 64 << "alpha";
        QTest::newRow("dim-not-a-number") << trainBad + QStringList { QStringLiteral("--dim"), QStringLiteral("ten") }
                                          << QByteArray("a b c\n") << 64 << "dim";
        QTest::newRow("corpus-and-demo") << trainBad + QStringList { QStringLiteral("--demo") } << QByteArray("a b\n")
                                         << 64 << "demo";
        QTest::newRow("unknown-command") << QStringList { QStringLiteral("trian") } << QByteArray() << 64
                                         << "unknown command";
        QTest::newRow("unknown-word") << QStringList { QStringLiteral("neighbors"), QStringLiteral("mondya"),
                                                       QStringLiteral("--vectors"), QStringLiteral("@vectors") }
                                      << QByteArray() << 65 << "monday";
        QTest::newRow("k-zero") << QStringList { QStringLiteral("neighbors"), QStringLiteral("monday"), QStringLiteral("--k"),
                                                 QStringLiteral("0"), QStringLiteral("--vectors"), QStringLiteral("@vectors") }
                                << QByteArray() << 64 << "--k";
        QTest::newRow("vectors-missing") << QStringList { QStringLiteral("similarity"), QStringLiteral("a"),
                                                          QStringLiteral("b"), QStringLiteral("--vectors"),
                                                          QStringLiteral("@missing") }
                                         << QByteArray() << 66 << "missing";
        QTest::newRow("vectors-is-corpus") << QStringList { QStringLiteral("similarity"), QStringLiteral("a"),
                                                            QStringLiteral("b"), QStringLiteral("--vectors"), QStringLiteral("@bad") }
                                           << QByteArray("this is a plain sentence\n") << 65 << "";
    }

    void badInputs()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QByteArray, corpus);
        QFETCH(int, exitCode);
        QFETCH(QString, message);

        QTemporaryDir dir;
        const QString bad = dir.filePath(QStringLiteral("bad.txt"));
        const QString out = dir.filePath(QStringLiteral("out.vec"));
        if (!corpus.isNull()) {
            QFile file(bad);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(corpus);
        }
        for (QString &a : arguments) {
            if (a == QLatin1String("@bad")) a = bad;
            else if (a == QLatin1String("@out")) a = out;
            else if (a == QLatin1String("@missing")) a = dir.filePath(QStringLiteral("missing.txt"));
            else if (a == QLatin1String("@dir")) a = dir.path();
            else if (a == QLatin1String("@vectors")) a = m_vectors;
        }
        const Run run = ewb(arguments);
        QVERIFY2(run.exitCode == exitCode, run.err.constData());
        QVERIFY2(run.err.contains(message.toUtf8()), run.err.constData());
        QVERIFY(run.out.isEmpty() || exitCode == 0);
        QVERIFY2(!QFile::exists(out), "a failed run left an output file");
    }

    // Ctrl-C while training: exit status 130 well within a second, and no vectors file.
    void interruptCancelsCleanly()
    {
        const QString out = path(QStringLiteral("interrupted.vec"));
        QProcess process;
        process.setProcessEnvironment(environment());
        process.start(QStringLiteral(EWB_CLI_PATH),
                      { QStringLiteral("train"), QStringLiteral("--demo"), QStringLiteral("--epochs"),
                        QStringLiteral("50"), QStringLiteral("--output"), out });
        QVERIFY(process.waitForStarted());
        // The handler is installed together with the thread that watches for signals; wait for
        // the training threads, so the signal lands in the middle of the work.
        const QString status = QStringLiteral("/proc/%1/status").arg(process.processId());
        auto threads = [&status] {
            QFile f(status);
            if (!f.open(QIODevice::ReadOnly))
                return 0;
            for (const QByteArray &line : f.readAll().split('\n'))
                if (line.startsWith("Threads:"))
                    return line.mid(8).trimmed().toInt();
            return 0;
        };
        QTRY_VERIFY_WITH_TIMEOUT(threads() >= 4, 60000);
        QElapsedTimer timer;
        timer.start();
        ::kill(static_cast<pid_t>(process.processId()), SIGINT);
        QVERIFY(process.waitForFinished(5000));
        QVERIFY2(timer.elapsed() < 1000, qPrintable(QString::number(timer.elapsed())));
        QCOMPARE(process.exitStatus(), QProcess::NormalExit);
        QCOMPARE(process.exitCode(), 130);
        QVERIFY(!QFile::exists(out));
        // Nothing half-made reached the database: only the model of initTestCase is listed.
        const Run list = ewb({ QStringLiteral("models"), QStringLiteral("list"), QStringLiteral("--json") });
        QCOMPARE(QJsonDocument::fromJson(list.out).array().size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
