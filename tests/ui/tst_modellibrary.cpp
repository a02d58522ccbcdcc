#include "core/model/embeddingmodel.h"
#include "core/store/database.h"
#include "core/store/modelstore.h"
#include "ui/benchmarkcatalog.h"
#include "ui/evaluationmapping.h"
#include "ui/modellibrarymodel.h"
#include "ui/modellibrarypane.h"
#include "ui/storecontroller.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QtTest>

using namespace ewb;
using namespace ewb::ui;

namespace {

// A database holding one 3-word, 2-dimensional model named "tiny".
bool makeDatabase(const QString &path)
{
    core::DatabaseOptions options;
    options.mode = core::OpenMode::Create;
    auto db = core::Database::open(path.toStdString(), options);
    if (!db.ok())
        return false;
    core::Matrix vectors(3, 2);
    vectors << 1, 0, 0, 1, 1, 1;
    auto model = core::EmbeddingModel::create({ "a", "b", "c" }, { 3, 2, 1 }, vectors);
    if (!model.ok())
        return false;
    core::ModelMetadata meta;
    meta.name = "tiny";
    meta.source = core::ModelSource::Imported;
    core::ModelStore store(*db);
    return store.save(**model, meta).ok();
}

QStringList names(const ModelLibraryModel &model)
{
    QStringList out;
    for (const core::ModelInfo &info : model.models())
        out << QString::fromStdString(info.name);
    return out;
}

} // namespace

/// The library pane over a real database: rename in place, duplicate, delete and undo,
/// export, and the model's table data.
class TestModelLibrary : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        const QString path = m_dir->filePath(QStringLiteral("lib.ewb"));
        QVERIFY(makeDatabase(path));
        m_store = std::make_unique<StoreController>();
        m_pane = std::make_unique<ModelLibraryPane>(*m_store);
        m_tester = std::make_unique<QAbstractItemModelTester>(
            m_pane->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        m_pane->show();
        m_store->open(path);
        QTRY_COMPARE(m_pane->model()->rowCount(), 1);
    }

    void cleanup()
    {
        m_tester.reset();
        m_pane.reset();
        m_store.reset();
        m_dir.reset();
    }

    void tableShowsTheModel()
    {
        const ModelLibraryModel *model = m_pane->model();
        QCOMPARE(model->index(0, ModelLibraryModel::NameColumn).data().toString(),
                 QStringLiteral("tiny"));
        QCOMPARE(model->index(0, ModelLibraryModel::DimColumn).data().toString(),
                 QLocale().toString(2));
        QCOMPARE(model->index(0, ModelLibraryModel::VocabularyColumn).data().toString(),
                 QLocale().toString(3));
        QCOMPARE(model->index(0, ModelLibraryModel::SourceColumn).data().toString(),
                 ModelLibraryModel::tr("imported"));
    }

    // The library shows the newest score of each benchmark run on a model, as the store keeps it.
    void scoresShowTheNewestEvaluations()
    {
        const qint64 id = m_pane->model()->models().front().id;
        const auto similarity = [](double rho, qint64 when) {
            EvaluationResult result;
            result.request.kind = EvaluationRequest::Kind::Similarity;
            result.request.benchmark = QStringLiteral("wordsim353");
            result.similarity.spearman = rho;
            result.similarity.pearson = rho;
            result.similarity.pairs = 300;
            result.finishedMs = when;
            return EvaluationMapping::toRecord(result);
        };
        QSignalSpy scores(m_store.get(), &StoreController::scoresListed);
        m_store->saveEvaluation(id, similarity(0.25, 1700000000000));
        m_store->saveEvaluation(id, similarity(0.625, 1700000100000));
        QTRY_COMPARE(scores.count(), 2);
        const QModelIndex cell = m_pane->model()->index(0, ModelLibraryModel::ScoresColumn);
        const QString text = cell.data().toString();
        QVERIFY2(text.contains(BenchmarkCatalog::title(QStringLiteral("wordsim353"))),
                 qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("0.625")), qPrintable(text));
        QVERIFY2(!text.contains(QStringLiteral("0.25")), qPrintable(text));
        QVERIFY(!cell.data(Qt::ToolTipRole).toString().isEmpty());
        // Opening the library again lists the stored scores with the models.
        m_store->refresh();
        QTRY_COMPARE(scores.count(), 3);
        QCOMPARE(m_pane->model()->index(0, ModelLibraryModel::ScoresColumn).data().toString(),
                 text);
    }

    void renameInPlace()
    {
        QTableView *view = m_pane->view();
        view->setFocus();
        view->setCurrentIndex(m_pane->model()->index(0, ModelLibraryModel::NameColumn));
        QVERIFY(m_pane->model()->setData(m_pane->model()->index(0, ModelLibraryModel::NameColumn),
                                         QStringLiteral("  renamed  ")));
        QTRY_COMPARE(names(*m_pane->model()), QStringList { QStringLiteral("renamed") });
        // An empty name is refused before it reaches the store.
        QVERIFY(!m_pane->model()->setData(m_pane->model()->index(0, ModelLibraryModel::NameColumn),
                                          QStringLiteral(" ")));
    }

    void duplicateDeleteAndUndo()
    {
        m_pane->selectModel(m_pane->model()->models().constFirst().id);
        QAction *duplicate = m_pane->menuActions().at(3);
        QVERIFY(duplicate->isEnabled());
        duplicate->trigger();
        QTRY_COMPARE(m_pane->model()->rowCount(), 2);
        QCOMPARE(names(*m_pane->model()).at(1),
                 QStringLiteral("tiny ") + StoreController::tr("(copy)"));

        m_pane->selectModel(m_pane->model()->models().constFirst().id);
        QSignalSpy removed(m_store.get(), &StoreController::removed);
        m_pane->menuActions().at(4)->trigger();
        QTRY_COMPARE(removed.count(), 1);
        QTRY_COMPARE(m_pane->model()->rowCount(), 1);
        QVERIFY(m_pane->undoDeleteAction()->isEnabled());

        m_pane->undoDeleteAction()->trigger();
        QTRY_COMPARE(m_pane->model()->rowCount(), 2);
        QVERIFY(names(*m_pane->model()).contains(QStringLiteral("tiny")));
        QVERIFY(!m_pane->undoDeleteAction()->isEnabled());
        // The restored model has its vectors back.
        QSignalSpy exported(m_store.get(), &StoreController::exported);
        const QString out = m_dir->filePath(QStringLiteral("tiny.vec"));
        const core::ModelInfo restored = m_pane->model()->models().constLast();
        QCOMPARE(QString::fromStdString(restored.name), QStringLiteral("tiny"));
        m_store->exportModel(restored.id, out);
        QVERIFY(exported.wait(5000));
        QFile file(out);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = file.readAll().trimmed().split('\n');
        QCOMPARE(lines.size(), 4);
        QCOMPARE(lines.at(0), QByteArray("3 2"));
        QVERIFY(lines.at(1).startsWith("a 1"));
    }

    void failureReachesTheUser()
    {
        QSignalSpy failed(m_store.get(), &StoreController::failed);
        m_store->rename(m_pane->model()->models().constFirst().id, QString());
        QVERIFY(failed.wait(5000));
        const auto error = qvariant_cast<core::Error>(failed.constFirst().at(1));
        QCOMPARE(error.code, core::ErrorCode::InvalidArgument);
    }

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<StoreController> m_store;
    std::unique_ptr<ModelLibraryPane> m_pane;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

QTEST_MAIN(TestModelLibrary)
#include "tst_modellibrary.moc"
