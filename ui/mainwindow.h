#pragma once

#include <QMainWindow>

#include <memory>

QT_BEGIN_NAMESPACE
class QDockWidget;
class QLabel;
class QTabWidget;
QT_END_NAMESPACE

namespace ewb::core {
class EmbeddingModel;
}

namespace ewb::ui {

class AppSettings;
class ChartPane;
class EvaluationPane;
class ExplorePane;
class ModelLibraryPane;
class ProjectionPane;
class ServicePane;
class WatchWordsPanel;
class StoreController;
class TrainingController;
class TrainingPane;

/// The workbench window. It only assembles: tabs for training (the training pane, the chart pane
/// and the watch words), exploring, evaluating, projecting and serving the selected model, the model
/// library (a dock below), the menus with a shortcut on every action, the status bar,
/// the About box and the Preferences dialog; and it connects the controllers to the panes.
/// The controllers and settings are made by main() and outlive the window. GUI thread only.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    MainWindow(AppSettings &settings, TrainingController &training, StoreController &store,
               QWidget *parent = nullptr);

    TrainingPane *trainingPane() const { return m_training; }
    ChartPane *chartPane() const { return m_charts; }
    ModelLibraryPane *libraryPane() const { return m_library; }
    ExplorePane *explorePane() const { return m_explore; }
    EvaluationPane *evaluationPane() const { return m_evaluation; }
    ProjectionPane *projectionPane() const { return m_projection; }
    ServicePane *servicePane() const { return m_service; }
    WatchWordsPanel *watchWordsPanel() const { return m_watch; }
    /// The tabs of the central area: Train, Explore, Evaluate, Projection, Serve.
    QTabWidget *tabs() const { return m_tabs; }
    /// The chart id of the live (or last) run, or 0.
    int liveRunId() const { return m_liveRun; }

    /// Opens the Preferences dialog (modal).
    void showPreferences();
    /// Shows the About box.
    void showAbout();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createMenus();
    void connectControllers();
    void connectAnalysis();
    void showLoadedModel(qint64 id, std::shared_ptr<const core::EmbeddingModel> model,
                         const QString &name);
    void restoreSettings();
    void saveSettings();

    AppSettings &m_settings;
    TrainingController &m_trainingController;
    StoreController &m_store;
    TrainingPane *m_training = nullptr;
    ChartPane *m_charts = nullptr;
    ModelLibraryPane *m_library = nullptr;
    ExplorePane *m_explore = nullptr;
    EvaluationPane *m_evaluation = nullptr;
    ProjectionPane *m_projection = nullptr;
    ServicePane *m_service = nullptr;
    WatchWordsPanel *m_watch = nullptr;
    QTabWidget *m_tabs = nullptr;
    qint64 m_shownModel = 0;
    QDockWidget *m_libraryDock = nullptr;
    QLabel *m_databaseLabel = nullptr;
    int m_liveRun = 0;
};

} // namespace ewb::ui
