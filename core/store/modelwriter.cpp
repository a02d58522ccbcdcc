#include "core/store/modelwriter.h"

#include "core/store/database.h"
#include "core/store/finitecheck.h"

#include <algorithm>
#include <chrono>
#include <limits>

namespace ewb::core {

namespace {

    constexpr std::size_t kMaxDim = 65536;
    constexpr std::size_t kMaxNameBytes = 1000;

    std::int64_t nowMs()
    {
        using namespace std::chrono;
        return duration_cast<milliseconds>(system_clock::now().time_since_epoch()).count();
    }

} // namespace

ModelWriter::ModelWriter(Database &db) : m_db(db) { }

ModelWriter::~ModelWriter()
{
    abort();
}

std::uint64_t ModelWriter::estimateBytes(std::size_t dim, std::size_t rows)
{
    // Vectors plus roughly 48 bytes per word row (text, count, key, b-tree slack) plus a
    // constant for the model row and page rounding.
    return static_cast<std::uint64_t>(rows) * (static_cast<std::uint64_t>(dim) * 4 + 48) + 65536;
}

Result<void> ModelWriter::begin(const ModelMetadata &meta, std::size_t dim,
                                std::size_t expectedRows, Repeats repeats)
{
    if (m_tx)
        return fail(ErrorCode::Internal, "ModelWriter::begin called twice");
    if (m_db.isReadOnly())
        return m_db.readOnlyReason();
    if (meta.name.empty() || meta.name.size() > kMaxNameBytes) {
        return fail(ErrorCode::InvalidArgument,
                    "a model name must have 1 to 1000 bytes, got "
                        + std::to_string(meta.name.size()));
    }
    if (dim == 0 || dim > kMaxDim) {
        return fail(ErrorCode::InvalidArgument,
                    "dimension " + std::to_string(dim) + " is outside 1..65536");
    }
    // R4: WAL holds a second copy until the checkpoint, hence 2.2 x the model itself.
    const double needed = 2.2 * static_cast<double>(estimateBytes(dim, expectedRows));
    if (auto space = m_db.requireFreeSpace(static_cast<std::uint64_t>(needed)); !space)
        return space.error();

    auto tx = Transaction::begin(m_db);
    if (!tx)
        return tx.error();
    if (!meta.replaceExisting) {
        auto taken = Statement::prepare(
            m_db, "SELECT id FROM models WHERE name = ?1 AND status = 'complete'");
        if (!taken)
            return taken.error();
        taken->bind(1, std::string_view(meta.name));
        auto row = taken->step();
        if (!row)
            return row.error();
        if (*row) {
            return fail(ErrorCode::InvalidArgument,
                        "a model named '" + meta.name + "' already exists (id "
                            + std::to_string(taken->columnInt64(0)) + ")");
        }
    }
    auto insert = Statement::prepare(
        m_db,
        "INSERT INTO models (name, status, dim, vocab_size, source, run_id, params, notes, "
        "created) VALUES (?1, 'writing', ?2, 0, ?3, ?4, ?5, ?6, ?7)");
    if (!insert)
        return insert.error();
    insert->bind(1, std::string_view(meta.name))
        .bind(2, static_cast<std::int64_t>(dim))
        .bind(3, std::string_view(meta.source == ModelSource::Trained ? "trained" : "imported"))
        .bind(5, std::string_view(meta.paramsJson))
        .bind(6, std::string_view(meta.notes))
        .bind(7, nowMs());
    if (meta.runId != 0) {
        auto run
            = m_db.queryInt64("SELECT count(*) FROM runs WHERE id = " + std::to_string(meta.runId));
        if (!run)
            return run.error();
        if (*run == 0)
            return fail(ErrorCode::NotFound, "no run with id " + std::to_string(meta.runId));
        insert->bind(4, meta.runId);
    }
    if (auto done = insert->run(); !done)
        return done.error();
    const std::int64_t modelId = m_db.lastInsertRowId();
    auto chunks = ChunkWriter::start(m_db, ChunkTable::ModelVectors, modelId, dim);
    if (!chunks)
        return chunks.error();
    auto insertWord = Statement::prepare(
        m_db, "INSERT INTO words (model_id, row, word, count) VALUES (?1, ?2, ?3, ?4)");
    if (!insertWord)
        return insertWord.error();

    m_tx.emplace(std::move(*tx));
    m_chunks.emplace(std::move(*chunks));
    m_insertWord = std::move(*insertWord);
    m_sum = {};
    m_seen.clear();
    m_repeats = repeats;
    // Sized once for the expected rows rather than rehashed ~20 times on the way to millions;
    // capped because the estimate may come from an untrusted file header.
    try {
        if (repeats == Repeats::Check)
            m_seen.reserve(std::min<std::size_t>(expectedRows, 4u << 20));
    } catch (const std::bad_alloc &) {
        // Only a speed-up: the set still grows on demand, and addRow reports real exhaustion.
    }
    m_meta = meta;
    m_modelId = modelId;
    m_dim = dim;
    m_rows = 0;
    return {};
}

Result<void> ModelWriter::addRow(std::string_view word, std::uint64_t count,
                                 std::span<const float> vector)
{
    if (!m_tx)
        return fail(ErrorCode::Internal, "ModelWriter::addRow without begin");
    // Built only on failure: this runs once per row of multi-million-row imports.
    const auto rowName = [this] { return "row " + std::to_string(m_rows); };
    if (word.empty())
        return fail(ErrorCode::InvalidArgument, rowName() + ": empty word");
    if (word.find('\0') != std::string_view::npos)
        return fail(ErrorCode::InvalidArgument, rowName() + ": word contains a NUL byte");
    if (count > static_cast<std::uint64_t>(std::numeric_limits<std::int64_t>::max()))
        return fail(ErrorCode::InvalidArgument, rowName() + ": count too large");
    if (vector.size() != m_dim) {
        return fail(ErrorCode::InvalidArgument,
                    rowName() + " ('" + std::string(word) + "'): " + std::to_string(vector.size())
                        + " values, expected " + std::to_string(m_dim));
    }
    if (!allFinite(std::as_bytes(vector))) {
        return fail(ErrorCode::NumericError,
                    rowName() + " ('" + std::string(word) + "'): NaN or infinite value");
    }
    try {
        if (m_repeats == Repeats::Check && !m_seen.emplace(word).second) {
            return fail(ErrorCode::InvalidArgument,
                        rowName() + ": the word '" + std::string(word) + "' occurs twice");
        }
    } catch (const std::bad_alloc &) {
        abort();
        return fail(ErrorCode::OutOfMemory, rowName() + ": out of memory for the word index");
    }
    m_insertWord.reset();
    m_insertWord.bind(1, m_modelId)
        .bind(2, static_cast<std::int64_t>(m_rows))
        .bind(3, word)
        .bind(4, static_cast<std::int64_t>(count));
    Result<void> done = m_insertWord.run();
    if (done)
        done = m_chunks->addRow(vector);
    if (!done) {
        abort();
        return done.error();
    }
    m_sum.addWord(word, count);
    ++m_rows;
    return {};
}

Result<std::int64_t> ModelWriter::commit()
{
    if (!m_tx)
        return fail(ErrorCode::Internal, "ModelWriter::commit without begin");
    if (m_rows == 0) {
        abort();
        return fail(ErrorCode::InvalidArgument, "model '" + m_meta.name + "' has no rows");
    }
    Result<void> done = m_chunks->finish();
    if (done && m_meta.replaceExisting) {
        // R4: a re-save is a new row; the old one goes in the same transaction.
        auto drop = Statement::prepare(
            m_db, "DELETE FROM models WHERE name = ?1 AND status = 'complete' AND id <> ?2");
        if (!drop)
            done = drop.error();
        else
            done = drop->bind(1, std::string_view(m_meta.name)).bind(2, m_modelId).run();
    }
    if (done) {
        auto finish = Statement::prepare(
            m_db,
            "UPDATE models SET status = 'complete', vocab_size = ?2, vectors_checksum = ?3, "
            "words_checksum = ?4 WHERE id = ?1");
        if (!finish) {
            done = finish.error();
        } else {
            done = finish->bind(1, m_modelId)
                       .bind(2, static_cast<std::int64_t>(m_rows))
                       .bind(3, static_cast<std::int64_t>(m_chunks->checksum()))
                       .bind(4, static_cast<std::int64_t>(m_sum.words()))
                       .run();
        }
    }
    if (done)
        done = m_tx->commit();
    const bool topLevel = !m_tx->isNested();
    const std::int64_t id = m_modelId;
    const std::size_t rows = m_rows;
    abort();
    if (!done)
        return done.error();
    // R3: fold a big save into the main file now rather than leaving a large WAL behind.
    if (topLevel && estimateBytes(m_dim, rows) > (8u << 20))
        (void)m_db.checkpoint();
    return id;
}

void ModelWriter::abort()
{
    m_chunks.reset();
    m_insertWord = Statement();
    if (m_tx) {
        m_tx->rollback();
        m_tx.reset();
    }
    m_seen.clear();
}

} // namespace ewb::core
