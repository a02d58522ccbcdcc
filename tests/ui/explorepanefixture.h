#pragma once

// What the explore pane tests share: checks of a shown answer against the core Queries, and a
// pane over the gensim model of the demo corpus asked questions as a user asks them (typing,
// Enter).

#include "core/model/embeddingmodel.h"
#include "core/model/queries.h"
#include "ui/explorepane.h"
#include "ui/neighbourtablemodel.h"
#include "ui/queryform.h"
#include "ui/queryresultview.h"
#include "ui/wordcompleter.h"

#include "exploremodels.h"

#include <QAbstractItemView>
#include <QDir>
#include <QLineEdit>
#include <QLocale>
#include <QSet>
#include <QSignalSpy>
#include <QTabWidget>
#include <QtTest>

#include <memory>
#include <string>
#include <vector>

namespace ewb::test {

inline QString number(float value)
{
    return QLocale().toString(double(value), 'f', 4);
}

inline std::string utf8(const QString &text)
{
    return text.toStdString();
}

// The rows of a neighbour table as the user sees them, checked against the core's answer: the
// same words in the same order, the same float scores, and those scores as displayed.
inline bool tableEquals(const ui::NeighbourTableModel &table,
                        const std::vector<core::Neighbour> &expected)
{
    if (table.rowCount() != int(expected.size()))
        return false;
    for (int row = 0; row < table.rowCount(); ++row) {
        const core::Neighbour &n = expected[std::size_t(row)];
        const QModelIndex word = table.index(row, ui::NeighbourTableModel::WordColumn);
        const QModelIndex score = table.index(row, ui::NeighbourTableModel::ScoreColumn);
        if (word.data().toString() != QString::fromStdString(n.word)
            || score.data(ui::NeighbourTableModel::ScoreRole).toFloat() != n.score
            || score.data().toString() != number(n.score))
            return false;
    }
    return true;
}

inline QSet<QString> wordSet(const std::vector<core::Neighbour> &list)
{
    QSet<QString> set;
    for (const core::Neighbour &n : list)
        set.insert(QString::fromStdString(n.word));
    return set;
}

/// Model A, the gensim model of the demo corpus, and model B, its first 3000 words with noise;
/// a new explore pane showing model A for every test. A test class calls initTestCase(), init()
/// and cleanup() from its slots of the same names. Saves a screenshot of the pane when a test
/// fails.
class ExplorePaneFixture
{
protected:
    void initTestCase()
    {
        m_a = test::gensimDemoModel();
        QVERIFY(m_a);
        m_b = test::perturbedModel(*m_a, 3000, 0.15f);
        QVERIFY(m_b);
    }

    void init()
    {
        m_pane = std::make_unique<ui::ExplorePane>();
        m_pane->resize(1000, 700);
        m_pane->setModel(ui::ExplorePane::Slot::A, m_a, QStringLiteral("gensim d50"));
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

    ui::QueryResultView *viewA() const { return m_pane->resultView(ui::ExplorePane::Slot::A); }
    QModelIndex cell(int row, int column) const
    {
        return viewA()->neighbourModel()->index(row, column);
    }
    QLineEdit *field(ui::QueryForm::Tab tab, int index = 0) const
    {
        return m_pane->form()->field(tab, index);
    }

    // Shows a tab by its mnemonic-free click, types `values` into its fields and presses Enter
    // in the last one; true when an answer arrived.
    bool ask(ui::QueryForm::Tab tab, const QStringList &values)
    {
        QTabWidget *tabs = m_pane->form()->tabs();
        tabs->setCurrentIndex(tab);
        QSignalSpy shown(m_pane.get(), &ui::ExplorePane::answerShown);
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
    std::unique_ptr<ui::ExplorePane> m_pane;
};

} // namespace ewb::test
