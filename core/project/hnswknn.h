#pragma once

#include "core/common/result.h"
#include "core/model/embeddingmodel.h"
#include "core/project/distancemetric.h"

#include <cstddef>
#include <cstdint>
#include <stop_token>
#include <vector>

namespace ewb::core {

/// The approximate neighbour search of KnnGraph, through hnswlib (the only file that includes
/// it, so its warnings stay out of our -Werror build). Not meant to be used directly.
class HnswKnn
{
public:
    /// Row indices of about the k nearest neighbours of every row (self excluded), k per row,
    /// not sorted. `points` must be finite and, for Cosine, already unit-normalised. Inserts
    /// in row order when threads == 1 (deterministic for a seed), in parallel otherwise; the
    /// queries are read-only and run on `threads` workers. Fails with Cancelled or OutOfMemory.
    static Result<std::vector<std::uint32_t>> search(const Matrix &points, std::size_t k,
                                                     DistanceMetric metric, std::uint64_t seed,
                                                     std::size_t threads, std::stop_token stop);
};

} // namespace ewb::core
