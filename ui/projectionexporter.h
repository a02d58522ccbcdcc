#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QPointF>
#include <QString>
#include <QStringList>

namespace ewb::ui {

class ProjectionView;

/// Writes what the projection view shows to files: a PNG image, a scalable SVG drawing, and
/// the coordinates as CSV. Every writer goes through QSaveFile, so the target holds either its
/// old bytes or the complete new file (RELIABILITY R6); functions return false with a
/// translated message in *error on failure. GUI thread only (they paint the view).
class ProjectionExporter
{
    Q_DECLARE_TR_FUNCTIONS(ProjectionExporter)

public:
    /// The view as it is on screen (same size, the screen's device pixel ratio).
    static bool writePng(ProjectionView *view, const QString &path, QString *error);
    /// The view as vector shapes (points as circles, labels as text), titled `title`.
    static bool writeSvg(ProjectionView *view, const QString &path, const QString &title,
                         QString *error);
    /// csv(words, points) written to `path`.
    static bool writeCsv(const QStringList &words, const QList<QPointF> &points,
                         const QString &path, QString *error);

    /// UTF-8 CSV (RFC 4180): the header `word,x,y`, then one line per word with its layout
    /// coordinates in the C locale at full precision (they read back as the same doubles).
    /// Words holding a comma, a quote or a line break are quoted, inner quotes doubled.
    static QByteArray csv(const QStringList &words, const QList<QPointF> &points);
};

} // namespace ewb::ui
