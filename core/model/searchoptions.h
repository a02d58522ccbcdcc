#pragma once

#include <cstddef>

namespace ewb::core {

/// How an exact neighbour search spends memory and threads. None of these settings changes a
/// result: every combination returns the same rows with the same scores, bit for bit.
struct SearchOptions
{
    /// Whether to scan an int8 screening copy of the unit matrix (a quarter of its size) before
    /// rescoring the few rows that can still make the top k (see ScreeningMatrix).
    enum class Screening {
        Automatic, ///< build the copy lazily at the second search over a large matrix
        Always, ///< build it at the first search, whatever the size
        Never, ///< always scan the float matrix
    };
    Screening screening = Screening::Automatic;

    /// Threads one search may use; 0 means std::thread::hardware_concurrency(). Raising it cuts
    /// the latency of searches over large matrices on an idle machine; 1 keeps every search on
    /// the calling thread.
    std::size_t threads = 0;

    /// Matrix elements (rows x dim) one thread must have to scan before another thread is
    /// started. Lowering it splits smaller searches (thread start-up costs some tens of
    /// microseconds); raising it keeps more searches on one thread.
    std::size_t elementsPerThread = 4'000'000;

    /// Under Automatic, matrices with fewer elements are never screened: a float scan of them
    /// takes only a few milliseconds and the copy would not pay for itself.
    std::size_t screeningMinimum = 1'000'000;
};

} // namespace ewb::core
