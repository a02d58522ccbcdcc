#pragma once

#include "core/common/result.h"
#include "core/store/statement.h"

#include <cstddef>
#include <cstdint>
#include <span>
#include <vector>

namespace ewb::core {

class Database;

/// The tables that hold chunked vectors; each chunk row has (owner, chunk, first_row, rows,
/// data, checksum) where data is rows x dim float32 little-endian and checksum its CRC-32C.
enum class ChunkTable {
    ModelVectors, ///< vector_chunks, owned by models.id
    CheckpointVectors, ///< checkpoint_chunks, owned by checkpoints.id
};

/// Streams vectors row by row into a chunk table: rows are buffered until a chunk is full
/// (rowsPerChunk(dim) rows), then written with one prepared INSERT. Must run inside a
/// Transaction of the same Database, which makes all chunks appear at once. Memory: one chunk
/// (at most 16 MiB). Not thread-safe.
class ChunkWriter
{
public:
    /// Rows per chunk for vectors of `dim` values: as many as fit in 16 MiB, at least 1 and at
    /// most 65536. Bigger chunks mean fewer rows but more memory per read or write.
    static std::size_t rowsPerChunk(std::size_t dim);

    /// Prepares writing the vectors of `ownerId` (dim >= 1) into `table`.
    static Result<ChunkWriter> start(Database &db, ChunkTable table, std::int64_t ownerId,
                                     std::size_t dim);

    /// Appends one row; `row.size()` must equal dim. Fails with the mapped SQLite error
    /// (DiskFull, IoError, ...) when a full chunk cannot be written.
    Result<void> addRow(std::span<const float> row);
    /// Writes the last, partial chunk. Call once after the last row.
    Result<void> finish();

    std::size_t rows() const { return m_rows; }
    /// CRC-32C over all rows written so far, in stored layout (ModelChecksum::vectors()).
    std::uint32_t checksum() const { return m_checksum; }

private:
    ChunkWriter() = default;
    Result<void> flush();

    Statement m_insert;
    std::int64_t m_ownerId = 0;
    std::size_t m_dim = 0;
    std::size_t m_chunkRows = 0;
    std::vector<std::byte> m_buffer;
    std::size_t m_bufferedRows = 0;
    std::size_t m_rows = 0;
    std::int64_t m_nextChunk = 0;
    std::uint32_t m_checksum = 0;
};

} // namespace ewb::core
