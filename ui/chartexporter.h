#pragma once

#include "ui/runseries.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QSize>
#include <QString>

#include <functional>

QT_BEGIN_NAMESPACE
class QPainter;
class QWidget;
QT_END_NAMESPACE

namespace ewb::ui {

/// Writes what the chart pane shows to files. Every writer goes through QSaveFile, so the
/// target holds either its old bytes or the complete new file, and any write error is reported
/// (RELIABILITY R6). Functions return false with a translated message in *error on failure.
/// GUI thread only (they render widgets).
class ChartExporter
{
    Q_DECLARE_TR_FUNCTIONS(ChartExporter)

public:
    /// A PNG image of `widget` as it is on screen, at the screen's device pixel ratio.
    static bool writePng(QWidget *widget, const QString &path, QString *error);
    /// A scalable SVG drawing of `widget`, titled `title`.
    static bool writeSvg(QWidget *widget, const QString &path, const QString &title,
                         QString *error);
    /// A scalable SVG drawing of `size` pixels, titled `title`, described by `description`,
    /// drawn by `paint` (the shared writer of every view's SVG export).
    static bool writeSvg(QSize size, const QString &path, const QString &title,
                         const QString &description, const std::function<void(QPainter &)> &paint,
                         QString *error);
    /// csv(runs, smoothing) written to `path`.
    static bool writeCsv(const QList<RunSeries> &runs, double smoothing, const QString &path,
                         QString *error);

    /// The points of every run as UTF-8 CSV with a header line, one line per point:
    /// run, epoch_position, epoch, interval_loss, smoothed_loss, epoch_loss (empty unless the
    /// point ends an epoch), learning_rate, words_per_second, words_done. Numbers use the C
    /// locale ('.' decimal point, full precision) so spreadsheets and scripts read them back
    /// exactly; run names are quoted when they hold a comma, quote or line break.
    static QByteArray csv(const QList<RunSeries> &runs, double smoothing);
};

} // namespace ewb::ui
