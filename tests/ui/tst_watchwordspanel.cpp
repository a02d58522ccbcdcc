#include "core/model/queries.h"
#include "ui/watchwordspanel.h"

#include "exploremodels.h"

#include <QLineEdit>
#include <QSignalSpy>
#include <QTableWidget>
#include <QtTest>

using namespace ewb;
using namespace ewb::ui;

/// The watch-words panel: words typed by the user, their top-5 neighbours in each snapshot.
class TestWatchWordsPanel : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        m_model = test::gensimDemoModel();
        QVERIFY(m_model);
        m_snapshot = test::perturbedModel(*m_model, 3000, 0.15f);
        QVERIFY(m_snapshot);
    }

    void typedWordsShowTheirNeighbours()
    {
        WatchWordsPanel panel;
        panel.show();
        QSignalSpy changed(&panel, &WatchWordsPanel::wordsChanged);
        QLineEdit *edit = panel.wordsEdit();
        edit->setFocus();
        QTest::keyClicks(edit, QStringLiteral("king, lunch  city king"));
        QTest::keyClick(edit, Qt::Key_Return);
        QCOMPARE(changed.count(), 1);
        const QStringList words { "king", "lunch", "city" };
        QCOMPARE(panel.words(), words);
        QCOMPARE(panel.table()->rowCount(), 3);

        QSignalSpy shown(&panel, &WatchWordsPanel::snapshotShown);
        panel.showSnapshot(m_model, QStringLiteral("epoch 5"));
        QVERIFY(shown.wait(5000));
        QCOMPARE(shown.constFirst().at(0).toString(), QStringLiteral("epoch 5"));
        checkRows(panel, *m_model, words);

        // The next checkpoint replaces the neighbours; "lunch" is not in its vocabulary.
        panel.showSnapshot(m_snapshot, QStringLiteral("epoch 6"));
        QVERIFY(shown.wait(5000));
        checkRows(panel, *m_snapshot, words);
        QCOMPARE(panel.table()->item(1, 1)->text(),
                 WatchWordsPanel::tr("(not in the vocabulary yet)"));
    }

    void setWordsDropsRepeatsAndEmpties()
    {
        WatchWordsPanel panel;
        QSignalSpy changed(&panel, &WatchWordsPanel::wordsChanged);
        panel.setWords({ "war", QString(), "music", "war" });
        QCOMPARE(panel.words(), (QStringList { "war", "music" }));
        QCOMPARE(changed.count(), 1);
        panel.setWords({ "war", "music" });
        QCOMPARE(changed.count(), 1);
        QCOMPARE(panel.table()->item(1, 0)->text(), QStringLiteral("music"));
    }

private:
    static void checkRows(const WatchWordsPanel &panel, const core::EmbeddingModel &model,
                          const QStringList &words)
    {
        const core::Queries queries(model);
        for (int row = 0; row < words.size(); ++row) {
            QCOMPARE(panel.table()->item(row, 0)->text(), words[row]);
            const auto expected = queries.neighbours(words[row].toStdString(), 5);
            if (!expected.ok())
                continue;
            QStringList names;
            for (const core::Neighbour &n : *expected)
                names << QString::fromStdString(n.word);
            QCOMPARE(panel.table()->item(row, 1)->text(), names.join(WatchWordsPanel::tr(", ")));
        }
    }

    std::shared_ptr<const core::EmbeddingModel> m_model;
    std::shared_ptr<const core::EmbeddingModel> m_snapshot;
};

QTEST_MAIN(TestWatchWordsPanel)
#include "tst_watchwordspanel.moc"
