#pragma once

#include "core/common/error.h"
#include "core/train/trainingcontrol.h"
#include "core/train/trainingprogress.h"
#include "ui/trainingoutcome.h"
#include "ui/trainingrequest.h"

#include <QObject>

#include <memory>
#include <thread>

namespace ewb::ui {

/// Runs one training at a time on its own std::jthread and reports back on the GUI thread.
/// The core calls back on the worker thread; every callback is posted to this object with a
/// queued call, so the signals below always arrive on the thread that owns the controller and
/// no method ever blocks it (the destructor excepted: it cancels and waits, at most ~200 ms).
/// Progress arrives at most about ten times a second (the trainer's monitor interval; reading
/// progress is throttled here to the same rate).
class TrainingController : public QObject
{
    Q_OBJECT

public:
    explicit TrainingController(QObject *parent = nullptr);
    ~TrainingController() override;

    /// Starts a run; false (and nothing happens) while another run is still active.
    bool start(const TrainingRequest &request);
    /// Holds the workers within about 100 ms; paused time does not count in words/s or ETA.
    void pause();
    /// Lets held workers go on.
    void resume();
    /// Asks the run to stop; failed() with ErrorCode::Cancelled follows within about 200 ms and
    /// nothing is saved.
    void cancel();

    /// True from start() until finished() or failed() has been emitted.
    bool isRunning() const { return m_running; }
    bool isPaused() const { return m_paused; }
    /// The request of the active (or last) run.
    const TrainingRequest &request() const { return m_request; }

signals:
    /// A run started reading its corpus.
    void started(const QString &runName);
    /// Reading and counting the corpus: bytes done and total (0 when unknown).
    void readProgressed(quint64 bytesDone, quint64 bytesTotal);
    /// A progress point of the training phase.
    void progressed(const ewb::core::TrainingProgress &progress);
    /// Pause state changed through pause() or resume().
    void pausedChanged(bool paused);
    /// A checkpoint of the running training (every 10 % of the run unless the options ask for
    /// another step, and each epoch end) as a small model of the most frequent words, for the
    /// live projection and the watch words. `label` says where in the run it was taken.
    void snapshotReady(std::shared_ptr<const ewb::core::EmbeddingModel> model, const QString &label);
    /// The run ended with a model.
    void finished(std::shared_ptr<const ewb::ui::TrainingOutcome> outcome);
    /// The run ended without a model: an error, or ErrorCode::Cancelled after cancel().
    void failed(const ewb::core::Error &error);

private:
    void run(std::stop_token stop, TrainingRequest request, qint64 startedMs);
    void post(std::function<void()> call);

    TrainingRequest m_request;
    // Shared with the worker, so pause() and resume() never race its destruction.
    std::shared_ptr<core::TrainingControl> m_control;
    bool m_running = false;
    bool m_paused = false;
    // Declared last: destroyed (stop requested, joined) before the members it uses.
    std::jthread m_worker;
};

} // namespace ewb::ui
