#include "ui/losschartview.h"

#include <QChart>
#include <QKeyEvent>
#include <QLocale>
#include <QWheelEvent>
#include <QXYSeries>

#include <algorithm>
#include <cmath>
#include <utility>

namespace ewb::ui {

namespace {

    constexpr double kWheelStep = 1.25;
    constexpr double kHoverRadius = 40.0;

    // Index of the point of `series` whose x is nearest to x; the series is sorted by x because
    // every curve advances through the run.
    int nearestByX(const QXYSeries *series, double x)
    {
        int lo = 0;
        int hi = series->count();
        while (lo < hi) {
            const int mid = lo + (hi - lo) / 2;
            if (series->at(mid).x() < x)
                lo = mid + 1;
            else
                hi = mid;
        }
        if (lo == series->count())
            return lo - 1;
        if (lo > 0 && x - series->at(lo - 1).x() < series->at(lo).x() - x)
            return lo - 1;
        return lo;
    }

} // namespace

LossChartView::LossChartView(QChart *chart, QString valueName, QWidget *parent)
    : QChartView(chart, parent), m_valueName(std::move(valueName))
{
    setRubberBand(QChartView::RectangleRubberBand);
    setRenderHint(QPainter::Antialiasing);
    setMouseTracking(true);
    setFocusPolicy(Qt::StrongFocus);
}

void LossChartView::zoomBy(double factor)
{
    zoomAbout(chart()->plotArea().center(), factor);
}

void LossChartView::resetZoom()
{
    chart()->zoomReset();
}

void LossChartView::zoomAbout(QPointF chartPos, double factor)
{
    // The point under the cursor keeps its place: the new visible rectangle shrinks (or grows)
    // towards it in proportion.
    const QRectF area = chart()->plotArea();
    if (area.isEmpty() || factor <= 0)
        return;
    const double scale = 1.0 / factor;
    QRectF rect(chartPos.x() - (chartPos.x() - area.left()) * scale,
                chartPos.y() - (chartPos.y() - area.top()) * scale, area.width() * scale,
                area.height() * scale);
    chart()->zoomIn(rect);
}

QString LossChartView::readoutAt(QPoint viewPos) const
{
    const QPointF chartPos = chart()->mapFromScene(mapToScene(viewPos));
    if (!chart()->plotArea().contains(chartPos))
        return {};
    const QXYSeries *best = nullptr;
    QPointF bestValue;
    double bestDistance = kHoverRadius;
    const auto seriesList = chart()->series();
    for (QAbstractSeries *abstract : seriesList) {
        const auto *series = qobject_cast<const QXYSeries *>(abstract);
        if (!series || !series->isVisible() || series->count() == 0)
            continue;
        const double x = chart()->mapToValue(chartPos, abstract).x();
        const QPointF value = series->at(nearestByX(series, x));
        const QPointF onScreen = chart()->mapToPosition(value, abstract);
        const double distance
            = std::hypot(onScreen.x() - chartPos.x(), onScreen.y() - chartPos.y());
        if (distance < bestDistance) {
            bestDistance = distance;
            best = series;
            bestValue = value;
        }
    }
    if (!best)
        return {};
    const QLocale locale;
    return tr("%1 — epoch %2, %3 %4")
        .arg(best->name(), locale.toString(bestValue.x(), 'f', 2), m_valueName,
             locale.toString(bestValue.y(), 'g', 5));
}

void LossChartView::wheelEvent(QWheelEvent *event)
{
    const double steps = event->angleDelta().y() / 120.0;
    if (steps == 0) {
        QChartView::wheelEvent(event);
        return;
    }
    const QPointF chartPos = chart()->mapFromScene(mapToScene(event->position().toPoint()));
    zoomAbout(chartPos, std::pow(kWheelStep, steps));
    event->accept();
}

void LossChartView::mouseMoveEvent(QMouseEvent *event)
{
    emit readoutChanged(readoutAt(event->position().toPoint()));
    QChartView::mouseMoveEvent(event);
}

void LossChartView::leaveEvent(QEvent *event)
{
    emit readoutChanged(QString());
    QChartView::leaveEvent(event);
}

void LossChartView::keyPressEvent(QKeyEvent *event)
{
    const QRectF area = chart()->plotArea();
    switch (event->key()) {
    case Qt::Key_Plus:
    case Qt::Key_Equal:
        zoomBy(kWheelStep);
        break;
    case Qt::Key_Minus:
        zoomBy(1.0 / kWheelStep);
        break;
    case Qt::Key_0:
        resetZoom();
        break;
    case Qt::Key_Left:
        chart()->scroll(-area.width() / 10, 0);
        break;
    case Qt::Key_Right:
        chart()->scroll(area.width() / 10, 0);
        break;
    case Qt::Key_Up:
        chart()->scroll(0, area.height() / 10);
        break;
    case Qt::Key_Down:
        chart()->scroll(0, -area.height() / 10);
        break;
    default:
        QChartView::keyPressEvent(event);
        return;
    }
    event->accept();
}

} // namespace ewb::ui
