#include "ui/querycontroller.h"

#include "ui/queryrunner.h"

#include "core/model/neighbourindex.h"

#include <QtConcurrent/QtConcurrentRun>

#include <utility>

namespace ewb::ui {

QueryController::QueryController(QObject *parent) : QObject(parent)
{
    // One worker: a query uses a core fully for a few milliseconds; a second would only
    // compete with the first for the same memory bandwidth.
    m_pool.setMaxThreadCount(1);
    m_pool.setObjectName(QStringLiteral("queries"));
    connect(&m_watcher, &QFutureWatcher<QueryAnswer>::finished, this, &QueryController::finishJob);
}

QueryController::~QueryController()
{
    m_waiting.reset();
    m_watcher.disconnect(this);
    m_pool.waitForDone();
}

quint64 QueryController::submit(const QueryRequest &request,
                                std::shared_ptr<const core::EmbeddingModel> a,
                                std::shared_ptr<const core::EmbeddingModel> b)
{
    Q_ASSERT(a);
    auto index = a == m_indexModel ? m_index : nullptr;
    Job job { request, std::move(a), std::move(b), ++m_generation, std::move(index) };
    if (m_running)
        m_waiting = std::move(job);
    else
        start(std::move(job));
    return m_generation;
}

void QueryController::setIndex(std::shared_ptr<const core::EmbeddingModel> model,
                               std::shared_ptr<const core::NeighbourIndex> index)
{
    m_indexModel = index ? std::move(model) : nullptr;
    m_index = std::move(index);
}

void QueryController::cancel()
{
    m_waiting.reset();
    // The running query finishes, but its generation is now stale and its answer is dropped.
    ++m_generation;
}

void QueryController::start(Job job)
{
    m_running = true;
    m_watcher.setFuture(QtConcurrent::run(&m_pool, [job = std::move(job)] {
        QueryAnswer answer = QueryRunner::run(job.request, job.a, job.b, job.indexA.get());
        answer.generation = job.generation;
        return answer;
    }));
}

void QueryController::finishJob()
{
    m_running = false;
    const QueryAnswer answer = m_watcher.result();
    if (m_waiting) {
        Job next = std::move(*m_waiting);
        m_waiting.reset();
        start(std::move(next));
    }
    if (answer.generation == m_generation)
        emit answered(answer);
}

} // namespace ewb::ui
