#include "core/model/embeddingmodel.h"
#include "core/model/queries.h"
#include "core/store/database.h"
#include "core/store/modelstore.h"
#include "ui/analogytablemodel.h"
#include "ui/cosinebardelegate.h"
#include "ui/explorepane.h"
#include "ui/neighbourtablemodel.h"
#include "ui/queryform.h"
#include "ui/queryresultview.h"
#include "ui/storecontroller.h"
#include "ui/wordcompleter.h"

#include "exploremodels.h"

#include <QAbstractItemView>
#include <QAction>
#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSet>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QtTest>

using namespace ewb;
using namespace ewb::ui;
using Slot = ExplorePane::Slot;

namespace {

QString number(float value)
{
    return QLocale().toString(double(value), 'f', 4);
}

std::string utf8(const QString &text)
{
    return text.toStdString();
}

// The rows of a neighbour table as the user sees them, checked against the core's answer: the
// same words in the same order, the same float scores, and those scores as displayed.
bool tableEquals(const NeighbourTableModel &table, const std::vector<core::Neighbour> &expected)
{
    if (table.rowCount() != int(expected.size()))
        return false;
    for (int row = 0; row < table.rowCount(); ++row) {
        const core::Neighbour &n = expected[std::size_t(row)];
        const QModelIndex word = table.index(row, NeighbourTableModel::WordColumn);
        const QModelIndex score = table.index(row, NeighbourTableModel::ScoreColumn);
        if (word.data().toString() != QString::fromStdString(n.word)
            || score.data(NeighbourTableModel::ScoreRole).toFloat() != n.score
            || score.data().toString() != number(n.score))
            return false;
    }
    return true;
}

QSet<QString> wordSet(const std::vector<core::Neighbour> &list)
{
    QSet<QString> set;
    for (const core::Neighbour &n : list)
        set.insert(QString::fromStdString(n.word));
    return set;
}

} // namespace

