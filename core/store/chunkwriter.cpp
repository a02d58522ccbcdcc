#include "core/store/chunkwriter.h"

#include "core/store/crc32c.h"
#include "core/store/database.h"

#include <algorithm>
#include <bit>
#include <cstring>

namespace ewb::core {

namespace {

    constexpr std::size_t kMaxChunkBytes = 16u << 20;
    constexpr std::size_t kMaxChunkRows = 65536;

} // namespace

std::size_t ChunkWriter::rowsPerChunk(std::size_t dim)
{
    return std::clamp<std::size_t>(kMaxChunkBytes / (std::max<std::size_t>(dim, 1) * 4), 1,
                                   kMaxChunkRows);
}

Result<ChunkWriter> ChunkWriter::start(Database &db, ChunkTable table, std::int64_t ownerId,
                                       std::size_t dim)
{
    if (dim == 0)
        return fail(ErrorCode::InvalidArgument, "vectors need at least one dimension");
    const char *sql = table == ChunkTable::ModelVectors
        ? "INSERT INTO vector_chunks (model_id, chunk, first_row, rows, data, checksum) "
          "VALUES (?1, ?2, ?3, ?4, ?5, ?6)"
        : "INSERT INTO checkpoint_chunks (checkpoint_id, chunk, first_row, rows, data, "
          "checksum) VALUES (?1, ?2, ?3, ?4, ?5, ?6)";
    auto insert = Statement::prepare(db, sql);
    if (!insert)
        return insert.error();
    ChunkWriter writer;
    writer.m_insert = std::move(*insert);
    writer.m_ownerId = ownerId;
    writer.m_dim = dim;
    writer.m_chunkRows = rowsPerChunk(dim);
    try {
        writer.m_buffer.reserve(writer.m_chunkRows * dim * 4);
    } catch (const std::bad_alloc &) {
        return fail(ErrorCode::OutOfMemory,
                    "cannot allocate a chunk buffer for dim " + std::to_string(dim));
    }
    return writer;
}

Result<void> ChunkWriter::addRow(std::span<const float> row)
{
    if (row.size() != m_dim) {
        return fail(ErrorCode::InvalidArgument,
                    "vector of row " + std::to_string(m_rows) + " has " + std::to_string(row.size())
                        + " values, expected " + std::to_string(m_dim));
    }
    if constexpr (std::endian::native == std::endian::little) {
        // Appended without zero-filling first (the buffer's capacity is reserved once).
        const auto *bytes = reinterpret_cast<const std::byte *>(row.data());
        m_buffer.insert(m_buffer.end(), bytes, bytes + row.size() * 4);
    } else {
        const std::size_t offset = m_buffer.size();
        m_buffer.resize(offset + row.size() * 4);
        for (std::size_t i = 0; i < row.size(); ++i) {
            const auto bits = std::bit_cast<std::uint32_t>(row[i]);
            for (std::size_t b = 0; b < 4; ++b)
                m_buffer[offset + 4 * i + b] = static_cast<std::byte>((bits >> (8 * b)) & 0xFFu);
        }
    }
    ++m_bufferedRows;
    ++m_rows;
    if (m_bufferedRows == m_chunkRows)
        return flush();
    return {};
}

Result<void> ChunkWriter::finish()
{
    return m_bufferedRows > 0 ? flush() : Result<void>();
}

Result<void> ChunkWriter::flush()
{
    const std::uint32_t chunkSum = crc32c(m_buffer);
    // The running total is joined arithmetically rather than by reading the chunk again.
    m_checksum = crc32cCombine(m_checksum, chunkSum, m_buffer.size());
    m_insert.reset();
    m_insert.bind(1, m_ownerId)
        .bind(2, m_nextChunk)
        .bind(3, static_cast<std::int64_t>(m_rows - m_bufferedRows))
        .bind(4, static_cast<std::int64_t>(m_bufferedRows))
        .bindBlob(5, m_buffer)
        .bind(6, static_cast<std::int64_t>(chunkSum));
    auto done = m_insert.run();
    // Drop the binding now: it points into m_buffer, which is about to be refilled.
    m_insert.reset();
    if (!done)
        return done.error();
    ++m_nextChunk;
    m_bufferedRows = 0;
    m_buffer.clear();
    return {};
}

} // namespace ewb::core
