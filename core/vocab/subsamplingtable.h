#pragma once

#include <cstdint>
#include <span>
#include <vector>

namespace ewb::core {

/// Frequent-word subsampling (Mikolov et al. 2013, in the form of word2vec.c and gensim): a
/// token of word w is kept with probability min(1, (sqrt(c_w / t) + 1) * t / c_w), where c_w
/// is the word's count and t = sample * (total count of the vocabulary). Raising `sample` keeps
/// more of the frequent words (slower, better for rare-word quality on small corpora); lowering
/// it drops more of them (faster). sample = 0 keeps every token.
/// Immutable once built; safe to read from any number of threads.
class SubsamplingTable
{
public:
    /// An empty table.
    SubsamplingTable() = default;

    /// Builds the table for vocabulary counts (all > 0) and `sample` in [0, 1).
    SubsamplingTable(std::span<const std::uint64_t> counts, double sample);

    /// Probability in (0, 1] that a token of word id is kept.
    double keepProbability(std::uint32_t id) const
    {
        return static_cast<double>(m_thresholds[id]) * 0x1p-32;
    }

    /// Decides one token: `random` is a uniformly distributed 32-bit value.
    bool keep(std::uint32_t id, std::uint32_t random) const { return random < m_thresholds[id]; }

    /// Expected number of tokens one epoch keeps: sum over words of count * keepProbability.
    double expectedKeptTokens() const { return m_expectedKept; }

private:
    // keepProbability * 2^32, so that a uniform 32-bit value decides with one comparison;
    // 2^32 (always keep) needs the 64-bit type.
    std::vector<std::uint64_t> m_thresholds;
    double m_expectedKept = 0;
};

} // namespace ewb::core
