#include "core/model/embeddingmodel.h"
#include "core/model/queries.h"
#include "core/store/database.h"
#include "core/store/modelstore.h"
#include "ui/explorepane.h"
#include "ui/neighbourtablemodel.h"
#include "ui/queryform.h"
#include "ui/queryresultview.h"
#include "ui/storecontroller.h"

#include "explorepanefixture.h"

#include <QCheckBox>
#include <QSet>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QtTest>

using namespace ewb;
using namespace ewb::ui;
using namespace ewb::test;
using Slot = ExplorePane::Slot;

/// The explore pane with a second model, a noisy copy of the gensim model of the demo corpus:
/// the two side by side with the Jaccard overlap of their answers, the overlap of a word list,
/// and the model loaded from the library and explored; checked against the core Queries.
class TestExplorePaneCompare : public QObject, private ExplorePaneFixture
{
    Q_OBJECT

private slots:
    void initTestCase() { ExplorePaneFixture::initTestCase(); }
    void init() { ExplorePaneFixture::init(); }
    void cleanup() { ExplorePaneFixture::cleanup(); }

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
};

QTEST_MAIN(TestExplorePaneCompare)
#include "tst_explorepanecompare.moc"
