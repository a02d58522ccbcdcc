#include "ui/projectionview.h"

#include <QApplication>
#include <QHelpEvent>
#include <QKeyEvent>
#include <QPaintEvent>
#include <QPainter>
#include <QToolTip>
#include <QVariantAnimation>

#include <algorithm>
#include <cmath>

namespace ewb::ui {

namespace {

    constexpr qreal fitMargin = 24.0;
    constexpr qreal hitRadius = 6.0;

} // namespace

ProjectionView::ProjectionView(QWidget *parent) : QWidget(parent)
{
    setFocusPolicy(Qt::StrongFocus);
    setMouseTracking(true);
    setAttribute(Qt::WA_OpaquePaintEvent);
    setMinimumSize(200, 150);
    m_scene.setLook(palette(), font());
    m_animation = new QVariantAnimation(this);
    m_animation->setStartValue(0.0);
    m_animation->setEndValue(1.0);
    m_animation->setDuration(300);
    m_animation->setEasingCurve(QEasingCurve::InOutCubic);
    connect(m_animation, &QVariantAnimation::valueChanged, this,
            [this](const QVariant &value) { setProgress(value.toReal()); });
}

ProjectionView::~ProjectionView() = default;

void ProjectionView::setWords(const QStringList &words)
{
    m_animation->stop();
    m_scene.setWords(words);
    m_from.clear();
    m_to.clear();
    m_current.clear();
    m_following = true;
    update();
}

void ProjectionView::setPositions(const QList<QPointF> &positions, bool animate)
{
    Q_ASSERT(positions.size() == words().size());
    if (m_current.size() != positions.size())
        m_current = positions;
    m_from = m_current;
    m_to = positions;
    if (m_following)
        m_transform.fit(m_to, size(), fitMargin);
    m_animation->stop();
    if (animate && m_animation->duration() > 0) {
        m_animation->start();
    } else {
        m_current = m_to;
        m_scene.setPositions(m_current);
        update();
    }
}

void ProjectionView::setAnimationDuration(int milliseconds)
{
    m_animation->setDuration(std::clamp(milliseconds, 0, 5000));
}

int ProjectionView::animationDuration() const
{
    return m_animation->duration();
}

void ProjectionView::setColourClasses(const QList<quint8> &classOf, const QList<QColor> &colours)
{
    m_scene.setColourClasses(classOf, colours);
    update();
}

void ProjectionView::setLabelLimit(int count)
{
    m_scene.setLabelLimit(count);
    update();
}

int ProjectionView::setSearch(const QRegularExpression &pattern, bool isolate)
{
    const int matches = m_scene.setSearch(pattern, isolate);
    update();
    return matches;
}

void ProjectionView::clearSearch()
{
    m_scene.clearSearch();
    update();
}

void ProjectionView::setSelection(int index, const QList<int> &neighbours)
{
    m_scene.setSelection(index, neighbours);
    update();
}

QPointF ProjectionView::mapToWidget(int index) const
{
    return m_transform.toWidget(m_current[index], size());
}

int ProjectionView::pointAt(const QPointF &position) const
{
    return m_scene.pointAt(position, m_transform, size(), hitRadius);
}

void ProjectionView::fitToContents()
{
    m_following = true;
    m_transform.fit(m_to, size(), fitMargin);
    update();
}

void ProjectionView::zoom(qreal factor, const QPointF &anchor)
{
    m_transform.zoom(factor, anchor, size());
    m_following = false;
    update();
}

void ProjectionView::pan(const QPointF &delta)
{
    m_transform.pan(delta);
    m_following = false;
    update();
}

void ProjectionView::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    paintScene(painter, size(), false);
}

void ProjectionView::paintScene(QPainter &painter, const QSize &size, bool scalable)
{
    m_scene.paint(painter, size, m_transform, scalable);
    if (m_current.isEmpty()) {
        painter.setPen(palette().color(QPalette::PlaceholderText));
        painter.drawText(QRect(QPoint(), size), Qt::AlignCenter | Qt::TextWordWrap,
                         tr("No projection yet: choose a model and a method."));
    }
}

void ProjectionView::setProgress(qreal progress)
{
    if (m_from.size() != m_to.size())
        return;
    for (qsizetype i = 0; i < m_to.size(); ++i)
        m_current[i] = m_from[i] + (m_to[i] - m_from[i]) * progress;
    m_scene.setPositions(m_current);
    update();
}

void ProjectionView::resizeEvent(QResizeEvent *)
{
    if (m_following)
        m_transform.fit(m_to, size(), fitMargin);
    update();
}

void ProjectionView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::StyleChange
        || event->type() == QEvent::FontChange) {
        m_scene.setLook(palette(), font());
        update();
    }
    QWidget::changeEvent(event);
}

bool ProjectionView::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const int index = pointAt(help->pos());
        if (index >= 0)
            QToolTip::showText(help->globalPos(), words()[index], this);
        else
            QToolTip::hideText();
        return true;
    }
    return QWidget::event(event);
}

void ProjectionView::mousePressEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton)
        return QWidget::mousePressEvent(event);
    m_pressPosition = event->position();
    m_lastDrag = event->position();
    m_dragging = false;
}

void ProjectionView::mouseMoveEvent(QMouseEvent *event)
{
    if (event->buttons() & Qt::LeftButton) {
        if (!m_dragging
            && (event->position() - m_pressPosition).manhattanLength()
                > QApplication::startDragDistance()) {
            m_dragging = true;
            setCursor(Qt::ClosedHandCursor);
        }
        if (m_dragging) {
            pan(event->position() - m_lastDrag);
            m_lastDrag = event->position();
        }
        return;
    }
    if (m_scene.setHover(pointAt(event->position())))
        update();
}

void ProjectionView::mouseReleaseEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton)
        return QWidget::mouseReleaseEvent(event);
    if (m_dragging) {
        m_dragging = false;
        unsetCursor();
        return;
    }
    const int index = pointAt(event->position());
    if (index >= 0)
        emit pointActivated(index);
    else
        emit selectionCleared();
}

void ProjectionView::wheelEvent(QWheelEvent *event)
{
    // One notch (120 eighths of a degree) zooms by 2^(1/4), about 19 %.
    zoom(std::pow(2.0, event->angleDelta().y() / 480.0), event->position());
    event->accept();
}

void ProjectionView::keyPressEvent(QKeyEvent *event)
{
    const QPointF centre(width() / 2.0, height() / 2.0);
    switch (event->key()) {
    case Qt::Key_Plus:
    case Qt::Key_Equal:
        zoom(1.25, centre);
        break;
    case Qt::Key_Minus:
        zoom(0.8, centre);
        break;
    case Qt::Key_Left:
        pan(QPointF(40, 0));
        break;
    case Qt::Key_Right:
        pan(QPointF(-40, 0));
        break;
    case Qt::Key_Up:
        pan(QPointF(0, 40));
        break;
    case Qt::Key_Down:
        pan(QPointF(0, -40));
        break;
    case Qt::Key_Home:
    case Qt::Key_F:
        fitToContents();
        break;
    case Qt::Key_Escape:
        emit selectionCleared();
        break;
    case Qt::Key_Return:
    case Qt::Key_Enter:
        if (m_scene.hoverIndex() >= 0)
            emit pointActivated(m_scene.hoverIndex());
        break;
    default:
        QWidget::keyPressEvent(event);
    }
}

void ProjectionView::leaveEvent(QEvent *event)
{
    if (m_scene.setHover(-1))
        update();
    QWidget::leaveEvent(event);
}

} // namespace ewb::ui
