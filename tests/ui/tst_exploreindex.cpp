#include "core/model/embeddingmodel.h"
#include "core/model/queries.h"
#include "ui/explorepane.h"
#include "ui/indexbuilder.h"
#include "ui/neighbourtablemodel.h"
#include "ui/queryform.h"
#include "ui/queryresultview.h"
#include "ui/wordcompleter.h"

#include "exploremodels.h"

#include <QAbstractItemView>
#include <QLineEdit>
#include <QSet>
#include <QSignalSpy>
#include <QTabWidget>
#include <QtTest>

using namespace ewb;
using namespace ewb::ui;
using Slot = ExplorePane::Slot;

/// The explore pane's neighbour index for large vocabularies: built in the background with
/// progress, then answering single-word neighbours (marked approximate) close to exact search,
/// while expressions stay exact; a new model drops the old index. The threshold is lowered so
/// that the gensim model of the demo corpus (6,000 words) counts as large.
class TestExploreIndex : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        m_model = test::gensimDemoModel();
        QVERIFY(m_model);
    }

    void largeModelGetsAnIndex()
    {
        ExplorePane pane;
        pane.setIndexThreshold(1000);
        pane.show();
        QSignalSpy ready(&pane, &ExplorePane::indexReady);
        QSignalSpy progressed(pane.indexBuilder(), &IndexBuilder::progressed);
        QSignalSpy status(&pane, &ExplorePane::statusMessage);
        pane.setModel(Slot::A, m_model, QStringLiteral("demo"));
        QVERIFY(!pane.hasIndex());
        QVERIFY(ready.wait(60000));
        QVERIFY(pane.hasIndex());
        QVERIFY(!progressed.isEmpty());
        QVERIFY(status.last().at(0).toString().contains(QStringLiteral("index")));

        // Neighbours of a word come from the index: nearly the exact top 10, scores exact.
        const core::Queries exact(*m_model);
        int shared = 0;
        int asked = 0;
        for (const QString word : { "king", "house", "water", "said", "london" }) {
            QVERIFY(ask(pane, QueryForm::NeighboursTab, word));
            const ModelAnswer &answer = pane.lastAnswer()->a;
            QVERIFY(answer.approximate);
            QVERIFY2(status.last().at(0).toString().contains(QStringLiteral("index")),
                     qPrintable(status.last().at(0).toString()));
            const auto truth = exact.neighbours(word.toStdString(), 10);
            QVERIFY(truth.ok());
            QSet<QString> expected;
            for (const core::Neighbour &n : *truth)
                expected.insert(QString::fromStdString(n.word));
            for (const core::Neighbour &n : answer.neighbours) {
                shared += expected.contains(QString::fromStdString(n.word)) ? 1 : 0;
                const auto cosine = exact.similarity(word.toStdString(), n.word);
                QVERIFY(cosine.ok());
                QVERIFY(qAbs(*cosine - n.score) < 1e-5f);
            }
            asked += 10;
            QCOMPARE(pane.resultView(Slot::A)->neighbourModel()->rowCount(), 10);
        }
        QVERIFY2(shared >= asked * 9 / 10, qPrintable(QString::number(shared)));

        // Word arithmetic is not an index question: answered exactly.
        QVERIFY(ask(pane, QueryForm::NeighboursTab, QStringLiteral("king - man + woman")));
        QVERIFY(!pane.lastAnswer()->a.approximate);

        // A small model replaces it: no index, exact answers.
        auto small = test::perturbedModel(*m_model, 800, 0.1f);
        pane.setModel(Slot::A, small, QStringLiteral("small"));
        QVERIFY(!pane.hasIndex());
        QVERIFY(!pane.indexBuilder()->isBuilding());
        QVERIFY(ask(pane, QueryForm::NeighboursTab, QStringLiteral("king")));
        QVERIFY(!pane.lastAnswer()->a.approximate);
    }

    // A model changed while its index builds cancels the build; nothing arrives for it.
    void changingModelCancelsTheBuild()
    {
        ExplorePane pane;
        pane.setIndexThreshold(1000);
        QSignalSpy ready(&pane, &ExplorePane::indexReady);
        pane.setModel(Slot::A, m_model, QStringLiteral("demo"));
        QVERIFY(pane.indexBuilder()->isBuilding());
        pane.setModel(Slot::A, nullptr, QString());
        QTRY_VERIFY(!pane.indexBuilder()->isBuilding());
        QTest::qWait(50);
        QCOMPARE(ready.count(), 0);
        QVERIFY(!pane.hasIndex());
    }

private:
    static bool ask(ExplorePane &pane, QueryForm::Tab tab, const QString &text)
    {
        pane.form()->tabs()->setCurrentIndex(tab);
        QSignalSpy shown(&pane, &ExplorePane::answerShown);
        QLineEdit *field = pane.form()->field(tab, 0);
        field->setFocus();
        field->clear();
        QTest::keyClicks(field, text);
        pane.completer()->popup()->hide();
        QTest::keyClick(field, Qt::Key_Return);
        return shown.wait(10000);
    }

    std::shared_ptr<const core::EmbeddingModel> m_model;
};

QTEST_MAIN(TestExploreIndex)
#include "tst_exploreindex.moc"
