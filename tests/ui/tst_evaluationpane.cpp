#include "core/formats/embeddingfile.h"
#include "core/model/embeddingmodel.h"
#include "core/store/database.h"
#include "core/store/modelstore.h"
#include "ui/evaluationcontroller.h"
#include "ui/evaluationpane.h"
#include "ui/evaluationsettingsform.h"
#include "ui/evaluationtext.h"
#include "ui/scorebarchart.h"
#include "ui/sectiontablemodel.h"
#include "ui/storecontroller.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QProcess>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QtTest>

#include <cmath>
#include <map>
#include <random>

using namespace ewb;
using namespace ewb::ui;

namespace {

const QString kVectors = QStringLiteral(EWB_TEST_DATA_DIR "/gensim-demo-en-d50.txt");
const QString kUserAnalogies = QStringLiteral(EWB_TEST_DATA_DIR "/evaluation/user-analogies.txt");
const QString kUserPairs = QStringLiteral(EWB_TEST_DATA_DIR "/evaluation/user-pairs.txt");
// The model's name in the pane holds a comma, so the CSV export must quote it.
const QString kModelName = QStringLiteral("d50, gensim");

// Lines "tag field..." of a reference file written by bench/make_gensim_fixture.py or
// bench/make_evaluation_fixture.py.
QList<QStringList> expectedLines(const QString &file, const QString &tag)
{
    QList<QStringList> rows;
    QFile f(QStringLiteral(EWB_TEST_DATA_DIR "/") + file);
    if (!f.open(QIODevice::ReadOnly))
        return rows;
    for (const QByteArray &line : f.readAll().split('\n')) {
        const QStringList fields = QString::fromUtf8(line).split(QLatin1Char(' '));
        if (fields.first() == tag)
            rows << fields;
    }
    return rows;
}

QVariant cell(const SectionTableModel *model, int row, int column)
{
    return model->index(row, column).data(SectionTableModel::ValueRole);
}

// The model with `extra` random words appended after its own: the same questions are answered,
// but every one of them is scored against many more rows, so a run takes seconds.
std::shared_ptr<const core::EmbeddingModel> padded(const core::EmbeddingModel &model,
                                                   std::size_t extra)
{
    std::vector<std::string> words = model.words();
    core::Matrix vectors(static_cast<Eigen::Index>(model.size() + extra),
                         static_cast<Eigen::Index>(model.dim()));
    vectors.topRows(static_cast<Eigen::Index>(model.size())) = model.vectors();
    std::mt19937 random(7);
    std::normal_distribution<float> normal;
    for (std::size_t i = 0; i < extra; ++i) {
        words.push_back("pad" + std::to_string(i));
        for (Eigen::Index d = 0; d < vectors.cols(); ++d)
            vectors(static_cast<Eigen::Index>(model.size() + i), d) = normal(random);
    }
    auto result = core::EmbeddingModel::create(std::move(words), {}, std::move(vectors));
    return result.ok() ? *result : nullptr;
}

} // namespace

