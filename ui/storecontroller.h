#pragma once

#include "core/common/error.h"
#include "core/model/embeddingmodel.h"
#include "core/store/evaluationrecord.h"
#include "core/store/modelinfo.h"
#include "ui/runseries.h"
#include "ui/runtimeline.h"
#include "ui/trainingoutcome.h"

#include <QList>
#include <QObject>
#include <QString>
#include <QThread>

#include <functional>
#include <memory>
#include <stop_token>

namespace ewb::core {
class Database;
}

namespace ewb::ui {

/// The model database behind the library pane. One store thread owns the only connection
/// (RELIABILITY R8: one writer) and runs every operation in order; each method returns at once
/// and its result arrives as a signal on the thread that owns the controller. Failures arrive
/// as failed(action, error), where action is the translated name of what was attempted.
class StoreController : public QObject
{
    Q_OBJECT

public:
    explicit StoreController(QObject *parent = nullptr);
    /// Cancels the running operation (saves roll back) and waits for the store thread.
    ~StoreController() override;

    /// Opens (creating when missing) the database at `path`, clears unfinished saves (R11),
    /// then lists it. Closes the database opened before.
    void open(const QString &path);
    /// Lists the complete models again.
    void refresh();
    /// Saves a trained model with its run and loss history; the name is the run's name, with
    /// " (2)", " (3)", ... appended when it is taken.
    void saveTrained(std::shared_ptr<const TrainingOutcome> outcome);
    void rename(qint64 id, const QString &name);
    void setNotes(qint64 id, const QString &notes);
    /// Deletes a model; removed() hands over its vectors and description for restore().
    void remove(qint64 id);
    /// Saves a deleted model again (undo of remove()); its id changes.
    void restore(std::shared_ptr<const core::EmbeddingModel> model, const core::ModelInfo &info);
    /// Copies a model under "<name> (copy)".
    void duplicate(qint64 id);
    /// Reads a word2vec text/binary or GloVe file and stores it as an imported model.
    void importFile(const QString &path);
    /// Writes a model to a vectors file (format from the suffix: .bin binary, else text).
    void exportModel(qint64 id, const QString &path);
    /// Loads the stored checkpoints of a model's run as frames of its `rows` most frequent words
    /// (0: all); timelineLoaded() follows (empty when the run kept none).
    void loadTimeline(qint64 id, int rows);
    /// Loads the loss history of a model's run; lossLoaded() follows (empty when none).
    void loadLoss(qint64 id, const QString &name);
    /// Loads and validates a model's words and vectors for exploring;
    /// modelLoaded() follows, or failed().
    void loadModel(qint64 id);
    /// Stores a benchmark result of a model (its modelId is set to `modelId`);
    /// evaluationSaved() follows.
    void saveEvaluation(qint64 modelId, core::EvaluationRecord record);
    /// Loads the stored benchmark results of a model, oldest first; evaluationsLoaded() follows.
    void loadEvaluations(qint64 modelId);

    /// Path of the open database (empty before open()).
    QString path() const { return m_path; }
    bool isReadOnly() const { return m_readOnly; }

signals:
    /// open() succeeded; `note` explains read-only access or warnings (translated or empty).
    void opened(const QString &path, bool readOnly, const QString &note);
    void listed(const QList<ewb::core::ModelInfo> &models);
    /// The newest evaluation of each benchmark of each model; follows every listed() and every
    /// saved evaluation.
    void scoresListed(const QList<ewb::core::EvaluationRecord> &scores);
    void saved(qint64 id, const QString &name);
    void removed(std::shared_ptr<const ewb::core::EmbeddingModel> model,
                 const ewb::core::ModelInfo &info);
    void exported(const QString &path);
    void lossLoaded(qint64 id, const ewb::ui::RunSeries &series);
    void timelineLoaded(qint64 id, const QList<ewb::ui::TimelineFrame> &frames);
    /// A model asked for by loadModel(), with its description.
    void modelLoaded(qint64 id, std::shared_ptr<const ewb::core::EmbeddingModel> model,
                     const ewb::core::ModelInfo &info);
    void evaluationSaved(qint64 modelId);
    void evaluationsLoaded(qint64 modelId, const QList<ewb::core::EvaluationRecord> &records);
    void failed(const QString &action, const ewb::core::Error &error);

private:
    /// Runs `job` on the store thread with the open database (null before open()).
    void enqueue(const QString &action, std::function<core::Error(core::Database *)> job);
    void post(std::function<void()> call);
    core::Error listNow(core::Database &db);
    core::Error scoresNow(core::Database &db);

    QString m_path;
    bool m_readOnly = false;
    QThread m_thread;
    QObject *m_context = nullptr;
    std::stop_source m_stop;
    // Owned by and only touched on the store thread.
    std::unique_ptr<core::Database> m_db;
};

} // namespace ewb::ui
