#pragma once

#include "core/common/result.h"
#include "core/formats/vectorformat.h"
#include "core/formats/vectorreadoptions.h"
#include "core/formats/vectorreadreport.h"
#include "core/model/embeddingmodel.h"

#include <filesystem>
#include <memory>
#include <stop_token>

namespace ewb::core {

/// Reads a whole word2vec text, word2vec binary or GloVe text file into a model, filling its
/// matrix row by row as the file is streamed (one copy of the vectors in memory; the matrix is
/// sized from the header, which is checked against the file size first). Word counts are
/// unknown in these formats and left empty. Fails as VectorFileReader::open and next() do, with
/// OutOfMemory when the matrix cannot be allocated, with EmptyInput when no vector survives,
/// and as EmbeddingModel::create; nothing is returned on failure. When report is given it
/// receives the counts of dropped and repaired rows. Runs on the calling thread; cancel
/// through options.stop.
Result<std::shared_ptr<const EmbeddingModel>>
readEmbeddingFile(const std::filesystem::path &path, const VectorReadOptions &options = {},
                  VectorReadReport *report = nullptr);

/// Writes every vector of model to path in format (Auto: from the file name, see
/// vectorFormatForPath), atomically: the file appears complete or not at all, and an existing
/// file is replaced only on success. Fails as VectorFileWriter does, or with Cancelled when
/// stop is requested (checked every 1024 vectors; the partial output is removed).
Result<void> writeEmbeddingFile(const EmbeddingModel &model, const std::filesystem::path &path,
                                VectorFormat format = VectorFormat::Auto,
                                std::stop_token stop = {});

} // namespace ewb::core
