#pragma once

#include "core/serve/servedmodel.h"

#include <memory>
#include <mutex>
#include <string_view>
#include <vector>

namespace ewb::core {

/// The models the REST service answers for, as an immutable snapshot that writers replace
/// whole (copy on write): readers take the current snapshot under a short lock and then work
/// without any lock, so a publish() during a query neither blocks it nor changes what it sees
/// (RELIABILITY row 54). A Qt controller may publish a freshly trained model from its worker
/// thread while the server answers. Every member is thread-safe.
class ModelCatalog
{
public:
    /// The models in publication order.
    using Snapshot = std::vector<std::shared_ptr<const ServedModel>>;

    ModelCatalog();

    /// Adds `model`, or replaces the model with the same id in place (same position).
    void publish(std::shared_ptr<const ServedModel> model);
    /// Removes the model with `id`; false when there is none.
    bool remove(std::string_view id);
    /// Replaces every model at once (e.g. after a reload of the database).
    void replaceAll(Snapshot models);

    /// The current models; the returned snapshot never changes.
    std::shared_ptr<const Snapshot> snapshot() const;
    /// The model whose id is `idOrName`, else the first whose name is, else nullptr.
    std::shared_ptr<const ServedModel> find(std::string_view idOrName) const;
    std::size_t size() const { return snapshot()->size(); }

private:
    void store(std::shared_ptr<const Snapshot> next);

    mutable std::mutex m_mutex; ///< guards m_snapshot (the pointer, not the models)
    std::mutex m_writerMutex; ///< serialises publish, remove and replaceAll
    std::shared_ptr<const Snapshot> m_snapshot;
};

} // namespace ewb::core
