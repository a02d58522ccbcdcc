#pragma once

#include "ui/pointgrid.h"
#include "ui/pointlayer.h"
#include "ui/viewtransform.h"

#include <QFont>
#include <QImage>
#include <QList>
#include <QPalette>
#include <QRegularExpression>
#include <QStringList>

QT_BEGIN_NAMESPACE
class QPainter;
QT_END_NAMESPACE

namespace ewb::ui {

/// What ProjectionView draws: words at 2D positions with colour classes, search matches,
/// a selection with its neighbours, a hovered point and non-overlapping labels, and how it
/// draws them. Screen positions, point styles, the hit-testing grid, the labels and the
/// sprite image are cached and rebuilt only when the positions, the transform, the size or
/// the state change, so repainting for a hover costs one image blit. Index i is word i; lower
/// indices are more important (drawn on top, labelled first). GUI thread only.
class ScatterScene
{
public:
    ScatterScene();

    /// Replaces the words; clears positions, colours, search, selection and hover.
    void setWords(const QStringList &words);
    const QStringList &words() const { return m_words; }
    /// Where the points are now, one per word, in layout units.
    void setPositions(const QList<QPointF> &positions);
    const QList<QPointF> &positions() const { return m_positions; }
    /// See ProjectionView::setColourClasses().
    void setColourClasses(const QList<quint8> &classOf, const QList<QColor> &colours);
    void setLabelLimit(int count);
    int labelLimit() const { return m_labelLimit; }
    /// Colours and font to draw with; changing either rebuilds the styles.
    void setLook(const QPalette &palette, const QFont &font);

    /// Marks the words `pattern` matches; returns their number. See ProjectionView::setSearch.
    int setSearch(const QRegularExpression &pattern, bool isolate);
    void clearSearch();
    int matchCount() const { return m_matchCount; }
    bool isMatch(int index) const { return m_searching && m_match[index]; }
    void setSelection(int index, const QList<int> &neighbours);
    int selectedIndex() const { return m_selected; }
    const QList<int> &neighbourIndices() const { return m_neighbours; }
    /// The point drawn with a hover ring (-1: none). Returns whether it changed.
    bool setHover(int index);
    int hoverIndex() const { return m_hover; }

    /// The point within `radius` pixels of `position` under `transform` in a `size` widget.
    int pointAt(const QPointF &position, const ViewTransform &transform, const QSize &size,
                qreal radius) const;
    /// The words labelled by the last paint(), in placement order.
    QStringList labelledWords() const;
    /// Forgets cached geometry (after the transform changed).
    void invalidate();

    /// Draws everything into `painter` over `size`. `scalable` draws vector shapes instead of
    /// blending sprites into a cached image (for SVG).
    void paint(QPainter &painter, const QSize &size, const ViewTransform &transform, bool scalable);

private:
    enum Tier : quint8 { Faded, Normal, Highlighted };
    struct Label
    {
        int index = -1;
        QRectF rect;
    };

    void ensureGeometry(const QSize &size, const ViewTransform &transform) const;
    void placeLabels(const QSize &size) const;
    void rebuildStyles();
    Tier tierOf(int index) const;
    int styleFor(int index) const;
    void paintPoints(QPainter &painter, const QSize &size, bool scalable);
    void paintOverlay(QPainter &painter) const;
    void paintLabels(QPainter &painter) const;

    QStringList m_words;
    QList<QPointF> m_positions;
    QList<quint8> m_classOf;
    QList<QColor> m_classColours;
    QList<PointLayer::Style> m_styles;
    QPalette m_palette;
    QFont m_font;
    QList<bool> m_match;
    int m_matchCount = 0;
    bool m_searching = false;
    bool m_isolate = false;
    int m_selected = -1;
    QList<int> m_neighbours;
    int m_hover = -1;
    int m_labelLimit = 200;
    PointLayer m_layer;
    QImage m_image;
    bool m_imageValid = false;

    // Caches derived from the positions, the transform and the size; rebuilt on demand, also
    // from const queries such as pointAt().
    mutable QList<QPointF> m_screen;
    mutable QList<quint8> m_styleOf;
    mutable PointGrid m_grid;
    mutable QList<qreal> m_labelWidths;
    mutable QList<Label> m_labels;
    mutable QSize m_geometrySize;
    mutable ViewTransform m_geometryTransform;
    mutable bool m_geometryValid = false;
};

} // namespace ewb::ui
