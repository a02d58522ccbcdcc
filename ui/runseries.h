#pragma once

#include "ui/losspoint.h"

#include <QList>
#include <QPointF>
#include <QString>

#include <vector>

namespace ewb::ui {

/// The history of one training run as the chart pane shows it: a name for the legend and its
/// loss points in order. Plain value type, usable before any trainer or store exists (a live
/// run appends to it, a finished run is loaded whole). Not thread-safe; the GUI thread owns it.
class RunSeries
{
public:
    /// The curves a run contributes to the charts.
    enum class Curve {
        RawLoss, ///< interval loss at every point
        SmoothedLoss, ///< interval loss after smoothedValues()
        EpochLoss, ///< final loss of each finished epoch (epoch-end points only)
        LearningRate, ///< learning rate at every point
        WordsPerSecond, ///< thousands of raw words per second at every point
    };

    RunSeries() = default;
    explicit RunSeries(QString name, std::vector<LossPoint> points = {});

    /// Legend text.
    const QString &name() const { return m_name; }
    void setName(const QString &name) { m_name = name; }
    const std::vector<LossPoint> &points() const { return m_points; }
    void append(const LossPoint &point) { m_points.push_back(point); }
    bool isEmpty() const { return m_points.empty(); }

    /// The chart points of one curve: x in epochs, y in the curve's unit. Points whose value is
    /// not finite (a diverged run) are left out. `smoothing` is only used by SmoothedLoss.
    QList<QPointF> curve(Curve which, double smoothing) const;

    /// Exponential moving average of the interval loss, one value per point, with the start-up
    /// bias removed (value_t = ema_t / (1 - w^t)), as TensorBoard smooths. `weight` in [0, 1):
    /// 0 returns the raw values, raising it towards 1 gives a smoother, later-reacting curve.
    /// A non-finite input repeats the previous smoothed value (NaN before any finite input).
    std::vector<double> smoothedValues(double weight) const;

private:
    QString m_name;
    std::vector<LossPoint> m_points;
};

} // namespace ewb::ui
