#pragma once

#include "core/common/result.h"

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace ewb::core {

/// The row of each word of a vocabulary, as an open-addressing hash table of row numbers
/// (linear probing, load factor at most 1/2, 8 bytes a slot with a hash tag, so a miss
/// rarely compares strings). It keeps no copy of the words: lookups are given the vector it
/// was built from, which must not change afterwards. Building costs one hash per word and no
/// allocation per word, several times faster than a node-based map of string copies for the
/// vocabularies of imported models (millions of words). Immutable once built; lookups are
/// safe from any number of threads.
class WordIndex
{
public:
    WordIndex() = default;

    /// Indexes `words`. Fails with InvalidArgument naming the rows when a word is empty or occurs
    /// twice, or when there are more than 2^31 words; with OutOfMemory when the table cannot be
    /// allocated.
    static Result<WordIndex> build(const std::vector<std::string> &words);

    /// Row of `word` in `words` (the vector given to build()), or -1. O(1) on average.
    std::int64_t find(const std::vector<std::string> &words, std::string_view word) const;

private:
    struct Slot
    {
        std::uint32_t row = 0; ///< row + 1; 0 marks an empty slot
        std::uint32_t tag = 0; ///< the high half of the word's hash
    };

    static std::uint64_t hashOf(std::string_view word);

    std::vector<Slot> m_slots;
    std::uint64_t m_mask = 0;
};

} // namespace ewb::core
