#include "core/model/embeddingmodel.h"
#include "core/model/queries.h"
#include "ui/analogytablemodel.h"
#include "ui/cosinebardelegate.h"
#include "ui/explorepane.h"
#include "ui/neighbourtablemodel.h"
#include "ui/queryform.h"
#include "ui/queryresultview.h"

#include "explorepanefixture.h"

#include <QLabel>
#include <QLineEdit>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableView>
#include <QtTest>

using namespace ewb;
using namespace ewb::ui;
using namespace ewb::test;
using Slot = ExplorePane::Slot;

/// The explore pane driven as a user would (typing, Enter, the keyboard) on the gensim model of
/// the demo corpus: neighbours, expressions, unknown words with suggestions, analogies,
/// similarity and the odd one out; every number shown is checked against the core Queries.
class TestExplorePane : public QObject, private ExplorePaneFixture
{
    Q_OBJECT

private slots:
    void initTestCase() { ExplorePaneFixture::initTestCase(); }
    void init() { ExplorePaneFixture::init(); }
    void cleanup() { ExplorePaneFixture::cleanup(); }

    void placeholderWithoutModel()
    {
        ExplorePane empty;
        empty.show();
        QVERIFY(empty.findChild<QLabel *>(QStringLiteral("placeholder"))->isVisible());
        QVERIFY(!empty.form()->isEnabled());
        QVERIFY(!m_pane->findChild<QLabel *>(QStringLiteral("placeholder"))->isVisible());
        QVERIFY(m_pane->form()->isEnabled());
    }

    void neighboursOfAWord()
    {
        QVERIFY(ask(QueryForm::NeighboursTab, { QStringLiteral("king") }));
        const core::Queries queries(*m_a);
        const auto expected = queries.neighbours("king", 10);
        QVERIFY(expected.ok());
        const NeighbourTableModel &table = *viewA()->neighbourModel();
        QVERIFY(tableEquals(table, *expected));
        // Imported gensim vectors carry no counts.
        QCOMPARE(table.index(0, NeighbourTableModel::CountColumn).data().toString(),
                 QStringLiteral("—"));
        QVERIFY(qobject_cast<CosineBarDelegate *>(
            viewA()->table()->itemDelegateForColumn(NeighbourTableModel::ScoreColumn)));
        QVERIFY(viewA()->summaryText().contains(QStringLiteral("king")));
    }

    void topKFromTheSpinBox()
    {
        QSpinBox *k = m_pane->form()->kSpinBox();
        k->setFocus();
        k->selectAll();
        QTest::keyClicks(k, QStringLiteral("3"));
        QCOMPARE(k->value(), 3);
        QVERIFY(ask(QueryForm::NeighboursTab, { QStringLiteral("queen") }));
        const auto expected = core::Queries(*m_a).neighbours("queen", 3);
        QVERIFY(expected.ok());
        QVERIFY(tableEquals(*viewA()->neighbourModel(), *expected));
    }

