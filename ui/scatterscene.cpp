#include "ui/scatterscene.h"

#include "ui/labelplacer.h"

#include <QFontMetricsF>
#include <QPainter>

#include <algorithm>

namespace ewb::ui {

namespace {

    constexpr int maxClasses = 64;

    QColor mix(const QColor &a, const QColor &b, float t)
    {
        return QColor::fromRgbF(a.redF() + (b.redF() - a.redF()) * t,
                                a.greenF() + (b.greenF() - a.greenF()) * t,
                                a.blueF() + (b.blueF() - a.blueF()) * t);
    }

} // namespace

ScatterScene::ScatterScene()
{
    rebuildStyles();
}

void ScatterScene::setWords(const QStringList &words)
{
    m_words = words;
    m_positions.clear();
    m_classOf.clear();
    m_match.clear();
    m_matchCount = 0;
    m_searching = false;
    m_selected = -1;
    m_neighbours.clear();
    m_hover = -1;
    m_labelWidths.clear();
    invalidate();
}

void ScatterScene::setPositions(const QList<QPointF> &positions)
{
    Q_ASSERT(positions.size() == m_words.size());
    m_positions = positions;
    invalidate();
}

void ScatterScene::setColourClasses(const QList<quint8> &classOf, const QList<QColor> &colours)
{
    Q_ASSERT(classOf.isEmpty() || classOf.size() == m_words.size());
    m_classOf = classOf;
    m_classColours = colours.mid(0, maxClasses);
    rebuildStyles();
    invalidate();
}

void ScatterScene::setLabelLimit(int count)
{
    m_labelLimit = std::clamp(count, 0, 5000);
    invalidate();
}

void ScatterScene::setLook(const QPalette &palette, const QFont &font)
{
    if (font != m_font)
        m_labelWidths.clear();
    m_palette = palette;
    m_font = font;
    rebuildStyles();
    invalidate();
}

int ScatterScene::setSearch(const QRegularExpression &pattern, bool isolate)
{
    if (!pattern.isValid() || pattern.pattern().isEmpty()) {
        clearSearch();
        return 0;
    }
    m_match.fill(false, m_words.size());
    m_matchCount = 0;
    for (qsizetype i = 0; i < m_words.size(); ++i) {
        if (pattern.match(m_words[i]).hasMatch()) {
            m_match[i] = true;
            ++m_matchCount;
        }
    }
    m_searching = true;
    m_isolate = isolate;
    invalidate();
    return m_matchCount;
}

void ScatterScene::clearSearch()
{
    m_match.clear();
    m_matchCount = 0;
    m_searching = false;
    invalidate();
}

void ScatterScene::setSelection(int index, const QList<int> &neighbours)
{
    m_selected = index >= 0 && index < m_words.size() ? index : -1;
    m_neighbours = m_selected >= 0 ? neighbours : QList<int>();
    // Labels change (the selection is labelled first); the sprite image does not.
    m_geometryValid = false;
}

bool ScatterScene::setHover(int index)
{
    if (index == m_hover)
        return false;
    m_hover = index;
    return true;
}

int ScatterScene::pointAt(const QPointF &position, const ViewTransform &transform,
                          const QSize &size, qreal radius) const
{
    if (m_positions.isEmpty())
        return -1;
    ensureGeometry(size, transform);
    return m_grid.nearest(position, radius);
}

QStringList ScatterScene::labelledWords() const
{
    QStringList words;
    for (const Label &label : m_labels)
        words.append(m_words[label.index]);
    return words;
}

void ScatterScene::invalidate()
{
    m_geometryValid = false;
    m_imageValid = false;
}

void ScatterScene::paint(QPainter &painter, const QSize &size, const ViewTransform &transform,
                         bool scalable)
{
    painter.fillRect(QRect(QPoint(), size), m_palette.color(QPalette::Base));
    if (m_positions.isEmpty())
        return;
    if (m_geometrySize != size || !(m_geometryTransform == transform))
        m_imageValid = false;
    ensureGeometry(size, transform);
    paintPoints(painter, size, scalable);
    paintOverlay(painter);
    paintLabels(painter);
}

void ScatterScene::paintPoints(QPainter &painter, const QSize &size, bool scalable)
{
    const int classes = int(m_styles.size()) / 3;
    // Faded points first, highlighted last, so that matches are never hidden.
    const int order[] = { classes, 0, 2 * classes };
    if (scalable) {
        painter.save();
        painter.setRenderHint(QPainter::Antialiasing);
        const QRectF area = QRectF(QPointF(), size).adjusted(-8, -8, 8, 8);
        for (int tierStart : order) {
            for (int style = tierStart; style < tierStart + classes; ++style) {
                const PointLayer::Style &look = m_styles[style];
                painter.setBrush(look.fill);
                painter.setPen(look.outline.alpha() > 0 ? QPen(look.outline, 1.0)
                                                        : QPen(Qt::NoPen));
                for (qsizetype i = m_screen.size() - 1; i >= 0; --i) {
                    if (m_styleOf[i] == style && area.contains(m_screen[i]))
                        painter.drawEllipse(m_screen[i], look.radius, look.radius);
                }
            }
        }
        painter.restore();
        return;
    }
    const qreal ratio = painter.device() ? painter.device()->devicePixelRatioF() : 1.0;
    const QSize pixels = (QSizeF(size) * ratio).toSize();
    if (!m_imageValid || m_image.size() != pixels || m_image.devicePixelRatioF() != ratio) {
        if (m_image.size() != pixels)
            m_image = QImage(pixels, QImage::Format_ARGB32_Premultiplied);
        m_image.setDevicePixelRatio(ratio);
        m_image.fill(m_palette.color(QPalette::Base));
        m_layer.setStyles(m_styles, ratio);
        for (int tierStart : order)
            m_layer.draw(m_image, m_screen, m_styleOf, tierStart, tierStart + classes);
        m_imageValid = true;
    }
    painter.drawImage(QPointF(), m_image);
}

void ScatterScene::paintOverlay(QPainter &painter) const
{
    const QColor text = m_palette.color(QPalette::Text);
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    if (m_selected >= 0) {
        QColor line = m_palette.color(QPalette::Highlight);
        line.setAlphaF(0.75f);
        painter.setPen(QPen(line, 1.5));
        for (int n : m_neighbours)
            painter.drawLine(m_screen[m_selected], m_screen[n]);
        const int classes = int(m_styles.size()) / 3;
        painter.setPen(QPen(text, 1.5));
        for (int n : m_neighbours) {
            painter.setBrush(m_styles[styleFor(n) % classes].fill);
            painter.drawEllipse(m_screen[n], 5.0, 5.0);
        }
        painter.setPen(QPen(text, 2.0));
        painter.setBrush(m_palette.color(QPalette::Highlight));
        painter.drawEllipse(m_screen[m_selected], 7.0, 7.0);
    }
    if (m_hover >= 0 && m_hover < m_screen.size()) {
        painter.setPen(QPen(text, 1.5));
        painter.setBrush(Qt::NoBrush);
        painter.drawEllipse(m_screen[m_hover], 6.0, 6.0);
    }
    painter.restore();
}

void ScatterScene::paintLabels(QPainter &painter) const
{
    if (m_labels.isEmpty())
        return;
    painter.save();
    painter.setFont(m_font);
    QColor halo = m_palette.color(QPalette::Base);
    halo.setAlphaF(0.72f);
    painter.setPen(m_palette.color(QPalette::Text));
    for (const Label &label : m_labels) {
        painter.fillRect(label.rect, halo);
        painter.drawText(label.rect, Qt::AlignCenter, m_words[label.index]);
    }
    painter.restore();
}

void ScatterScene::ensureGeometry(const QSize &size, const ViewTransform &transform) const
{
    if (m_geometryValid && m_geometrySize == size && m_geometryTransform == transform)
        return;
    const qsizetype n = m_positions.size();
    m_screen.resize(n);
    m_styleOf.resize(n);
    QList<bool> faded(n, false);
    for (qsizetype i = 0; i < n; ++i) {
        m_screen[i] = transform.toWidget(m_positions[i], size);
        m_styleOf[i] = quint8(styleFor(int(i)));
        faded[i] = tierOf(int(i)) == Faded;
    }
    // Cells of a few hit radii: a hover query then reads at most four cells.
    m_grid.build(m_screen, QRectF(QPointF(), size), 24.0, faded);
    m_geometrySize = size;
    m_geometryTransform = transform;
    m_geometryValid = true;
    placeLabels(size);
}

void ScatterScene::placeLabels(const QSize &size) const
{
    m_labels.clear();
    const qsizetype n = m_positions.size();
    if (m_labelWidths.size() != n)
        m_labelWidths.fill(-1.0, n);
    const QFontMetricsF metrics(m_font);
    const qreal height = metrics.height();
    const QRectF area(QPointF(), size);
    LabelPlacer placer(area, 2 * height);
    QList<bool> offered(n, false);
    auto offer = [&](int i) {
        if (offered[i] || tierOf(i) == Faded || !area.contains(m_screen[i]))
            return;
        offered[i] = true;
        if (m_labelWidths[i] < 0)
            m_labelWidths[i] = metrics.horizontalAdvance(m_words[i]) + 4;
        if (auto rect = placer.place(m_screen[i], QSizeF(m_labelWidths[i], height), 4.0))
            m_labels.append({ i, *rect });
    };
    if (m_selected >= 0) {
        offer(m_selected);
        for (int i : m_neighbours)
            offer(i);
    }
    const qsizetype limit = m_labels.size() + m_labelLimit;
    // Crowded views reject most candidates: stop after a bounded number of tries so that
    // placement stays O(limit), not O(n).
    qsizetype budget = 4 * limit + 64;
    auto offerAll = [&](bool matchesOnly) {
        for (int i = 0; i < n && m_labels.size() < limit && budget > 0; ++i) {
            if (matchesOnly && !m_match[i])
                continue;
            if (!offered[i])
                --budget;
            offer(i);
        }
    };
    if (m_searching)
        offerAll(true);
    if (!m_searching || !m_isolate)
        offerAll(false);
}

ScatterScene::Tier ScatterScene::tierOf(int index) const
{
    if (!m_searching)
        return Normal;
    if (m_match[index])
        return Highlighted;
    return m_isolate ? Faded : Normal;
}

int ScatterScene::styleFor(int index) const
{
    const int classes = int(m_styles.size()) / 3;
    const int colour = m_classOf.isEmpty() ? 0 : std::min<int>(m_classOf[index], classes - 1);
    switch (tierOf(index)) {
    case Faded:
        return classes + colour;
    case Highlighted:
        return 2 * classes + colour;
    case Normal:
        break;
    }
    return colour;
}

void ScatterScene::rebuildStyles()
{
    const QColor base = m_palette.color(QPalette::Base);
    const QColor text = m_palette.color(QPalette::Text);
    QList<QColor> colours = m_classColours;
    if (colours.isEmpty())
        colours.append(m_palette.color(QPalette::Highlight));
    m_styles.clear();
    for (const QColor &c : std::as_const(colours))
        m_styles.append({ c, Qt::transparent, 2.5 });
    // Faded points keep a trace of their hue but sink towards the background.
    for (const QColor &c : std::as_const(colours))
        m_styles.append({ mix(c, base, 0.8f), Qt::transparent, 2.0 });
    for (const QColor &c : std::as_const(colours))
        m_styles.append({ c, text, 4.0 });
    m_imageValid = false;
}

} // namespace ewb::ui
