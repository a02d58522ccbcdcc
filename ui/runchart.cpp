#include "ui/runchart.h"

#include "ui/losschartview.h"

#include <QChart>
#include <QLegendMarker>
#include <QLineSeries>
#include <QValueAxis>

#include <algorithm>
#include <cmath>
#include <limits>
#include <utility>

namespace ewb::ui {

RunChart::RunChart(const QString &title, const QString &yTitle, const QString &valueName,
                   QList<RunSeries::Curve> curves, QWidget *parent)
    : m_chart(new QChart), m_curves(std::move(curves))
{
    m_chart->setTitle(title);
    m_chart->setAnimationOptions(QChart::NoAnimation);
    m_chart->legend()->setAlignment(Qt::AlignBottom);
    m_chart->setMargins(QMargins(4, 4, 4, 4));
    m_xAxis = new QValueAxis;
    m_xAxis->setTitleText(tr("Epoch"));
    m_xAxis->setLabelFormat(QStringLiteral("%.1f"));
    m_xAxis->setRange(0, 1);
    m_yAxis = new QValueAxis;
    m_yAxis->setTitleText(yTitle);
    m_yAxis->setLabelFormat(QStringLiteral("%.4g"));
    m_chart->addAxis(m_xAxis, Qt::AlignBottom);
    m_chart->addAxis(m_yAxis, Qt::AlignLeft);
    m_view = new LossChartView(m_chart, valueName, parent);
    m_view->setAccessibleName(title);
}

void RunChart::addRun(int runId, const QString &name, const QColor &colour)
{
    RunCurves run;
    run.colour = colour;
    for (qsizetype i = 0; i < m_curves.size(); ++i) {
        auto *series = new QLineSeries;
        series->setName(name);
        if (m_curves[i] == RunSeries::Curve::EpochLoss)
            series->setPointsVisible(true);
        m_chart->addSeries(series);
        series->attachAxis(m_xAxis);
        series->attachAxis(m_yAxis);
        run.series.append(series);
    }
    styleRun(run);
    m_runs.insert(runId, run);
}

void RunChart::styleRun(RunCurves &run)
{
    for (qsizetype i = 0; i < run.series.size(); ++i) {
        QLineSeries *series = run.series[i];
        const bool background = run.series.size() > 1 && i + 1 < run.series.size();
        QPen pen(background ? QColor(run.colour.red(), run.colour.green(), run.colour.blue(), 80)
                            : run.colour);
        pen.setWidthF(background ? 1.0 : 2.0);
        series->setPen(pen);
        // One legend entry per run: the background curves share the run's colour.
        const auto markers = m_chart->legend()->markers(series);
        for (QLegendMarker *marker : markers)
            marker->setVisible(!background);
    }
}

void RunChart::removeRun(int runId)
{
    const auto it = m_runs.find(runId);
    if (it == m_runs.end())
        return;
    for (QLineSeries *series : std::as_const(it->series)) {
        m_chart->removeSeries(series);
        delete series;
    }
    m_runs.erase(it);
    fitAxes();
}

void RunChart::update(int runId, const RunSeries &data, double smoothing)
{
    const auto it = m_runs.find(runId);
    if (it == m_runs.end())
        return;
    for (qsizetype i = 0; i < m_curves.size(); ++i)
        it->series[i]->replace(data.curve(m_curves[i], smoothing));
    if (!m_chart->isZoomed())
        fitAxes();
}

qsizetype RunChart::drawnCount(int runId, RunSeries::Curve curve) const
{
    const auto it = m_runs.find(runId);
    const qsizetype index = m_curves.indexOf(curve);
    if (it == m_runs.end() || index < 0)
        return 0;
    return it->series[index]->count();
}

void RunChart::fitAxes()
{
    double maxX = 1;
    double minY = std::numeric_limits<double>::infinity();
    double maxY = -std::numeric_limits<double>::infinity();
    for (const RunCurves &run : std::as_const(m_runs)) {
        for (const QLineSeries *series : run.series) {
            for (int i = 0; i < series->count(); ++i) {
                const QPointF p = series->at(i);
                maxX = std::max(maxX, p.x());
                minY = std::min(minY, p.y());
                maxY = std::max(maxY, p.y());
            }
        }
    }
    if (minY > maxY) {
        minY = 0;
        maxY = 1;
    }
    // A little head room so the curves never touch the frame; a flat curve gets a band.
    const double span = maxY - minY;
    const double pad = span > 0 ? span * 0.05 : std::max(std::abs(maxY) * 0.05, 1e-6);
    // Whole epochs on the x axis (halves for short runs), round numbers on the y axis: they
    // read better than five equal parts of an arbitrary range.
    const double epochs = std::ceil(maxX - 1e-9);
    m_xAxis->setRange(0, epochs);
    if (epochs <= 12) {
        m_xAxis->setTickCount(static_cast<int>(epochs <= 2 ? 2 * epochs : epochs) + 1);
        m_xAxis->setLabelFormat(epochs <= 2 ? QStringLiteral("%.1f") : QStringLiteral("%.0f"));
    } else {
        m_xAxis->applyNiceNumbers();
        m_xAxis->setLabelFormat(QStringLiteral("%.0f"));
    }
    m_yAxis->setRange(minY >= 0 && minY - pad < 0 ? 0 : minY - pad, maxY + pad);
    m_yAxis->applyNiceNumbers();
}

void RunChart::setDark(bool dark)
{
    m_chart->setTheme(dark ? QChart::ChartThemeDark : QChart::ChartThemeLight);
    m_chart->legend()->setVisible(m_legendVisible);
    for (RunCurves &run : m_runs)
        styleRun(run);
}

void RunChart::setLegendVisible(bool visible)
{
    m_legendVisible = visible;
    m_chart->legend()->setVisible(visible);
}

} // namespace ewb::ui
