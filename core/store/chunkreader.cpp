#include "core/store/chunkreader.h"

#include "core/store/crc32c.h"
#include "core/store/database.h"
#include "core/store/finitecheck.h"
#include "core/store/sqliteerror.h"
#include "core/store/statement.h"

#include <sqlite3.h>

#if defined(__linux__)
#include <sys/mman.h>
#endif

#include <algorithm>
#include <bit>
#include <climits>
#include <cstdint>
#include <cstring>
#include <string>
#include <thread>

namespace ewb::core {

namespace {

    constexpr std::size_t kMaxChunkRows = 65536;
    // Blobs are read in slices this big; a slice stays in the L2 cache while its checksum and
    // finiteness are checked. Each call to sqlite3_blob_read also reads up to one page through
    // SQLite's page cache instead of straight into our buffer, so much smaller slices cost more.
    constexpr std::size_t kSliceBytes = 256u << 10;
    // Smaller destinations are mapped by the reads themselves: a thread costs more than that.
    constexpr std::size_t kPrefaultBytes = 4u << 20;

    // Stored values are little-endian; on a big-endian host turn them around in place.
    [[maybe_unused]] void swapToHost(std::byte *p, std::size_t bytes)
    {
        for (std::size_t i = 0; i + 4 <= bytes; i += 4) {
            std::uint32_t bits;
            std::memcpy(&bits, p + i, 4);
            bits = __builtin_bswap32(bits);
            std::memcpy(p + i, &bits, 4);
        }
    }

    // Maps the destination's pages ahead of the reads that fill them, in steps, on its own
    // thread: a page fault per 4 KiB page costs about as much as the copy itself (above all in
    // virtual machines), and on a second core the mapping overlaps the reading. A read that
    // overtakes it simply faults its pages in as usual. Advisory: on failure (older kernel,
    // other systems) nothing changes.
    void prefault([[maybe_unused]] std::span<float> dest, [[maybe_unused]] std::stop_token stop)
    {
#if defined(__linux__) && defined(MADV_POPULATE_WRITE)
        constexpr std::uintptr_t pageSize = 4096;
        constexpr std::uintptr_t step = 8u << 20;
        const auto first = reinterpret_cast<std::uintptr_t>(dest.data());
        const auto begin = (first + pageSize - 1) & ~(pageSize - 1);
        const auto end = (first + dest.size_bytes()) & ~(pageSize - 1);
        for (std::uintptr_t at = begin; at < end && !stop.stop_requested(); at += step) {
            if (madvise(reinterpret_cast<void *>(at), std::min(step, end - at), MADV_POPULATE_WRITE)
                != 0)
                return;
        }
#endif
    }

