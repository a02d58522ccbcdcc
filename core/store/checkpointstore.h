#pragma once

#include "core/common/result.h"
#include "core/model/embeddingmodel.h"
#include "core/store/checkpointinfo.h"

#include <cstdint>
#include <stop_token>
#include <string>
#include <string_view>
#include <vector>

namespace ewb::core {

class Database;

/// Checkpoints of training runs: snapshots of the input vectors for a replayable timeline,
/// stored in chunks with CRC-32C exactly like model vectors and validated the same way on load.
/// Each addCheckpoint() is one transaction (a savepoint inside the caller's). Mutating calls on a
/// read-only Database fail with Database::readOnlyReason(). Not thread-safe: use it on the
/// thread that owns the Database.
class CheckpointStore
{
public:
    explicit CheckpointStore(Database &db);

    /// Stores `vectors` (rows x dim, 1..65536 columns, all finite) as a checkpoint of
    /// `info.runId` and returns its id. Fails with NotFound (run), NumericError, InvalidArgument,
    /// DiskFull (checked first: 2.2 x the size) or the mapped SQLite error.
    Result<std::int64_t> add(const CheckpointInfo &info, const Matrix &vectors);
    /// The checkpoints of a run, oldest first, without vectors.
    Result<std::vector<CheckpointInfo>> list(std::int64_t runId);
    /// Loads and validates one checkpoint's vectors (NotFound, DatabaseCorrupt, OutOfMemory,
    /// Cancelled).
    Result<Matrix> load(std::int64_t checkpointId, std::stop_token stop = {});
    /// Deletes one checkpoint.
    Result<void> remove(std::int64_t checkpointId);
    /// Verifies the shape and checksums of every checkpoint in the file; returns the problems.
    Result<std::vector<std::string>> verifyAll(std::stop_token stop = {});

private:
    Result<std::vector<CheckpointInfo>> query(std::string_view condition, std::int64_t id);

    Database &m_db;
};

} // namespace ewb::core
