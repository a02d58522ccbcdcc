#pragma once

#include "ui/runseries.h"

#include <QList>
#include <QMap>
#include <QWidget>

#include <memory>
#include <vector>

QT_BEGIN_NAMESPACE
class QAction;
class QLabel;
class QSlider;
class QTimer;
QT_END_NAMESPACE

namespace ewb::ui {

class RunChart;

/// The chart pane: loss per interval (raw and smoothed) of every run overlaid, the loss of each
/// finished epoch, the learning rate and the words per second, all over an x axis in epochs.
/// Live points are buffered and drawn in batches (QXYSeries::replace) at most ten times a
/// second, so a fast trainer never floods the event loop. Offers zoom, a hover read-out,
/// smoothing and export to PNG, SVG and CSV. The chart theme follows the palette (light or
/// dark). GUI thread only.
class ChartPane : public QWidget
{
    Q_OBJECT

public:
    explicit ChartPane(QWidget *parent = nullptr);
    ~ChartPane() override;

    /// Adds an empty run (a live one) named `name`; returns its id for appendPoint().
    int addRun(const QString &name);
    /// Adds a finished run and draws it at the next refresh; returns its id.
    int addRun(const RunSeries &series);
    /// Queues a point of a run; it is drawn at the next refresh (within 100 ms).
    void appendPoint(int runId, const LossPoint &point);
    /// Removes a run and its curves.
    void removeRun(int runId);
    /// Removes every run.
    void clearRuns();
    /// Ids of the runs shown, in the order they were added.
    QList<int> runIds() const;
    /// The data of a run, or nullptr for an unknown id.
    const RunSeries *run(int runId) const;
    /// Points currently drawn for a curve of a run (pending points not included).
    qsizetype drawnPointCount(int runId, RunSeries::Curve curve) const;
    /// Draws all pending points now (the refresh timer does this by itself).
    void refresh();

    /// Smoothing weight of the smoothed loss curve, 0..0.99 (see RunSeries::smoothedValues).
    double smoothing() const;
    void setSmoothing(double weight);
    /// True while the charts use the dark theme.
    bool isDark() const { return m_dark; }

    /// The widget holding the four charts: what the exports draw.
    QWidget *chartsWidget() const { return m_charts; }
    bool exportPng(const QString &path, QString *error);
    bool exportSvg(const QString &path, QString *error);
    bool exportCsv(const QString &path, QString *error) const;

    /// Actions for the menus (each asks for a file name, then exports).
    QAction *exportPngAction() const { return m_exportPng; }
    QAction *exportSvgAction() const { return m_exportSvg; }
    QAction *exportCsvAction() const { return m_exportCsv; }
    QAction *zoomInAction() const { return m_zoomIn; }
    QAction *zoomOutAction() const { return m_zoomOut; }
    QAction *resetZoomAction() const { return m_resetZoom; }
    QAction *clearAction() const { return m_clear; }

    /// Folder the export dialogs start in; the main window restores and saves it.
    QString exportDirectory() const { return m_exportDirectory; }
    void setExportDirectory(const QString &directory) { m_exportDirectory = directory; }

signals:
    /// A message for the status bar (export done or failed).
    void statusMessage(const QString &text);

protected:
    void changeEvent(QEvent *event) override;

private:
    struct Run
    {
        RunSeries data;
        bool dirty = false;
    };
    void createActions();
    void applyPalette();
    void exportWithDialog(int kind);
    void redrawAll();
    QList<RunSeries> allRuns() const;

    std::vector<std::unique_ptr<RunChart>> m_chartList;
    QMap<int, Run> m_runs;
    QList<int> m_order;
    int m_nextId = 1;
    int m_colourIndex = 0;
    bool m_dark = false;
    QWidget *m_charts = nullptr;
    QLabel *m_readout = nullptr;
    QSlider *m_smoothing = nullptr;
    QTimer *m_refreshTimer = nullptr;
    QAction *m_exportPng = nullptr;
    QAction *m_exportSvg = nullptr;
    QAction *m_exportCsv = nullptr;
    QAction *m_zoomIn = nullptr;
    QAction *m_zoomOut = nullptr;
    QAction *m_resetZoom = nullptr;
    QAction *m_clear = nullptr;
    QString m_exportDirectory;
};

} // namespace ewb::ui
