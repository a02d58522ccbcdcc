#include "core/model/embeddingmodel.h"
#include "core/model/queries.h"
#include "ui/explorepane.h"
#include "ui/neighbourtablemodel.h"
#include "ui/queryform.h"
#include "ui/queryresultview.h"
#include "ui/wordcompleter.h"

#include "explorepanefixture.h"

#include <QAbstractItemView>
#include <QAction>
#include <QLineEdit>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableView>
#include <QtTest>

using namespace ewb;
using namespace ewb::ui;
using namespace ewb::test;
using Slot = ExplorePane::Slot;

/// Moving around the explore pane on the gensim model of the demo corpus, as a user would: a
/// click or Enter on an answer explores it, Alt+Left and Alt+Right walk the history, words are
/// completed from the vocabulary, and every field has an accessible name.
class TestExplorePaneNavigation : public QObject, private ExplorePaneFixture
{
    Q_OBJECT

private slots:
    void initTestCase() { ExplorePaneFixture::initTestCase(); }
    void init() { ExplorePaneFixture::init(); }
    void cleanup() { ExplorePaneFixture::cleanup(); }

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
};

QTEST_MAIN(TestExplorePaneNavigation)
#include "tst_explorepanenavigation.moc"
