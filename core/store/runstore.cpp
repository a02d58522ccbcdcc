#include "core/store/runstore.h"

#include "core/store/database.h"
#include "core/store/statement.h"
#include "core/store/transaction.h"

#include <algorithm>
#include <bit>
#include <cmath>
#include <limits>

namespace ewb::core {

namespace {

    constexpr const char *kStatusNames[] = { "running", "completed", "cancelled", "failed" };

    std::string_view statusName(RunStatus status)
    {
        return kStatusNames[static_cast<int>(status)];
    }

    RunStatus statusFromName(std::string_view name)
    {
        for (int i = 0; i < 4; ++i) {
            if (name == kStatusNames[i])
                return static_cast<RunStatus>(i);
        }
        return RunStatus::Failed;
    }

    std::int64_t toInt64(std::uint64_t value)
    {
        return static_cast<std::int64_t>(
            std::min<std::uint64_t>(value, std::numeric_limits<std::int64_t>::max()));
    }

    std::uint64_t toUint64(std::int64_t value)
    {
        return value < 0 ? 0 : static_cast<std::uint64_t>(value);
    }

    // Columns that may be NULL (losses, scores) read back as NaN, the value they stood for.
    double nullableDouble(const Statement &stmt, int column)
    {
        return stmt.columnIsNull(column) ? std::numeric_limits<double>::quiet_NaN()
                                         : stmt.columnDouble(column);
    }

} // namespace

RunStore::RunStore(Database &db) : m_db(db) { }

Result<std::int64_t> RunStore::corpusId(const CorpusRecord &corpus)
{
    auto find = Statement::prepare(m_db,
                                   "SELECT id FROM corpora WHERE path = ?1 AND "
                                   "fingerprint = ?2 AND tokenizer = ?3 AND size_bytes = ?4");
    if (!find)
        return find.error();
    auto row = find->bind(1, std::string_view(corpus.path))
                   .bind(2, std::string_view(corpus.fingerprint))
                   .bind(3, std::string_view(corpus.tokenizerJson))
                   .bind(4, toInt64(corpus.sizeBytes))
                   .step();
    if (!row)
        return row.error();
    if (*row)
        return find->columnInt64(0);
    auto insert = Statement::prepare(m_db,
                                     "INSERT INTO corpora (path, size_bytes, fingerprint, "
                                     "lines, tokens, distinct_words, tokenizer) VALUES "
                                     "(?1, ?2, ?3, ?4, ?5, ?6, ?7)");
    if (!insert)
        return insert.error();
    auto done = insert->bind(1, std::string_view(corpus.path))
                    .bind(2, toInt64(corpus.sizeBytes))
                    .bind(3, std::string_view(corpus.fingerprint))
                    .bind(4, toInt64(corpus.lines))
                    .bind(5, toInt64(corpus.tokens))
                    .bind(6, toInt64(corpus.distinctWords))
                    .bind(7, std::string_view(corpus.tokenizerJson))
                    .run();
    if (!done)
        return done.error();
    return m_db.lastInsertRowId();
}

Result<std::int64_t> RunStore::addRun(const RunRecord &run)
{
    if (run.threads < 1)
        return fail(ErrorCode::InvalidArgument, "a run needs at least one thread");
    auto tx = Transaction::begin(m_db);
    if (!tx)
        return tx.error();
    auto insert = Statement::prepare(m_db,
                                     "INSERT INTO runs (corpus_id, options, seed, threads, "
                                     "software_version, started, finished, status, message) "
                                     "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)");
    if (!insert)
        return insert.error();
    if (run.corpus) {
        auto corpus = corpusId(*run.corpus);
        if (!corpus)
            return corpus.error();
        insert->bind(1, *corpus);
    }
    // The seed keeps all 64 bits: stored as the signed integer with the same bit pattern.
    insert->bind(2, std::string_view(run.optionsJson))
        .bind(3, std::bit_cast<std::int64_t>(run.seed))
        .bind(4, run.threads)
        .bind(5, std::string_view(run.softwareVersion))
        .bind(6, run.startedMs)
        .bind(8, statusName(run.status))
        .bind(9, std::string_view(run.message));
    if (run.finishedMs != 0)
        insert->bind(7, run.finishedMs);
    if (auto done = insert->run(); !done)
        return done.error();
    const std::int64_t id = m_db.lastInsertRowId();
    if (auto done = tx->commit(); !done)
        return done.error();
    return id;
}

Result<void> RunStore::finishRun(std::int64_t runId, RunStatus status, std::int64_t finishedMs,
                                 std::string_view message)
{
    auto tx = Transaction::begin(m_db);
    if (!tx)
        return tx.error();
    auto stmt = Statement::prepare(m_db,
                                   "UPDATE runs SET status = ?2, finished = ?3, message = ?4 "
                                   "WHERE id = ?1");
    if (!stmt)
        return stmt.error();
    if (auto done = stmt->bind(1, runId)
                        .bind(2, statusName(status))
                        .bind(3, finishedMs)
                        .bind(4, message)
                        .run();
        !done)
        return done.error();
    if (m_db.changes() == 0)
        return fail(ErrorCode::NotFound, "no run with id " + std::to_string(runId));
    return tx->commit();
}

Result<std::vector<RunRecord>> RunStore::queryRuns(std::string_view condition, std::int64_t id)
{
    auto stmt = Statement::prepare(
        m_db,
        "SELECT r.id, r.options, r.seed, r.threads, r.software_version, r.started, "
        "r.finished, r.status, r.message, c.id, c.path, c.size_bytes, c.fingerprint, "
        "c.lines, c.tokens, c.distinct_words, c.tokenizer FROM runs r "
        "LEFT JOIN corpora c ON c.id = r.corpus_id "
            + std::string(condition) + " ORDER BY r.id");
    if (!stmt)
        return stmt.error();
    if (!condition.empty())
        stmt->bind(1, id);
    std::vector<RunRecord> runs;
    for (;;) {
        auto row = stmt->step();
        if (!row)
            return row.error();
        if (!*row)
            return runs;
        RunRecord run;
        run.id = stmt->columnInt64(0);
        run.optionsJson = std::string(stmt->columnText(1));
        run.seed = std::bit_cast<std::uint64_t>(stmt->columnInt64(2));
        run.threads = static_cast<int>(std::clamp<std::int64_t>(stmt->columnInt64(3), 1, 1 << 20));
        run.softwareVersion = std::string(stmt->columnText(4));
        run.startedMs = stmt->columnInt64(5);
        run.finishedMs = stmt->columnInt64(6);
        run.status = statusFromName(stmt->columnText(7));
        run.message = std::string(stmt->columnText(8));
        if (!stmt->columnIsNull(9)) {
            CorpusRecord corpus;
            corpus.id = stmt->columnInt64(9);
            corpus.path = std::string(stmt->columnText(10));
            corpus.sizeBytes = toUint64(stmt->columnInt64(11));
            corpus.fingerprint = std::string(stmt->columnText(12));
            corpus.lines = toUint64(stmt->columnInt64(13));
            corpus.tokens = toUint64(stmt->columnInt64(14));
            corpus.distinctWords = toUint64(stmt->columnInt64(15));
            corpus.tokenizerJson = std::string(stmt->columnText(16));
            run.corpus = std::move(corpus);
        }
        runs.push_back(std::move(run));
    }
}

Result<RunRecord> RunStore::run(std::int64_t runId)
{
    auto runs = queryRuns("WHERE r.id = ?1", runId);
    if (!runs)
        return runs.error();
    if (runs->empty())
        return fail(ErrorCode::NotFound, "no run with id " + std::to_string(runId));
    return std::move(runs->front());
}

Result<std::vector<RunRecord>> RunStore::runs()
{
    return queryRuns({}, 0);
}

Result<void> RunStore::removeRun(std::int64_t runId)
{
    auto tx = Transaction::begin(m_db);
    if (!tx)
        return tx.error();
    if (auto done = m_db.exec("DELETE FROM runs WHERE id = " + std::to_string(runId)); !done)
        return done.error();
    if (m_db.changes() == 0)
        return fail(ErrorCode::NotFound, "no run with id " + std::to_string(runId));
    return tx->commit();
}

Result<void> RunStore::appendLoss(std::int64_t runId, std::span<const LossPoint> points)
{
    for (std::size_t i = 0; i < points.size(); ++i) {
        const LossPoint &p = points[i];
        if (!std::isfinite(p.elapsedSeconds) || !std::isfinite(p.fraction)
            || !std::isfinite(p.learningRate) || !std::isfinite(p.wordsPerSecond)) {
            return fail(ErrorCode::NumericError,
                        "loss point " + std::to_string(i) + " of run " + std::to_string(runId)
                            + " has a non-finite time, fraction, rate or speed");
        }
    }
    auto tx = Transaction::begin(m_db);
    if (!tx)
        return tx.error();
    auto exists = m_db.queryInt64("SELECT count(*) FROM runs WHERE id = " + std::to_string(runId));
    if (!exists)
        return exists.error();
    if (*exists == 0)
        return fail(ErrorCode::NotFound, "no run with id " + std::to_string(runId));
    auto next = m_db.queryInt64("SELECT coalesce(max(seq) + 1, 0) FROM loss_points WHERE run_id = "
                                + std::to_string(runId));
    if (!next)
        return next.error();
    auto insert = Statement::prepare(
        m_db,
        "INSERT INTO loss_points (run_id, seq, elapsed_s, epoch, words_done, fraction, "
        "learning_rate, loss_interval, loss_epoch, words_per_s) VALUES "
        "(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)");
    if (!insert)
        return insert.error();
    std::int64_t seq = *next;
    for (const LossPoint &p : points) {
        insert->reset();
        // NaN losses bind as NULL (SQLite's rule for NaN) and read back as NaN.
        auto done = insert->bind(1, runId)
                        .bind(2, seq++)
                        .bind(3, p.elapsedSeconds)
                        .bind(4, static_cast<std::int64_t>(p.epoch))
                        .bind(5, toInt64(p.wordsDone))
                        .bind(6, p.fraction)
                        .bind(7, p.learningRate)
                        .bind(8, p.lossInterval)
                        .bind(9, p.lossEpoch)
                        .bind(10, p.wordsPerSecond)
                        .run();
        if (!done)
            return done.error();
    }
    return tx->commit();
}

Result<std::vector<LossPoint>> RunStore::lossHistory(std::int64_t runId)
{
    auto stmt = Statement::prepare(
        m_db,
        "SELECT elapsed_s, epoch, words_done, fraction, learning_rate, loss_interval, "
        "loss_epoch, words_per_s FROM loss_points WHERE run_id = ?1 ORDER BY seq");
    if (!stmt)
        return stmt.error();
    stmt->bind(1, runId);
    std::vector<LossPoint> points;
    for (;;) {
        auto row = stmt->step();
        if (!row)
            return row.error();
        if (!*row)
            return points;
        LossPoint p;
        p.elapsedSeconds = stmt->columnDouble(0);
        p.epoch = static_cast<std::uint32_t>(
            std::clamp<std::int64_t>(stmt->columnInt64(1), 0, 1 << 30));
        p.wordsDone = toUint64(stmt->columnInt64(2));
        p.fraction = stmt->columnDouble(3);
        p.learningRate = stmt->columnDouble(4);
        p.lossInterval = nullableDouble(*stmt, 5);
        p.lossEpoch = nullableDouble(*stmt, 6);
        p.wordsPerSecond = stmt->columnDouble(7);
        points.push_back(p);
    }
}

} // namespace ewb::core