/// The explore pane driven as a user would (typing, Enter, clicks, shortcuts) on the gensim
/// model of the demo corpus; every number shown is checked against the core Queries.
class TestExplorePane : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        m_a = test::gensimDemoModel();
        QVERIFY(m_a);
        m_b = test::perturbedModel(*m_a, 3000, 0.15f);
        QVERIFY(m_b);
    }

    void init()
    {
        m_pane = std::make_unique<ExplorePane>();
        m_pane->resize(1000, 700);
        m_pane->setModel(Slot::A, m_a, QStringLiteral("gensim d50"));
        m_pane->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_pane.get()));
    }

    void cleanup()
    {
        if (QTest::currentTestFailed())
            m_pane->grab().save(QDir::current().filePath(
                QStringLiteral("%1-failure.png").arg(QLatin1String(QTest::currentTestFunction()))));
        m_pane.reset();
    }

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

    void clickEnterAndHistory()
    {
        QSignalSpy activated(m_pane.get(), &ExplorePane::wordActivated);
        QVERIFY(ask(QueryForm::NeighboursTab, { QStringLiteral("king") }));
        QVERIFY(!m_pane->backAction()->isEnabled());

        // A click on the first answer explores it.
        const QString first = cell(0, NeighbourTableModel::WordColumn).data().toString();
        QSignalSpy shown(m_pane.get(), &ExplorePane::answerShown);
        QTableView *view = viewA()->table();
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {},
                          view->visualRect(cell(0, NeighbourTableModel::WordColumn)).center());
        QVERIFY(shown.wait(5000));
        QCOMPARE(activated.count(), 1);
        QCOMPARE(activated.constFirst().at(0).toString(), first);
        QCOMPARE(field(QueryForm::NeighboursTab)->text(), first);
        QVERIFY(tableEquals(*viewA()->neighbourModel(),
                            *core::Queries(*m_a).neighbours(utf8(first), 10)));

        // Enter on the third answer explores it too.
        const QString third = cell(2, NeighbourTableModel::WordColumn).data().toString();
        view->setFocus();
        view->setCurrentIndex(cell(2, NeighbourTableModel::ScoreColumn));
        QTest::keyClick(view, Qt::Key_Return);
        QVERIFY(shown.wait(5000));
        QCOMPARE(m_pane->history(), (QStringList { QStringLiteral("king"), first, third }));
        QCOMPARE(m_pane->historyIndex(), 2);

        // Alt+Left twice goes back to king, Alt+Right forward again.
        QTest::keyClick(view, Qt::Key_Left, Qt::AltModifier);
        QVERIFY(shown.wait(5000));
        QCOMPARE(field(QueryForm::NeighboursTab)->text(), first);
        QTest::keyClick(view, Qt::Key_Left, Qt::AltModifier);
        QVERIFY(shown.wait(5000));
        QCOMPARE(field(QueryForm::NeighboursTab)->text(), QStringLiteral("king"));
        QVERIFY(!m_pane->backAction()->isEnabled());
        QVERIFY(
            tableEquals(*viewA()->neighbourModel(), *core::Queries(*m_a).neighbours("king", 10)));
        QTest::keyClick(view, Qt::Key_Right, Qt::AltModifier);
        QVERIFY(shown.wait(5000));
        QCOMPARE(field(QueryForm::NeighboursTab)->text(), first);
        QCOMPARE(m_pane->historyIndex(), 1);
        // Going back does not rewrite the history.
        QCOMPARE(m_pane->history().size(), 3);
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

    void twoModelsSideBySide()
    {
        m_pane->setModel(Slot::B, m_b, QStringLiteral("perturbed"));
        auto *compare = m_pane->findChild<QCheckBox *>(QStringLiteral("compare"));
        QVERIFY(compare->isEnabled());
        QTest::mouseClick(compare, Qt::LeftButton, {}, QPoint(8, compare->height() / 2));
        QVERIFY(m_pane->isComparing());
        QVERIFY(ask(QueryForm::NeighboursTab, { QStringLiteral("king - man + woman") }));
        QVERIFY(m_pane->resultView(Slot::B)->isVisible());

        const core::Queries qa(*m_a);
        const core::Queries qb(*m_b);
        QVERIFY(tableEquals(*viewA()->neighbourModel(), *qa.expression("king - man + woman", 10)));
        const NeighbourTableModel &tableB = *m_pane->resultView(Slot::B)->neighbourModel();
        QVERIFY(tableEquals(tableB, *qb.expression("king - man + woman", 10)));
        // Model B has counts: the count column shows them.
        const auto firstB = (*qb.expression("king - man + woman", 10))[0];
        QCOMPARE(tableB.index(0, NeighbourTableModel::CountColumn).data().toString(),
                 QLocale().toString(qulonglong(m_b->counts()[firstB.row])));

        // Jaccard@k of the whole answer and of each query word, as sets of words.
        QTableWidget *overlap = m_pane->overlapTable();
        QVERIFY(overlap->isVisible());
        const QStringList labels { QStringLiteral("king - man + woman"), QStringLiteral("king"),
                                   QStringLiteral("woman"), QStringLiteral("man") };
        QCOMPARE(overlap->rowCount(), labels.size());
        for (int row = 0; row < labels.size(); ++row) {
            QCOMPARE(overlap->item(row, 0)->text(), labels[row]);
            const auto a = row == 0 ? qa.expression(utf8(labels[row]), 10)
                                    : qa.neighbours(utf8(labels[row]), 10);
            const auto b = row == 0 ? qb.expression(utf8(labels[row]), 10)
                                    : qb.neighbours(utf8(labels[row]), 10);
            const QSet<QString> sa = wordSet(*a);
            const QSet<QString> sb = wordSet(*b);
            const double jaccard = double(QSet<QString>(sa).intersect(sb).size())
                / double(QSet<QString>(sa).unite(sb).size());
            QCOMPARE(overlap->item(row, 1)->data(Qt::UserRole).toDouble(), jaccard);
            QCOMPARE(overlap->item(row, 1)->text(), QLocale().toString(jaccard, 'f', 3));
            QCOMPARE(overlap->item(row, 2)->text(),
                     QLocale().toString(QSet<QString>(sa).intersect(sb).size()));
        }
    }

    void overlapOfAList()
    {
        m_pane->setModel(Slot::B, m_b, QStringLiteral("perturbed"));
        m_pane->setComparing(true);
        // "lunch" is row 4450: outside the 3000 words of model B.
        QVERIFY(ask(QueryForm::OverlapTab, { QStringLiteral("city, war music lunch") }));
        QTableWidget *overlap = m_pane->overlapTable();
        QCOMPARE(overlap->rowCount(), 4);
        const core::Queries qa(*m_a);
        const core::Queries qb(*m_b);
        for (int row = 0; row < 3; ++row) {
            const std::string word = utf8(overlap->item(row, 0)->text());
            const QSet<QString> sa = wordSet(*qa.neighbours(word, 10));
            const QSet<QString> sb = wordSet(*qb.neighbours(word, 10));
            const double jaccard = double(QSet<QString>(sa).intersect(sb).size())
                / double(QSet<QString>(sa).unite(sb).size());
            QCOMPARE(overlap->item(row, 1)->data(Qt::UserRole).toDouble(), jaccard);
        }
        QCOMPARE(overlap->item(3, 0)->text(), QStringLiteral("lunch"));
        QCOMPARE(overlap->item(3, 1)->text(), QStringLiteral("—"));
        // Turning comparing off hides model B and the overlap.
        m_pane->setComparing(false);
        QVERIFY(!m_pane->resultView(Slot::B)->isVisible());
        QVERIFY(!overlap->isVisible());
    }

    void completerOffersVocabularyWords()
    {
        WordCompleter *completer = m_pane->completer();
        QTRY_COMPARE(completer->wordCount(), int(m_a->size()));
        QLineEdit *edit = field(QueryForm::NeighboursTab);
        edit->setFocus();
        QTest::keyClicks(edit, QStringLiteral("Kin"));
        QTRY_VERIFY(completer->popup()->isVisible());
        QVERIFY(completer->completionCount() > 0);
        QStringList expected;
        for (const std::string &word : m_a->words()) {
            const QString w = QString::fromStdString(word);
            if (w.startsWith(QStringLiteral("kin"), Qt::CaseInsensitive))
                expected << w;
        }
        QCOMPARE(completer->completionCount(), int(expected.size()));
        QTest::keyClick(completer->popup(), Qt::Key_Down);
        const QString first = completer->currentCompletion();
        QVERIFY(expected.contains(first));
        QTest::keyClick(completer->popup(), Qt::Key_Return);
        QCOMPARE(edit->text(), first);

        // In an expression only the word being typed is completed.
        edit->clear();
        QTest::keyClicks(edit, QStringLiteral("king - wom"));
        QTRY_VERIFY(completer->popup()->isVisible());
        QCOMPARE(completer->completionPrefix(), QStringLiteral("king - wom"));
        QTest::keyClick(completer->popup(), Qt::Key_Down);
        // The completion keeps what was typed before the word.
        const QString completion = completer->currentCompletion();
        QVERIFY2(completion.startsWith(QStringLiteral("king - wom")), qPrintable(completion));
        QVERIFY(m_a->contains(utf8(completion.mid(7))));
        QTest::keyClick(completer->popup(), Qt::Key_Return);
        QCOMPARE(edit->text(), completion);
    }

    void libraryModelExplored()
    {
        // StoreController::loadModel round trip: a model saved in a temporary database comes
        // back whole and can be explored.
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("explore.ewb"));
        qint64 id = 0;
        {
            core::DatabaseOptions options;
            options.mode = core::OpenMode::Create;
            auto db = core::Database::open(path.toStdString(), options);
            QVERIFY(db.ok());
            core::ModelMetadata meta;
            meta.name = "perturbed";
            meta.source = core::ModelSource::Imported;
            core::ModelStore store(*db);
            auto saved = store.save(*m_b, meta);
            QVERIFY(saved.ok());
            id = *saved;
        }
        StoreController store;
        QSignalSpy opened(&store, &StoreController::opened);
        store.open(path);
        QVERIFY(opened.wait(10000));
        QSignalSpy loaded(&store, &StoreController::modelLoaded);
        QSignalSpy failed(&store, &StoreController::failed);
        store.loadModel(id);
        QVERIFY(loaded.wait(10000));
        QCOMPARE(loaded.constFirst().at(0).toLongLong(), id);
        const auto model
            = qvariant_cast<std::shared_ptr<const core::EmbeddingModel>>(loaded.constFirst().at(1));
        const auto info = qvariant_cast<core::ModelInfo>(loaded.constFirst().at(2));
        QVERIFY(model);
        QCOMPARE(info.name, std::string("perturbed"));
        QCOMPARE(info.vocabSize, m_b->size());
        QVERIFY(model->words() == m_b->words());
        QVERIFY(model->counts() == m_b->counts());
        QVERIFY(model->vectors() == m_b->vectors());

        m_pane->setModel(Slot::A, model, QString::fromStdString(info.name));
        QVERIFY(ask(QueryForm::NeighboursTab, { QStringLiteral("woman") }));
        QVERIFY(
            tableEquals(*viewA()->neighbourModel(), *core::Queries(*m_b).neighbours("woman", 10)));

        store.loadModel(id + 1000);
        QVERIFY(failed.wait(10000));
        QCOMPARE(qvariant_cast<core::Error>(failed.constFirst().at(1)).code,
                 core::ErrorCode::NotFound);
        QCOMPARE(loaded.count(), 1);
    }

    void everyFieldIsNamed()
    {
        const auto widgets = m_pane->findChildren<QWidget *>();
        for (QWidget *widget : widgets) {
            // A spin box's own line edit is named through the spin box.
            if (widget->focusPolicy() == Qt::NoFocus || !widget->isVisibleTo(m_pane.get())
                || qobject_cast<QAbstractSpinBox *>(widget->parentWidget()))
                continue;
            if (qobject_cast<QLineEdit *>(widget) || qobject_cast<QAbstractItemView *>(widget)
                || qobject_cast<QSpinBox *>(widget))
                QVERIFY2(!widget->accessibleName().isEmpty(),
                         qPrintable(widget->metaObject()->className()));
        }
    }

