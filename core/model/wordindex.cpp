#include "core/model/wordindex.h"

#include <algorithm>
#include <bit>
#include <functional>
#include <new>

namespace ewb::core {

std::uint64_t WordIndex::hashOf(std::string_view word)
{
    return std::hash<std::string_view> {}(word);
}

Result<WordIndex> WordIndex::build(const std::vector<std::string> &words)
{
    if (words.size() >= (std::size_t(1) << 31))
        return fail(ErrorCode::InvalidArgument,
                    std::to_string(words.size()) + " words are more than a model can index");
    WordIndex index;
    try {
        const std::size_t capacity = std::bit_ceil(std::max<std::size_t>(16, words.size() * 2));
        index.m_slots.assign(capacity, Slot {});
        index.m_mask = capacity - 1;
    } catch (const std::bad_alloc &) {
        return fail(ErrorCode::OutOfMemory,
                    "cannot allocate the word index of " + std::to_string(words.size()) + " words");
    }
    for (std::size_t row = 0; row < words.size(); ++row) {
        const std::string &word = words[row];
        if (word.empty())
            return fail(ErrorCode::InvalidArgument,
                        "word at row " + std::to_string(row) + " is empty");
        const std::uint64_t hash = hashOf(word);
        const auto tag = static_cast<std::uint32_t>(hash >> 32);
        for (std::uint64_t at = hash & index.m_mask;; at = (at + 1) & index.m_mask) {
            Slot &slot = index.m_slots[at];
            if (slot.row == 0) {
                slot = { static_cast<std::uint32_t>(row + 1), tag };
                break;
            }
            if (slot.tag == tag && words[slot.row - 1] == word)
                return fail(ErrorCode::InvalidArgument,
                            "word '" + word + "' occurs twice, at rows "
                                + std::to_string(slot.row - 1) + " and " + std::to_string(row));
        }
    }
    return index;
}

std::int64_t WordIndex::find(const std::vector<std::string> &words, std::string_view word) const
{
    if (m_slots.empty())
        return -1;
    const std::uint64_t hash = hashOf(word);
    const auto tag = static_cast<std::uint32_t>(hash >> 32);
    for (std::uint64_t at = hash & m_mask;; at = (at + 1) & m_mask) {
        const Slot &slot = m_slots[at];
        if (slot.row == 0)
            return -1;
        if (slot.tag == tag && words[slot.row - 1] == word)
            return static_cast<std::int64_t>(slot.row - 1);
    }
}

} // namespace ewb::core
