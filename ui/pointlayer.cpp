#include "ui/pointlayer.h"

#include <QPainter>

#include <algorithm>
#include <cmath>

namespace ewb::ui {

namespace {

    // x * a / 255 for the four 8-bit channels of x at once, rounded as Qt's BYTE_MUL does.
    inline quint32 byteMul(quint32 x, quint32 a)
    {
        quint32 t = (x & 0xff00ffu) * a;
        t = (t + ((t >> 8) & 0xff00ffu) + 0x800080u) >> 8;
        t &= 0xff00ffu;
        x = ((x >> 8) & 0xff00ffu) * a;
        x = (x + ((x >> 8) & 0xff00ffu) + 0x800080u);
        x &= 0xff00ff00u;
        return x | t;
    }

} // namespace

void PointLayer::setStyles(const QList<Style> &styles, qreal devicePixelRatio)
{
    m_ratio = std::max<qreal>(devicePixelRatio, 1.0);
    m_sprites.clear();
    for (const Style &style : styles) {
        const qreal radius = std::clamp<qreal>(style.radius, 0.5, 32.0) * m_ratio;
        const bool ring = style.outline.alpha() > 0;
        Sprite sprite;
        sprite.half = int(std::ceil(radius + (ring ? m_ratio : 0.0))) + 1;
        sprite.size = 2 * sprite.half + 1;
        QImage image(sprite.size, sprite.size, QImage::Format_ARGB32_Premultiplied);
        image.fill(Qt::transparent);
        {
            QPainter painter(&image);
            painter.setRenderHint(QPainter::Antialiasing);
            painter.setPen(ring ? QPen(style.outline, m_ratio) : QPen(Qt::NoPen));
            painter.setBrush(style.fill);
            const QPointF centre(sprite.half + 0.5, sprite.half + 0.5);
            painter.drawEllipse(centre, radius, radius);
        }
        sprite.pixels.resize(qsizetype(sprite.size) * sprite.size);
        for (int y = 0; y < sprite.size; ++y) {
            const auto *line = reinterpret_cast<const quint32 *>(image.constScanLine(y));
            std::copy(line, line + sprite.size, sprite.pixels.begin() + qsizetype(y) * sprite.size);
        }
        m_sprites.append(sprite);
    }
}

void PointLayer::draw(QImage &image, const QList<QPointF> &positions, const QList<quint8> &styleOf,
                      int firstStyle, int lastStyle) const
{
    Q_ASSERT(image.format() == QImage::Format_ARGB32_Premultiplied);
    lastStyle = std::min(lastStyle, int(m_sprites.size()));
    // bits() once: scanLine() per row would check for a shared copy every time.
    auto *bits = reinterpret_cast<quint32 *>(image.bits());
    const qsizetype stride = image.bytesPerLine() / 4;
    const int w = image.width();
    const int h = image.height();
    const QPointF *position = positions.constData();
    const quint8 *style = styleOf.constData();
    for (qsizetype i = positions.size() - 1; i >= 0; --i) {
        if (style[i] < firstStyle || style[i] >= lastStyle)
            continue;
        const Sprite &sprite = m_sprites[style[i]];
        const qreal x = position[i].x() * m_ratio;
        const qreal y = position[i].y() * m_ratio;
        // Cull before converting: far-away points of a zoomed-in view may not fit in an int.
        if (x < -sprite.half || y < -sprite.half || x >= w + sprite.half || y >= h + sprite.half)
            continue;
        blend(bits, stride, w, h, sprite, int(std::floor(x)) - sprite.half,
              int(std::floor(y)) - sprite.half);
    }
}

void PointLayer::blend(quint32 *bits, qsizetype stride, int width, int height, const Sprite &sprite,
                       int x, int y)
{
    const int x0 = std::max(0, -x);
    const int y0 = std::max(0, -y);
    const int x1 = std::min(sprite.size, width - x);
    const int y1 = std::min(sprite.size, height - y);
    for (int sy = y0; sy < y1; ++sy) {
        quint32 *line = bits + qsizetype(y + sy) * stride + x;
        const quint32 *source = sprite.pixels.constData() + qsizetype(sy) * sprite.size;
        for (int sx = x0; sx < x1; ++sx) {
            const quint32 s = source[sx];
            const quint32 alpha = s >> 24;
            if (alpha == 255)
                line[sx] = s;
            else if (alpha != 0)
                line[sx] = s + byteMul(line[sx], 255 - alpha);
        }
    }
}

} // namespace ewb::ui
