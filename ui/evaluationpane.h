#pragma once

#include "core/model/embeddingmodel.h"
#include "core/store/evaluationrecord.h"
#include "ui/evaluationresult.h"

#include <QList>
#include <QWidget>

#include <memory>
#include <optional>

QT_BEGIN_NAMESPACE
class QAction;
class QLabel;
class QProgressBar;
class QPushButton;
class QTableView;
class QTableWidget;
QT_END_NAMESPACE

namespace ewb::ui {

class EvaluationController;
class EvaluationSettingsForm;
class ScoreBarChart;
class SectionTableModel;
class StoreController;

/// The evaluation pane: runs the Google analogy benchmark, WordSim-353, SimLex-999, MEN or a
/// user's file of the same format on the current model, with its settings in view
/// (restrict_vocab, case handling, analogy method, pair separator). The result shows as a table
/// (per section: correct, total, accuracy, OOV; or Spearman, Pearson and OOV ratio) and a bar
/// chart, can be exported as CSV, and is saved with the model in the store, where the pane
/// lists the model's earlier evaluations. Runs go through its EvaluationController (a worker
/// thread, progress, Cancel), saving through the StoreController, so the pane never blocks.
/// GUI thread only.
class EvaluationPane : public QWidget
{
    Q_OBJECT

public:
    explicit EvaluationPane(StoreController &store, QWidget *parent = nullptr);
    ~EvaluationPane() override;

    /// The model to evaluate: `id` its library id (0 for a model that is not stored: results
    /// are then not saved), `model` its vectors (null: no model), `name` its display name.
    /// Cancels a running evaluation and loads the model's stored evaluations.
    void setModel(qint64 id, std::shared_ptr<const core::EmbeddingModel> model,
                  const QString &name);
    qint64 modelId() const { return m_modelId; }
    /// Starts the selected benchmark; false when there is no model or a run is active.
    bool run();
    /// Stops the running evaluation; nothing is shown or saved.
    void cancel();
    /// Writes the shown result as CSV to `path`; false (and a status message) on failure.
    bool exportCsv(const QString &path);
    /// The result shown (fresh or stored), if any.
    const std::optional<EvaluationResult> &shownResult() const;

    /// The actions for a menu, in order (nullptr marks a separator).
    QList<QAction *> menuActions() const;
    QAction *runAction() const { return m_runAction; }
    QAction *cancelAction() const { return m_cancelAction; }
    QAction *exportCsvAction() const { return m_exportAction; }
    EvaluationController *controller() const { return m_controller; }
    SectionTableModel *sectionModel() const { return m_sections; }
    ScoreBarChart *chart() const { return m_chart; }
    /// The benchmark and its settings (user files are added there).
    EvaluationSettingsForm *settingsForm() const { return m_settings; }
    QPushButton *runButton() const { return m_runButton; }
    QPushButton *cancelButton() const { return m_cancelButton; }
    QTableWidget *historyView() const { return m_history; }
    QLabel *summaryLabel() const { return m_summary; }

    /// Folder the file dialogs start in.
    QString directory() const { return m_directory; }
    void setDirectory(const QString &directory) { m_directory = directory; }

signals:
    /// A message for the status bar.
    void statusMessage(const QString &text);
    /// A run finished: `score` is the accuracy (0..1) or Spearman's rho (NaN when undefined).
    void evaluationFinished(qint64 modelId, const QString &benchmark, double score);

private:
    void createActions();
    void connectSignals();
    void updateControls();
    void openBenchmarkFile(EvaluationRequest::Kind kind);
    void exportWithDialog();
    void showResult(const EvaluationResult &result);
    void finish(const EvaluationResult &result);
    void showHistory(const QList<core::EvaluationRecord> &records);

    StoreController &m_store;
    EvaluationController *m_controller = nullptr;
    SectionTableModel *m_sections = nullptr;
    ScoreBarChart *m_chart = nullptr;
    QLabel *m_modelLabel = nullptr;
    EvaluationSettingsForm *m_settings = nullptr;
    QPushButton *m_runButton = nullptr;
    QPushButton *m_cancelButton = nullptr;
    QPushButton *m_exportButton = nullptr;
    QProgressBar *m_progress = nullptr;
    QLabel *m_summary = nullptr;
    QTableView *m_table = nullptr;
    QTableWidget *m_history = nullptr;
    QAction *m_runAction = nullptr;
    QAction *m_cancelAction = nullptr;
    QAction *m_openAnalogies = nullptr;
    QAction *m_openPairs = nullptr;
    QAction *m_exportAction = nullptr;
    QList<core::EvaluationRecord> m_records;
    qint64 m_modelId = 0;
    std::shared_ptr<const core::EmbeddingModel> m_model;
    QString m_modelName;
    QString m_directory;
};

} // namespace ewb::ui
