#include "core/store/evaluationstore.h"

#include "core/store/database.h"
#include "core/store/statement.h"
#include "core/store/transaction.h"

#include <chrono>
#include <limits>
#include <string>

namespace ewb::core {

EvaluationStore::EvaluationStore(Database &db) : m_db(db) { }

Result<std::int64_t> EvaluationStore::add(const EvaluationRecord &record)
{
    auto tx = Transaction::begin(m_db);
    if (!tx)
        return tx.error();
    auto exists = m_db.queryInt64("SELECT count(*) FROM models WHERE status = 'complete' AND id = "
                                  + std::to_string(record.modelId));
    if (!exists)
        return exists.error();
    if (*exists == 0)
        return fail(ErrorCode::NotFound, "no model with id " + std::to_string(record.modelId));
    std::int64_t created = record.createdMs;
    if (created == 0) {
        using namespace std::chrono;
        created = duration_cast<milliseconds>(system_clock::now().time_since_epoch()).count();
    }
    auto insert = Statement::prepare(m_db,
                                     "INSERT INTO evaluations (model_id, benchmark, settings, "
                                     "score, details, created) VALUES (?1, ?2, ?3, ?4, ?5, ?6)");
    if (!insert)
        return insert.error();
    auto done = insert->bind(1, record.modelId)
                    .bind(2, std::string_view(record.benchmark))
                    .bind(3, std::string_view(record.settingsJson))
                    .bind(4, record.score)
                    .bind(5, std::string_view(record.detailsJson))
                    .bind(6, created)
                    .run();
    if (!done)
        return done.error();
    const std::int64_t id = m_db.lastInsertRowId();
    if (auto committed = tx->commit(); !committed)
        return committed.error();
    return id;
}

Result<std::vector<EvaluationRecord>> EvaluationStore::list(std::int64_t modelId)
{
    auto stmt = Statement::prepare(m_db,
                                   "SELECT id, model_id, benchmark, settings, score, details, "
                                   "created FROM evaluations WHERE model_id = ?1 ORDER BY id");
    if (!stmt)
        return stmt.error();
    stmt->bind(1, modelId);
    return readRecords(*stmt);
}

Result<std::vector<EvaluationRecord>> EvaluationStore::latest()
{
    auto stmt = Statement::prepare(
        m_db,
        "SELECT e.id, e.model_id, e.benchmark, e.settings, e.score, e.details, e.created "
        "FROM evaluations e JOIN models m ON m.id = e.model_id AND m.status = 'complete' "
        "WHERE e.id = (SELECT max(id) FROM evaluations "
        "              WHERE model_id = e.model_id AND benchmark = e.benchmark) "
        "ORDER BY e.model_id, e.benchmark");
    if (!stmt)
        return stmt.error();
    return readRecords(*stmt);
}

Result<std::vector<EvaluationRecord>> EvaluationStore::readRecords(Statement &stmt)
{
    std::vector<EvaluationRecord> records;
    for (;;) {
        auto row = stmt.step();
        if (!row)
            return row.error();
        if (!*row)
            return records;
        EvaluationRecord r;
        r.id = stmt.columnInt64(0);
        r.modelId = stmt.columnInt64(1);
        r.benchmark = std::string(stmt.columnText(2));
        r.settingsJson = std::string(stmt.columnText(3));
        r.score = stmt.columnIsNull(4) ? std::numeric_limits<double>::quiet_NaN()
                                       : stmt.columnDouble(4);
        r.detailsJson = std::string(stmt.columnText(5));
        r.createdMs = stmt.columnInt64(6);
        records.push_back(std::move(r));
    }
}

} // namespace ewb::core
