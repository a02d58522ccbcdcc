#pragma once

#include "core/common/result.h"

#include <cstdint>
#include <span>
#include <vector>

namespace ewb::core {

/// The negative-sampling noise distribution P(w) proportional to count(w)^exponent (Mikolov et
/// al. 2013 use 0.75: it flattens the unigram distribution so rare words are drawn more often
/// than their frequency; 1 is the unigram, 0 the uniform distribution, negative values favour
/// rare words). Sampling is O(1) with Walker's alias method (Vose's construction): one table
/// entry of 8 bytes per word instead of word2vec's 10^8-entry unigram table.
/// Immutable once built; sample() is safe to call from any number of threads.
class NoiseDistribution
{
public:
    /// An empty distribution (size 0): sample() must not be called.
    NoiseDistribution() = default;

    /// Builds the distribution. Fails with InvalidArgument when there are no words, more than
    /// 2^32 - 1 words, every weight is 0, or the exponent is not finite.
    static Result<NoiseDistribution> create(std::span<const std::uint64_t> counts, double exponent);

    std::size_t size() const { return m_table.size(); }

    /// Exact probability of drawing word id (from the weights, not the table).
    double probability(std::uint32_t id) const { return m_probabilities[id]; }

    /// Draws one word id from a uniformly distributed 64-bit random value: the high 32 bits pick
    /// a bucket, the low 32 bits choose between the bucket's word and its alias.
    std::uint32_t sample(std::uint64_t random) const
    {
        const auto bucket = static_cast<std::uint32_t>(((random >> 32) * m_table.size()) >> 32);
        const Entry entry = m_table[bucket];
        return static_cast<std::uint32_t>(random) < entry.threshold ? bucket : entry.alias;
    }

private:
    struct Entry
    {
        std::uint32_t threshold; ///< P(stay in bucket) * 2^32; full buckets alias to themselves
        std::uint32_t alias;
    };

    std::vector<Entry> m_table;
    std::vector<double> m_probabilities;
};

} // namespace ewb::core
