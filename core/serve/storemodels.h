#pragma once

#include "core/common/result.h"
#include "core/serve/modelcatalog.h"

#include <stop_token>
#include <string_view>

namespace ewb::core {

class Database;

/// Loads stored models for serving: models are found by id or name in the database only,
/// never through a path of a request (RELIABILITY row 52), and only complete models are
/// listed (R4). Each becomes a ServedModel whose id is the database id in decimal and whose
/// name is the stored name. Use on the thread that owns `db`.
class StoreModels
{
public:
    /// With an empty `nameOrId`: every complete model, oldest first (NotFound when there is
    /// none). Otherwise the model with that exact name, else that numeric id (NotFound when
    /// neither exists). Fails like ModelStore::load (DatabaseCorrupt, OutOfMemory, Cancelled).
    /// Every model is held in memory at once: a database of many large models needs the sum of
    /// their sizes.
    static Result<ModelCatalog::Snapshot> load(Database &db, std::string_view nameOrId = {},
                                               std::stop_token stop = {});
};

} // namespace ewb::core
