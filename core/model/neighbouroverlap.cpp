#include "core/model/neighbouroverlap.h"

#include <set>
#include <string>

namespace ewb::core {

NeighbourOverlap NeighbourOverlap::of(const std::vector<Neighbour> &a,
                                      const std::vector<Neighbour> &b)
{
    std::set<std::string> left;
    for (const Neighbour &n : a)
        left.insert(n.word);
    std::set<std::string> right;
    for (const Neighbour &n : b)
        right.insert(n.word);
    NeighbourOverlap overlap;
    for (const std::string &word : right)
        overlap.shared += left.count(word);
    const std::size_t all = left.size() + right.size() - overlap.shared;
    if (all > 0)
        overlap.jaccard = double(overlap.shared) / double(all);
    return overlap;
}

} // namespace ewb::core
