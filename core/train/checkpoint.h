#pragma once

#include "core/model/embeddingmodel.h"

#include <cstddef>

namespace ewb::core {

/// A snapshot of training, taken while the workers are stopped between two stretches of work:
/// a copy of the input vectors (the ones the final model holds), row i for vocabulary word i.
struct Checkpoint
{
    std::size_t epoch = 0; ///< epoch in progress or just finished, 1-based
    bool epochEnd = false; ///< true when taken at the end of that epoch
    double fraction = 0; ///< share of the whole run done, 0..1
    double epochLoss = 0; ///< mean loss per pair of that epoch so far
    Matrix vectors; ///< words x dim
};

} // namespace ewb::core
