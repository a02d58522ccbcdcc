#include "core/project/barneshuttree.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace ewb::core {

namespace {

    constexpr int maxDepth = 48;
    // Interactions are summed in this many independent float lanes, which the compiler turns
    // into one or two vector registers; the interaction list is padded to a multiple of it.
    constexpr std::size_t lanes = 8;

    std::size_t quadrant(double x, double y, double centreX, double centreY)
    {
        return (x >= centreX ? 1u : 0u) + (y >= centreY ? 2u : 0u);
    }

    /// Sum of the lanes, in double and in a fixed order.
    double laneSum(const float (&lane)[lanes])
    {
        double sum = 0.0;
        for (const float value : lane)
            sum += static_cast<double>(value);
        return sum;
    }

    /// A walk's interaction list: the cells and leaves a group interacts with, at positions
    /// relative to the group's centre (so that float keeps the near field precise).
    struct Interactions
    {
        std::vector<float> x;
        std::vector<float> y;
        std::vector<float> mass;
        std::vector<std::uint32_t> pending;

        void clear()
        {
            x.clear();
            y.clear();
            mass.clear();
            pending.clear();
        }

        void add(float atX, float atY, float count)
        {
            x.push_back(atX);
            y.push_back(atY);
            mass.push_back(count);
        }
    };

    Interactions &scratch()
    {
        // One list per thread: groups are evaluated concurrently, and a list allocated once
        // per thread keeps the walk free of allocations.
        thread_local Interactions interactions;
        return interactions;
    }

} // namespace

void BarnesHutTree::build(const Layout &points)
{
    m_build.clear();
    const Eigen::RowVector2d low = points.colwise().minCoeff();
    const Eigen::RowVector2d high = points.colwise().maxCoeff();
    const Eigen::RowVector2d extent = high - low;
    // A little margin so that the largest coordinates fall inside the root cell.
    const double width = std::max(extent(0), extent(1)) * (1.0 + 1e-9) + 1e-12;
    BuildNode root;
    root.centreX = low(0) + extent(0) / 2.0;
    root.centreY = low(1) + extent(1) / 2.0;
    root.widthSquared = width * width;
    m_build.push_back(root);
    const auto n = static_cast<std::size_t>(points.rows());
    m_nextPoint.assign(n, -1);
    const bool reorder = m_order.size() == n;
    for (std::size_t k = 0; k < n; ++k) {
        const std::uint32_t i = reorder ? m_order[k] : static_cast<std::uint32_t>(k);
        const auto row = static_cast<Eigen::Index>(i);
        insert(points(row, 0), points(row, 1), static_cast<std::int32_t>(i));
    }

    m_nodes.resize(m_build.size());
    for (std::size_t i = 0; i < m_build.size(); ++i) {
        const BuildNode &from = m_build[i];
        Node &to = m_nodes[i];
        to.count = from.count;
        to.widthSquared = from.widthSquared;
        to.firstChild = from.firstChild;
        if (from.firstChild < 0) {
            // A leaf's points coincide (short of the depth limit): its first position is exact,
            // where sum / count could be off by a rounding step.
            to.massX = from.firstX;
            to.massY = from.firstY;
        } else {
            to.massX = from.sumX / from.count;
            to.massY = from.sumY / from.count;
        }
    }
    orderPoints(points);
}

void BarnesHutTree::insert(double x, double y, std::int32_t point)
{
    std::size_t node = 0;
    for (int depth = 0;; ++depth) {
        BuildNode &current = m_build[node];
        if (current.firstChild < 0) {
            if (current.count == 0.0) {
                current.firstX = x;
                current.firstY = y;
            } else if (!(x == current.firstX && y == current.firstY) && depth < maxDepth) {
                split(node);
                --depth;
                continue; // the same node again, now with children
            }
            BuildNode &leaf = m_build[node];
            leaf.sumX += x;
            leaf.sumY += y;
            leaf.count += 1.0;
            m_nextPoint[static_cast<std::size_t>(point)] = leaf.firstPoint;
            leaf.firstPoint = point;
            return;
        }
        current.sumX += x;
        current.sumY += y;
        current.count += 1.0;
        node = static_cast<std::size_t>(current.firstChild)
            + quadrant(x, y, current.centreX, current.centreY);
    }
}

void BarnesHutTree::split(std::size_t node)
{
    const auto first = static_cast<std::int32_t>(m_build.size());
    const BuildNode parent = m_build[node];
    const double quarter = std::sqrt(parent.widthSquared) / 4.0;
    for (std::size_t q = 0; q < 4; ++q) {
        BuildNode child;
        child.centreX = parent.centreX + ((q & 1u) ? quarter : -quarter);
        child.centreY = parent.centreY + ((q & 2u) ? quarter : -quarter);
        child.widthSquared = parent.widthSquared / 4.0;
        m_build.push_back(child);
    }
    // The leaf's points (all at its first position, or merged at the depth limit) move down.
    BuildNode &moved
        = m_build[static_cast<std::size_t>(first)
                  + quadrant(parent.firstX, parent.firstY, parent.centreX, parent.centreY)];
    moved.sumX = parent.sumX;
    moved.sumY = parent.sumY;
    moved.count = parent.count;
    moved.firstX = parent.firstX;
    moved.firstY = parent.firstY;
    moved.firstPoint = parent.firstPoint;
    m_build[node].firstChild = first;
    m_build[node].firstPoint = -1;
}

