#include "ui/indexbuilder.h"

#include "core/model/embeddingmodel.h"
#include "core/model/neighbourindex.h"

#include <QtConcurrent/QtConcurrentRun>

namespace ewb::ui {

struct IndexBuilder::Outcome
{
    quint64 generation = 0;
    std::shared_ptr<const core::NeighbourIndex> index;
    core::Error error { core::ErrorCode::Ok, {} };
};

IndexBuilder::IndexBuilder(QObject *parent) : QObject(parent)
{
    connect(&m_watcher, &QFutureWatcher<std::shared_ptr<Outcome>>::finished, this, [this] {
        const std::shared_ptr<Outcome> outcome = m_watcher.result();
        // A build that was cancelled or replaced reports nothing.
        if (!outcome || outcome->generation != m_generation)
            return;
        if (outcome->index)
            emit finished(m_model, outcome->index);
        else if (outcome->error.code != core::ErrorCode::Cancelled)
            emit failed(outcome->error);
    });
}

IndexBuilder::~IndexBuilder()
{
    m_stop.request_stop();
    m_watcher.disconnect(this);
    m_watcher.waitForFinished();
}

void IndexBuilder::start(std::shared_ptr<const core::EmbeddingModel> model)
{
    cancel();
    // The cancelled build ends within one insertion; wait for it rather than run two at once.
    m_watcher.waitForFinished();
    m_stop = std::stop_source();
    m_model = std::move(model);
    const quint64 generation = m_generation;
    const std::stop_token stop = m_stop.get_token();
    // The destructor waits for the build, so `builder` outlives the worker; a queued call to it
    // after its deletion is dropped by Qt, as for any deleted context object.
    IndexBuilder *builder = this;
    m_watcher.setFuture(QtConcurrent::run([model = m_model, generation, stop, builder] {
        auto outcome = std::make_shared<Outcome>();
        outcome->generation = generation;
        core::NeighbourIndexOptions options;
        options.efConstruction = 100;
        options.efSearch = queryEf;
        const auto progress = [builder, generation](double fraction) {
            QMetaObject::invokeMethod(
                builder,
                [builder, generation, fraction] {
                    if (builder->m_generation == generation)
                        emit builder->progressed(fraction);
                },
                Qt::QueuedConnection);
        };
        auto built = core::NeighbourIndex::build(model, options, stop, progress);
        if (built.ok())
            outcome->index = std::move(built).value();
        else
            outcome->error = built.error();
        return outcome;
    }));
}

void IndexBuilder::cancel()
{
    ++m_generation;
    m_stop.request_stop();
}

} // namespace ewb::ui
