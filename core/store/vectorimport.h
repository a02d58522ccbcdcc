#pragma once

#include "core/common/result.h"
#include "core/formats/vectorfileheader.h"
#include "core/formats/vectorreadoptions.h"
#include "core/formats/vectorreadreport.h"
#include "core/store/modelmetadata.h"

#include <cstdint>
#include <filesystem>
#include <functional>

namespace ewb::core {

class Database;
class VectorFileReader;

/// Streams a word2vec text, word2vec binary or GloVe file into the store row by row: one
/// vector in memory at a time, so a 3M x 300 file imports without a second copy of it. The
/// model appears complete or not at all (ModelWriter). Rows are stored in file order, which for
/// these formats is frequency order; counts are unknown (0).
class VectorImport
{
public:
    struct Outcome
    {
        std::int64_t modelId = 0;
        VectorFileHeader header;
        VectorReadReport report;
    };
    /// Called with (rows read, rows expected) at most every 4096 rows.
    using Progress = std::function<void(std::size_t done, std::size_t total)>;

    /// Imports of an estimated size from this many bytes write through Database::beginBulkWrite()
    /// when no other connection has the file open: the vectors reach the disk once, not twice.
    static constexpr std::uint64_t bulkWriteBytes = 64u << 20;

    /// Imports path as a new model described by meta (source is set to Imported). Fails with the
    /// errors of VectorFileReader and ModelWriter; Cancelled through options.stop. On failure
    /// nothing is stored. `bulkFromBytes` is the size from which the bulk write is tried.
    static Result<Outcome> run(Database &db, const std::filesystem::path &path, ModelMetadata meta,
                               const VectorReadOptions &options = {}, const Progress &progress = {},
                               std::uint64_t bulkFromBytes = bulkWriteBytes);

private:
    static Result<Outcome> writeRows(Database &db, VectorFileReader &reader,
                                     const VectorFileHeader &header, ModelMetadata meta,
                                     const VectorReadOptions &options, const Progress &progress);
};

} // namespace ewb::core
