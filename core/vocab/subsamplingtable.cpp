#include "core/vocab/subsamplingtable.h"

#include <algorithm>
#include <cmath>
#include <numeric>

namespace ewb::core {

SubsamplingTable::SubsamplingTable(std::span<const std::uint64_t> counts, double sample)
    : m_thresholds(counts.size())
{
    const double total
        = static_cast<double>(std::accumulate(counts.begin(), counts.end(), std::uint64_t { 0 }));
    const double t = sample * total;
    for (std::size_t i = 0; i < counts.size(); ++i) {
        const double count = static_cast<double>(counts[i]);
        double keep = 1.0;
        if (sample > 0 && count > 0)
            keep = std::min(1.0, (std::sqrt(count / t) + 1.0) * t / count);
        // At least 1 so that every word keeps a nonzero chance, however small sample is.
        m_thresholds[i]
            = std::max<std::uint64_t>(1, static_cast<std::uint64_t>(std::llround(keep * 0x1p32)));
        m_expectedKept += count * keepProbability(static_cast<std::uint32_t>(i));
    }
}

} // namespace ewb::core
