#pragma once

#include <cstddef>
#include <cstdint>

namespace ewb::core {

/// A stored training checkpoint without its vectors. The vectors have the row order of the
/// run's vocabulary (the same as the words of the model the run produced).
struct CheckpointInfo
{
    std::int64_t id = 0; ///< assigned by the store
    std::int64_t runId = 0;
    std::uint32_t epoch = 0; ///< 1-based epoch in progress or just finished
    bool epochEnd = false; ///< taken at the end of that epoch
    double fraction = 0; ///< share of the run done, 0..1
    double elapsedSeconds = 0; ///< active training time when taken
    double loss = 0; ///< mean loss per pair of the epoch so far; NaN when unknown
    std::size_t rows = 0; ///< set by the store
    std::size_t dim = 0; ///< set by the store
    std::int64_t createdMs = 0; ///< set by the store
};

} // namespace ewb::core
