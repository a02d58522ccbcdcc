#pragma once

#include "core/common/error.h"
#include "core/model/embeddingmodel.h"
#include "ui/evaluationrequest.h"
#include "ui/evaluationresult.h"

#include <QObject>
#include <QString>

#include <functional>
#include <memory>
#include <thread>

namespace ewb::ui {

/// Runs one benchmark at a time on its own std::jthread and reports back on the thread that
/// owns the controller (queued calls), so no method blocks it; the destructor excepted, which
/// cancels and waits (the core checks its stop token between blocks of questions, well within
/// 200 ms). The model is shared immutable, so a run is safe while other panes query it.
class EvaluationController : public QObject
{
    Q_OBJECT

public:
    explicit EvaluationController(QObject *parent = nullptr);
    ~EvaluationController() override;

    /// Starts scoring `model` (stored as `modelId`, 0 when not stored, named `modelName`) on
    /// the request's file. False, and nothing happens, while another run is active or when
    /// `model` is null.
    bool start(std::shared_ptr<const core::EmbeddingModel> model, const EvaluationRequest &request,
               qint64 modelId, const QString &modelName);
    /// Asks the run to stop; failed() with ErrorCode::Cancelled follows and no result is shown,
    /// even when the worker had already finished.
    void cancel();
    /// True from start() until finished() or failed() has been emitted.
    bool isRunning() const { return m_running; }

signals:
    /// Questions (analogy) or lines (similarity) done of the total; at most ~10 per second.
    void progressed(qint64 done, qint64 total);
    /// The run ended with a result.
    void finished(const ewb::ui::EvaluationResult &result);
    /// The run ended without one: a file or benchmark error, or Cancelled after cancel().
    void failed(const ewb::core::Error &error);

private:
    void run(std::stop_token stop, std::shared_ptr<const core::EmbeddingModel> model,
             EvaluationResult result);
    /// Reads and scores on the worker thread; fills `result` or returns the error.
    core::Error evaluate(std::stop_token stop, const core::EmbeddingModel &model,
                         EvaluationResult &result);
    void post(std::function<void()> call);

    bool m_running = false;
    bool m_cancelled = false;
    // Declared last: destroyed (stop requested, joined) before the members it uses.
    std::jthread m_worker;
};

} // namespace ewb::ui
