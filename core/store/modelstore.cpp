#include "core/store/modelstore.h"

#include "core/model/embeddingmodel.h"
#include "core/store/checkpointstore.h"
#include "core/store/database.h"
#include "core/store/modelreader.h"
#include "core/store/modelwriter.h"
#include "core/store/readsnapshot.h"
#include "core/store/runstore.h"
#include "core/store/statement.h"
#include "core/store/transaction.h"

#include <algorithm>

namespace ewb::core {

namespace {

    constexpr const char *kInfoColumns
        = "SELECT id, name, dim, vocab_size, source, run_id, params, notes, created, "
          "vectors_checksum, words_checksum FROM models WHERE status = 'complete' ";

    std::size_t toSize(std::int64_t value)
    {
        return value < 0 ? 0 : static_cast<std::size_t>(value);
    }

    ModelInfo readInfo(const Statement &stmt)
    {
        ModelInfo info;
        info.id = stmt.columnInt64(0);
        info.name = std::string(stmt.columnText(1));
        info.dim = toSize(stmt.columnInt64(2));
        info.vocabSize = toSize(stmt.columnInt64(3));
        info.source
            = stmt.columnText(4) == "imported" ? ModelSource::Imported : ModelSource::Trained;
        info.runId = stmt.columnInt64(5);
        info.paramsJson = std::string(stmt.columnText(6));
        info.notes = std::string(stmt.columnText(7));
        info.createdMs = stmt.columnInt64(8);
        info.vectorsChecksum = static_cast<std::uint32_t>(stmt.columnInt64(9));
        info.wordsChecksum = static_cast<std::uint32_t>(stmt.columnInt64(10));
        return info;
    }

