#pragma once

#include "core/common/result.h"
#include "core/store/chunkwriter.h"

#include <cstddef>
#include <cstdint>
#include <span>
#include <stop_token>
#include <vector>

namespace ewb::core {

class Database;

/// Reads the chunked vectors of one owner back, treating the file as untrusted (RELIABILITY R5):
/// open() checks the chunk list against the expected shape (consecutive chunk numbers, first
/// rows without gaps or overlaps, 1..65536 rows each, blob length == rows * dim * 4) before
/// anything is allocated or read; readInto() then copies each blob straight into the caller's
/// buffer with incremental blob I/O, slice by slice, checking every chunk's CRC-32C and that all
/// values are finite while each slice is still in the CPU cache. Problems are DatabaseCorrupt with
/// the owner, chunk and row named. Not thread-safe.
class ChunkReader
{
public:
    /// Lists and checks the chunks of `ownerId` in `table` for `rows` x `dim` values.
    static Result<ChunkReader> open(Database &db, ChunkTable table, std::int64_t ownerId,
                                    std::size_t rows, std::size_t dim);

    /// Reads all values into `dest` (rows * dim floats, row-major), or only verifies them when
    /// `dest` is empty. Returns the CRC-32C over all values (compare with the stored total).
    /// Checks `stop` between chunks (Cancelled).
    Result<std::uint32_t> readInto(std::span<float> dest, std::stop_token stop = {});

private:
    struct Chunk
    {
        std::int64_t rowId = 0;
        std::size_t firstRow = 0;
        std::size_t rows = 0;
        std::uint32_t checksum = 0;
    };

    ChunkReader() = default;
    std::string where(std::size_t chunk) const;

    Database *m_db = nullptr;
    ChunkTable m_table = ChunkTable::ModelVectors;
    std::int64_t m_ownerId = 0;
    std::size_t m_rows = 0;
    std::size_t m_dim = 0;
    std::vector<Chunk> m_chunks;
};

} // namespace ewb::core
