#pragma once

#include <QList>
#include <QRectF>

#include <optional>

namespace ewb::ui {

/// Places text labels next to their points so that no two labels overlap. Greedy by priority:
/// the caller offers labels most important first (the most frequent word first); each label
/// takes the first free spot among right of, left of, above and below its point, and a label
/// whose spots are all taken is dropped. The first label offered is therefore always placed
/// (pushed inside the bounds when its point lies near an edge). Placed rectangles are kept in a
/// uniform grid of cells, so one placement looks only at the labels in the few cells it
/// touches: placing L labels costs about O(L) rather than O(L^2). Not thread-safe; cheap to
/// make, so build one per frame.
class LabelPlacer
{
public:
    /// `bounds`: where labels may go (the widget's rectangle, in pixels). `cellSize`: side of
    /// a grid cell in pixels, > 0; about the height of two text lines works best: smaller
    /// cells cost memory, larger ones compare more rectangles per placement.
    explicit LabelPlacer(const QRectF &bounds, qreal cellSize = 32.0);

    /// Tries to place a label of `size` pixels beside `anchor` (its point), `gap` pixels away.
    /// Returns the rectangle taken, or nothing when every spot overlaps an earlier label or
    /// leaves the bounds.
    std::optional<QRectF> place(const QPointF &anchor, const QSizeF &size, qreal gap = 3.0);
    /// Marks `rect` as taken without a label (e.g. a legend drawn over the scatter).
    void reserve(const QRectF &rect);
    /// Every rectangle taken so far, in the order placed.
    const QList<QRectF> &placed() const { return m_rects; }

private:
    bool isFree(const QRectF &rect) const;
    void insert(const QRectF &rect);
    QRect cellRange(const QRectF &rect) const;

    QRectF m_bounds;
    qreal m_cellSize;
    int m_columns = 1;
    int m_rows = 1;
    QList<QRectF> m_rects;
    QList<QList<int>> m_cells;
};

} // namespace ewb::ui
