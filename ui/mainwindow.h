#pragma once

#include <QMainWindow>

QT_BEGIN_NAMESPACE
class QDockWidget;
class QLabel;
QT_END_NAMESPACE

namespace ewb::ui {

class AppSettings;
class ChartPane;
class ModelLibraryPane;
class StoreController;
class TrainingController;
class TrainingPane;

/// The workbench window. It only assembles: the training pane (left), the chart pane (centre),
/// the model library (a dock below), the menus with a shortcut on every action, the status bar,
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
    void restoreSettings();
    void saveSettings();

    AppSettings &m_settings;
    TrainingController &m_trainingController;
    StoreController &m_store;
    TrainingPane *m_training = nullptr;
    ChartPane *m_charts = nullptr;
    ModelLibraryPane *m_library = nullptr;
    QDockWidget *m_libraryDock = nullptr;
    QLabel *m_databaseLabel = nullptr;
    int m_liveRun = 0;
};

} // namespace ewb::ui
