#include "ui/pointgrid.h"

#include <algorithm>
#include <cmath>

namespace ewb::ui {

void PointGrid::build(const QList<QPointF> &points, const QRectF &bounds, qreal cellSize,
                      const QList<bool> &skip)
{
    m_bounds = bounds;
    m_cellSize = std::max<qreal>(cellSize, 1.0);
    m_columns = std::max(1, int(std::ceil(bounds.width() / m_cellSize)));
    m_rows = std::max(1, int(std::ceil(bounds.height() / m_cellSize)));
    m_points = points;
    // Counting sort into cells: one pass to count, one to fill (compressed rows, no per-cell
    // lists).
    m_cellStart.fill(0, qsizetype(m_columns) * m_rows + 1);
    QList<int> cells(points.size(), -1);
    for (qsizetype i = 0; i < points.size(); ++i) {
        if (!skip.isEmpty() && skip[i])
            continue;
        if (!bounds.contains(points[i]))
            continue;
        cells[i] = cellOf(points[i]);
        ++m_cellStart[cells[i] + 1];
    }
    for (qsizetype c = 1; c < m_cellStart.size(); ++c)
        m_cellStart[c] += m_cellStart[c - 1];
    m_members.resize(m_cellStart.constLast());
    QList<int> fill = m_cellStart;
    for (qsizetype i = 0; i < points.size(); ++i) {
        if (cells[i] >= 0)
            m_members[fill[cells[i]]++] = int(i);
    }
}

int PointGrid::nearest(const QPointF &position, qreal radius) const
{
    if (m_members.isEmpty())
        return -1;
    const auto clampColumn = [this](qreal x) {
        return std::clamp(int(std::floor((x - m_bounds.left()) / m_cellSize)), 0, m_columns - 1);
    };
    const auto clampRow = [this](qreal y) {
        return std::clamp(int(std::floor((y - m_bounds.top()) / m_cellSize)), 0, m_rows - 1);
    };
    int best = -1;
    qreal bestDistance = radius * radius;
    for (int row = clampRow(position.y() - radius); row <= clampRow(position.y() + radius); ++row) {
        for (int column = clampColumn(position.x() - radius);
             column <= clampColumn(position.x() + radius); ++column) {
            const int cell = row * m_columns + column;
            for (int k = m_cellStart[cell]; k < m_cellStart[cell + 1]; ++k) {
                const QPointF d = m_points[m_members[k]] - position;
                const qreal distance = d.x() * d.x() + d.y() * d.y();
                // Ties go to the lower index: the more frequent word, drawn on top.
                if (distance < bestDistance
                    || (distance == bestDistance && best >= 0 && m_members[k] < best)) {
                    bestDistance = distance;
                    best = m_members[k];
                }
            }
        }
    }
    return best;
}

void PointGrid::clear()
{
    m_points.clear();
    m_cellStart.clear();
    m_members.clear();
}

int PointGrid::cellOf(const QPointF &point) const
{
    const int column
        = std::clamp(int((point.x() - m_bounds.left()) / m_cellSize), 0, m_columns - 1);
    const int row = std::clamp(int((point.y() - m_bounds.top()) / m_cellSize), 0, m_rows - 1);
    return row * m_columns + column;
}

} // namespace ewb::ui
