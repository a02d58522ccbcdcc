#pragma once

#include "core/common/result.h"

#include <cstddef>
#include <cstdint>

namespace ewb::core {

/// Settings of a NeighbourIndex (an HNSW graph, Malkov and Yashunin 2018). The defaults reach
/// recall@10 above 0.95 on word vectors of a million rows; the recall of a particular model is
/// measured by NeighbourIndex::measureRecall().
struct NeighbourIndexOptions
{
    /// Links per row in the upper layers (twice as many in the bottom layer), 2..100. Raising it
    /// improves recall on high-dimensional or weakly clustered vectors at the cost of memory
    /// (8 * m bytes a row), build time and query time; lowering it does the reverse.
    std::size_t m = 16;

    /// Candidates examined when linking a new row, m..10,000. Raising it builds a better graph
    /// (higher recall at the same efSearch) in proportionally longer time.
    std::size_t efConstruction = 200;

    /// Default candidates examined per query when the caller passes ef = 0, 1..100,000 (a query
    /// always examines at least k). Raising it raises recall and query time.
    std::size_t efSearch = 64;

    /// Threads that insert rows during the build; 0 means std::thread::hardware_concurrency().
    /// With more than one thread the graph depends on scheduling; with 1 it is reproducible.
    std::size_t threads = 0;

    /// Seed of the random layer assignment.
    std::uint64_t seed = 100;

    /// InvalidArgument naming the first field outside its range.
    Result<void> validate() const;
};

} // namespace ewb::core
