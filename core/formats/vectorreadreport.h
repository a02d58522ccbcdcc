#pragma once

#include <cstddef>
#include <string>

namespace ewb::core {

/// What happened while the rows of a word-vector file were read: the counts a caller reports
/// to the user after an import ("3 duplicate words dropped, 12 words with invalid UTF-8 repaired").
struct VectorReadReport
{
    /// Rows handed to the caller.
    std::size_t rowsRead = 0;
    /// Rows dropped because their word had been seen before (lenient mode).
    std::size_t duplicatesDropped = 0;
    /// Rows kept with invalid UTF-8 in their word replaced by U+FFFD.
    std::size_t invalidUtf8Replaced = 0;
    /// Rows dropped because their word was not valid UTF-8.
    std::size_t invalidUtf8Skipped = 0;
    /// Binary only: vectors followed by '\n' (the original tool's layout) rather than directly by
    /// the next word (gensim's layout).
    std::size_t binaryNewlines = 0;
    /// The first duplicate word and the first invalid word (as read, repaired), for messages;
    /// empty when there was none.
    std::string firstDuplicate;
    std::string firstInvalidUtf8;
};

} // namespace ewb::core
