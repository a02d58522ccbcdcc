#include "ui/runseries.h"

#include <cmath>
#include <limits>
#include <utility>

namespace ewb::ui {

RunSeries::RunSeries(QString name, std::vector<LossPoint> points)
    : m_name(std::move(name)), m_points(std::move(points))
{ }

std::vector<double> RunSeries::smoothedValues(double weight) const
{
    std::vector<double> values;
    values.reserve(m_points.size());
    double ema = 0;
    double decay = 1; // w^t: what share of the zero start value is still in ema
    double last = std::numeric_limits<double>::quiet_NaN();
    for (const LossPoint &point : m_points) {
        if (std::isfinite(point.intervalLoss)) {
            ema = weight * ema + (1 - weight) * point.intervalLoss;
            decay *= weight;
            last = ema / (1 - decay);
        }
        values.push_back(last);
    }
    return values;
}

QList<QPointF> RunSeries::curve(Curve which, double smoothing) const
{
    QList<QPointF> out;
    out.reserve(static_cast<qsizetype>(m_points.size()));
    std::vector<double> smoothed;
    if (which == Curve::SmoothedLoss)
        smoothed = smoothedValues(smoothing);
    for (std::size_t i = 0; i < m_points.size(); ++i) {
        const LossPoint &point = m_points[i];
        double y = 0;
        switch (which) {
        case Curve::RawLoss:
            y = point.intervalLoss;
            break;
        case Curve::SmoothedLoss:
            y = smoothed[i];
            break;
        case Curve::EpochLoss:
            if (!point.epochEnd)
                continue;
            y = point.epochLoss;
            break;
        case Curve::LearningRate:
            y = point.learningRate;
            break;
        case Curve::WordsPerSecond:
            // In thousands: axis labels of millions would not fit the small chart.
            y = point.wordsPerSecond / 1000.0;
            break;
        }
        if (std::isfinite(y) && std::isfinite(point.epochs))
            out.append(QPointF(point.epochs, y));
    }
    return out;
}

} // namespace ewb::ui
