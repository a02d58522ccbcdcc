#pragma once

#include "ui/projectionframe.h"

#include "core/common/result.h"
#include "core/model/embeddingmodel.h"
#include "core/project/projection.h"

#include <QObject>
#include <QString>

#include <chrono>
#include <condition_variable>
#include <deque>
#include <functional>
#include <memory>
#include <mutex>
#include <optional>
#include <stop_token>
#include <thread>
#include <vector>

namespace ewb::ui {

/// Makes a projection of `points` (one row per word), ready to run; the stop token is set when
/// the work is no longer wanted (creating a UMAP builds its neighbour graph, which takes time).
/// `previous`, when not null, is the layout of the frame on screen for the same words (live
/// and replayed frames): a method that can continue from a layout starts there (t-SNE's warm
/// start), the others ignore it. Called on the controller's worker thread.
using ProjectionFactory = std::function<core::Result<std::unique_ptr<core::Projection>>(
    const core::Matrix &points, const core::Layout *previous, std::stop_token stop)>;

/// Runs projections on one worker thread that it owns, so the GUI thread never waits, and
/// sends their layouts back as frames on the thread that owns the controller.
///
/// - project(): a fresh run, advanced in chunks of chunkIterations() and shown as it forms:
///   intermediate frames at most every frameInterval() (30 Hz by default), then the final one.
/// - projectSnapshot(): live mode. The final layout only, started from the previous complete
///   layout where the method allows and aligned to it by ProcrustesAlignment, so that the
///   axes stay put. A snapshot never interrupts the
///   one being projected; a newer one replaces one still waiting (at most one waits).
/// - projectSequence(): replay. Every input is projected in order, started from and aligned
///   to the one before; each complete frame carries its sequenceIndex.
/// project(), projectSequence() and cancel() stop the running work (within the projection's
/// own cancel latency, about 50 ms) and start a new generation: frames of older generations
/// are dropped unseen, so changing an option never shows a stale layout. GUI thread only.
class ProjectionController : public QObject
{
    Q_OBJECT

public:
    explicit ProjectionController(QObject *parent = nullptr);
    /// Stops the running work and waits for the worker (bounded by the cancel latency).
    ~ProjectionController() override;

    /// Iterations per run() call, 1 .. 10,000 (default 10). Lowering it makes cancelling and
    /// frames more prompt; raising it saves a little overhead per chunk.
    void setChunkIterations(std::size_t iterations);
    std::size_t chunkIterations() const { return m_chunk; }
    /// Shortest time between two intermediate frames (default 33 ms, i.e. 30 Hz).
    void setFrameInterval(std::chrono::milliseconds interval);
    std::chrono::milliseconds frameInterval() const { return m_interval; }

    /// Starts an animated run of `points`; returns its generation.
    quint64 project(core::Matrix points, ProjectionFactory factory);
    /// Queues a live snapshot of the same words (see the class comment); returns its generation.
    quint64 projectSnapshot(core::Matrix points, ProjectionFactory factory);
    /// Starts a replay over `inputs` (same words in each); returns its generation.
    quint64 projectSequence(std::vector<core::Matrix> inputs, ProjectionFactory factory);
    /// Stops the running work and drops the waiting work; nothing more arrives until the next
    /// request.
    void cancel();

    /// The generation of the latest request.
    quint64 generation() const { return m_generation; }
    /// True while work runs or waits.
    bool isBusy() const;

signals:
    /// A layout of a current generation.
    void frameReady(const ewb::ui::ProjectionFrame &frame);
    /// Every input of `generation` is projected.
    void finished(quint64 generation);
    /// The request failed; `message` is translated text for the user.
    void failed(quint64 generation, const QString &message);

private:
    enum class Kind { Animated, Snapshot, Sequence };
    struct Job
    {
        Kind kind = Kind::Animated;
        quint64 generation = 0;
        std::vector<core::Matrix> inputs;
        ProjectionFactory factory;
        std::stop_source stop;
        std::size_t chunk = 10;
        std::chrono::milliseconds interval { 33 };
    };
    struct Running
    {
        Kind kind = Kind::Animated;
        std::stop_source stop;
    };

    quint64 submit(Kind kind, std::vector<core::Matrix> inputs, ProjectionFactory factory);
    void work(std::stop_token threadStop);
    core::Result<void> runJob(const Job &job);
    core::Result<void> runInput(const Job &job, std::size_t index);
    void post(ProjectionFrame frame);
    void deliver(const ProjectionFrame &frame);
    void report(quint64 generation, const core::Result<void> &outcome);

    std::size_t m_chunk = 10;
    std::chrono::milliseconds m_interval { 33 };
    quint64 m_generation = 0;
    quint64 m_oldestWanted = 0;

    mutable std::mutex m_mutex;
    std::condition_variable_any m_wake;
    std::deque<Job> m_queue;
    std::optional<Running> m_running; ///< the job on the worker, if any
    // Worker-thread state: the last complete layout, the reference for alignment.
    std::optional<core::Layout> m_reference;
    std::jthread m_thread;
};

} // namespace ewb::ui