    // RAII for an incremental-I/O blob handle.
    struct BlobHandle
    {
        sqlite3_blob *blob = nullptr;
        ~BlobHandle() { sqlite3_blob_close(blob); }
    };

} // namespace

std::string ChunkReader::where(std::size_t chunk) const
{
    return std::string(m_table == ChunkTable::ModelVectors ? "model " : "checkpoint ")
        + std::to_string(m_ownerId) + " chunk " + std::to_string(chunk);
}

Result<ChunkReader> ChunkReader::open(Database &db, ChunkTable table, std::int64_t ownerId,
                                      std::size_t rows, std::size_t dim)
{
    ChunkReader reader;
    reader.m_db = &db;
    reader.m_table = table;
    reader.m_ownerId = ownerId;
    reader.m_rows = rows;
    reader.m_dim = dim;
    const char *sql = table == ChunkTable::ModelVectors
        ? "SELECT id, chunk, first_row, rows, checksum, typeof(data), length(data) "
          "FROM vector_chunks WHERE model_id = ?1 ORDER BY chunk"
        : "SELECT id, chunk, first_row, rows, checksum, typeof(data), length(data) "
          "FROM checkpoint_chunks WHERE checkpoint_id = ?1 ORDER BY chunk";
    auto stmt = Statement::prepare(db, sql);
    if (!stmt)
        return stmt.error();
    stmt->bind(1, ownerId);
    std::size_t nextRow = 0;
    for (;;) {
        auto row = stmt->step();
        if (!row)
            return row.error();
        if (!*row)
            break;
        const std::size_t index = reader.m_chunks.size();
        const std::int64_t chunkNo = stmt->columnInt64(1);
        const std::int64_t firstRow = stmt->columnInt64(2);
        const std::int64_t chunkRows = stmt->columnInt64(3);
        const std::int64_t checksum = stmt->columnInt64(4);
        const bool isBlob = stmt->columnText(5) == "blob";
        const std::int64_t bytes = stmt->columnInt64(6);
        auto corrupt = [&](const std::string &what) {
            return fail(ErrorCode::DatabaseCorrupt,
                        reader.where(index) + " in " + db.path().string() + ": " + what);
        };
        if (chunkNo != static_cast<std::int64_t>(index))
            return corrupt("chunk number " + std::to_string(chunkNo) + " out of sequence");
        if (firstRow != static_cast<std::int64_t>(nextRow))
            return corrupt("starts at row " + std::to_string(firstRow) + ", expected "
                           + std::to_string(nextRow));
        if (chunkRows < 1 || static_cast<std::size_t>(chunkRows) > kMaxChunkRows
            || static_cast<std::size_t>(chunkRows) > rows - nextRow)
            return corrupt("invalid row count " + std::to_string(chunkRows));
        if (checksum < 0 || checksum > 0xFFFFFFFFll)
            return corrupt("invalid checksum value");
        // rows <= 65536 and dim <= 65536 keep this product far from overflow.
        const std::uint64_t expectedBytes = static_cast<std::uint64_t>(chunkRows) * dim * 4;
        if (!isBlob || expectedBytes > INT_MAX
            || static_cast<std::uint64_t>(bytes) != expectedBytes)
            return corrupt("data is " + std::to_string(bytes) + " bytes, expected "
                           + std::to_string(expectedBytes));
        reader.m_chunks.push_back({ stmt->columnInt64(0), nextRow,
                                    static_cast<std::size_t>(chunkRows),
                                    static_cast<std::uint32_t>(checksum) });
        nextRow += static_cast<std::size_t>(chunkRows);
    }
    if (nextRow != rows) {
        return fail(ErrorCode::DatabaseCorrupt,
                    reader.where(reader.m_chunks.size()) + " in " + db.path().string()
                        + ": vectors end after " + std::to_string(nextRow) + " rows, expected "
                        + std::to_string(rows));
    }
    return reader;
}

Result<std::uint32_t> ChunkReader::readInto(std::span<float> dest, std::stop_token stop)
{
    const bool verifyOnly = dest.empty();
    if (!verifyOnly && dest.size() != m_rows * m_dim)
        return fail(ErrorCode::Internal, "destination size does not match the vectors");
    std::vector<float> scratch;
    std::jthread prefaulter;
    if (verifyOnly)
        scratch.resize(kSliceBytes / sizeof(float));
    else if (dest.size_bytes() >= kPrefaultBytes)
        prefaulter = std::jthread([dest](std::stop_token done) { prefault(dest, done); });
    BlobHandle handle;
    const char *tableName
        = m_table == ChunkTable::ModelVectors ? "vector_chunks" : "checkpoint_chunks";
    std::uint32_t total = 0;
    for (std::size_t i = 0; i < m_chunks.size(); ++i) {
        if (stop.stop_requested())
            return fail(ErrorCode::Cancelled, "reading " + where(i) + " was cancelled");
        const Chunk &chunk = m_chunks[i];
        const std::size_t bytes = chunk.rows * m_dim * sizeof(float);
        // Incremental blob I/O copies the value straight into our buffer (no SQLite-side copy).
        int rc = handle.blob == nullptr ? sqlite3_blob_open(m_db->handle(), "main", tableName,
                                                            "data", chunk.rowId, 0, &handle.blob)
                                        : sqlite3_blob_reopen(handle.blob, chunk.rowId);
        if (rc == SQLITE_OK && sqlite3_blob_bytes(handle.blob) != static_cast<int>(bytes))
            rc = SQLITE_CORRUPT;
        auto *chunkOut = reinterpret_cast<std::byte *>(
            verifyOnly ? scratch.data() : dest.data() + chunk.firstRow * m_dim);
        std::uint32_t sum = 0;
        std::size_t nonFinite = SIZE_MAX; // value index within the chunk
        // Slice by slice, so that the checksum and the finiteness check read each slice while it
        // is still in the CPU cache: the vectors cross main memory once, as when copying a file.
        for (std::size_t offset = 0; rc == SQLITE_OK && offset < bytes; offset += kSliceBytes) {
            const std::size_t length = std::min(kSliceBytes, bytes - offset);
            std::byte *out = verifyOnly ? chunkOut : chunkOut + offset;
            rc = sqlite3_blob_read(handle.blob, out, static_cast<int>(length),
                                   static_cast<int>(offset));
            if (rc != SQLITE_OK)
                break;
            sum = crc32c(std::span<const std::byte>(out, length), sum);
            if constexpr (std::endian::native == std::endian::big)
                swapToHost(out, length);
            const std::span<const std::byte> slice(out, length);
            if (nonFinite == SIZE_MAX && !allFinite(slice))
                nonFinite = offset / 4 + firstNonFinite(slice);
        }
        if (rc != SQLITE_OK)
            return sqliteError(rc, m_db->handle(), "reading " + where(i), m_db->path());
        if (sum != chunk.checksum) {
            return fail(ErrorCode::DatabaseCorrupt,
                        where(i) + " in " + m_db->path().string() + ": checksum mismatch");
        }
        total = crc32cCombine(total, sum, bytes);
        if (nonFinite != SIZE_MAX) {
            return fail(ErrorCode::DatabaseCorrupt,
                        where(i) + " in " + m_db->path().string() + ": row "
                            + std::to_string(chunk.firstRow + nonFinite / m_dim)
                            + " holds a non-finite value");
        }
    }
    return total;
}

} // namespace ewb::core
