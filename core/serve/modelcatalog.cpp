#include "core/serve/modelcatalog.h"

#include <algorithm>
#include <utility>

namespace ewb::core {

ModelCatalog::ModelCatalog() : m_snapshot(std::make_shared<const Snapshot>()) { }

std::shared_ptr<const ModelCatalog::Snapshot> ModelCatalog::snapshot() const
{
    std::lock_guard lock(m_mutex);
    return m_snapshot;
}

void ModelCatalog::store(std::shared_ptr<const Snapshot> next)
{
    // The old snapshot is released outside the lock: destroying the last reference to a large
    // model frees hundreds of megabytes, which must not stall readers.
    std::shared_ptr<const Snapshot> previous;
    {
        std::lock_guard lock(m_mutex);
        previous = std::exchange(m_snapshot, std::move(next));
    }
}

void ModelCatalog::publish(std::shared_ptr<const ServedModel> model)
{
    if (!model)
        return;
    // Writers serialise on the copy too, so two concurrent publishes cannot lose one another.
    std::lock_guard writer(m_writerMutex);
    auto next = std::make_shared<Snapshot>(*snapshot());
    const auto same = std::find_if(next->begin(), next->end(),
                                   [&](const auto &m) { return m->id() == model->id(); });
    if (same != next->end())
        *same = std::move(model);
    else
        next->push_back(std::move(model));
    store(std::move(next));
}

bool ModelCatalog::remove(std::string_view id)
{
    std::lock_guard writer(m_writerMutex);
    auto next = std::make_shared<Snapshot>(*snapshot());
    const auto removed
        = std::remove_if(next->begin(), next->end(), [&](const auto &m) { return m->id() == id; });
    if (removed == next->end())
        return false;
    next->erase(removed, next->end());
    store(std::move(next));
    return true;
}

void ModelCatalog::replaceAll(Snapshot models)
{
    std::lock_guard writer(m_writerMutex);
    std::erase(models, nullptr);
    store(std::make_shared<const Snapshot>(std::move(models)));
}

std::shared_ptr<const ServedModel> ModelCatalog::find(std::string_view idOrName) const
{
    const auto models = snapshot();
    for (const auto &model : *models) {
        if (model->id() == idOrName)
            return model;
    }
    for (const auto &model : *models) {
        if (model->name() == idOrName)
            return model;
    }
    return nullptr;
}

} // namespace ewb::core
