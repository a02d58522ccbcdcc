#pragma once

#include "core/project/projection.h"

#include <cstddef>
#include <cstdint>
#include <vector>

namespace ewb::core {

/// A quadtree over a 2D layout for the Barnes-Hut approximation of t-SNE's repulsive forces
/// (Barnes and Hut 1986; van der Maaten 2014): a cell that looks small from a point stands in
/// for all the points it holds.
///
/// Queries walk the tree once per group of nearby points (a cell holding at most
/// `maxGroupSize` points), not once per point (Barnes 1990): a cell is summarised only when it
/// looks small from every point of the group, so each point gets at least the accuracy of the
/// per-point test, and the interactions of the whole group are then summed in one tight loop.
/// Build is O(n log n) on one thread and deterministic; groups are fixed by the layout alone,
/// so results do not depend on how many threads evaluate them.
class BarnesHutTree
{
public:
    static constexpr std::size_t maxGroupSize = 64;

    /// Rebuilds the tree over `points` (reusing its storage). Points that coincide exactly share
    /// a leaf; the tree stops splitting at depth 48 (cells 2^-48 of the layout's extent).
    /// Points are inserted in the previous build's order when the count is unchanged: a layout
    /// that moved a little keeps neighbours together, so the descents share cached paths.
    void build(const Layout &points);

    /// The rows of the last build's points in the tree's depth-first order (group after group).
    const std::vector<std::uint32_t> &order() const { return m_order; }
    /// Forgets that order, so the next build inserts in row order (after the caller renumbered
    /// its points by it).
    void forgetOrder() { m_order.clear(); }

    /// Groups of the last build, in the tree's depth-first order.
    std::size_t groupCount() const { return m_groups.size(); }

    /// The row numbers (in the built layout) of the points of `group`.
    const std::uint32_t *groupBegin(std::size_t group) const;
    const std::uint32_t *groupEnd(std::size_t group) const;

    /// Repulsion on every point i of `group`: sets force(i) to sum_j q_ij^2 (y_i - y_j) and
    /// returns the sum over the group's points of sum_j q_ij over all other points j, with
    /// q_ij = 1 / (1 + |y_i - y_j|^2) (Student t, one degree of freedom). A cell of width w is
    /// summarised when w^2 < thetaSquared d^2 for the distance d from its centre of mass to the
    /// group's bounding box. Const and safe to call for different groups at once.
    double repelGroup(std::size_t group, double thetaSquared, Layout &force) const;

private:
    struct BuildNode
    {
        double sumX = 0.0;
        double sumY = 0.0;
        double count = 0.0;
        double widthSquared = 0.0;
        double firstX = 0.0; ///< a leaf's position (of its first point)
        double firstY = 0.0;
        double centreX = 0.0; ///< cell centre, for routing points
        double centreY = 0.0;
        std::int32_t firstChild = -1; ///< four consecutive children, or -1 for a leaf
        std::int32_t firstPoint = -1; ///< a leaf's points, linked through m_nextPoint
    };

    /// What a query reads of a node: 40 bytes, so that a walk touches few cache lines.
    struct Node
    {
        double massX = 0.0; ///< centre of mass; a leaf's exact position
        double massY = 0.0;
        double count = 0.0;
        double widthSquared = 0.0;
        std::int32_t firstChild = -1;
    };

    struct Group
    {
        std::uint32_t begin = 0; ///< range in m_order
        std::uint32_t end = 0;
        double lowX = 0.0; ///< bounding box of the group's points
        double lowY = 0.0;
        double highX = 0.0;
        double highY = 0.0;
    };

    void insert(double x, double y, std::int32_t point);
    void split(std::size_t node);
    void orderPoints(const Layout &points);

    std::vector<BuildNode> m_build;
    std::vector<Node> m_nodes;
    std::vector<std::uint32_t> m_order; ///< point rows in depth-first order of their leaves
    std::vector<double> m_orderX; ///< their positions, in that order
    std::vector<double> m_orderY;
    std::vector<std::int32_t> m_nextPoint; ///< the next point of the same leaf, or -1
    std::vector<Group> m_groups;
};

} // namespace ewb::core
