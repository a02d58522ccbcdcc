#pragma once

#include "core/project/projection.h"

#include <cstddef>
#include <cstdint>
#include <vector>

namespace ewb::core {

/// A quadtree over a 2D layout for the Barnes-Hut approximation of t-SNE's repulsive forces
/// (Barnes and Hut 1986; van der Maaten 2014): a cell that looks small from a point stands in
/// for all the points it holds. Build is O(n log n) on one thread and deterministic; queries are
/// const and may run on many threads at once.
class BarnesHutTree
{
public:
    /// Rebuilds the tree over `points` (reusing its storage). Points that coincide exactly share
    /// a leaf; the tree stops splitting at depth 48 (cells 2^-48 of the layout's extent).
    void build(const Layout &points);

    /// Repulsion on the point at (x, y), which must be one of the built points: adds
    /// sum_j q_ij^2 (y_i - y_j) to (forceX, forceY) and returns sum_j q_ij over all other points
    /// j, with q_ij = 1 / (1 + |y_i - y_j|^2) (Student t, one degree of freedom). A cell of
    /// width w at distance d from the point is summarised when w^2 < thetaSquared d^2.
    double repulsion(double x, double y, double thetaSquared, double &forceX, double &forceY) const;

private:
    struct Node
    {
        double massX = 0.0; ///< sum of positions while building, centre of mass afterwards
        double massY = 0.0;
        double count = 0.0;
        double widthSquared = 0.0;
        double firstX = 0.0; ///< a leaf's position (of its first point)
        double firstY = 0.0;
        double centreX = 0.0; ///< cell centre, for routing points while building
        double centreY = 0.0;
        std::int32_t firstChild = -1; ///< four consecutive children, or -1 for a leaf
    };

    void insert(double x, double y);
    void split(std::size_t node);

    std::vector<Node> m_nodes;
};

} // namespace ewb::core
