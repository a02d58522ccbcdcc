#pragma once

#include "core/common/result.h"
#include "core/store/modelinfo.h"

#include <cstdint>
#include <memory>
#include <stop_token>
#include <string>
#include <vector>

namespace ewb::core {

class Database;
class EmbeddingModel;

/// Reads one stored model back and treats the file as untrusted (RELIABILITY R5): the shape in
/// the model row must be sane (1..65536 values per row, at least one row), the word rows must
/// be exactly 0..n-1 with non-empty text and non-negative counts, the vector chunks must match
/// the shape byte for byte, every checksum must agree and every value must be finite; all of
/// this is checked before memory is sized from file content. Problems are DatabaseCorrupt,
/// naming the model and the place. Not thread-safe; the Database must outlive the reader.
class ModelReader
{
public:
    explicit ModelReader(Database &db) : m_db(db) { }

    /// Loads the model described by `info` (from ModelStore::info). Fails with DatabaseCorrupt,
    /// OutOfMemory, Cancelled (`stop` is checked between chunks) or the mapped SQLite error.
    Result<std::shared_ptr<const EmbeddingModel>> load(const ModelInfo &info,
                                                       std::stop_token stop = {});
    /// Performs every check of load() without keeping the model in memory (one chunk at a time).
    Result<void> verify(const ModelInfo &info, std::stop_token stop = {});

private:
    Result<void> checkShape(const ModelInfo &info) const;
    Result<void> readWords(const ModelInfo &info, std::vector<std::string> *words,
                           std::vector<std::uint64_t> *counts);
    Error corrupt(const ModelInfo &info, const std::string &what) const;

    Database &m_db;
};

} // namespace ewb::core
