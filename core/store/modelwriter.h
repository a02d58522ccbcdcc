#pragma once

#include "core/common/result.h"
#include "core/store/chunkwriter.h"
#include "core/store/modelchecksum.h"
#include "core/store/modelmetadata.h"
#include "core/store/statement.h"
#include "core/store/transaction.h"

#include <cstddef>
#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <unordered_set>

namespace ewb::core {

class Database;

/// Writes one model row by row, so that a large vectors file (3M x 300) can be imported while
/// only one chunk of vectors is held in memory. Follows RELIABILITY R4: begin() checks free
/// space (2.2 x the estimate), opens BEGIN IMMEDIATE (or a savepoint inside the caller's
/// transaction) and inserts the model with status 'writing'; commit() flips it to 'complete'
/// (replacing an old model of the same name if asked) and commits. Until then no other
/// connection sees anything, and a crash or abort() leaves the file as before.
/// Not thread-safe; the Database must outlive the writer.
class ModelWriter
{
public:
    explicit ModelWriter(Database &db);
    /// Aborts an unfinished write.
    ~ModelWriter();
    ModelWriter(const ModelWriter &) = delete;
    ModelWriter &operator=(const ModelWriter &) = delete;

    /// Estimated bytes a model takes in the file (vectors, words and b-tree overhead).
    static std::uint64_t estimateBytes(std::size_t dim, std::size_t rows);

    /// Whether addRow() looks for repeated words.
    enum class Repeats {
        Check, ///< keep a set of the words written and refuse a repeat (the default)
        /// The caller's words are distinct already (an EmbeddingModel's, or a VectorFileReader's,
        /// which drops or refuses repeats): skip the set, about a tenth of an import's time.
        KnownDistinct,
    };

    /// Starts a model of `dim` values per row (1..65536). `expectedRows` is an estimate used for
    /// the free-space check (0 when unknown). Fails with InvalidArgument for an empty or taken
    /// name (unless meta.replaceExisting), DiskFull, DatabaseBusy, ReadOnly, or NotFound for an
    /// unknown meta.runId.
    Result<void> begin(const ModelMetadata &meta, std::size_t dim, std::size_t expectedRows,
                       Repeats repeats = Repeats::Check);

    /// Adds the next row. Fails with InvalidArgument for an empty word, a word containing NUL, a
    /// repeated word (with Repeats::Check), a count above 2^63 - 1 or a vector of the wrong length,
    /// and with NumericError for NaN or infinity; the write stays open, so the caller may skip the
    /// row or abort. Storage errors (DiskFull, IoError) abort the write.
    Result<void> addRow(std::string_view word, std::uint64_t count, std::span<const float> vector);

    /// Finishes the model and returns its id. Fails with InvalidArgument when no row was added.
    /// On failure everything is rolled back.
    Result<std::int64_t> commit();
    /// Discards everything written since begin(). Safe to call at any time.
    void abort();

    bool isActive() const { return m_tx.has_value(); }
    std::size_t rowsWritten() const { return m_rows; }

private:
    Database &m_db;
    std::optional<Transaction> m_tx;
    std::optional<ChunkWriter> m_chunks;
    Statement m_insertWord;
    ModelChecksum m_sum;
    std::unordered_set<std::string> m_seen;
    Repeats m_repeats = Repeats::Check;
    ModelMetadata m_meta;
    std::int64_t m_modelId = 0;
    std::size_t m_dim = 0;
    std::size_t m_rows = 0;
};

} // namespace ewb::core
