#include "ui/mainwindow.h"

#include "ui/appsettings.h"
#include "ui/chartpane.h"
#include "ui/errortext.h"
#include "ui/evaluationpane.h"
#include "ui/explorepane.h"
#include "ui/losspoint.h"
#include "ui/modellibrarypane.h"
#include "ui/preferencesdialog.h"
#include "ui/projectionpane.h"
#include "ui/servicepane.h"
#include "ui/storecontroller.h"
#include "ui/trainingcontroller.h"
#include "ui/trainingpane.h"
#include "ui/watchwordspanel.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QDockWidget>
#include <QItemSelectionModel>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QSplitter>
#include <QStatusBar>
#include <QTabBar>
#include <QTabWidget>
#include <QTableView>

namespace ewb::ui {

namespace {

    constexpr int kStatusMs = 6000;
    // Words of each replay frame: the projection shows at most this many anyway.
    constexpr int kTimelineWords = 5000;

    QKeySequence standardOr(QKeySequence::StandardKey key, const QKeySequence &fallback)
    {
        // Some platforms bind no keys to a standard action (Preferences on most Linux desktops).
        const QList<QKeySequence> bindings = QKeySequence::keyBindings(key);
        return bindings.isEmpty() ? fallback : bindings.first();
    }

} // namespace

MainWindow::MainWindow(AppSettings &settings, TrainingController &training, StoreController &store,
                       QWidget *parent)
    : QMainWindow(parent), m_settings(settings), m_trainingController(training), m_store(store)
{
    setWindowTitle(tr("Embedding Workbench"));
    setObjectName(QStringLiteral("mainWindow"));
    m_training = new TrainingPane(training, this);
    m_charts = new ChartPane(this);
    m_library = new ModelLibraryPane(store, this);

    m_watch = new WatchWordsPanel(this);
    m_explore = new ExplorePane(this);
    m_evaluation = new EvaluationPane(store, this);
    m_projection = new ProjectionPane(this);
    m_service = new ServicePane(this);

    auto *chartColumn = new QSplitter(Qt::Vertical, this);
    chartColumn->addWidget(m_charts);
    chartColumn->addWidget(m_watch);
    chartColumn->setStretchFactor(0, 1);
    chartColumn->setStretchFactor(1, 0);
    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(m_training);
    splitter->addWidget(chartColumn);
    splitter->setStretchFactor(0, 0);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({ 380, 900 });

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("mainTabs"));
    m_tabs->tabBar()->setAccessibleName(tr("Workbench sections"));
    m_tabs->addTab(splitter, tr("Train"));
    m_tabs->addTab(m_explore, tr("Explore"));
    m_tabs->addTab(m_evaluation, tr("Evaluate"));
    m_tabs->addTab(m_projection, tr("Projection"));
    m_tabs->addTab(m_service, tr("Serve"));
    setCentralWidget(m_tabs);

    m_libraryDock = new QDockWidget(tr("Model Library"), this);
    m_libraryDock->setObjectName(QStringLiteral("libraryDock"));
    m_libraryDock->setWidget(m_library);
    addDockWidget(Qt::BottomDockWidgetArea, m_libraryDock);

    m_databaseLabel = new QLabel(this);
    statusBar()->addPermanentWidget(m_databaseLabel);
    createMenus();
    connectControllers();
    connectAnalysis();
    restoreSettings();
    statusBar()->showMessage(tr("Choose a corpus and press Train (F5)."));
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(m_training->openCorpusAction());
    file->addSeparator();
    file->addActions(
        { m_charts->exportPngAction(), m_charts->exportSvgAction(), m_charts->exportCsvAction() });
    file->addSeparator();
    QAction *preferences = file->addAction(tr("&Preferences…"), this, &MainWindow::showPreferences);
    preferences->setShortcut(standardOr(QKeySequence::Preferences, QKeySequence(tr("Ctrl+,"))));
    preferences->setMenuRole(QAction::PreferencesRole);
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(standardOr(QKeySequence::Quit, QKeySequence(tr("Ctrl+Q"))));
    quit->setMenuRole(QAction::QuitRole);

    QMenu *train = menuBar()->addMenu(tr("&Training"));
    train->addActions({ m_training->trainAction(), m_training->pauseAction(),
                        m_training->resumeAction(), m_training->cancelAction() });

    QMenu *library = menuBar()->addMenu(tr("&Library"));
    for (QAction *action : m_library->menuActions()) {
        if (action)
            library->addAction(action);
        else
            library->addSeparator();
    }
    library->addSeparator();
    library->addAction(m_service->serveAction());

