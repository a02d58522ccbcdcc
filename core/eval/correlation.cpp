#include "core/eval/correlation.h"

#include <algorithm>
#include <cassert>
#include <cmath>
#include <limits>
#include <numeric>

namespace ewb::core {

std::vector<double> averageRanks(std::span<const double> values)
{
    std::vector<std::size_t> order(values.size());
    std::iota(order.begin(), order.end(), std::size_t(0));
    std::stable_sort(order.begin(), order.end(),
                     [&](std::size_t a, std::size_t b) { return values[a] < values[b]; });
    std::vector<double> ranks(values.size());
    std::size_t i = 0;
    while (i < order.size()) {
        std::size_t j = i + 1;
        while (j < order.size() && values[order[j]] == values[order[i]])
            ++j;
        // Positions i..j-1 hold equal values: each gets the mean of the 1-based ranks i+1..j.
        const double rank = (static_cast<double>(i + 1) + static_cast<double>(j)) / 2.0;
        for (std::size_t k = i; k < j; ++k)
            ranks[order[k]] = rank;
        i = j;
    }
    return ranks;
}

double pearson(std::span<const double> x, std::span<const double> y)
{
    assert(x.size() == y.size());
    const std::size_t n = x.size();
    if (n < 2)
        return std::numeric_limits<double>::quiet_NaN();
    const double meanX = std::accumulate(x.begin(), x.end(), 0.0) / static_cast<double>(n);
    const double meanY = std::accumulate(y.begin(), y.end(), 0.0) / static_cast<double>(n);
    double sxx = 0.0;
    double syy = 0.0;
    double sxy = 0.0;
    for (std::size_t i = 0; i < n; ++i) {
        const double dx = x[i] - meanX;
        const double dy = y[i] - meanY;
        sxx += dx * dx;
        syy += dy * dy;
        sxy += dx * dy;
    }
    if (sxx == 0.0 || syy == 0.0)
        return std::numeric_limits<double>::quiet_NaN();
    // Rounding can push |r| a hair above 1; scipy clips as well.
    return std::clamp(sxy / (std::sqrt(sxx) * std::sqrt(syy)), -1.0, 1.0);
}

double spearman(std::span<const double> x, std::span<const double> y)
{
    const auto rx = averageRanks(x);
    const auto ry = averageRanks(y);
    return pearson(rx, ry);
}

} // namespace ewb::core
