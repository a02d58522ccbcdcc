#pragma once

#include <QList>
#include <QPointF>
#include <QSizeF>

namespace ewb::ui {

/// Maps layout coordinates (y up, any units) to widget pixels (y down) by a centre and a
/// uniform scale, and changes them as a user zooms, pans and fits. A small value type.
class ViewTransform
{
public:
    /// Widget pixels per layout unit, kept in [1e-12, 1e12].
    qreal scale() const { return m_scale; }
    /// The layout point shown at the middle of the widget.
    QPointF centre() const { return m_centre; }

    /// The widget position of layout point `p` in a widget of `size`.
    QPointF toWidget(const QPointF &p, const QSizeF &size) const
    {
        return QPointF((p.x() - m_centre.x()) * m_scale + size.width() / 2.0,
                       (m_centre.y() - p.y()) * m_scale + size.height() / 2.0);
    }
    /// The layout point under widget position `p`.
    QPointF toLayout(const QPointF &p, const QSizeF &size) const;

    /// Shows every finite point of `points` inside `size` less `margin` pixels on each side.
    /// No finite point: identity at the origin. One point, or points on a line: the extent
    /// along the other axis decides, or scale 1.
    void fit(const QList<QPointF> &points, const QSizeF &size, qreal margin);
    /// Multiplies the scale by `factor` (> 0; > 1 zooms in) keeping `anchor` fixed.
    void zoom(qreal factor, const QPointF &anchor, const QSizeF &size);
    /// Moves the picture by `delta` widget pixels.
    void pan(const QPointF &delta);

    bool operator==(const ViewTransform &other) const = default;

private:
    QPointF m_centre;
    qreal m_scale = 1.0;
};

} // namespace ewb::ui
