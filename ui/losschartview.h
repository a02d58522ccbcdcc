#pragma once

#include <QChartView>
#include <QString>

namespace ewb::ui {

/// A chart view with the interactions the chart pane offers: rubber-band zoom with the left
/// button (right click zooms out), zoom about the cursor with the wheel, keyboard zoom and pan
/// (+, -, 0, arrow keys) and a hover read-out of the nearest data point. GUI thread only.
class LossChartView : public QChartView
{
    Q_OBJECT

public:
    /// Shows `chart` (which the view takes over). `valueName` names the y value in read-outs,
    /// e.g. "loss".
    LossChartView(QChart *chart, QString valueName, QWidget *parent = nullptr);

    /// Zooms in (factor > 1) or out (factor < 1) about the centre of the plot area.
    void zoomBy(double factor);
    /// Shows all data again.
    void resetZoom();
    /// The read-out for the data point nearest to `viewPos` (view coordinates) over every
    /// visible series, or an empty string when no point lies within 40 pixels.
    QString readoutAt(QPoint viewPos) const;

signals:
    /// The hover read-out changed; empty when the cursor left the data.
    void readoutChanged(const QString &text);

protected:
    void wheelEvent(QWheelEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void leaveEvent(QEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    void zoomAbout(QPointF chartPos, double factor);

    QString m_valueName;
};

} // namespace ewb::ui