    QMenu *view = menuBar()->addMenu(tr("&View"));
    view->addActions(
        { m_charts->zoomInAction(), m_charts->zoomOutAction(), m_charts->resetZoomAction() });
    // The menu shows words: the tool buttons carry the symbols.
    m_charts->zoomInAction()->setText(tr("Zoom &In"));
    m_charts->zoomOutAction()->setText(tr("Zoom &Out"));
    m_charts->resetZoomAction()->setText(tr("&Reset Zoom"));
    view->addAction(m_charts->clearAction());
    view->addSeparator();
    for (int i = 0; i < m_tabs->count(); ++i) {
        QAction *show
            = view->addAction(m_tabs->tabText(i), this, [this, i] { m_tabs->setCurrentIndex(i); });
        show->setShortcut(QKeySequence(Qt::CTRL | static_cast<Qt::Key>(Qt::Key_1 + i)));
    }
    view->addActions({ m_explore->backAction(), m_explore->forwardAction() });
    view->addSeparator();
    QAction *showLibrary = m_libraryDock->toggleViewAction();
    showLibrary->setText(tr("Show &Library"));
    showLibrary->setShortcut(QKeySequence(tr("Ctrl+L")));
    view->addAction(showLibrary);

    QMenu *evaluate = menuBar()->addMenu(tr("&Evaluate"));
    for (QAction *action : m_evaluation->menuActions()) {
        if (action)
            evaluate->addAction(action);
        else
            evaluate->addSeparator();
    }

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *about
        = help->addAction(tr("&About Embedding Workbench"), this, &MainWindow::showAbout);
    about->setShortcut(QKeySequence::HelpContents);
    about->setMenuRole(QAction::AboutRole);
    QAction *aboutQt = help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);
    aboutQt->setShortcut(QKeySequence(tr("Shift+F1")));
    aboutQt->setMenuRole(QAction::AboutQtRole);
}

void MainWindow::connectControllers()
{
    const auto status = [this](const QString &text) { statusBar()->showMessage(text, kStatusMs); };
    connect(m_training, &TrainingPane::statusMessage, this, status);
    connect(m_charts, &ChartPane::statusMessage, this, status);
    connect(m_library, &ModelLibraryPane::statusMessage, this, status);

    connect(&m_trainingController, &TrainingController::started, this,
            [this](const QString &name) { m_liveRun = m_charts->addRun(name); });
    connect(&m_trainingController, &TrainingController::progressed, this,
            [this](const core::TrainingProgress &progress) {
                m_charts->appendPoint(m_liveRun, LossPoint::fromProgress(progress));
            });
    connect(&m_trainingController, &TrainingController::finished, this,
            [this](std::shared_ptr<const TrainingOutcome> outcome) {
                m_store.saveTrained(std::move(outcome));
            });

    connect(&m_store, &StoreController::opened, this,
            [this, status](const QString &path, bool readOnly, const QString &note) {
                m_databaseLabel->setText(
                    readOnly ? tr("%1 (read-only)").arg(QDir::toNativeSeparators(path))
                             : QDir::toNativeSeparators(path));
                if (!note.isEmpty())
                    status(note);
            });
    connect(&m_store, &StoreController::saved, this, [status](qint64, const QString &name) {
        status(tr("Saved the model “%1” in the library.").arg(name));
    });
    connect(&m_store, &StoreController::exported, this, [status](const QString &path) {
        status(tr("Exported %1").arg(QDir::toNativeSeparators(path)));
    });
    connect(m_library, &ModelLibraryPane::compareRequested, &m_store, &StoreController::loadLoss);
    connect(&m_store, &StoreController::lossLoaded, this,
            [this, status](qint64, const RunSeries &series) {
                if (series.isEmpty())
                    status(tr("“%1” has no stored loss history.").arg(series.name()));
                else
                    m_charts->addRun(series);
            });
    connect(&m_store, &StoreController::failed, this,
            [this](const QString &action, const core::Error &error) {
                auto *box = new QMessageBox(QMessageBox::Warning, tr("Model Library"),
                                            tr("%1 failed.").arg(action), QMessageBox::Ok, this);
                box->setObjectName(QStringLiteral("storeError"));
                box->setInformativeText(ErrorText::message(error));
                box->setAttribute(Qt::WA_DeleteOnClose);
                box->open();
            });
}

