#pragma once

#include "core/common/result.h"
#include "core/store/losspoint.h"
#include "core/store/modelinfo.h"
#include "core/store/modelmetadata.h"
#include "core/store/runrecord.h"

#include <filesystem>
#include <memory>
#include <span>
#include <stop_token>
#include <string>
#include <string_view>
#include <vector>

namespace ewb::core {

class Database;
class EmbeddingModel;

/// The models of a workbench database: save, list, load, rename, copy, delete, verify.
/// Every save is one transaction (RELIABILITY R4) and every load treats the file as untrusted
/// (R5): sizes, counts, finiteness and checksums are checked before a model is returned, so a
/// crafted or damaged file gives DatabaseCorrupt, never a crash or an over-read. Mutating calls
/// on a read-only Database fail with Database::readOnlyReason(). Not thread-safe: use it on the
/// thread that owns the Database (other threads open their own read-only Database).
class ModelStore
{
public:
    explicit ModelStore(Database &db);

    /// R11: deletes models left with status 'writing' (by a crash of another code path or a
    /// foreign writer); returns how many. Call once after opening, before any ModelWriter runs.
    Result<std::size_t> removeUnfinished();

    /// Saves `model` as a new complete model and returns its id. With `run`, the run record (and
    /// its corpus) and `loss` are stored in the same transaction and attached to the model.
    /// Fails with InvalidArgument (name), DiskFull, DatabaseBusy, IoError, ReadOnly or Cancelled
    /// (`stop` is checked every 4096 rows); on failure nothing is stored.
    Result<std::int64_t> save(const EmbeddingModel &model, const ModelMetadata &meta,
                              const RunRecord *run = nullptr, std::span<const LossPoint> loss = {},
                              std::stop_token stop = {});

    /// All complete models, oldest first.
    Result<std::vector<ModelInfo>> list();
    /// One complete model's description; NotFound when absent or unfinished.
    Result<ModelInfo> info(std::int64_t id);
    Result<ModelInfo> find(std::string_view name);

    /// Loads and validates a complete model. Fails with NotFound, DatabaseCorrupt (naming the
    /// model, chunk or row), OutOfMemory or Cancelled.
    Result<std::shared_ptr<const EmbeddingModel>> load(std::int64_t id, std::stop_token stop = {});
    Result<std::shared_ptr<const EmbeddingModel>> load(std::string_view name,
                                                       std::stop_token stop = {});

    /// Renames a model; InvalidArgument when the name is empty or taken, NotFound when absent.
    Result<void> rename(std::int64_t id, std::string_view newName);
    /// Replaces a model's notes.
    Result<void> setNotes(std::int64_t id, std::string_view notes);
    /// Deletes a model with its words, vectors and evaluations (its run stays).
    Result<void> remove(std::int64_t id);
    /// Copies a model (words, vectors, metadata; not evaluations) under `newName`; returns the
    /// new id.
    Result<std::int64_t> copy(std::int64_t id, std::string_view newName);

    /// Tools > Verify: PRAGMA integrity_check plus the checksums and shapes of every complete
    /// model and checkpoint. Returns the problems found (empty: healthy); fails only when the
    /// check itself cannot run. Reads the whole file.
    Result<std::vector<std::string>> verify(std::stop_token stop = {});
    /// "Save a copy" of the whole database (R6); see Database::saveCopy.
    Result<void> saveCopy(const std::filesystem::path &target);

private:
    Result<ModelInfo> infoWhere(std::string_view condition, std::int64_t id, std::string_view name);

    Database &m_db;
};

} // namespace ewb::core