    void expression_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("king-minus-man-plus-woman") << QStringLiteral("king - man + woman");
        QTest::newRow("paris-plus-london-minus-france")
            << QStringLiteral("paris + london - france");
        QTest::newRow("signs-without-spaces") << QStringLiteral("king -man +woman");
    }

    void expression()
    {
        QFETCH(QString, text);
        QVERIFY(ask(QueryForm::NeighboursTab, { text }));
        const auto expected = core::Queries(*m_a).expression(utf8(text), 10);
        QVERIFY(expected.ok());
        QVERIFY(tableEquals(*viewA()->neighbourModel(), *expected));
        QCOMPARE(m_pane->history(), QStringList { text });
    }

    void unknownWordWithSuggestions_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QString>("unknown");
        QTest::newRow("misspelt-word") << QStringLiteral("qeen") << QStringLiteral("qeen");
        QTest::newRow("inside-an-expression")
            << QStringLiteral("king - mann + woman") << QStringLiteral("mann");
        QTest::newRow("wrong-case") << QStringLiteral("London") << QStringLiteral("London");
    }

    void unknownWordWithSuggestions()
    {
        QFETCH(QString, typed);
        QFETCH(QString, unknown);
        QVERIFY(ask(QueryForm::NeighboursTab, { typed }));
        const core::Queries queries(*m_a);
        const std::vector<std::string> suggestions = queries.suggestions(utf8(unknown));
        QVERIFY(!suggestions.empty());
        const QString summary = viewA()->summaryText();
        QVERIFY2(summary.contains(QueryResultView::tr("%1 is not in the vocabulary of this model.")
                                      .arg(QueryResultView::tr("“%1”").arg(unknown))),
                 qPrintable(summary));
        for (const std::string &word : suggestions)
            QVERIFY2(summary.contains(QString::fromStdString(word)), qPrintable(summary));
        QVERIFY(viewA()->table()->isHidden());

        // Tab to the first suggestion link and press Enter, as a keyboard user would.
        QSignalSpy shown(m_pane.get(), &ExplorePane::answerShown);
        QLabel *label = viewA()->summaryLabel();
        label->setFocus(Qt::TabFocusReason);
        QTest::keyClick(label, Qt::Key_Tab);
        QTest::keyClick(label, Qt::Key_Return);
        QVERIFY(shown.wait(5000));
        const QString chosen = QString::fromStdString(suggestions.front());
        QString corrected = typed;
        corrected.replace(unknown, chosen);
        QCOMPARE(field(QueryForm::NeighboursTab)->text(), corrected);
        const auto expected = corrected.contains(QLatin1Char(' '))
            ? queries.expression(utf8(corrected), 10)
            : queries.neighbours(utf8(corrected), 10);
        QVERIFY(expected.ok());
        QVERIFY(tableEquals(*viewA()->neighbourModel(), *expected));
    }

    void analogyCosAddAndCosMulWithRanks()
    {
        QVERIFY(ask(QueryForm::AnalogyTab,
                    { QStringLiteral("man"), QStringLiteral("king"), QStringLiteral("woman"),
                      QStringLiteral("queen") }));
        const core::Queries queries(*m_a);
        const auto add = queries.analogy("man", "king", "woman", core::AnalogyMethod::CosAdd, 10);
        const auto mul = queries.analogy("man", "king", "woman", core::AnalogyMethod::CosMul, 10);
        QVERIFY(add.ok() && mul.ok());
        const AnalogyTableModel &table = *viewA()->analogyModel();
        QCOMPARE(viewA()->table()->model(), &table);
        QCOMPARE(table.rowCount(), 10);
        for (int row = 0; row < 10; ++row) {
            const auto &a = (*add)[std::size_t(row)];
            const auto &m = (*mul)[std::size_t(row)];
            QCOMPARE(table.index(row, AnalogyTableModel::AddWordColumn).data().toString(),
                     QString::fromStdString(a.word));
            QCOMPARE(table.index(row, AnalogyTableModel::AddScoreColumn)
                         .data(AnalogyTableModel::ScoreRole)
                         .toFloat(),
                     a.score);
            QCOMPARE(table.index(row, AnalogyTableModel::AddScoreColumn).data().toString(),
                     number(a.score));
            QCOMPARE(table.index(row, AnalogyTableModel::MulWordColumn).data().toString(),
                     QString::fromStdString(m.word));
            QCOMPARE(table.index(row, AnalogyTableModel::MulScoreColumn).data().toString(),
                     number(m.score));
        }
        const auto rankAdd
            = queries.analogyRank("man", "king", "woman", "queen", core::AnalogyMethod::CosAdd);
        const auto rankMul
            = queries.analogyRank("man", "king", "woman", "queen", core::AnalogyMethod::CosMul);
        QVERIFY(rankAdd.ok() && rankMul.ok());
        const QString ranks
            = QueryResultView::tr("Rank of %1: %2 by 3CosAdd, %3 by 3CosMul.")
                  .arg(QueryResultView::tr("“%1”").arg(QStringLiteral("queen")),
                       QLocale().toString(qint64(*rankAdd)), QLocale().toString(qint64(*rankMul)));
        QVERIFY2(viewA()->summaryText().contains(ranks), qPrintable(viewA()->summaryText()));
        // The expected answer is in bold wherever it appears.
        const int queenRow = int(*rankAdd) - 1;
        if (queenRow < 10)
            QVERIFY(table.index(queenRow, AnalogyTableModel::AddWordColumn)
                        .data(Qt::FontRole)
                        .value<QFont>()
                        .bold());
    }

    void analogyExpectedIsAQueryWord()
    {
        QVERIFY(ask(QueryForm::AnalogyTab,
                    { QStringLiteral("man"), QStringLiteral("king"), QStringLiteral("woman"),
                      QStringLiteral("king") }));
        QVERIFY(viewA()->summaryText().contains(
            QueryResultView::tr("%1 is one of the question's words, so it is never an answer.")
                .arg(QueryResultView::tr("“%1”").arg(QStringLiteral("king")))));
        QCOMPARE(viewA()->analogyModel()->rowCount(), 10);
    }

    void similarity()
    {
        QVERIFY(ask(QueryForm::SimilarityTab, { QStringLiteral("cat"), QStringLiteral("dog") }));
        const auto expected = core::Queries(*m_a).similarity("cat", "dog");
        QVERIFY(expected.ok());
        QVERIFY2(viewA()->summaryText().contains(number(*expected)),
                 qPrintable(viewA()->summaryText()));
        QVERIFY(viewA()->table()->isHidden());
    }

    void oddOneOut()
    {
        QVERIFY(ask(QueryForm::OddOneOutTab, { QStringLiteral("breakfast, dinner lunch  cat") }));
        const std::vector<std::string> words { "breakfast", "dinner", "lunch", "cat" };
        const auto expected = core::Queries(*m_a).oddOneOut(words);
        QVERIFY(expected.ok());
        const NeighbourTableModel &table = *viewA()->neighbourModel();
        QCOMPARE(table.rowCount(), 4);
        for (int row = 0; row < 4; ++row) {
            const QModelIndex word = table.index(row, NeighbourTableModel::WordColumn);
            QCOMPARE(word.data().toString(), QString::fromStdString(words[std::size_t(row)]));
            QCOMPARE(table.index(row, NeighbourTableModel::ScoreColumn)
                         .data(NeighbourTableModel::ScoreRole)
                         .toFloat(),
                     expected->scores[std::size_t(row)]);
            QCOMPARE(word.data(Qt::FontRole).value<QFont>().bold(),
                     words[std::size_t(row)] == expected->word);
        }
        QVERIFY(viewA()->summaryText().contains(QString::fromStdString(expected->word)));
    }
};

QTEST_MAIN(TestExplorePane)
#include "tst_explorepane.moc"