/// The evaluation pane driven as a user drives it, over a real database and the gensim-trained
/// fixture: its numbers equal the CLI's and gensim's, user files, cancel, saving and reloading,
/// CSV export.
class TestEvaluationPane : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        auto model = core::readEmbeddingFile(kVectors.toStdString());
        QVERIFY(model.ok());
        m_model = *model;
        QVERIFY(m_dir.isValid());
    }

    void init()
    {
        const QString path = m_dir.filePath(QStringLiteral("%1.ewb").arg(++m_databases));
        {
            core::DatabaseOptions options;
            options.mode = core::OpenMode::Create;
            auto db = core::Database::open(path.toStdString(), options);
            QVERIFY(db.ok());
            core::ModelMetadata meta;
            meta.name = kModelName.toStdString();
            meta.source = core::ModelSource::Imported;
            core::ModelStore store(*db);
            auto id = store.save(*m_model, meta);
            QVERIFY(id.ok());
            m_modelId = *id;
        }
        m_databasePath = path;
        openPane();
    }

    void cleanup()
    {
        if (QTest::currentTestFailed() && m_pane)
            m_pane->grab().save(QDir::current().filePath(
                QStringLiteral("%1-failure.png").arg(QLatin1String(QTest::currentTestFunction()))));
        m_tester.reset();
        m_pane.reset();
        m_store.reset();
    }

    void analogySectionsEqualCliAndGensim_data()
    {
        QTest::addColumn<QString>("method");
        QTest::addColumn<int>("restrict");
        QTest::newRow("3cosadd-restrict-30000") << "3cosadd" << 30000;
        QTest::newRow("3cosadd-restrict-2000") << "3cosadd" << 2000;
        QTest::newRow("3cosmul-restrict-30000") << "3cosmul" << 30000;
    }

    void analogySectionsEqualCliAndGensim()
    {
        QFETCH(QString, method);
        QFETCH(int, restrict);
        selectBenchmark(0);
        setRestrict(restrict);
        if (method == QLatin1String("3cosmul"))
            QTest::keyClick(m_pane->settingsForm()->methodBox(), Qt::Key_Down);
        QCOMPARE(m_pane->settingsForm()->request().restrictVocab, std::size_t(restrict));
        runAndWait();
        const SectionTableModel *table = m_pane->sectionModel();
        QCOMPARE(table->rowCount(), 14 + 3);

        // The CLI on the same vectors file.
        QProcess ewb;
        QStringList arguments { QStringLiteral("eval"),
                                QStringLiteral("analogy"),
                                QStringLiteral("--vectors"),
                                kVectors,
                                QStringLiteral("--restrict-vocab"),
                                QString::number(restrict),
                                QStringLiteral("--method"),
                                method == QLatin1String("3cosmul") ? QStringLiteral("mul")
                                                                   : QStringLiteral("add"),
                                QStringLiteral("--json") };
        ewb.start(QStringLiteral(EWB_CLI_PATH), arguments);
        QVERIFY(ewb.waitForFinished(60000));
        QCOMPARE(ewb.exitCode(), 0);
        const QJsonObject cli = QJsonDocument::fromJson(ewb.readAllStandardOutput()).object();
        const QJsonArray sections = cli.value(QStringLiteral("sections")).toArray();
        QCOMPARE(sections.size(), 14);
        for (int row = 0; row < sections.size(); ++row) {
            const QJsonObject s = sections[row].toObject();
            QCOMPARE(cell(table, row, SectionTableModel::SectionColumn).toString(),
                     s.value(QStringLiteral("name")).toString());
            QCOMPARE(cell(table, row, SectionTableModel::CorrectColumn).toLongLong(),
                     s.value(QStringLiteral("correct")).toInteger());
            QCOMPARE(cell(table, row, SectionTableModel::TotalColumn).toLongLong(),
                     s.value(QStringLiteral("total")).toInteger());
            QCOMPARE(cell(table, row, SectionTableModel::AccuracyColumn).toDouble(),
                     s.value(QStringLiteral("accuracy")).toDouble());
        }
        for (const QString &name : { QStringLiteral("semantic"), QStringLiteral("syntactic") }) {
            const QJsonObject s = cli.value(name).toObject();
            const int row = table->rowOf(name);
            QVERIFY(row >= 14);
            QCOMPARE(cell(table, row, SectionTableModel::CorrectColumn).toLongLong(),
                     s.value(QStringLiteral("correct")).toInteger());
            QCOMPARE(cell(table, row, SectionTableModel::TotalColumn).toLongLong(),
                     s.value(QStringLiteral("total")).toInteger());
        }
        const int total = table->rowOf(QStringLiteral("total"));
        QCOMPARE(cell(table, total, SectionTableModel::CorrectColumn).toLongLong(),
                 cli.value(QStringLiteral("correct")).toInteger());
        QCOMPARE(cell(table, total, SectionTableModel::OovColumn).toLongLong(),
                 cli.value(QStringLiteral("oov_questions")).toInteger());

        // And separately gensim's evaluate_word_analogies on the same vectors.
        int compared = 0;
        for (const QStringList &g :
             expectedLines(QStringLiteral("gensim-expected.txt"), QStringLiteral("analogy"))) {
            if (g[1] != method || g[2].toInt() != restrict)
                continue;
            const int row = table->rowOf(g[3]);
            QVERIFY2(row >= 0, qPrintable(g[3]));
            QCOMPARE(cell(table, row, SectionTableModel::CorrectColumn).toLongLong(),
                     g[4].toLongLong());
            QCOMPARE(cell(table, row, SectionTableModel::TotalColumn).toLongLong(),
                     g[5].toLongLong());
            ++compared;
        }
        QCOMPARE(compared, 15);

        // The chart draws the table's accuracies, in percent, sections first.
        const ScoreBarChart *chart = m_pane->chart();
        QCOMPARE(chart->categories().size(), 17);
        QCOMPARE(chart->categories().first(), QStringLiteral("capital-common-countries"));
        for (int row = 0; row < 17; ++row) {
            QCOMPARE(chart->values().at(row),
                     100.0 * cell(table, row, SectionTableModel::AccuracyColumn).toDouble());
        }
    }

    void analogyOovPerSection()
    {
        selectBenchmark(0);
        runAndWait();
        const SectionTableModel *table = m_pane->sectionModel();
        const auto rows = expectedLines(QStringLiteral("gensim-expected-evaluation.txt"),
                                        QStringLiteral("analogy-oov"));
        QCOMPARE(rows.size(), 14);
        qlonglong oov = 0;
        for (const QStringList &r : rows) {
            const int row = table->rowOf(r[2]);
            QVERIFY2(row >= 0, qPrintable(r[2]));
            QCOMPARE(cell(table, row, SectionTableModel::OovColumn).toLongLong(),
                     r[3].toLongLong());
            // Every question of a section is either answered or OOV.
            QCOMPARE(cell(table, row, SectionTableModel::TotalColumn).toLongLong()
                         + r[3].toLongLong(),
                     r[4].toLongLong());
            oov += r[3].toLongLong();
        }
        QCOMPARE(cell(table, table->rowOf(QStringLiteral("total")), SectionTableModel::OovColumn)
                     .toLongLong(),
                 oov);
        QCOMPARE(oov, 16486); // gensim's logged total (gensim-expected.txt, analogy-oov)
        QVERIFY(m_pane->summaryLabel()->text().contains(QLocale().toString(16486)));
    }

    void caseSensitiveAnalogies()
    {
        selectBenchmark(0);
        m_pane->settingsForm()->ignoreCaseBox()->setFocus();
        QTest::keyClick(m_pane->settingsForm()->ignoreCaseBox(), Qt::Key_Space);
        QVERIFY(!m_pane->settingsForm()->request().caseInsensitive);
        runAndWait();
        const SectionTableModel *table = m_pane->sectionModel();
        const auto rows = expectedLines(QStringLiteral("gensim-expected-evaluation.txt"),
                                        QStringLiteral("analogy-cased"));
        QCOMPARE(rows.size(), 15);
        for (const QStringList &r : rows) {
            const int row = table->rowOf(r[2]);
            QVERIFY2(row >= 0, qPrintable(r[2]));
            QCOMPARE(cell(table, row, SectionTableModel::CorrectColumn).toLongLong(),
                     r[3].toLongLong());
            QCOMPARE(cell(table, row, SectionTableModel::TotalColumn).toLongLong(),
                     r[4].toLongLong());
        }
    }

    void similaritySetsEqualGensim_data()
    {
        QTest::addColumn<int>("index");
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("reference");
        QTest::addColumn<int>("restrict");
        QTest::newRow("wordsim353-30000") << 1 << "wordsim353.tsv"
                                          << "gensim-expected.txt" << 30000;
        QTest::newRow("wordsim353-2000") << 1 << "wordsim353.tsv"
                                         << "gensim-expected.txt" << 2000;
        QTest::newRow("simlex999-30000") << 2 << "simlex999.txt"
                                         << "gensim-expected.txt" << 30000;
        QTest::newRow("men-30000") << 3 << "EN-MEN-TR-3k.txt"
                                   << "gensim-expected-evaluation.txt" << 30000;
    }

    void similaritySetsEqualGensim()
    {
        QFETCH(int, index);
        QFETCH(QString, file);
        QFETCH(QString, reference);
        QFETCH(int, restrict);
        selectBenchmark(index);
        setRestrict(restrict);
        QVERIFY(!m_pane->settingsForm()->methodBox()->isEnabled());
        QVERIFY(m_pane->settingsForm()->separatorBox()->isEnabled());
        runAndWait();
        const SectionTableModel *table = m_pane->sectionModel();
        QCOMPARE(table->rowCount(), 1);
        QCOMPARE(table->columnCount(), int(SectionTableModel::SimilarityColumnCount));
        QStringList expected;
        for (const QStringList &r : expectedLines(reference, QStringLiteral("pairs"))) {
            if (r[1] == file && r[2].toInt() == restrict)
                expected = r;
        }
        QCOMPARE(expected.size(), 6);
        QVERIFY(std::abs(cell(table, 0, SectionTableModel::SpearmanColumn).toDouble()
                         - expected[3].toDouble())
                < 5e-4);
        QVERIFY(std::abs(cell(table, 0, SectionTableModel::PearsonColumn).toDouble()
                         - expected[4].toDouble())
                < 5e-4);
        QVERIFY(std::abs(100.0 * cell(table, 0, SectionTableModel::OovRatioColumn).toDouble()
                         - expected[5].toDouble())
                < 1e-6);
        QCOMPARE(m_pane->chart()->categories().size(), 3);
    }

    void userFiles()
    {
        m_pane->settingsForm()->addBenchmarkFile(kUserAnalogies, EvaluationRequest::Kind::Analogy);
        QCOMPARE(m_pane->settingsForm()->benchmarkBox()->count(), 5);
        QCOMPARE(m_pane->settingsForm()->request().path, kUserAnalogies);
        runAndWait();
        const SectionTableModel *table = m_pane->sectionModel();
        QCOMPARE(table->rowCount(), 2 + 3);
        const auto rows = expectedLines(QStringLiteral("gensim-expected-evaluation.txt"),
                                        QStringLiteral("analogy-user"));
        QCOMPARE(rows.size(), 3);
        for (const QStringList &r : rows) {
            const int row = table->rowOf(r[2]);
            QVERIFY2(row >= 0, qPrintable(r[2]));
            QCOMPARE(cell(table, row, SectionTableModel::CorrectColumn).toLongLong(),
                     r[3].toLongLong());
            QCOMPARE(cell(table, row, SectionTableModel::TotalColumn).toLongLong(),
                     r[4].toLongLong());
        }
        // By hand: one kinship question has a made-up word; "man woman uncle" is not 4 words.
        QCOMPARE(cell(table, 0, SectionTableModel::OovColumn).toLongLong(), 1);
        QCOMPARE(cell(table, 1, SectionTableModel::OovColumn).toLongLong(), 0);
        QCOMPARE(m_pane->shownResult()->analogy.skippedLines, std::vector<std::size_t> { 11 });
        QVERIFY(m_pane->summaryLabel()->text().contains(
            EvaluationText::tr("Malformed lines ignored: %1.").arg(QLocale().toString(1))));

        m_pane->settingsForm()->addBenchmarkFile(kUserPairs, EvaluationRequest::Kind::Similarity);
        runAndWait();
        QStringList expected;
        for (const QStringList &r : expectedLines(QStringLiteral("gensim-expected-evaluation.txt"),
                                                  QStringLiteral("pairs"))) {
            if (r[1] == QLatin1String("user-pairs.txt"))
                expected = r;
        }
        QCOMPARE(expected.size(), 6);
        // By hand: 12 pairs, one with an unknown word; the last line is not a pair.
        QCOMPARE(cell(table, 0, SectionTableModel::PairsColumn).toLongLong(), 11);
        QCOMPARE(cell(table, 0, SectionTableModel::PairOovColumn).toLongLong(), 1);
        QCOMPARE(cell(table, 0, SectionTableModel::OovRatioColumn).toDouble(), 1.0 / 12.0);
        QVERIFY(std::abs(cell(table, 0, SectionTableModel::SpearmanColumn).toDouble()
                         - expected[3].toDouble())
                < 5e-4);
        QVERIFY(std::abs(cell(table, 0, SectionTableModel::PearsonColumn).toDouble()
                         - expected[4].toDouble())
                < 5e-4);
    }

    void missingUserFileFails()
    {
        m_pane->settingsForm()->addBenchmarkFile(m_dir.filePath(QStringLiteral("missing.txt")),
                                                 EvaluationRequest::Kind::Similarity);
        QSignalSpy failed(m_pane->controller(), &EvaluationController::failed);
        QTest::mouseClick(m_pane->runButton(), Qt::LeftButton);
        QVERIFY(failed.wait(10000));
        QCOMPARE(failed.first().first().value<core::Error>().code, core::ErrorCode::NotFound);
        QVERIFY(m_pane->summaryLabel()->text().contains(QStringLiteral("missing.txt")));
        QVERIFY(!m_pane->shownResult());
        QVERIFY(m_pane->runButton()->isEnabled());
    }

    void cancelStopsTheRun()
    {
        // 3CosMul over 200,006 rows scores in blocks of a few questions: several seconds of
        // work, stopped within one block.
        const auto big = padded(*m_model, 194006);
        QVERIFY(big);
        m_pane->setModel(0, big, QStringLiteral("padded"));
        selectBenchmark(0);
        setRestrict(300000);
        QTest::keyClick(m_pane->settingsForm()->methodBox(), Qt::Key_Down);
        QSignalSpy progressed(m_pane->controller(), &EvaluationController::progressed);
        QSignalSpy failed(m_pane->controller(), &EvaluationController::failed);
        QSignalSpy finished(m_pane->controller(), &EvaluationController::finished);
        QTest::mouseClick(m_pane->runButton(), Qt::LeftButton);
        QVERIFY(m_pane->controller()->isRunning());
        QVERIFY(m_pane->cancelButton()->isEnabled());
        QVERIFY(!m_pane->runButton()->isEnabled());
        QVERIFY(progressed.wait(20000));
        const qint64 done = progressed.last().at(0).toLongLong();
        const qint64 total = progressed.last().at(1).toLongLong();
        QVERIFY(done < total);
        QTest::mouseClick(m_pane->cancelButton(), Qt::LeftButton);
        QVERIFY(failed.wait(10000));
        QCOMPARE(failed.first().first().value<core::Error>().code, core::ErrorCode::Cancelled);
        QCOMPARE(finished.count(), 0);
        QVERIFY(!m_pane->shownResult());
        QVERIFY(m_pane->runButton()->isEnabled());
        QVERIFY(!m_pane->cancelButton()->isEnabled());
    }

    void cancelWinsOverAFinishedWorker()
    {
        // Escape right after Run: even if the worker finishes first, no result is shown.
        selectBenchmark(1);
        QSignalSpy failed(m_pane->controller(), &EvaluationController::failed);
        QTest::mouseClick(m_pane->runButton(), Qt::LeftButton);
        QTest::keyClick(m_pane.get(), Qt::Key_Escape);
        QVERIFY(failed.wait(10000));
        QCOMPARE(failed.first().first().value<core::Error>().code, core::ErrorCode::Cancelled);
        QVERIFY(!m_pane->shownResult());
        QCOMPARE(m_pane->historyView()->rowCount(), 0);
    }

    void savedAndReloaded()
    {
        selectBenchmark(0);
        QTest::keyClick(m_pane->settingsForm()->methodBox(), Qt::Key_Down);
        runAndWait();
        QTRY_COMPARE(m_pane->historyView()->rowCount(), 1);
        selectBenchmark(2);
        runAndWait();
        QTRY_COMPARE(m_pane->historyView()->rowCount(), 2);

        // Newest first.
        QTableWidget *history = m_pane->historyView();
        QVERIFY(history->item(0, 3)->text().contains(QStringLiteral("restrict_vocab")));
        QVERIFY(history->item(1, 3)->text().contains(QStringLiteral("3CosMul")));
        const auto snapshot = [this] {
            QList<QList<QVariant>> cells;
            const SectionTableModel *t = m_pane->sectionModel();
            for (int r = 0; r < t->rowCount(); ++r) {
                QList<QVariant> row;
                for (int c = 0; c < t->columnCount(); ++c)
                    row << cell(t, r, c);
                cells << row;
            }
            return cells;
        };
        const QList<QList<QVariant>> simlex = snapshot();

        // A new store and pane over the same database: the results come back from disk.
        m_tester.reset();
        m_pane.reset();
        m_store.reset();
        openPane();
        QTRY_COMPARE(m_pane->historyView()->rowCount(), 2);
        m_pane->historyView()->selectRow(0);
        QCOMPARE(snapshot(), simlex);
        m_pane->historyView()->selectRow(1);
        const SectionTableModel *table = m_pane->sectionModel();
        QCOMPARE(table->rowCount(), 17);
        QCOMPARE(m_pane->shownResult()->request.method, core::AnalogyMethod::CosMul);
        for (const QStringList &g :
             expectedLines(QStringLiteral("gensim-expected.txt"), QStringLiteral("analogy"))) {
            if (g[1] != QLatin1String("3cosmul"))
                continue;
            const int row = table->rowOf(g[3]);
            QVERIFY2(row >= 0, qPrintable(g[3]));
            QCOMPARE(cell(table, row, SectionTableModel::CorrectColumn).toLongLong(),
                     g[4].toLongLong());
            QCOMPARE(cell(table, row, SectionTableModel::TotalColumn).toLongLong(),
                     g[5].toLongLong());
        }
        QCOMPARE(cell(table, table->rowOf(QStringLiteral("total")), SectionTableModel::OovColumn)
                     .toLongLong(),
                 16486);
    }

    void csvExport()
    {
        m_pane->settingsForm()->addBenchmarkFile(kUserAnalogies, EvaluationRequest::Kind::Analogy);
        runAndWait();
        const QString path = m_dir.filePath(QStringLiteral("analogies.csv"));
        QVERIFY(m_pane->exportCsvAction()->isEnabled());
        QVERIFY(m_pane->exportCsv(path));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        // Counts from gensim-expected-evaluation.txt and by hand (OOV); 2/8, 4/7 and 6/15.
        const QByteArray prefix = "\"d50, gensim\",user-analogies.txt,3CosAdd,30000,true,";
        QCOMPARE(file.readAll(),
                 "model,benchmark,method,restrict_vocab,case_insensitive,section,correct,total,"
                 "accuracy,oov\n"
                     + prefix + "kinship,2,8,0.25,1\n" + prefix
                     + "gram-past,4,7,0.5714285714285714,0\n" + prefix + "semantic,2,8,0.25,1\n"
                     + prefix + "syntactic,4,7,0.5714285714285714,0\n" + prefix
                     + "total,6,15,0.4,1\n");
        file.close();

        m_pane->settingsForm()->addBenchmarkFile(kUserPairs, EvaluationRequest::Kind::Similarity);
        runAndWait();
        QVERIFY(m_pane->exportCsv(path));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = file.readAll().split('\n');
        QCOMPARE(lines.size(), 3);
        QCOMPARE(lines[0],
                 QByteArray("model,benchmark,restrict_vocab,case_insensitive,separator,pairs,oov,"
                            "oov_ratio,spearman,pearson"));
        QVERIFY(lines[1].startsWith(
            "\"d50, gensim\",user-pairs.txt,30000,true,tab,11,1,0.08333333333333333,"));
        const QList<QByteArray> fields = lines[1].split(',');
        QVERIFY(std::abs(fields.at(fields.size() - 2).toDouble() - 0.627272727) < 5e-4);
        QVERIFY(std::abs(fields.last().toDouble() - 0.884268411) < 5e-4);
        QCOMPARE(lines[2], QByteArray());

        // An unwritable target leaves a message and no file.
        QSignalSpy status(m_pane.get(), &EvaluationPane::statusMessage);
        QVERIFY(!m_pane->exportCsv(m_dir.filePath(QStringLiteral("no-such-dir/out.csv"))));
        QCOMPARE(status.count(), 1);
        QVERIFY(status.first().first().toString().contains(QStringLiteral("no-such-dir")));
    }

