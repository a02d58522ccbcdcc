#pragma once

#include <cstddef>
#include <cstdint>
#include <string_view>
#include <vector>

namespace ewb::core {

/// The words seen so far while reading a vector file, with the row of their first occurrence,
/// for dropping or rejecting duplicates (RELIABILITY row 31). An open-addressing table over one
/// text buffer: about 32 bytes per word plus its bytes, and usually one cache miss per lookup,
/// so checking a 3M-word file costs little next to reading it.
/// Internal to core/formats. Not thread-safe.
class WordSet
{
public:
    /// Records word (non-empty) at row; returns npos when it is new, otherwise the row of its
    /// first occurrence (and records nothing).
    std::size_t insert(std::string_view word, std::size_t row);
    /// Prepares for about n words (capped, so a lying header cannot make it allocate much).
    void reserve(std::size_t n);

private:
    struct Slot
    {
        std::uint64_t hash = 0;
        std::uint64_t offset = 0;
        std::uint64_t row = 0;
        std::uint32_t length = 0; ///< 0 marks an empty slot
    };

    void grow(std::size_t slots);

    std::vector<Slot> m_slots;
    std::vector<char> m_text;
    std::size_t m_size = 0;
};

} // namespace ewb::core
