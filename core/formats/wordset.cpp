#include "core/formats/wordset.h"

#include <algorithm>
#include <bit>
#include <cassert>
#include <functional>

namespace ewb::core {

namespace {
    constexpr std::size_t kMinSlots = 1024;
    constexpr std::size_t kMaxReserve = std::size_t { 1 } << 22;
} // namespace

std::size_t WordSet::insert(std::string_view word, std::size_t row)
{
    assert(!word.empty() && word.size() <= UINT32_MAX);
    // Keep the load at most one half so that linear probing stays short.
    if ((m_size + 1) * 2 > m_slots.size())
        grow(std::max(kMinSlots, m_slots.size() * 2));
    const std::uint64_t hash = std::hash<std::string_view> {}(word);
    const std::size_t mask = m_slots.size() - 1;
    for (std::size_t i = static_cast<std::size_t>(hash) & mask;; i = (i + 1) & mask) {
        Slot &slot = m_slots[i];
        if (slot.length == 0) {
            slot.hash = hash;
            slot.offset = m_text.size();
            slot.length = static_cast<std::uint32_t>(word.size());
            slot.row = row;
            m_text.insert(m_text.end(), word.begin(), word.end());
            ++m_size;
            return std::string_view::npos;
        }
        if (slot.hash == hash && slot.length == word.size()
            && std::string_view(m_text.data() + slot.offset, slot.length) == word)
            return static_cast<std::size_t>(slot.row);
    }
}

void WordSet::reserve(std::size_t n)
{
    const std::size_t slots = std::bit_ceil(std::min(n, kMaxReserve) * 2);
    if (slots > m_slots.size())
        grow(std::max(kMinSlots, slots));
}

void WordSet::grow(std::size_t slots)
{
    std::vector<Slot> old(slots);
    old.swap(m_slots);
    const std::size_t mask = m_slots.size() - 1;
    for (const Slot &slot : old) {
        if (slot.length == 0)
            continue;
        std::size_t i = static_cast<std::size_t>(slot.hash) & mask;
        while (m_slots[i].length != 0)
            i = (i + 1) & mask;
        m_slots[i] = slot;
    }
}

} // namespace ewb::core
