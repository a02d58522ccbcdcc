#pragma once

#include <QColor>
#include <QImage>
#include <QList>
#include <QPointF>

namespace ewb::ui {

/// Draws tens of thousands of scatter points into an image fast. Each point style (a fill
/// colour, an outline and a radius) is rendered once, antialiased, into a small premultiplied
/// sprite; drawing a point then blends that sprite into the image by hand ("source over", the
/// integer arithmetic QPainter uses), skipping QPainter's per-call set-up. 50,000 points take a
/// few milliseconds where 50,000 QPainter::drawEllipse calls take tens. Points are snapped to
/// whole device pixels and clipped at the image edges. GUI thread or any single thread.
class PointLayer
{
public:
    /// The look of one class of points.
    struct Style
    {
        QColor fill;
        QColor outline = Qt::transparent; ///< a 1-pixel ring around the disc
        qreal radius = 2.5; ///< in logical pixels, 0.5 .. 32
    };

    /// Renders one sprite per style at `devicePixelRatio` (>= 1, the image's ratio).
    void setStyles(const QList<Style> &styles, qreal devicePixelRatio);
    int styleCount() const { return int(m_sprites.size()); }

    /// Blends the points whose `styleOf` entry lies in [firstStyle, lastStyle) into `image`
    /// (Format_ARGB32_Premultiplied, which the caller makes), in reverse order so that lower
    /// indices (more frequent words) end on top. `positions` are logical pixels.
    void draw(QImage &image, const QList<QPointF> &positions, const QList<quint8> &styleOf,
              int firstStyle, int lastStyle) const;

private:
    struct Sprite
    {
        int size = 0;
        int half = 0;
        QList<quint32> pixels; ///< premultiplied ARGB, size x size
    };

    static void blend(quint32 *bits, qsizetype stride, int width, int height, const Sprite &sprite,
                      int x, int y);

    QList<Sprite> m_sprites;
    qreal m_ratio = 1.0;
};

} // namespace ewb::ui