void MainWindow::connectAnalysis()
{
    const auto status = [this](const QString &text) { statusBar()->showMessage(text, kStatusMs); };
    connect(m_explore, &ExplorePane::statusMessage, this, status);
    connect(m_evaluation, &EvaluationPane::statusMessage, this, status);
    connect(m_projection, &ProjectionPane::statusMessage, this, status);
    connect(m_service, &ServicePane::statusMessage, this, status);
    // A model deleted from the library is no longer served.
    connect(&m_store, &StoreController::removed, m_service,
            [this](std::shared_ptr<const core::EmbeddingModel>, const core::ModelInfo &info) {
                m_service->withdraw(info.id);
            });

    // The selected library model is explored, evaluated and projected; its stored checkpoints
    // become the projection's replay timeline.
    connect(m_library->view()->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            [this] {
                const qint64 id = m_library->selectedId();
                if (id != 0 && id != m_shownModel)
                    m_store.loadModel(id);
            });
    connect(&m_store, &StoreController::modelLoaded, this,
            [this](qint64 id, std::shared_ptr<const core::EmbeddingModel> model,
                   const core::ModelInfo &info) {
                showLoadedModel(id, std::move(model), QString::fromStdString(info.name));
                m_store.loadTimeline(id, kTimelineWords);
            });
    connect(&m_store, &StoreController::timelineLoaded, this,
            [this](qint64 id, const QList<TimelineFrame> &frames) {
                if (id != m_shownModel)
                    return;
                QList<ProjectionPane::Snapshot> snapshots;
                for (const TimelineFrame &frame : frames)
                    snapshots.append({ frame.label, frame.model });
                m_projection->setTimeline(snapshots);
            });

    // Live: checkpoints of the run being trained move the projection and the watch words.
    connect(&m_trainingController, &TrainingController::snapshotReady, m_projection,
            &ProjectionPane::showSnapshot);
    connect(&m_trainingController, &TrainingController::snapshotReady, m_watch,
            &WatchWordsPanel::showSnapshot);
    connect(&m_store, &StoreController::saved, this,
            [this](qint64 id, const QString &) { m_library->selectModel(id); });

    // A word clicked in the projection or in a result is explored.
    connect(m_projection, &ProjectionPane::wordActivated, m_explore, &ExplorePane::explore);
}

void MainWindow::showLoadedModel(qint64 id, std::shared_ptr<const core::EmbeddingModel> model,
                                 const QString &name)
{
    m_shownModel = id;
    m_explore->setModel(ExplorePane::Slot::A, model, name);
    m_evaluation->setModel(id, model, name);
    m_projection->setModel(model, name);
    m_service->setCurrentModel(id, model, name);
}

void MainWindow::showPreferences()
{
    PreferencesDialog dialog(m_settings, this);
    const QString before = m_settings.databasePath();
    if (dialog.exec() == QDialog::Accepted && m_settings.databasePath() != before)
        m_store.open(m_settings.databasePath());
}

void MainWindow::showAbout()
{
    QMessageBox::about(
        this, tr("About Embedding Workbench"),
        tr("<h3>Embedding Workbench %1</h3>"
           "<p>Train word embeddings (skip-gram and CBOW with negative sampling) and watch "
           "them learn: live loss curves, run comparison and a library of models.</p>"
           "<p>Built with Qt %2.</p>")
            .arg(QApplication::applicationVersion(), QString::fromLatin1(qVersion())));
}

void MainWindow::restoreSettings()
{
    m_training->setRecentCorpora(m_settings.recentCorpora());
    m_training->setCorpusDirectory(m_settings.corpusDirectory());
    m_charts->setExportDirectory(m_settings.exportDirectory());
    m_library->setDirectory(m_settings.vectorsDirectory());
    m_evaluation->setDirectory(m_settings.vectorsDirectory());
    if (!restoreGeometry(m_settings.windowGeometry()))
        resize(1280, 800);
    // First start: the library gets a strip at the bottom, the charts the rest.
    if (!restoreState(m_settings.windowState()))
        resizeDocks({ m_libraryDock }, { 210 }, Qt::Vertical);
}

void MainWindow::saveSettings()
{
    m_settings.setRecentCorpora(m_training->recentCorpora());
    m_settings.setCorpusDirectory(m_training->corpusDirectory());
    m_settings.setExportDirectory(m_charts->exportDirectory());
    m_settings.setVectorsDirectory(m_library->directory());
    m_settings.setWindowGeometry(saveGeometry());
    m_settings.setWindowState(saveState());
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    // A run in progress is cancelled (the controller waits for it); nothing half-made is saved.
    m_trainingController.cancel();
    saveSettings();
    event->accept();
}

} // namespace ewb::ui
