#include "ui/evaluationcontroller.h"
#include "ui/evaluationpane.h"
#include "ui/evaluationsettingsform.h"
#include "ui/evaluationtext.h"
#include "ui/sectiontablemodel.h"

#include "evaluationpanefixture.h"

#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QtTest>

#include <cmath>

using namespace ewb;
using namespace ewb::ui;
using namespace ewb::test;

/// The evaluation pane with the user's own benchmark files, over a real database and the
/// gensim-trained fixture: their results equal gensim's, a missing file fails with a message,
/// and results are exported as CSV.
class TestEvaluationPaneFiles : public QObject, private EvaluationPaneFixture
{
    Q_OBJECT

private slots:
    void initTestCase() { EvaluationPaneFixture::initTestCase(); }
    void init() { EvaluationPaneFixture::init(); }
    void cleanup() { EvaluationPaneFixture::cleanup(); }

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
};

QTEST_MAIN(TestEvaluationPaneFiles)
#include "tst_evaluationpanefiles.moc"
