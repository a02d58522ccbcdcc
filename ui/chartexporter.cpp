#include "ui/chartexporter.h"

#include <QImage>
#include <QLocale>
#include <QPainter>
#include <QSaveFile>
#include <QSvgGenerator>
#include <QWidget>

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

    bool commit(QSaveFile &file, const QString &path, QString *error)
    {
        if (file.commit())
            return true;
        if (error)
            *error = ChartExporter::tr("Could not write %1: %2").arg(path, file.errorString());
        return false;
    }

    bool open(QSaveFile &file, const QString &path, QString *error)
    {
        if (file.open(QIODevice::WriteOnly))
            return true;
        if (error)
            *error = ChartExporter::tr("Could not create %1: %2").arg(path, file.errorString());
        return false;
    }

} // namespace

bool ChartExporter::writePng(QWidget *widget, const QString &path, QString *error)
{
    QSaveFile file(path);
    if (!open(file, path, error))
        return false;
    const QImage image = widget->grab().toImage();
    if (!image.save(&file, "PNG")) {
        file.cancelWriting();
        if (error)
            *error = tr("Could not encode the image as PNG for %1.").arg(path);
        return false;
    }
    return commit(file, path, error);
}

bool ChartExporter::writeSvg(QWidget *widget, const QString &path, const QString &title,
                             QString *error)
{
    return writeSvg(
        widget->size(), path, title, tr("Loss curves exported from Embedding Workbench"),
        [widget](QPainter &painter) { widget->render(&painter); }, error);
}

bool ChartExporter::writeSvg(QSize size, const QString &path, const QString &title,
                             const QString &description,
                             const std::function<void(QPainter &)> &paint, QString *error)
{
    QSaveFile file(path);
    if (!open(file, path, error))
        return false;
    QSvgGenerator generator;
    generator.setOutputDevice(&file);
    generator.setSize(size);
    generator.setViewBox(QRect(QPoint(0, 0), size));
    generator.setTitle(title);
    generator.setDescription(description);
    {
        QPainter painter;
        if (!painter.begin(&generator)) {
            file.cancelWriting();
            if (error)
                *error = tr("Could not start the SVG drawing for %1.").arg(path);
            return false;
        }
        paint(painter);
    }
    return commit(file, path, error);
}

bool ChartExporter::writeCsv(const QList<RunSeries> &runs, double smoothing, const QString &path,
                             QString *error)
{
    QSaveFile file(path);
    if (!open(file, path, error))
        return false;
    const QByteArray bytes = csv(runs, smoothing);
    if (file.write(bytes) != bytes.size()) {
        file.cancelWriting();
        if (error)
            *error = tr("Could not write %1: %2").arg(path, file.errorString());
        return false;
    }
    return commit(file, path, error);
}

QByteArray ChartExporter::csv(const QList<RunSeries> &runs, double smoothing)
{
    QByteArray out("run,epoch_position,epoch,interval_loss,smoothed_loss,epoch_loss,"
                   "learning_rate,words_per_second,words_done\n");
    for (const RunSeries &run : runs) {
        const std::vector<double> smoothed = run.smoothedValues(smoothing);
        const QByteArray name = csvField(run.name());
        for (std::size_t i = 0; i < run.points().size(); ++i) {
            const LossPoint &p = run.points()[i];
            out += name + ',' + number(p.epochs) + ',' + QByteArray::number(p.epoch) + ','
                + number(p.intervalLoss) + ',' + number(smoothed[i]) + ','
                + (p.epochEnd ? number(p.epochLoss) : QByteArray()) + ',' + number(p.learningRate)
                + ',' + number(p.wordsPerSecond) + ',' + QByteArray::number(p.wordsDone) + '\n';
        }
    }
    return out;
}

} // namespace ewb::ui
