#pragma once

#include "core/common/result.h"
#include "core/store/losspoint.h"
#include "core/store/runrecord.h"

#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace ewb::core {

class Database;

/// Training runs: the run record with its corpus and the loss curve. Checkpoints of a run live
/// in CheckpointStore and evaluations of models in EvaluationStore. Each mutating call is one
/// transaction, or a savepoint when the caller already opened one (ModelStore::save stores a run
/// and its model together). Mutating calls on a read-only Database fail with
/// Database::readOnlyReason(). Not thread-safe: use it on the thread that owns the Database.
class RunStore
{
public:
    explicit RunStore(Database &db);

    /// Stores a run (and its corpus, reusing an identical corpus row) and returns its id.
    /// InvalidArgument when threads < 1.
    Result<std::int64_t> addRun(const RunRecord &run);
    /// Records the end of a run: its final status, end time (Unix ms) and message.
    Result<void> finishRun(std::int64_t runId, RunStatus status, std::int64_t finishedMs,
                           std::string_view message = {});
    Result<RunRecord> run(std::int64_t runId);
    /// All runs, oldest first.
    Result<std::vector<RunRecord>> runs();
    /// Deletes a run with its loss points and checkpoints; its models stay, detached.
    Result<void> removeRun(std::int64_t runId);

    /// Appends points to a run's loss curve (numbered after the existing ones). NumericError
    /// when a field other than the two losses is not finite. Call it in batches (e.g. once a
    /// second) rather than per point: each call is one durable commit.
    Result<void> appendLoss(std::int64_t runId, std::span<const LossPoint> points);
    /// The whole loss curve in the order it was appended.
    Result<std::vector<LossPoint>> lossHistory(std::int64_t runId);

private:
    Result<std::int64_t> corpusId(const CorpusRecord &corpus);
    Result<std::vector<RunRecord>> queryRuns(std::string_view condition, std::int64_t id);

    Database &m_db;
};

} // namespace ewb::core