    Result<void> requireNewName(Database &db, std::string_view name)
    {
        if (name.empty() || name.size() > 1000)
            return fail(ErrorCode::InvalidArgument, "a model name must have 1 to 1000 bytes");
        auto taken = Statement::prepare(
            db, "SELECT id FROM models WHERE name = ?1 AND status = 'complete'");
        if (!taken)
            return taken.error();
        auto row = taken->bind(1, name).step();
        if (!row)
            return row.error();
        if (*row) {
            return fail(ErrorCode::InvalidArgument,
                        "a model named '" + std::string(name) + "' already exists (id "
                            + std::to_string(taken->columnInt64(0)) + ")");
        }
        return {};
    }

} // namespace

ModelStore::ModelStore(Database &db) : m_db(db) { }

Result<std::size_t> ModelStore::removeUnfinished()
{
    auto tx = Transaction::begin(m_db);
    if (!tx)
        return tx.error();
    if (auto done = m_db.exec("DELETE FROM models WHERE status = 'writing'"); !done)
        return done.error();
    const auto removed = static_cast<std::size_t>(m_db.changes());
    if (auto done = tx->commit(); !done)
        return done.error();
    return removed;
}

Result<std::int64_t> ModelStore::save(const EmbeddingModel &model, const ModelMetadata &meta,
                                      const RunRecord *run, std::span<const LossPoint> loss,
                                      std::stop_token stop)
{
    if (m_db.isReadOnly())
        return m_db.readOnlyReason();
    const double needed
        = 2.2 * static_cast<double>(ModelWriter::estimateBytes(model.dim(), model.size()));
    if (auto space = m_db.requireFreeSpace(static_cast<std::uint64_t>(needed)); !space)
        return space.error();
    auto tx = Transaction::begin(m_db);
    if (!tx)
        return tx.error();
    ModelMetadata withRun = meta;
    if (run != nullptr) {
        RunStore runs(m_db);
        auto runId = runs.addRun(*run);
        if (!runId)
            return runId.error();
        if (auto done = runs.appendLoss(*runId, loss); !done)
            return done.error();
        withRun.runId = *runId;
    }
    ModelWriter writer(m_db);
    // An EmbeddingModel's words are distinct by construction.
    if (auto done
        = writer.begin(withRun, model.dim(), model.size(), ModelWriter::Repeats::KnownDistinct);
        !done)
        return done.error();
    const Matrix &vectors = model.vectors();
    for (std::size_t row = 0; row < model.size(); ++row) {
        if (row % 4096 == 0 && stop.stop_requested())
            return fail(ErrorCode::Cancelled, "saving model '" + meta.name + "' was cancelled");
        const float *data = vectors.data() + row * model.dim();
        if (auto done
            = writer.addRow(model.words()[row], model.counts()[row], std::span(data, model.dim()));
            !done)
            return done.error();
    }
    auto id = writer.commit();
    if (!id)
        return id.error();
    if (auto done = tx->commit(); !done)
        return done.error();
    if (ModelWriter::estimateBytes(model.dim(), model.size()) > (8u << 20))
        (void)m_db.checkpoint();
    return *id;
}

Result<ModelInfo> ModelStore::infoWhere(std::string_view condition, std::int64_t id,
                                        std::string_view name)
{
    auto stmt = Statement::prepare(m_db, std::string(kInfoColumns) + std::string(condition));
    if (!stmt)
        return stmt.error();
    if (name.empty())
        stmt->bind(1, id);
    else
        stmt->bind(1, name);
    auto row = stmt->step();
    if (!row)
        return row.error();
    if (!*row) {
        return fail(ErrorCode::NotFound,
                    name.empty() ? "no model with id " + std::to_string(id)
                                 : "no model named '" + std::string(name) + "'");
    }
    return readInfo(*stmt);
}

Result<ModelInfo> ModelStore::info(std::int64_t id)
{
    return infoWhere("AND id = ?1", id, {});
}

Result<ModelInfo> ModelStore::find(std::string_view name)
{
    if (name.empty())
        return fail(ErrorCode::NotFound, "no model with an empty name");
    return infoWhere("AND name = ?1", 0, name);
}

Result<std::vector<ModelInfo>> ModelStore::list()
{
    auto stmt = Statement::prepare(m_db, std::string(kInfoColumns) + "ORDER BY id");
    if (!stmt)
        return stmt.error();
    std::vector<ModelInfo> models;
    for (;;) {
        auto row = stmt->step();
        if (!row)
            return row.error();
        if (!*row)
            return models;
        models.push_back(readInfo(*stmt));
    }
}

Result<std::shared_ptr<const EmbeddingModel>> ModelStore::load(std::int64_t id,
                                                               std::stop_token stop)
{
    ReadSnapshot snapshot(m_db);
    if (!snapshot.status())
        return snapshot.status().error();
    auto info = this->info(id);
    if (!info)
        return info.error();
    return ModelReader(m_db).load(*info, stop);
}

Result<std::shared_ptr<const EmbeddingModel>> ModelStore::load(std::string_view name,
                                                               std::stop_token stop)
{
    auto info = find(name);
    if (!info)
        return info.error();
    return load(info->id, stop);
}

Result<void> ModelStore::rename(std::int64_t id, std::string_view newName)
{
    auto tx = Transaction::begin(m_db);
    if (!tx)
        return tx.error();
    if (auto free = requireNewName(m_db, newName); !free) {
        // Renaming a model to its own name is a no-op, not a clash.
        auto current = info(id);
        if (!(current && current->name == newName))
            return free.error();
    }
    auto stmt = Statement::prepare(
        m_db, "UPDATE models SET name = ?2 WHERE id = ?1 AND status = 'complete'");
    if (!stmt)
        return stmt.error();
    if (auto done = stmt->bind(1, id).bind(2, newName).run(); !done)
        return done.error();
    if (m_db.changes() == 0)
        return fail(ErrorCode::NotFound, "no model with id " + std::to_string(id));
    return tx->commit();
}

Result<void> ModelStore::setNotes(std::int64_t id, std::string_view notes)
{
    auto tx = Transaction::begin(m_db);
    if (!tx)
        return tx.error();
    auto stmt = Statement::prepare(
        m_db, "UPDATE models SET notes = ?2 WHERE id = ?1 AND status = 'complete'");
    if (!stmt)
        return stmt.error();
    if (auto done = stmt->bind(1, id).bind(2, notes).run(); !done)
        return done.error();
    if (m_db.changes() == 0)
        return fail(ErrorCode::NotFound, "no model with id " + std::to_string(id));
    return tx->commit();
}

Result<void> ModelStore::remove(std::int64_t id)
{
    auto tx = Transaction::begin(m_db);
    if (!tx)
        return tx.error();
    // Words, vector chunks and evaluations go with it through ON DELETE CASCADE.
    if (auto done
        = m_db.exec("DELETE FROM models WHERE status = 'complete' AND id = " + std::to_string(id));
        !done)
        return done.error();
    if (m_db.changes() == 0)
        return fail(ErrorCode::NotFound, "no model with id " + std::to_string(id));
    return tx->commit();
}

Result<std::int64_t> ModelStore::copy(std::int64_t id, std::string_view newName)
{
    auto source = info(id);
    if (!source)
        return source.error();
    const double needed
        = 2.2 * static_cast<double>(ModelWriter::estimateBytes(source->dim, source->vocabSize));
    if (auto space = m_db.requireFreeSpace(static_cast<std::uint64_t>(needed)); !space)
        return space.error();
    auto tx = Transaction::begin(m_db);
    if (!tx)
        return tx.error();
    if (auto free = requireNewName(m_db, newName); !free)
        return free.error();
    auto insert = Statement::prepare(
        m_db,
        "INSERT INTO models (name, status, dim, vocab_size, dtype, source, run_id, params, "
        "notes, vectors_checksum, words_checksum, created) SELECT ?2, 'writing', dim, "
        "vocab_size, dtype, source, run_id, params, notes, vectors_checksum, words_checksum, "
        "created FROM models WHERE id = ?1 AND status = 'complete'");
    if (!insert)
        return insert.error();
    if (auto done = insert->bind(1, id).bind(2, newName).run(); !done)
        return done.error();
    const std::string to = std::to_string(m_db.lastInsertRowId());
    const std::string from = std::to_string(id);
    // Copied as stored bytes, checksums included: the copy verifies exactly like the original.
    const std::string sql = "INSERT INTO words (model_id, row, word, count) SELECT " + to
        + ", row, word, count FROM words WHERE model_id = " + from
        + "; INSERT INTO vector_chunks (model_id, chunk, first_row, rows, data, checksum) "
          "SELECT "
        + to
        + ", chunk, first_row, rows, data, checksum FROM vector_chunks "
          "WHERE model_id = "
        + from + "; UPDATE models SET status = 'complete' WHERE id = " + to;
    if (auto done = m_db.exec(sql); !done)
        return done.error();
    if (auto done = tx->commit(); !done)
        return done.error();
    return std::stoll(to);
}

Result<std::vector<std::string>> ModelStore::verify(std::stop_token stop)
{
    auto problems = m_db.checkIntegrity(false);
    if (!problems)
        return problems.error();
    ReadSnapshot snapshot(m_db);
    if (!snapshot.status())
        return snapshot.status().error();
    auto models = list();
    if (!models)
        return models.error();
    ModelReader reader(m_db);
    for (const ModelInfo &model : *models) {
        if (auto ok = reader.verify(model, stop); !ok) {
            if (ok.error().code != ErrorCode::DatabaseCorrupt)
                return ok.error();
            problems->push_back(ok.error().detail);
        }
    }
    auto checkpoints = CheckpointStore(m_db).verifyAll(stop);
    if (!checkpoints)
        return checkpoints.error();
    problems->insert(problems->end(), checkpoints->begin(), checkpoints->end());
    return std::move(*problems);
}

Result<void> ModelStore::saveCopy(const std::filesystem::path &target)
{
    return m_db.saveCopy(target);
}

} // namespace ewb::core