private:
    QueryResultView *viewA() const { return m_pane->resultView(Slot::A); }
    QModelIndex cell(int row, int column) const
    {
        return viewA()->neighbourModel()->index(row, column);
    }
    QLineEdit *field(QueryForm::Tab tab, int index = 0) const
    {
        return m_pane->form()->field(tab, index);
    }

    // Shows a tab by its mnemonic-free click, types `values` into its fields and presses Enter
    // in the last one; true when an answer arrived.
    bool ask(QueryForm::Tab tab, const QStringList &values)
    {
        QTabWidget *tabs = m_pane->form()->tabs();
        tabs->setCurrentIndex(tab);
        QSignalSpy shown(m_pane.get(), &ExplorePane::answerShown);
        QLineEdit *last = nullptr;
        for (int i = 0; i < values.size(); ++i) {
            last = field(tab, i);
            last->setFocus();
            last->clear();
            QTest::keyClicks(last, values[i]);
            // The completer's popup would take the Enter key.
            m_pane->completer()->popup()->hide();
        }
        QTest::keyClick(last, Qt::Key_Return);
        return shown.wait(5000);
    }

    std::shared_ptr<const core::EmbeddingModel> m_a;
    std::shared_ptr<const core::EmbeddingModel> m_b;
    std::unique_ptr<ExplorePane> m_pane;
};

QTEST_MAIN(TestExplorePane)
#include "tst_explorepane.moc"
