#include "core/serve/storemodels.h"

#include "core/store/database.h"
#include "core/store/modelstore.h"

#include <charconv>

namespace ewb::core {

namespace {

    Result<ModelInfo> findModel(ModelStore &store, std::string_view nameOrId)
    {
        auto byName = store.find(nameOrId);
        if (byName.ok() || byName.error().code != ErrorCode::NotFound)
            return byName;
        std::int64_t id = 0;
        const char *end = nameOrId.data() + nameOrId.size();
        const auto [ptr, ec] = std::from_chars(nameOrId.data(), end, id);
        if (ec == std::errc() && ptr == end) {
            auto byId = store.info(id);
            if (byId.ok() || byId.error().code != ErrorCode::NotFound)
                return byId;
        }
        return fail(ErrorCode::NotFound,
                    "no model with name or id '" + std::string(nameOrId) + "' in the database");
    }

    Result<std::shared_ptr<const ServedModel>> loadOne(ModelStore &store, const ModelInfo &info,
                                                       std::stop_token stop)
    {
        auto model = store.load(info.id, stop);
        if (!model.ok())
            return model.error();
        return ServedModel::create(std::to_string(info.id), info.name, std::move(model).value(),
                                   info.source == ModelSource::Trained ? "trained" : "imported",
                                   info.createdMs);
    }

} // namespace

Result<ModelCatalog::Snapshot> StoreModels::load(Database &db, std::string_view nameOrId,
                                                 std::stop_token stop)
{
    ModelStore store(db);
    std::vector<ModelInfo> infos;
    if (nameOrId.empty()) {
        auto all = store.list();
        if (!all.ok())
            return all.error();
        if (all->empty())
            return fail(ErrorCode::NotFound, "the database holds no complete model");
        infos = std::move(all).value();
    } else {
        auto one = findModel(store, nameOrId);
        if (!one.ok())
            return one.error();
        infos.push_back(std::move(one).value());
    }
    ModelCatalog::Snapshot models;
    for (const auto &info : infos) {
        auto served = loadOne(store, info, stop);
        if (!served.ok())
            return served.error();
        models.push_back(std::move(served).value());
    }
    return models;
}

} // namespace ewb::core
