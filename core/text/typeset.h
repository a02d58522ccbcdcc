#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace ewb::core {

/// The set of distinct tokens seen, to count the types of a corpus. An open-addressing hash
/// table (linear probing, at most half full) over one byte arena: a lookup touches one slot
/// and the bytes it compares, where a node-based std::unordered_set chases several pointers
/// (that made type counting cost half of the whitespace tokenizer's time). Memory: the distinct
/// tokens' bytes plus at most 64 bytes a type. Not thread-safe.
class TypeSet
{
public:
    /// Adds token (copied; non-empty, shorter than 4 GiB) when it is new; returns true when it
    /// was.
    bool insert(std::string_view token);
    /// Number of distinct tokens inserted.
    std::size_t size() const { return m_size; }

private:
    // 16 bytes, so that four share a cache line; length 0 marks a free slot (tokens are never
    // empty).
    struct Slot
    {
        std::uint32_t hash = 0;
        std::uint32_t length = 0;
        std::uint64_t offset = 0;
    };

    static std::uint64_t hashOf(std::string_view token);

    void grow();

    std::vector<Slot> m_slots = std::vector<Slot>(1024);
    std::string m_bytes;
    std::size_t m_size = 0;
};

} // namespace ewb::core
