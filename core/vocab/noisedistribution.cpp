#include "core/vocab/noisedistribution.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <new>

namespace ewb::core {

Result<NoiseDistribution> NoiseDistribution::create(std::span<const std::uint64_t> counts,
                                                    double exponent)
{
    if (counts.empty())
        return fail(ErrorCode::InvalidArgument, "noise distribution over 0 words");
    if (counts.size() >= std::numeric_limits<std::uint32_t>::max())
        return fail(ErrorCode::InvalidArgument,
                    "noise distribution over " + std::to_string(counts.size())
                        + " words exceeds the limit of 4294967294");
    if (!std::isfinite(exponent))
        return fail(ErrorCode::InvalidArgument, "noise exponent must be finite");

    try {
        NoiseDistribution noise;
        const std::size_t n = counts.size();
        noise.m_probabilities.resize(n);
        double total = 0;
        for (std::size_t i = 0; i < n; ++i) {
            // A word never seen gets no weight, whatever the exponent's sign.
            const double weight
                = counts[i] == 0 ? 0.0 : std::pow(static_cast<double>(counts[i]), exponent);
            noise.m_probabilities[i] = weight;
            total += weight;
        }
        if (!(total > 0) || !std::isfinite(total))
            return fail(ErrorCode::InvalidArgument,
                        "noise weights count^" + std::to_string(exponent)
                            + " do not sum to a positive finite number");
        for (double &p : noise.m_probabilities)
            p /= total;

        // Vose: scale to mean 1, then pair each under-full bucket with an over-full word that
        // tops it up. Every bucket ends with its own word (probability scaled[i]) and an alias.
        std::vector<double> scaled(n);
        std::vector<std::uint32_t> small;
        std::vector<std::uint32_t> large;
        for (std::uint32_t i = 0; i < n; ++i) {
            scaled[i] = noise.m_probabilities[i] * static_cast<double>(n);
            (scaled[i] < 1.0 ? small : large).push_back(i);
        }
        noise.m_table.assign(n, Entry { std::numeric_limits<std::uint32_t>::max(), 0 });
        for (std::uint32_t i = 0; i < n; ++i)
            noise.m_table[i].alias = i;
        while (!small.empty() && !large.empty()) {
            const std::uint32_t s = small.back();
            small.pop_back();
            const std::uint32_t l = large.back();
            noise.m_table[s].threshold
                = static_cast<std::uint32_t>(std::min(scaled[s] * 0x1p32, 4294967295.0));
            noise.m_table[s].alias = l;
            scaled[l] -= 1.0 - scaled[s];
            if (scaled[l] < 1.0) {
                large.pop_back();
                small.push_back(l);
            }
        }
        // What is left is full up to rounding error: those buckets keep their own word.
        return noise;
    } catch (const std::bad_alloc &) {
        return fail(ErrorCode::OutOfMemory,
                    "out of memory building the noise table for " + std::to_string(counts.size())
                        + " words");
    }
}

} // namespace ewb::core
