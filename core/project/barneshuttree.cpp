#include "core/project/barneshuttree.h"

#include <algorithm>
#include <cmath>

namespace ewb::core {

namespace {

    constexpr int maxDepth = 48;

    std::size_t quadrant(double x, double y, double centreX, double centreY)
    {
        return (x >= centreX ? 1u : 0u) + (y >= centreY ? 2u : 0u);
    }

} // namespace

void BarnesHutTree::build(const Layout &points)
{
    m_nodes.clear();
    const Eigen::RowVector2d low = points.colwise().minCoeff();
    const Eigen::RowVector2d high = points.colwise().maxCoeff();
    const Eigen::RowVector2d extent = high - low;
    // A little margin so that the largest coordinates fall inside the root cell.
    const double width = std::max(extent(0), extent(1)) * (1.0 + 1e-9) + 1e-12;
    Node root;
    root.centreX = low(0) + extent(0) / 2.0;
    root.centreY = low(1) + extent(1) / 2.0;
    root.widthSquared = width * width;
    m_nodes.push_back(root);
    for (Eigen::Index i = 0; i < points.rows(); ++i)
        insert(points(i, 0), points(i, 1));
    for (Node &node : m_nodes) {
        if (node.count > 0.0) {
            node.massX /= node.count;
            node.massY /= node.count;
        }
    }
}

void BarnesHutTree::insert(double x, double y)
{
    std::size_t node = 0;
    for (int depth = 0;; ++depth) {
        Node &current = m_nodes[node];
        if (current.firstChild < 0) {
            if (current.count == 0.0) {
                current.firstX = x;
                current.firstY = y;
            } else if (!(x == current.firstX && y == current.firstY) && depth < maxDepth) {
                split(node);
                --depth;
                continue; // the same node again, now with children
            }
            Node &leaf = m_nodes[node];
            leaf.massX += x;
            leaf.massY += y;
            leaf.count += 1.0;
            return;
        }
        current.massX += x;
        current.massY += y;
        current.count += 1.0;
        node = static_cast<std::size_t>(current.firstChild)
            + quadrant(x, y, current.centreX, current.centreY);
    }
}

void BarnesHutTree::split(std::size_t node)
{
    const auto first = static_cast<std::int32_t>(m_nodes.size());
    const Node parent = m_nodes[node];
    const double quarter = std::sqrt(parent.widthSquared) / 4.0;
    for (std::size_t q = 0; q < 4; ++q) {
        Node child;
        child.centreX = parent.centreX + ((q & 1u) ? quarter : -quarter);
        child.centreY = parent.centreY + ((q & 2u) ? quarter : -quarter);
        child.widthSquared = parent.widthSquared / 4.0;
        m_nodes.push_back(child);
    }
    // The leaf's points (all at its first position, or merged at the depth limit) move down.
    Node &moved = m_nodes[static_cast<std::size_t>(first)
                          + quadrant(parent.firstX, parent.firstY, parent.centreX, parent.centreY)];
    moved.massX = parent.massX;
    moved.massY = parent.massY;
    moved.count = parent.count;
    moved.firstX = parent.firstX;
    moved.firstY = parent.firstY;
    m_nodes[node].firstChild = first;
}

double BarnesHutTree::repulsion(double x, double y, double thetaSquared, double &forceX,
                                double &forceY) const
{
    double sumQ = 0.0;
    // Depth-first with at most 3 pending siblings per level plus the children of the deepest
    // one; a local array, since queries run concurrently.
    std::uint32_t stack[4 * maxDepth + 8];
    std::size_t top = 0;
    stack[top++] = 0;
    while (top > 0) {
        const Node &node = m_nodes[stack[--top]];
        if (node.count == 0.0)
            continue;
        const double dx = x - node.massX;
        const double dy = y - node.massY;
        const double d2 = dx * dx + dy * dy;
        if (node.firstChild < 0) {
            if (x == node.firstX && y == node.firstY) {
                // The point's own leaf: the other points here coincide with it (q = 1, no force).
                sumQ += node.count - 1.0;
                continue;
            }
        } else if (node.widthSquared >= thetaSquared * d2) {
            for (std::uint32_t c = 4; c-- > 0;)
                stack[top++] = static_cast<std::uint32_t>(node.firstChild) + c;
            continue;
        }
        const double q = 1.0 / (1.0 + d2);
        const double mass = node.count * q;
        sumQ += mass;
        forceX += mass * q * dx;
        forceY += mass * q * dy;
    }
    return sumQ;
}

} // namespace ewb::core
