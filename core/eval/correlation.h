#pragma once

#include <span>
#include <vector>

namespace ewb::core {

/// Ranks 1..n of the values, ties getting the average of the ranks they span (scipy.stats
/// rankdata(method="average")): {10, 20, 20, 30} -> {1, 2.5, 2.5, 4}. O(n log n). Thread-safe.
std::vector<double> averageRanks(std::span<const double> values);

/// Pearson's product-moment correlation of two equally long series, in [-1, 1], computed as
/// scipy.stats.pearsonr does (means subtracted first, then normalised dot product, clipped).
/// NaN when fewer than 2 values or when either series is constant.
double pearson(std::span<const double> x, std::span<const double> y);

/// Spearman's rank correlation: pearson() of the averageRanks() of both series, as
/// scipy.stats.spearmanr. NaN in the same cases as pearson().
double spearman(std::span<const double> x, std::span<const double> y);

} // namespace ewb::core
