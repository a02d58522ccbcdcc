#include "ui/projectioncontroller.h"

#include "ui/errortext.h"

#include "core/project/procrustesalignment.h"

#include <QMetaObject>

#include <algorithm>
#include <exception>
#include <new>
#include <utility>

namespace ewb::ui {

namespace {

    QList<QPointF> toPoints(const core::Layout &layout)
    {
        QList<QPointF> points(layout.rows());
        for (Eigen::Index i = 0; i < layout.rows(); ++i)
            points[i] = QPointF(layout(i, 0), layout(i, 1));
        return points;
    }

} // namespace

ProjectionController::ProjectionController(QObject *parent) : QObject(parent)
{
    qRegisterMetaType<ProjectionFrame>();
    m_thread = std::jthread([this](std::stop_token stop) { work(stop); });
}

ProjectionController::~ProjectionController()
{
    {
        std::lock_guard lock(m_mutex);
        m_queue.clear();
        if (m_running)
            m_running->stop.request_stop();
    }
    m_thread.request_stop();
    m_wake.notify_all();
    m_thread.join();
}

void ProjectionController::setChunkIterations(std::size_t iterations)
{
    m_chunk = std::clamp<std::size_t>(iterations, 1, 10'000);
}

void ProjectionController::setFrameInterval(std::chrono::milliseconds interval)
{
    m_interval = std::max(interval, std::chrono::milliseconds(0));
}

quint64 ProjectionController::project(core::Matrix points, ProjectionFactory factory)
{
    std::vector<core::Matrix> inputs;
    inputs.push_back(std::move(points));
    return submit(Kind::Animated, std::move(inputs), std::move(factory));
}

quint64 ProjectionController::projectSnapshot(core::Matrix points, ProjectionFactory factory)
{
    std::vector<core::Matrix> inputs;
    inputs.push_back(std::move(points));
    return submit(Kind::Snapshot, std::move(inputs), std::move(factory));
}

quint64 ProjectionController::projectSequence(std::vector<core::Matrix> inputs,
                                              ProjectionFactory factory)
{
    return submit(Kind::Sequence, std::move(inputs), std::move(factory));
}

void ProjectionController::cancel()
{
    m_oldestWanted = ++m_generation;
    std::lock_guard lock(m_mutex);
    m_queue.clear();
    if (m_running)
        m_running->stop.request_stop();
}

bool ProjectionController::isBusy() const
{
    std::lock_guard lock(m_mutex);
    return m_running.has_value() || !m_queue.empty();
}

quint64 ProjectionController::submit(Kind kind, std::vector<core::Matrix> inputs,
                                     ProjectionFactory factory)
{
    Job job;
    job.kind = kind;
    job.generation = ++m_generation;
    job.inputs = std::move(inputs);
    job.factory = std::move(factory);
    job.chunk = m_chunk;
    job.interval = m_interval;
    {
        std::lock_guard lock(m_mutex);
        // A snapshot lets the snapshot being projected finish (the live view keeps moving
        // even when checkpoints come faster than projections); anything else is superseded.
        const bool keepRunning
            = kind == Kind::Snapshot && m_running && m_running->kind == Kind::Snapshot;
        if (m_running && !keepRunning)
            m_running->stop.request_stop();
        m_queue.clear();
        m_queue.push_back(std::move(job));
    }
    if (kind != Kind::Snapshot)
        m_oldestWanted = m_generation;
    m_wake.notify_one();
    return m_generation;
}

void ProjectionController::work(std::stop_token threadStop)
{
    while (true) {
        Job job;
        {
            std::unique_lock lock(m_mutex);
            if (!m_wake.wait(lock, threadStop, [this] { return !m_queue.empty(); }))
                return;
            job = std::move(m_queue.front());
            m_queue.pop_front();
            m_running = Running { job.kind, job.stop };
        }
        const core::Result<void> outcome = runJob(job);
        {
            // Idle before the outcome is posted, so that isBusy() is false when finished()
            // arrives (unless newer work waits).
            std::lock_guard lock(m_mutex);
            m_running.reset();
        }
        const quint64 generation = job.generation;
        QMetaObject::invokeMethod(
            this, [this, generation, outcome] { report(generation, outcome); },
            Qt::QueuedConnection);
    }
}

core::Result<void> ProjectionController::runJob(const Job &job)
{
    core::Result<void> outcome;
    // No exception may leave the worker thread: it becomes an error for the GUI instead.
    try {
        for (std::size_t i = 0; i < job.inputs.size() && outcome.ok(); ++i)
            outcome = runInput(job, i);
    } catch (const std::bad_alloc &) {
        outcome = core::fail(core::ErrorCode::OutOfMemory, "projection ran out of memory");
    } catch (const std::exception &e) {
        outcome = core::fail(core::ErrorCode::Internal, e.what());
    }
    return outcome;
}

core::Result<void> ProjectionController::runInput(const Job &job, std::size_t index)
{
    const std::stop_token stop = job.stop.get_token();
    // Live and replayed frames continue from the frame before them, for the same words.
    const bool continues = job.kind != Kind::Animated && m_reference
        && m_reference->rows() == job.inputs[index].rows();
    auto made = job.factory(job.inputs[index], continues ? &*m_reference : nullptr, stop);
    if (!made.ok())
        return made.error();
    core::Projection &projection = **made;
    const std::size_t total = projection.totalIterations();
    auto lastFrame = std::chrono::steady_clock::now();
    while (projection.iteration() < total) {
        if (stop.stop_requested())
            return core::fail(core::ErrorCode::Cancelled, "projection cancelled");
        const std::size_t until = std::min(total, projection.iteration() + job.chunk);
        if (auto step = projection.run(until, stop); !step.ok())
            return step;
        const auto now = std::chrono::steady_clock::now();
        if (job.kind == Kind::Animated && projection.iteration() < total
            && now - lastFrame >= job.interval) {
            lastFrame = now;
            post({ job.generation, 0, projection.iteration(), total, false,
                   toPoints(projection.layout()) });
        }
    }
    core::Layout layout = projection.layout();
    // Live and replayed frames keep the orientation of the frame before them (Procrustes);
    // an animated run starts a new picture and becomes the reference for what follows.
    if (job.kind != Kind::Animated && m_reference && m_reference->rows() == layout.rows()) {
        if (auto aligned = core::ProcrustesAlignment::align(*m_reference, layout); aligned.ok())
            layout = std::move(*aligned);
    }
    m_reference = layout;
    post({ job.generation, int(index), total, total, true, toPoints(layout) });
    return {};
}

void ProjectionController::post(ProjectionFrame frame)
{
    QMetaObject::invokeMethod(
        this, [this, frame = std::move(frame)] { deliver(frame); }, Qt::QueuedConnection);
}

void ProjectionController::deliver(const ProjectionFrame &frame)
{
    if (frame.generation >= m_oldestWanted)
        emit frameReady(frame);
}

void ProjectionController::report(quint64 generation, const core::Result<void> &outcome)
{
    if (generation < m_oldestWanted)
        return;
    if (outcome.ok())
        emit finished(generation);
    else if (outcome.error().code != core::ErrorCode::Cancelled)
        emit failed(generation, ErrorText::message(outcome.error()));
}

} // namespace ewb::ui
