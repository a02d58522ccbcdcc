#pragma once

#include "core/store/modelmetadata.h"

#include <cstddef>
#include <cstdint>
#include <string>

namespace ewb::core {

/// A stored model as listed by ModelStore, without its words and vectors.
struct ModelInfo
{
    std::int64_t id = 0;
    std::string name;
    std::size_t dim = 0;
    std::size_t vocabSize = 0;
    ModelSource source = ModelSource::Trained;
    std::int64_t runId = 0; ///< 0 when no run is attached
    std::string paramsJson;
    std::string notes;
    std::int64_t createdMs = 0; ///< Unix epoch milliseconds (UTC) of the save
    std::uint32_t vectorsChecksum = 0; ///< CRC-32C of all vectors as float32 LE, row order
    std::uint32_t wordsChecksum = 0; ///< see ModelChecksum
};

} // namespace ewb::core
