// Makes the evaluation pane's screenshots: a stored model scored on MEN, then on the Google
// analogy set, with its two saved evaluations listed. Usage:
//   ewb_evaluation_screenshots en|zh_CN MODEL OUTPUT.png [EXTRA.qm]
// MODEL is a word2vec or GloVe file; EXTRA.qm is an optional further translation (for strings
// not yet in the embedded one). Run it under xvfb-run, as docs/screenshots says.
#include "core/store/database.h"
#include "core/store/modelstore.h"
#include "ui/evaluationpane.h"
#include "ui/evaluationsettingsform.h"
#include "ui/storecontroller.h"

#include "screenshotsession.h"

#include <QApplication>
#include <QComboBox>
#include <QFileInfo>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

#include <cstdio>

using namespace ewb;

namespace {

// Stores the model in a new database at `path`; its id, or 0.
qint64 storeModel(const core::EmbeddingModel &model, const QString &name, const QString &path)
{
    core::DatabaseOptions options;
    options.mode = core::OpenMode::Create;
    auto db = core::Database::open(path.toStdString(), options);
    if (!db.ok())
        return 0;
    core::ModelMetadata meta;
    meta.name = name.toStdString();
    meta.source = core::ModelSource::Imported;
    core::ModelStore store(*db);
    auto id = store.save(model, meta);
    return id.ok() ? *id : 0;
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    if (argc != 4 && argc != 5) {
        std::fprintf(stderr,
                     "usage: ewb_evaluation_screenshots en|zh_CN MODEL OUTPUT.png [EXTRA.qm]\n");
        return 64;
    }
    test::ScreenshotSession session;
    if (const int status = session.start(QString::fromLocal8Bit(argv[1]),
                                         argc == 5 ? QString::fromLocal8Bit(argv[4]) : QString()))
        return status;
    const QString modelPath = QString::fromLocal8Bit(argv[2]);
    const auto model = test::ScreenshotSession::loadModel(modelPath);
    if (!model)
        return 66;
    const QString name = QFileInfo(modelPath).completeBaseName();
    QTemporaryDir dir;
    const QString database = dir.filePath(QStringLiteral("models.ewb"));
    const qint64 id = storeModel(*model, name, database);
    if (id == 0)
        return 73;

    ui::StoreController store;
    ui::EvaluationPane pane(store);
    pane.resize(1100, 760);
    pane.show();
    QSignalSpy opened(&store, &ui::StoreController::opened);
    store.open(database);
    if (!opened.wait(10000))
        return 1;
    pane.setModel(id, model, name);
    QSignalSpy finished(&pane, &ui::EvaluationPane::evaluationFinished);
    for (int benchmark : { 3, 0 }) {
        pane.settingsForm()->benchmarkBox()->setCurrentIndex(benchmark);
        const auto before = finished.count();
        if (!pane.run() || !QTest::qWaitFor([&] { return finished.count() > before; }, 60000))
            return 2;
    }
    if (!QTest::qWaitFor([&] { return pane.historyView()->rowCount() == 2; }, 10000))
        return 3;
    QTest::qWait(100);
    return pane.grab().save(QString::fromLocal8Bit(argv[3]), "PNG") ? 0 : 4;
}
