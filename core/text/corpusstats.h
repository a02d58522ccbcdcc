#pragma once

#include <cstdint>

namespace ewb::core {

/// What one pass over a corpus saw. Counts are exact.
struct CorpusStats
{
    std::uint64_t bytes = 0; ///< bytes read (after any BOM)
    std::uint64_t lines = 0; ///< lines read, including empty ones
    std::uint64_t sentences = 0; ///< sentences emitted (long lines give several)
    std::uint64_t tokens = 0; ///< tokens emitted
    std::uint64_t types = 0; ///< distinct tokens (0 when the reader did not count them)
    std::uint64_t cutTokens = 0; ///< tokens cut at TokenizerOptions::maxTokenBytes
    std::uint64_t skippedLines = 0; ///< lines dropped for invalid UTF-8 (SkipLine mode)
    std::uint64_t replacedSequences = 0; ///< invalid sequences replaced (Replace mode)
    std::uint64_t controlCharacters = 0; ///< NUL and other control characters treated as separators
};

} // namespace ewb::core
