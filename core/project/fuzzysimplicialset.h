#pragma once

#include "core/common/result.h"
#include "core/project/knngraph.h"

#include <cstddef>
#include <cstdint>
#include <span>
#include <vector>

namespace ewb::core {

/// UMAP's fuzzy topological representation of a point set (McInnes et al. 2018, section 3.1):
/// a symmetric weighted graph whose edge weight in (0, 1] is the probability that two points are
/// connected. Each point i gets a local metric from its k nearest neighbours: rho_i, the distance
/// to its nearest neighbour at non-zero distance (local connectivity 1), and sigma_i such that
/// sum_j exp(-(d_ij - rho_i) / sigma_i) = log2(k + 1); the directed weights
/// w_ij = exp(-max(0, d_ij - rho_i) / sigma_i) are then joined by the fuzzy union
/// w_ij + w_ji - w_ij w_ji. Stored as compressed rows: the edges of point i are
/// offsets()[i] .. offsets()[i + 1] - 1, both directions present. Immutable once built.
class FuzzySimplicialSet
{
public:
    /// Builds the set from a neighbour graph. Fails with OutOfMemory when it does not fit.
    static Result<FuzzySimplicialSet> build(const KnnGraph &graph);

    /// Number of points.
    std::size_t size() const { return m_rho.size(); }
    /// Number of stored (directed) edges; each undirected edge counts twice.
    std::size_t edgeCount() const { return m_tails.size(); }
    /// Start of each point's edges in tails() and weights(); size() + 1 entries.
    const std::vector<std::size_t> &offsets() const { return m_offsets; }
    /// The other end of every edge, ascending within a point.
    const std::vector<std::uint32_t> &tails() const { return m_tails; }
    /// Membership strength of every edge, in (0, 1].
    const std::vector<double> &weights() const { return m_weights; }
    /// Distance to the nearest neighbour at non-zero distance, per point (0 when all are at 0).
    const std::vector<double> &rho() const { return m_rho; }
    /// The bandwidth found by the binary search, per point (> 0).
    const std::vector<double> &sigma() const { return m_sigma; }

private:
    FuzzySimplicialSet() = default;

    std::vector<std::size_t> m_offsets;
    std::vector<std::uint32_t> m_tails;
    std::vector<double> m_weights;
    std::vector<double> m_rho;
    std::vector<double> m_sigma;
};

} // namespace ewb::core
