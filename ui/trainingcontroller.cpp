#include "ui/trainingcontroller.h"

#include "ui/backgroundpriority.h"
#include "ui/checkpointcollector.h"
#include "ui/runtimeline.h"

#include <QDateTime>
#include <QMetaObject>

#include <chrono>
#include <exception>
#include <new>
#include <utility>

namespace ewb::ui {

TrainingController::TrainingController(QObject *parent) : QObject(parent) { }

TrainingController::~TrainingController()
{
    // Wake paused workers so the stop request is seen, then let jthread join.
    if (m_control)
        m_control->resume();
    m_worker.request_stop();
}

bool TrainingController::start(const TrainingRequest &request)
{
    if (m_running)
        return false;
    if (m_worker.joinable())
        m_worker.join(); // the previous run has already posted its last signal
    m_request = request;
    m_control = std::make_shared<core::TrainingControl>();
    m_running = true;
    m_paused = false;
    emit started(request.runName);
    m_worker = std::jthread(
        [this](std::stop_token stop, TrainingRequest copy, qint64 startedMs) {
            run(std::move(stop), std::move(copy), startedMs);
        },
        request, QDateTime::currentMSecsSinceEpoch());
    return true;
}

void TrainingController::pause()
{
    if (!m_running || m_paused)
        return;
    m_control->pause();
    m_paused = true;
    emit pausedChanged(true);
}

void TrainingController::resume()
{
    if (!m_running || !m_paused)
        return;
    m_control->resume();
    m_paused = false;
    emit pausedChanged(false);
}

void TrainingController::cancel()
{
    if (!m_running)
        return;
    m_worker.request_stop();
    // A paused worker waits on the control with the stop token, so it wakes up by itself.
}

void TrainingController::post(std::function<void()> call)
{
    QMetaObject::invokeMethod(this, std::move(call), Qt::QueuedConnection);
}

void TrainingController::run(std::stop_token stop, TrainingRequest request, qint64 startedMs)
{
    // Runs on the worker thread: it only touches its own copies and posts results back.
    // The trainer's workers inherit the lower priority, so the GUI thread always wins a core.
    BackgroundPriority::applyToCurrentThread();
    using Clock = std::chrono::steady_clock;
    auto lastRead = Clock::now() - std::chrono::seconds(1);
    const std::shared_ptr<core::TrainingControl> control = m_control;
    auto outcome = std::make_shared<TrainingOutcome>();
    outcome->request = request;
    outcome->startedMs = startedMs;
    core::Error error { core::ErrorCode::Ok, {} };
    try {
        core::TrainingOptions options = request.options;
        // Live views need frames during an epoch, not only at its end.
        if (options.checkpointPercent == 0)
            options.checkpointPercent = 10;
        core::CorpusTrainer trainer(options);
        CheckpointCollector collector;
        trainer.setVocabularyCallback([&collector](const core::Vocabulary &vocabulary) {
            collector.setVocabulary(vocabulary);
        });
        trainer.setCheckpointCallback([this, &collector](const core::Checkpoint &checkpoint) {
            collector.keep(checkpoint);
            auto model = collector.snapshot(checkpoint);
            if (!model.ok())
                return; // a NaN checkpoint: the run itself reports the numeric error
            const QString label = RunTimeline::label(static_cast<std::uint32_t>(checkpoint.epoch),
                                                     checkpoint.fraction);
            post([this, snapshot = *model, label] { emit snapshotReady(snapshot, label); });
        });
        trainer.setControl(control.get());
        trainer.setReadProgressCallback([&](std::uint64_t done, std::uint64_t total) {
            const auto now = Clock::now();
            if (now - lastRead < std::chrono::milliseconds(100) && done != total)
                return;
            lastRead = now;
            post([this, done, total] { emit readProgressed(done, total); });
        });
        trainer.setProgressCallback([this](const core::TrainingProgress &progress) {
            post([this, progress] { emit progressed(progress); });
        });
        const core::CorpusSource source = request.source();
        auto result = trainer.run(source, request.tokenizer, stop);
        if (result.ok()) {
            outcome->result = std::move(result).value();
            outcome->checkpoints = collector.takeKept();
            outcome->checkpointsDropped = collector.droppedCount();
        } else
            error = result.error();
    } catch (const std::bad_alloc &) {
        error = core::fail(core::ErrorCode::OutOfMemory, "out of memory while training");
    } catch (const std::exception &e) {
        error = core::fail(core::ErrorCode::Internal, e.what());
    }
    outcome->finishedMs = QDateTime::currentMSecsSinceEpoch();
    if (error.code == core::ErrorCode::Ok && stop.stop_requested())
        error = core::fail(core::ErrorCode::Cancelled, "training was cancelled");
    post([this, error, outcome] {
        m_running = false;
        m_paused = false;
        if (error.code == core::ErrorCode::Ok)
            emit finished(outcome);
        else
            emit failed(error);
    });
}

} // namespace ewb::ui
