#include "ui/projectionexporter.h"

#include "ui/chartexporter.h"
#include "ui/projectionview.h"

#include <QImage>
#include <QLocale>
#include <QPainter>
#include <QSaveFile>
#include <QSvgGenerator>

namespace ewb::ui {

namespace {

    QByteArray number(double value)
    {
        // The shortest text that reads back as the same double; QByteArray ignores the locale.
        return QByteArray::number(value, 'g', QLocale::FloatingPointShortest);
    }

    QByteArray csvField(const QString &text)
    {
        QByteArray bytes = text.toUtf8();
        if (bytes.contains(',') || bytes.contains('"') || bytes.contains('\n')
            || bytes.contains('\r')) {
            bytes.replace("\"", "\"\"");
            return '"' + bytes + '"';
        }
        return bytes;
    }

    bool open(QSaveFile &file, const QString &path, QString *error)
    {
        if (file.open(QIODevice::WriteOnly))
            return true;
        if (error)
            *error
                = ProjectionExporter::tr("Could not create %1: %2").arg(path, file.errorString());
        return false;
    }

    bool commit(QSaveFile &file, const QString &path, QString *error)
    {
        if (file.commit())
            return true;
        if (error)
            *error = ProjectionExporter::tr("Could not write %1: %2").arg(path, file.errorString());
        return false;
    }

} // namespace

bool ProjectionExporter::writePng(ProjectionView *view, const QString &path, QString *error)
{
    return ChartExporter::writePng(view, path, error);
}

bool ProjectionExporter::writeSvg(ProjectionView *view, const QString &path, const QString &title,
                                  QString *error)
{
    return ChartExporter::writeSvg(
        view->size(), path, title, tr("Word projection exported from Embedding Workbench"),
        [view](QPainter &painter) { view->paintScene(painter, view->size(), true); }, error);
}

bool ProjectionExporter::writeCsv(const QStringList &words, const QList<QPointF> &points,
                                  const QString &path, QString *error)
{
    QSaveFile file(path);
    if (!open(file, path, error))
        return false;
    const QByteArray bytes = csv(words, points);
    if (file.write(bytes) != bytes.size()) {
        file.cancelWriting();
        if (error)
            *error = tr("Could not write %1: %2").arg(path, file.errorString());
        return false;
    }
    return commit(file, path, error);
}

QByteArray ProjectionExporter::csv(const QStringList &words, const QList<QPointF> &points)
{
    Q_ASSERT(words.size() == points.size());
    QByteArray out("word,x,y\n");
    for (qsizetype i = 0; i < words.size(); ++i)
        out += csvField(words[i]) + ',' + number(points[i].x()) + ',' + number(points[i].y())
            + '\n';
    return out;
}

} // namespace ewb::ui
