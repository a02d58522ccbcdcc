#include "core/text/typeset.h"

#include <cassert>
#include <cstring>

namespace ewb::core {

std::uint64_t TypeSet::hashOf(std::string_view token)
{
    // FNV-1a, finished with a multiply-xorshift so the low bits used for the slot index mix
    // every byte: cheap for the short strings that tokens are.
    std::uint64_t h = 0xcbf29ce484222325ULL;
    for (const char c : token)
        h = (h ^ static_cast<unsigned char>(c)) * 0x100000001b3ULL;
    h ^= h >> 32;
    h *= 0xd6e8feb86659fd93ULL;
    return h ^ (h >> 32);
}

bool TypeSet::insert(std::string_view token)
{
    assert(!token.empty() && token.size() < UINT32_MAX);
    const std::uint64_t hash = hashOf(token);
    const auto tag = static_cast<std::uint32_t>(hash >> 32);
    const auto length = static_cast<std::uint32_t>(token.size());
    const std::size_t mask = m_slots.size() - 1;
    std::size_t at = hash & mask;
    for (;; at = (at + 1) & mask) {
        const Slot &slot = m_slots[at];
        if (slot.length == 0)
            break;
        if (slot.hash == tag && slot.length == length
            && std::memcmp(m_bytes.data() + slot.offset, token.data(), length) == 0)
            return false;
    }
    m_slots[at] = Slot { tag, length, m_bytes.size() };
    m_bytes.append(token);
    if (++m_size * 2 > m_slots.size())
        grow();
    return true;
}

void TypeSet::grow()
{
    std::vector<Slot> old(m_slots.size() * 2);
    old.swap(m_slots);
    const std::size_t mask = m_slots.size() - 1;
    for (const Slot &slot : old) {
        if (slot.length == 0)
            continue;
        std::size_t at = hashOf(std::string_view(m_bytes.data() + slot.offset, slot.length)) & mask;
        while (m_slots[at].length != 0)
            at = (at + 1) & mask;
        m_slots[at] = slot;
    }
}

} // namespace ewb::core
