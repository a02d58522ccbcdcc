#include "ui/viewtransform.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace ewb::ui {

QPointF ViewTransform::toLayout(const QPointF &p, const QSizeF &size) const
{
    return QPointF(m_centre.x() + (p.x() - size.width() / 2.0) / m_scale,
                   m_centre.y() - (p.y() - size.height() / 2.0) / m_scale);
}

void ViewTransform::fit(const QList<QPointF> &points, const QSizeF &size, qreal margin)
{
    constexpr qreal infinity = std::numeric_limits<qreal>::infinity();
    qreal left = infinity, right = -infinity, bottom = infinity, top = -infinity;
    for (const QPointF &p : points) {
        if (!std::isfinite(p.x()) || !std::isfinite(p.y()))
            continue;
        left = std::min(left, p.x());
        right = std::max(right, p.x());
        bottom = std::min(bottom, p.y());
        top = std::max(top, p.y());
    }
    if (left > right) {
        m_centre = QPointF();
        m_scale = 1.0;
        return;
    }
    m_centre = QPointF((left + right) / 2, (bottom + top) / 2);
    const qreal w = std::max<qreal>(size.width() - 2 * margin, 1.0);
    const qreal h = std::max<qreal>(size.height() - 2 * margin, 1.0);
    // An axis along which the points do not spread must not decide the scale.
    qreal scale = infinity;
    if (right > left)
        scale = w / (right - left);
    if (top > bottom)
        scale = std::min(scale, h / (top - bottom));
    m_scale = std::isfinite(scale) ? std::clamp(scale, 1e-12, 1e12) : 1.0;
}

void ViewTransform::zoom(qreal factor, const QPointF &anchor, const QSizeF &size)
{
    if (!(factor > 0) || !std::isfinite(factor))
        return;
    const QPointF fixed = toLayout(anchor, size);
    m_scale = std::clamp(m_scale * factor, 1e-12, 1e12);
    m_centre = QPointF(fixed.x() - (anchor.x() - size.width() / 2.0) / m_scale,
                       fixed.y() + (anchor.y() - size.height() / 2.0) / m_scale);
}

void ViewTransform::pan(const QPointF &delta)
{
    m_centre += QPointF(-delta.x() / m_scale, delta.y() / m_scale);
}

} // namespace ewb::ui
