#include "core/store/checkpointstore.h"

#include "core/store/chunkreader.h"
#include "core/store/chunkwriter.h"
#include "core/store/database.h"
#include "core/store/modelwriter.h"
#include "core/store/readsnapshot.h"
#include "core/store/statement.h"
#include "core/store/transaction.h"

#include <algorithm>
#include <chrono>
#include <limits>
#include <new>

namespace ewb::core {

namespace {

    constexpr std::size_t kMaxDim = 65536;

    std::int64_t nowMs()
    {
        using namespace std::chrono;
        return duration_cast<milliseconds>(system_clock::now().time_since_epoch()).count();
    }

} // namespace

CheckpointStore::CheckpointStore(Database &db) : m_db(db) { }

Result<std::int64_t> CheckpointStore::add(const CheckpointInfo &info, const Matrix &vectors)
{
    const auto rows = static_cast<std::size_t>(vectors.rows());
    const auto dim = static_cast<std::size_t>(vectors.cols());
    if (rows == 0 || dim == 0 || dim > kMaxDim) {
        return fail(ErrorCode::InvalidArgument,
                    "a checkpoint of " + std::to_string(rows) + " x " + std::to_string(dim)
                        + " vectors");
    }
    if (!vectors.allFinite())
        return fail(ErrorCode::NumericError, "checkpoint vectors hold NaN or infinite values");
    if (m_db.isReadOnly())
        return m_db.readOnlyReason();
    const double needed = 2.2 * static_cast<double>(ModelWriter::estimateBytes(dim, rows));
    if (auto space = m_db.requireFreeSpace(static_cast<std::uint64_t>(needed)); !space)
        return space.error();
    auto tx = Transaction::begin(m_db);
    if (!tx)
        return tx.error();
    auto exists
        = m_db.queryInt64("SELECT count(*) FROM runs WHERE id = " + std::to_string(info.runId));
    if (!exists)
        return exists.error();
    if (*exists == 0)
        return fail(ErrorCode::NotFound, "no run with id " + std::to_string(info.runId));
    auto insert = Statement::prepare(
        m_db,
        "INSERT INTO checkpoints (run_id, epoch, epoch_end, fraction, elapsed_s, loss, "
        "rows, dim, checksum, created) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, 0, ?9)");
    if (!insert)
        return insert.error();
    auto done = insert->bind(1, info.runId)
                    .bind(2, static_cast<std::int64_t>(info.epoch))
                    .bind(3, info.epochEnd ? 1 : 0)
                    .bind(4, info.fraction)
                    .bind(5, info.elapsedSeconds)
                    .bind(6, info.loss)
                    .bind(7, static_cast<std::int64_t>(rows))
                    .bind(8, static_cast<std::int64_t>(dim))
                    .bind(9, nowMs())
                    .run();
    if (!done)
        return done.error();
    const std::int64_t id = m_db.lastInsertRowId();
    auto writer = ChunkWriter::start(m_db, ChunkTable::CheckpointVectors, id, dim);
    if (!writer)
        return writer.error();
    for (std::size_t row = 0; row < rows; ++row) {
        if (auto added = writer->addRow(std::span(vectors.data() + row * dim, dim)); !added)
            return added.error();
    }
    if (auto finished = writer->finish(); !finished)
        return finished.error();
    if (auto sum
        = m_db.exec("UPDATE checkpoints SET checksum = " + std::to_string(writer->checksum())
                    + " WHERE id = " + std::to_string(id));
        !sum)
        return sum.error();
    if (auto committed = tx->commit(); !committed)
        return committed.error();
    return id;
}

Result<std::vector<CheckpointInfo>> CheckpointStore::query(std::string_view condition,
                                                           std::int64_t id)
{
    auto stmt = Statement::prepare(m_db,
                                   "SELECT id, run_id, epoch, epoch_end, fraction, elapsed_s, "
                                   "loss, rows, dim, created FROM checkpoints "
                                       + std::string(condition) + " ORDER BY id");
    if (!stmt)
        return stmt.error();
    if (!condition.empty())
        stmt->bind(1, id);
    std::vector<CheckpointInfo> list;
    for (;;) {
        auto row = stmt->step();
        if (!row)
            return row.error();
        if (!*row)
            return list;
        CheckpointInfo c;
        c.id = stmt->columnInt64(0);
        c.runId = stmt->columnInt64(1);
        c.epoch = static_cast<std::uint32_t>(
            std::clamp<std::int64_t>(stmt->columnInt64(2), 0, 1 << 30));
        c.epochEnd = stmt->columnInt64(3) != 0;
        c.fraction = stmt->columnDouble(4);
        c.elapsedSeconds = stmt->columnDouble(5);
        c.loss = stmt->columnIsNull(6) ? std::numeric_limits<double>::quiet_NaN()
                                       : stmt->columnDouble(6);
        c.rows = static_cast<std::size_t>(std::max<std::int64_t>(stmt->columnInt64(7), 0));
        c.dim = static_cast<std::size_t>(std::max<std::int64_t>(stmt->columnInt64(8), 0));
        c.createdMs = stmt->columnInt64(9);
        list.push_back(c);
    }
}

Result<std::vector<CheckpointInfo>> CheckpointStore::list(std::int64_t runId)
{
    return query("WHERE run_id = ?1", runId);
}

Result<Matrix> CheckpointStore::load(std::int64_t checkpointId, std::stop_token stop)
{
    ReadSnapshot snapshot(m_db);
    if (!snapshot.status())
        return snapshot.status().error();
    auto found = query("WHERE id = ?1", checkpointId);
    if (!found)
        return found.error();
    if (found->empty())
        return fail(ErrorCode::NotFound, "no checkpoint with id " + std::to_string(checkpointId));
    const CheckpointInfo &info = found->front();
    if (info.rows == 0 || info.dim == 0 || info.dim > kMaxDim) {
        return fail(ErrorCode::DatabaseCorrupt,
                    "checkpoint " + std::to_string(checkpointId) + " has an invalid shape");
    }
    auto expected = m_db.queryInt64("SELECT checksum FROM checkpoints WHERE id = "
                                    + std::to_string(checkpointId));
    if (!expected)
        return expected.error();
    try {
        auto reader = ChunkReader::open(m_db, ChunkTable::CheckpointVectors, checkpointId,
                                        info.rows, info.dim);
        if (!reader)
            return reader.error();
        Matrix vectors(static_cast<Eigen::Index>(info.rows), static_cast<Eigen::Index>(info.dim));
        auto sum = reader->readInto(std::span(vectors.data(), info.rows * info.dim), stop);
        if (!sum)
            return sum.error();
        if (*sum != *expected) {
            return fail(ErrorCode::DatabaseCorrupt,
                        "checkpoint " + std::to_string(checkpointId) + ": checksum mismatch");
        }
        return vectors;
    } catch (const std::bad_alloc &) {
        return fail(ErrorCode::OutOfMemory,
                    "not enough memory for checkpoint " + std::to_string(checkpointId));
    }
}

Result<void> CheckpointStore::remove(std::int64_t checkpointId)
{
    auto tx = Transaction::begin(m_db);
    if (!tx)
        return tx.error();
    if (auto done = m_db.exec("DELETE FROM checkpoints WHERE id = " + std::to_string(checkpointId));
        !done)
        return done.error();
    if (m_db.changes() == 0)
        return fail(ErrorCode::NotFound, "no checkpoint with id " + std::to_string(checkpointId));
    return tx->commit();
}

Result<std::vector<std::string>> CheckpointStore::verifyAll(std::stop_token stop)
{
    auto all = query({}, 0);
    if (!all)
        return all.error();
    std::vector<std::string> problems;
    for (const CheckpointInfo &info : *all) {
        // Loading one at a time keeps memory at one checkpoint.
        if (auto loaded = load(info.id, stop); !loaded) {
            if (loaded.error().code != ErrorCode::DatabaseCorrupt)
                return loaded.error();
            problems.push_back(loaded.error().detail);
        }
    }
    return problems;
}

} // namespace ewb::core
