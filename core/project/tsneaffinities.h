#pragma once

#include "core/common/result.h"
#include "core/project/exactneighbours.h"

#include <cstddef>
#include <cstdint>
#include <stop_token>
#include <vector>

namespace ewb::core {

/// The input similarities P of t-SNE as a sparse symmetric matrix (compressed rows): for each
/// point, Gaussian conditional probabilities over its k nearest neighbours with the bandwidth
/// that matches the perplexity (binary search on the entropy, natural logarithm), then
/// P = (P_cond + P_cond^T) / sum, so all entries sum to 1 (van der Maaten 2014, eq. 4).
class TsneAffinities
{
public:
    /// Computes P from the neighbour lists. perplexity > 0 (validated by TsneOptions). Parallel
    /// over fixed blocks of points, deterministic for any thread count. Fails with Cancelled or
    /// OutOfMemory.
    static Result<TsneAffinities> compute(const ExactNeighbours &neighbours, double perplexity,
                                          std::size_t threads, std::stop_token stop = {});

    std::size_t pointCount() const { return m_rowStart.empty() ? 0 : m_rowStart.size() - 1; }
    /// Entries of row i are [rowStart()[i], rowStart()[i + 1]) in columns() and values(),
    /// in increasing column order.
    const std::vector<std::size_t> &rowStart() const { return m_rowStart; }
    const std::vector<std::uint32_t> &columns() const { return m_columns; }
    const std::vector<double> &values() const { return m_values; }

    /// The same matrix with the points renumbered: new point k is old point newToOld[k] (a
    /// permutation of 0 .. n - 1); rows keep increasing column order.
    TsneAffinities renumbered(const std::vector<std::uint32_t> &newToOld) const;

private:
    std::vector<std::size_t> m_rowStart;
    std::vector<std::uint32_t> m_columns;
    std::vector<double> m_values;
};

} // namespace ewb::core
