#pragma once

#include "ui/scatterscene.h"
#include "ui/viewtransform.h"

#include <QList>
#include <QPointF>
#include <QRegularExpression>
#include <QStringList>
#include <QWidget>

QT_BEGIN_NAMESPACE
class QVariantAnimation;
QT_END_NAMESPACE

namespace ewb::ui {

/// A fast scatter of words in 2D (a projection layout), drawn with QPainter over a sprite
/// layer (ScatterScene, PointLayer), so that 50,000 points with 500 labels repaint within a
/// frame at 30 Hz. Index i is the i-th word given to setWords(); lower indices are more
/// important (more frequent): drawn on top and labelled first.
///
/// The user zooms (wheel, + and -), pans (drag, arrow keys) and fits (Home or F); hovering a
/// point shows its word as a tool tip; clicking one (or Enter on the hovered one) emits
/// pointActivated(), and the owner answers with setSelection(); Escape or a click on empty
/// space emits selectionCleared(). A new layout of the same words moves the points smoothly
/// from where they are. Until the user zooms or pans, every layout is fitted to the widget.
/// Colours follow the palette (light or dark). GUI thread only.
class ProjectionView : public QWidget
{
    Q_OBJECT

public:
    explicit ProjectionView(QWidget *parent = nullptr);
    ~ProjectionView() override;

    /// Replaces the words shown; clears positions, colours, search and selection.
    void setWords(const QStringList &words);
    const QStringList &words() const { return m_scene.words(); }
    /// A layout of the words (one point each, layout units, y up). With `animate`, points
    /// travel from their current places over animationDuration() milliseconds.
    void setPositions(const QList<QPointF> &positions, bool animate = false);
    /// The layout being moved to (the last one given), in layout units.
    const QList<QPointF> &targetPositions() const { return m_to; }
    /// Where the points are drawn now, in layout units (between two layouts while moving).
    const QList<QPointF> &currentPositions() const { return m_scene.positions(); }
    /// Duration of the move between layouts, 0 .. 5,000 ms (0: jump). Default 300.
    void setAnimationDuration(int milliseconds);
    int animationDuration() const;
    /// Colours the points by class: `classOf` holds one class per word, indexing `colours`
    /// (at most 64 classes); an empty list paints every point in the palette's highlight hue.
    void setColourClasses(const QList<quint8> &classOf, const QList<QColor> &colours);
    /// At most this many words are labelled, most important first (0 .. 5,000; default 200).
    /// Raising it shows more words and costs paint time (about 10 us a label).
    void setLabelLimit(int count);
    int labelLimit() const { return m_scene.labelLimit(); }

    /// Highlights the words that `pattern` matches; an invalid or empty pattern clears the
    /// search. With `isolate`, the others are faded and neither labelled nor hoverable.
    /// Returns the number of matching words.
    int setSearch(const QRegularExpression &pattern, bool isolate);
    void clearSearch();
    int matchCount() const { return m_scene.matchCount(); }
    bool isMatch(int index) const { return m_scene.isMatch(index); }

    /// Marks `index` as selected (-1: none) with lines to `neighbours`.
    void setSelection(int index, const QList<int> &neighbours);
    int selectedIndex() const { return m_scene.selectedIndex(); }
    const QList<int> &neighbourIndices() const { return m_scene.neighbourIndices(); }

    /// Where point `index` is drawn now, in widget pixels.
    QPointF mapToWidget(int index) const;
    /// The point under `position` (widget pixels, within 6 pixels), or -1.
    int pointAt(const QPointF &position) const;
    /// The words labelled in the last painted frame, in placement order.
    QStringList labelledWords() const { return m_scene.labelledWords(); }

    /// Shows every point, with a margin, and fits each new layout again until zoom() or pan().
    void fitToContents();
    /// Zooms by `factor` (> 1 zooms in) keeping `anchor` (widget pixels) where it is.
    void zoom(qreal factor, const QPointF &anchor);
    /// Moves the picture by `delta` widget pixels.
    void pan(const QPointF &delta);
    /// Widget pixels per layout unit; larger is more zoomed in.
    qreal scale() const { return m_transform.scale(); }

    /// Paints the scene into `painter` over a `size` area (for export and benchmarks).
    /// `scalable` draws vector shapes instead of sprites (SVG).
    void paintScene(QPainter &painter, const QSize &size, bool scalable);

    QSize sizeHint() const override { return QSize(640, 480); }

signals:
    /// The user clicked the point of word `index` (or pressed Enter on the hovered one).
    void pointActivated(int index);
    /// The user clicked empty space or pressed Escape.
    void selectionCleared();

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void changeEvent(QEvent *event) override;
    bool event(QEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void leaveEvent(QEvent *event) override;

private:
    void setProgress(qreal progress);

    ScatterScene m_scene;
    ViewTransform m_transform;
    QList<QPointF> m_from;
    QList<QPointF> m_to;
    QList<QPointF> m_current;
    bool m_following = true;
    bool m_dragging = false;
    QPointF m_pressPosition;
    QPointF m_lastDrag;
    QVariantAnimation *m_animation = nullptr;
};

} // namespace ewb::ui
