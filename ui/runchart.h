#pragma once

#include "ui/runseries.h"

#include <QColor>
#include <QCoreApplication>
#include <QList>
#include <QMap>
#include <QString>

QT_BEGIN_NAMESPACE
class QChart;
class QLineSeries;
class QValueAxis;
class QWidget;
QT_END_NAMESPACE

namespace ewb::ui {

class LossChartView;

/// One chart of the chart pane: a QChart with an epoch x axis, one or more curves per run (all
/// in the run's colour; the first curve of a run is drawn thin and translucent when a run has
/// two) and a LossChartView showing it. Owns no run data: the pane hands each run's
/// RunSeries in update(). GUI thread only.
class RunChart
{
    Q_DECLARE_TR_FUNCTIONS(RunChart)

public:
    /// `curves` are the curves each run contributes; the last one carries the legend entry.
    RunChart(const QString &title, const QString &yTitle, const QString &valueName,
             QList<RunSeries::Curve> curves, QWidget *parent);
    RunChart(const RunChart &) = delete;
    RunChart &operator=(const RunChart &) = delete;

    LossChartView *view() const { return m_view; }
    QChart *chart() const { return m_chart; }

    /// Adds empty curves for a run, drawn in `colour` and named `name` in the legend.
    void addRun(int runId, const QString &name, const QColor &colour);
    void removeRun(int runId);
    /// Redraws a run's curves from `series` in one QXYSeries::replace() each, then refits the
    /// axes unless the user zoomed. `smoothing` is the SmoothedLoss weight.
    void update(int runId, const RunSeries &series, double smoothing);
    /// Points currently drawn for a run's curve (0 when the chart does not show that curve).
    qsizetype drawnCount(int runId, RunSeries::Curve curve) const;
    /// Sets the light or dark chart theme, keeping the run colours.
    void setDark(bool dark);
    /// Fits both axes to the data of every run (also after a zoom reset).
    void fitAxes();
    /// Hides the legend (for the small charts whose colours repeat the main chart's).
    void setLegendVisible(bool visible);

private:
    struct RunCurves
    {
        QColor colour;
        QList<QLineSeries *> series;
    };
    void styleRun(RunCurves &run);

    QChart *m_chart = nullptr;
    LossChartView *m_view = nullptr;
    QValueAxis *m_xAxis = nullptr;
    QValueAxis *m_yAxis = nullptr;
    QList<RunSeries::Curve> m_curves;
    QMap<int, RunCurves> m_runs;
    bool m_legendVisible = true;
};

} // namespace ewb::ui
