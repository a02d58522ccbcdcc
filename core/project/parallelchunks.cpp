#include "core/project/parallelchunks.h"

#include <atomic>
#include <exception>
#include <mutex>
#include <new>
#include <optional>
#include <thread>
#include <vector>

namespace ewb::core {

Result<void> ParallelChunks::run(std::size_t chunkCount, std::size_t threads, std::stop_token stop,
                                 const std::function<void(std::size_t chunk)> &work)
{
    std::atomic<std::size_t> next { 0 };
    std::atomic<bool> halted { false };
    std::mutex errorMutex;
    std::optional<Error> error;
    const auto record = [&](Error e) {
        const std::lock_guard lock(errorMutex);
        if (!error)
            error = std::move(e);
        halted.store(true, std::memory_order_relaxed);
    };
    const auto loop = [&] {
        for (;;) {
            if (halted.load(std::memory_order_relaxed))
                return;
            const std::size_t chunk = next.fetch_add(1, std::memory_order_relaxed);
            if (chunk >= chunkCount)
                return;
            if (stop.stop_requested()) {
                record(fail(ErrorCode::Cancelled, "cancelled"));
                return;
            }
            try {
                work(chunk);
            } catch (const std::bad_alloc &) {
                record(fail(ErrorCode::OutOfMemory, "out of memory in a worker thread"));
            } catch (const std::exception &e) {
                record(fail(ErrorCode::Internal, std::string("worker thread failed: ") + e.what()));
            }
        }
    };

    std::vector<std::jthread> helpers;
    const std::size_t wanted = std::min(threads, chunkCount);
    try {
        for (std::size_t t = 1; t < wanted; ++t)
            helpers.emplace_back(loop);
    } catch (const std::exception &) {
        // Fewer helpers than asked (no thread or memory left): the chunks still all run.
    }
    loop();
    helpers.clear();
    if (error)
        return *error;
    return {};
}

} // namespace ewb::core
