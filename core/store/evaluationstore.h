#pragma once

#include "core/common/result.h"
#include "core/store/evaluationrecord.h"

#include <cstdint>
#include <vector>

namespace ewb::core {

class Database;
class Statement;

/// Benchmark results of stored models (analogy accuracy, word-similarity correlation, ...). An
/// evaluation is deleted with its model. Mutating calls on a read-only Database fail with
/// Database::readOnlyReason(). Not thread-safe: use it on the thread that owns the Database.
class EvaluationStore
{
public:
    explicit EvaluationStore(Database &db);

    /// Stores an evaluation of a complete model and returns its id; NotFound for an unknown
    /// model. A NaN score is stored as NULL and read back as NaN.
    Result<std::int64_t> add(const EvaluationRecord &record);
    /// The evaluations of a model, oldest first.
    Result<std::vector<EvaluationRecord>> list(std::int64_t modelId);
    /// The newest evaluation of each benchmark of each complete model, by model id then
    /// benchmark name: what the model library shows beside each model.
    Result<std::vector<EvaluationRecord>> latest();

private:
    static Result<std::vector<EvaluationRecord>> readRecords(Statement &stmt);

    Database &m_db;
};

} // namespace ewb::core