private:
    void openPane()
    {
        m_store = std::make_unique<StoreController>();
        m_pane = std::make_unique<EvaluationPane>(*m_store);
        m_tester = std::make_unique<QAbstractItemModelTester>(
            m_pane->sectionModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        m_pane->resize(1100, 760);
        m_pane->show();
        m_pane->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_pane.get()));
        QSignalSpy opened(m_store.get(), &StoreController::opened);
        m_store->open(m_databasePath);
        QVERIFY(opened.wait(10000));
        m_pane->setModel(m_modelId, m_model, kModelName);
        QVERIFY(m_pane->runButton()->isEnabled());
    }

    // Chooses a benchmark with the keyboard, as a user would.
    void selectBenchmark(int index)
    {
        QComboBox *box = m_pane->settingsForm()->benchmarkBox();
        box->setFocus();
        QTest::keyClick(box, Qt::Key_Home);
        for (int i = 0; i < index; ++i)
            QTest::keyClick(box, Qt::Key_Down);
        QCOMPARE(box->currentIndex(), index);
    }

    void setRestrict(int value)
    {
        QSpinBox *spin = m_pane->settingsForm()->restrictVocabBox();
        spin->setFocus();
        spin->selectAll();
        QTest::keyClicks(spin, QString::number(value));
        QCOMPARE(spin->value(), value);
    }

    void runAndWait()
    {
        QSignalSpy finished(m_pane.get(), &EvaluationPane::evaluationFinished);
        QTest::mouseClick(m_pane->runButton(), Qt::LeftButton);
        QVERIFY(finished.wait(30000));
        QVERIFY(m_pane->shownResult());
    }

    QTemporaryDir m_dir;
    std::shared_ptr<const core::EmbeddingModel> m_model;
    QString m_databasePath;
    qint64 m_modelId = 0;
    int m_databases = 0;
    std::unique_ptr<StoreController> m_store;
    std::unique_ptr<EvaluationPane> m_pane;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

QTEST_MAIN(TestEvaluationPane)
#include "tst_evaluationpane.moc"
