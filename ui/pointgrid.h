#pragma once

#include <QList>
#include <QPointF>
#include <QRectF>

namespace ewb::ui {

/// A uniform grid over the points visible in a widget, for hit testing: which point lies under
/// the mouse. Building it is O(n) (two passes, no allocation per point); a query looks only at
/// the cells within the search radius, so hover and click stay instant at 50,000 points.
/// Points outside the bounds are left out (they cannot be under the mouse). GUI thread only.
class PointGrid
{
public:
    /// Indexes `points` (widget pixels) that lie inside `bounds`, in cells of `cellSize`
    /// pixels (> 0; a few times the search radius is best). `skip`, when not empty, holds one
    /// flag per point: flagged points are left out (e.g. faded ones).
    void build(const QList<QPointF> &points, const QRectF &bounds, qreal cellSize,
               const QList<bool> &skip = {});
    /// The indexed point nearest to `position` within `radius` pixels, or -1.
    int nearest(const QPointF &position, qreal radius) const;
    /// Forgets every point.
    void clear();

private:
    int cellOf(const QPointF &point) const;

    QRectF m_bounds;
    qreal m_cellSize = 1.0;
    int m_columns = 0;
    int m_rows = 0;
    QList<QPointF> m_points;
    QList<int> m_cellStart; ///< m_columns * m_rows + 1 offsets into m_members
    QList<int> m_members; ///< point indices, grouped by cell
};

} // namespace ewb::ui
