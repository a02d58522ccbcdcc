#include "ui/labelplacer.h"

#include <QRect>

#include <algorithm>
#include <array>
#include <cmath>

namespace ewb::ui {

LabelPlacer::LabelPlacer(const QRectF &bounds, qreal cellSize)
    : m_bounds(bounds), m_cellSize(std::max<qreal>(cellSize, 1.0))
{
    m_columns = std::max(1, int(std::ceil(bounds.width() / m_cellSize)));
    m_rows = std::max(1, int(std::ceil(bounds.height() / m_cellSize)));
    m_cells.resize(qsizetype(m_columns) * m_rows);
}

std::optional<QRectF> LabelPlacer::place(const QPointF &anchor, const QSizeF &size, qreal gap)
{
    const qreal w = size.width();
    const qreal h = size.height();
    const std::array<QRectF, 4> spots {
        QRectF(anchor.x() + gap, anchor.y() - h / 2, w, h),
        QRectF(anchor.x() - gap - w, anchor.y() - h / 2, w, h),
        QRectF(anchor.x() - w / 2, anchor.y() - gap - h, w, h),
        QRectF(anchor.x() - w / 2, anchor.y() + gap, w, h),
    };
    for (const QRectF &spot : spots) {
        if (m_bounds.contains(spot) && isFree(spot)) {
            insert(spot);
            return spot;
        }
    }
    // A point near an edge may have no spot inside the bounds: slide the first spot inwards
    // rather than lose the label (this is what guarantees the first label its place).
    QRectF inside = spots[0];
    inside.moveLeft(std::clamp(inside.left(), m_bounds.left(),
                               std::max(m_bounds.left(), m_bounds.right() - w)));
    inside.moveTop(
        std::clamp(inside.top(), m_bounds.top(), std::max(m_bounds.top(), m_bounds.bottom() - h)));
    if (isFree(inside)) {
        insert(inside);
        return inside;
    }
    return std::nullopt;
}

void LabelPlacer::reserve(const QRectF &rect)
{
    insert(rect);
}

bool LabelPlacer::isFree(const QRectF &rect) const
{
    const QRect range = cellRange(rect);
    for (int row = range.top(); row <= range.bottom(); ++row) {
        for (int column = range.left(); column <= range.right(); ++column) {
            for (int index : m_cells[qsizetype(row) * m_columns + column]) {
                if (m_rects[index].intersects(rect))
                    return false;
            }
        }
    }
    return true;
}

void LabelPlacer::insert(const QRectF &rect)
{
    const int index = int(m_rects.size());
    m_rects.append(rect);
    const QRect range = cellRange(rect);
    for (int row = range.top(); row <= range.bottom(); ++row) {
        for (int column = range.left(); column <= range.right(); ++column)
            m_cells[qsizetype(row) * m_columns + column].append(index);
    }
}

QRect LabelPlacer::cellRange(const QRectF &rect) const
{
    // Rectangles reaching past the bounds are kept in the border cells, so every overlap is
    // still found.
    auto cell = [this](qreal offset, int count) {
        return std::clamp(int(std::floor(offset / m_cellSize)), 0, count - 1);
    };
    const int left = cell(rect.left() - m_bounds.left(), m_columns);
    const int right = cell(rect.right() - m_bounds.left(), m_columns);
    const int top = cell(rect.top() - m_bounds.top(), m_rows);
    const int bottom = cell(rect.bottom() - m_bounds.top(), m_rows);
    return QRect(QPoint(left, top), QPoint(right, bottom));
}

} // namespace ewb::ui