void BarnesHutTree::orderPoints(const Layout &points)
{
    // Depth first, children in quadrant order: each group's points get consecutive slots.
    const auto n = static_cast<std::size_t>(points.rows());
    m_order.resize(n);
    m_orderX.resize(n);
    m_orderY.resize(n);
    m_groups.clear();
    std::vector<std::uint32_t> &pending = scratch().pending;
    pending.assign(1, 0);
    std::vector<std::uint32_t> inside;
    std::uint32_t next = 0;
    while (!pending.empty()) {
        const std::uint32_t index = pending.back();
        pending.pop_back();
        const BuildNode &node = m_build[index];
        if (node.count == 0.0)
            continue;
        if (node.firstChild >= 0 && node.count > static_cast<double>(maxGroupSize)) {
            for (std::uint32_t c = 4; c-- > 0;)
                pending.push_back(static_cast<std::uint32_t>(node.firstChild) + c);
            continue;
        }
        Group group;
        group.begin = next;
        group.lowX = group.lowY = std::numeric_limits<double>::infinity();
        group.highX = group.highY = -std::numeric_limits<double>::infinity();
        inside.assign(1, index);
        while (!inside.empty()) {
            const BuildNode &sub = m_build[inside.back()];
            inside.pop_back();
            if (sub.firstChild >= 0) {
                for (std::uint32_t c = 4; c-- > 0;)
                    inside.push_back(static_cast<std::uint32_t>(sub.firstChild) + c);
                continue;
            }
            for (std::int32_t p = sub.firstPoint; p >= 0;
                 p = m_nextPoint[static_cast<std::size_t>(p)]) {
                const auto row = static_cast<Eigen::Index>(p);
                const double x = points(row, 0);
                const double y = points(row, 1);
                m_order[next] = static_cast<std::uint32_t>(p);
                m_orderX[next] = x;
                m_orderY[next] = y;
                ++next;
                group.lowX = std::min(group.lowX, x);
                group.highX = std::max(group.highX, x);
                group.lowY = std::min(group.lowY, y);
                group.highY = std::max(group.highY, y);
            }
        }
        group.end = next;
        m_groups.push_back(group);
    }
}

const std::uint32_t *BarnesHutTree::groupBegin(std::size_t group) const
{
    return m_order.data() + m_groups[group].begin;
}

const std::uint32_t *BarnesHutTree::groupEnd(std::size_t group) const
{
    return m_order.data() + m_groups[group].end;
}

double BarnesHutTree::repelGroup(std::size_t group, double thetaSquared, Layout &force) const
{
    const Group &g = m_groups[group];
    const double centreX = (g.lowX + g.highX) / 2.0;
    const double centreY = (g.lowY + g.highY) / 2.0;
    Interactions &list = scratch();
    list.clear();
    list.pending.push_back(0);
    while (!list.pending.empty()) {
        const Node &node = m_nodes[list.pending.back()];
        list.pending.pop_back();
        if (node.count == 0.0)
            continue;
        if (node.firstChild >= 0) {
            // Distance from the centre of mass to the nearest point of the group's box.
            const double dx = std::max({ 0.0, g.lowX - node.massX, node.massX - g.highX });
            const double dy = std::max({ 0.0, g.lowY - node.massY, node.massY - g.highY });
            if (node.widthSquared >= thetaSquared * (dx * dx + dy * dy)) {
                for (std::uint32_t c = 4; c-- > 0;)
                    list.pending.push_back(static_cast<std::uint32_t>(node.firstChild) + c);
                continue;
            }
        }
        list.add(static_cast<float>(node.massX - centreX), static_cast<float>(node.massY - centreY),
                 static_cast<float>(node.count));
    }
    // Zero masses pad the list to whole lanes; they add exactly nothing.
    while (list.x.size() % lanes != 0)
        list.add(0.0f, 0.0f, 0.0f);

    // The sums in float: the Barnes-Hut approximation itself is far coarser (about 1e-2 of the
    // force at theta 0.5) than float's rounding over a few thousand terms, and eight float lanes
    // do twice the work of four double ones per instruction.
    const std::size_t length = list.x.size();
    const float *atX = list.x.data();
    const float *atY = list.y.data();
    const float *mass = list.mass.data();
    double groupSum = 0.0;
    for (std::uint32_t slot = g.begin; slot < g.end; ++slot) {
        // Computed exactly as the point's own leaf entry was, so that entry sits at distance 0.
        const auto x = static_cast<float>(m_orderX[slot] - centreX);
        const auto y = static_cast<float>(m_orderY[slot] - centreY);
        float sumQ[lanes] = {};
        float sumX[lanes] = {};
        float sumY[lanes] = {};
        for (std::size_t j = 0; j < length; j += lanes) {
            for (std::size_t l = 0; l < lanes; ++l) {
                const float dx = x - atX[j + l];
                const float dy = y - atY[j + l];
                const float q = 1.0f / (1.0f + dx * dx + dy * dy);
                const float weight = mass[j + l] * q;
                sumQ[l] += weight;
                sumX[l] += weight * q * dx;
                sumY[l] += weight * q * dy;
            }
        }
        // The point's own leaf is in the list at distance 0 (q = 1): take the point out.
        groupSum += laneSum(sumQ) - 1.0;
        const auto row = static_cast<Eigen::Index>(m_order[slot]);
        force(row, 0) = laneSum(sumX);
        force(row, 1) = laneSum(sumY);
    }
    return groupSum;
}

} // namespace ewb::core
