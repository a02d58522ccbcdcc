#include "ui/evaluationpane.h"
#include "ui/evaluationsettingsform.h"
#include "ui/scorebarchart.h"
#include "ui/sectiontablemodel.h"

#include "evaluationpanefixture.h"

#include <QCheckBox>
#include <QComboBox>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QProcess>
#include <QtTest>

#include <cmath>

using namespace ewb;
using namespace ewb::ui;
using namespace ewb::test;

/// The evaluation pane driven as a user drives it, over a real database and the gensim-trained
/// fixture: its numbers for the built-in analogy and similarity benchmarks equal the CLI's and
/// gensim's, with OOV counts per section, case-sensitive analogies and the chart.
class TestEvaluationPane : public QObject, private EvaluationPaneFixture
{
    Q_OBJECT

private slots:
    void initTestCase() { EvaluationPaneFixture::initTestCase(); }
    void init() { EvaluationPaneFixture::init(); }
    void cleanup() { EvaluationPaneFixture::cleanup(); }

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
};

QTEST_MAIN(TestEvaluationPane)
#include "tst_evaluationpane.moc"
