#include "ui/evaluationcontroller.h"
#include "ui/evaluationpane.h"
#include "ui/evaluationsettingsform.h"
#include "ui/sectiontablemodel.h"

#include "evaluationpanefixture.h"

#include <QComboBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QtTest>

using namespace ewb;
using namespace ewb::ui;
using namespace ewb::test;

/// An evaluation run's life in the pane, over a real database and the gensim-trained fixture:
/// Cancel stops a long run and wins over a worker that already finished, and finished runs are
/// saved, listed newest first and shown again from disk by a new pane.
class TestEvaluationPaneRun : public QObject, private EvaluationPaneFixture
{
    Q_OBJECT

private slots:
    void initTestCase() { EvaluationPaneFixture::initTestCase(); }
    void init() { EvaluationPaneFixture::init(); }
    void cleanup() { EvaluationPaneFixture::cleanup(); }

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
};

QTEST_MAIN(TestEvaluationPaneRun)
#include "tst_evaluationpanerun.moc"
