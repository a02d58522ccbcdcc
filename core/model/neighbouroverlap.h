#pragma once

#include "core/model/neighbour.h"

#include <cstddef>
#include <optional>
#include <vector>

namespace ewb::core {

/// How far two neighbour lists agree, compared by word: the words they share and the Jaccard
/// index |A ∩ B| / |A ∪ B| in [0, 1] (1: the same words, 0: none in common; the order and the
/// scores do not count). Used to compare two models' neighbourhoods of the same query word
/// (Jaccard@k). Pure function; any thread.
struct NeighbourOverlap
{
    std::size_t shared = 0;
    /// Unset when both lists are empty.
    std::optional<double> jaccard;

    static NeighbourOverlap of(const std::vector<Neighbour> &a, const std::vector<Neighbour> &b);
};

} // namespace ewb::core
