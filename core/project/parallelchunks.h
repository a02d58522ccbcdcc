#pragma once

#include "core/common/result.h"

#include <cstddef>
#include <functional>
#include <stop_token>

namespace ewb::core {

/// Runs work over a fixed set of chunks on a few threads. The chunks, not the threads, define
/// how work is split: when each chunk writes only its own outputs and the caller combines
/// per-chunk results in chunk order, the result is bit-identical for any thread count.
class ParallelChunks
{
public:
    /// Calls work(chunk) once for every chunk in [0, chunkCount), on the calling thread plus up
    /// to threads - 1 helper threads, which take chunks in increasing order. Checks `stop` before
    /// each chunk and then fails with Cancelled (chunks already started finish first). An
    /// exception thrown by work becomes OutOfMemory (std::bad_alloc) or Internal; the remaining
    /// chunks are skipped. Returns when every started chunk has finished.
    static Result<void> run(std::size_t chunkCount, std::size_t threads, std::stop_token stop,
                            const std::function<void(std::size_t chunk)> &work);
};

} // namespace ewb::core
