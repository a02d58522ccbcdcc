#pragma once

#include <cstddef>
#include <exception>
#include <system_error>
#include <thread>
#include <vector>

namespace ewb::core {

/// Runs a job split into parts on short-lived std::jthreads: part 0 on the calling thread, the
/// others on one thread each, and returns when all are done. Used by the exact neighbour search
/// and by the index build to spread one pass over a large matrix across cores.
///
/// `job(part)` must not throw (a throwing thread would terminate the process), must write only
/// to state of its own part, and must give results that do not depend on how many parts run at
/// once. When the system cannot start another thread the remaining parts run on the caller, so
/// the work always completes. Creating a thread costs some tens of microseconds: split only work
/// of a millisecond or more.
class ParallelParts
{
public:
    /// A sensible number of parts for `work` units when `minimumPerPart` units are worth one
    /// thread: between 1 and `threads`.
    static std::size_t partsFor(std::size_t work, std::size_t minimumPerPart, std::size_t threads)
    {
        if (threads <= 1 || minimumPerPart == 0)
            return threads == 0 ? 1 : threads;
        const std::size_t useful = work / minimumPerPart;
        return useful < 1 ? 1 : (useful < threads ? useful : threads);
    }

    /// Calls job(0) ... job(parts - 1), concurrently when parts > 1.
    template<typename Job> static void run(std::size_t parts, Job &&job)
    {
        std::vector<std::jthread> threads;
        std::size_t next = 1;
        try {
            threads.reserve(parts > 1 ? parts - 1 : 0);
            for (; next < parts; ++next)
                threads.emplace_back([&job, next] { job(next); });
        } catch (const std::exception &) {
            // No thread (std::system_error) or no memory for the handle: the caller does the
            // parts that did not start, after its own.
        }
        job(std::size_t { 0 });
        for (std::size_t part = next; part < parts; ++part)
            job(part);
    }
};

} // namespace ewb::core
