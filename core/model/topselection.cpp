#include "core/model/topselection.h"

#include <algorithm>
#include <cassert>

namespace ewb::core {

namespace {

    bool isExcluded(std::size_t row, std::span<const std::size_t> excluded)
    {
        return std::find(excluded.begin(), excluded.end(), row) != excluded.end();
    }

    bool isZeroRow(std::size_t row, const Eigen::VectorXf &norms)
    {
        return norms[static_cast<Eigen::Index>(row)] == 0.0f;
    }

    // Heap order: the "largest" element under this comparison is the worst entry kept so far.
    bool better(const TopSelection::Entry &a, const TopSelection::Entry &b)
    {
        return a.score > b.score || (a.score == b.score && a.row < b.row);
    }

} // namespace

std::vector<TopSelection::Entry> TopSelection::select(std::span<const float> scores, std::size_t k,
                                                      std::span<const std::size_t> excluded,
                                                      const Eigen::VectorXf &norms)
{
    assert(scores.size() <= static_cast<std::size_t>(norms.size()));
    std::vector<Entry> heap;
    if (k == 0)
        return heap;
    heap.reserve(std::min(k, scores.size()));
    for (std::size_t row = 0; row < scores.size(); ++row) {
        const float score = scores[row];
        // Rows arrive in increasing order, so a later row with an equal score never beats the
        // worst kept entry: a strict comparison is enough. Exclusion and zero checks are only
        // paid by the few rows that would enter the heap.
        if (heap.size() == k && !(score > heap.front().score))
            continue;
        if (isZeroRow(row, norms) || isExcluded(row, excluded))
            continue;
        if (heap.size() == k) {
            std::pop_heap(heap.begin(), heap.end(), better);
            heap.back() = Entry { row, score };
        } else {
            heap.push_back(Entry { row, score });
        }
        std::push_heap(heap.begin(), heap.end(), better);
    }
    std::sort_heap(heap.begin(), heap.end(), better);
    return heap;
}

std::size_t TopSelection::rankOf(std::span<const float> scores, std::size_t row,
                                 std::span<const std::size_t> excluded,
                                 const Eigen::VectorXf &norms)
{
    assert(row < scores.size());
    const Entry target { row, scores[row] };
    std::size_t rank = 1;
    for (std::size_t other = 0; other < scores.size(); ++other) {
        if (other != row && better(Entry { other, scores[other] }, target)
            && !isZeroRow(other, norms) && !isExcluded(other, excluded))
            ++rank;
    }
    return rank;
}

} // namespace ewb::core
