#include "app/cli/clioutput.h"
#include "app/cli/commandparser.h"
#include "app/cli/commands.h"
#include "app/cli/exitcodes.h"
#include "app/cli/interrupt.h"
#include "app/cli/modelsource.h"
#include "app/cli/optionreader.h"
#include "app/cli/queryoutput.h"
#include "app/cli/terminalprogress.h"

#include "core/project/customaxes.h"
#include "core/project/pcaprojection.h"
#include "core/project/tsneprojection.h"
#include "core/project/umapprojection.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonObject>
#include <QSaveFile>
#include <QThread>

#include <limits>

namespace ewb::cli {

namespace {

    struct ProjectRequest
    {
        QString method;
        std::size_t top = 5000;
        std::uint64_t seed = 1;
        double perplexity = 30.0;
        std::size_t neighbors = 15;
        std::size_t iterations = 0; // 0: the method's default (t-SNE 1000, UMAP by size)
        std::size_t threads = 1;
        core::DistanceMetric metric = core::DistanceMetric::Cosine;
        QString x;
        QString y;
        QString out;
    };

    void addProjectOptions(QCommandLineParser &parser)
    {
        addModelOptions(parser);
        parser.addOption({ QStringLiteral("method"),
                           QStringLiteral("pca, tsne, umap or custom (--x and --y)"),
                           QStringLiteral("pca|tsne|umap|custom") });
        parser.addOption({ QStringLiteral("top"),
                           QStringLiteral("project the N most frequent words (default 5000)"),
                           QStringLiteral("N") });
        parser.addOption({ QStringLiteral("seed"),
                           QStringLiteral("random seed (default 1); same seed, same layout"),
                           QStringLiteral("N") });
        parser.addOption(
            { QStringLiteral("perplexity"),
              QStringLiteral("t-SNE neighbourhood size, > 0 and below (N - 1) / 3 (default 30)"),
              QStringLiteral("X") });
        parser.addOption({ QStringLiteral("neighbors"),
                           QStringLiteral("UMAP neighbourhood size (default 15)"),
                           QStringLiteral("K") });
        parser.addOption(
            { QStringLiteral("iterations"),
              QStringLiteral("t-SNE iterations (default 1000) or UMAP epochs (default: by size)"),
              QStringLiteral("N") });
        parser.addOption(
            { QStringLiteral("metric"),
              QStringLiteral("input distance for tsne and umap: cosine (default) or euclidean"),
              QStringLiteral("cosine|euclidean") });
        parser.addOption(
            { QStringLiteral("threads"),
              QStringLiteral(
                  "worker threads (default: all cores); the layout does not depend on it"),
              QStringLiteral("N") });
        parser.addOption({ QStringLiteral("x"),
                           QStringLiteral("custom x axis, a word expression such as \"he - she\""),
                           QStringLiteral("EXPR") });
        parser.addOption(
            { QStringLiteral("y"),
              QStringLiteral("custom y axis, a word expression such as \"good - bad\""),
              QStringLiteral("EXPR") });
        parser.addOption({ QStringLiteral("out"),
                           QStringLiteral("coordinates file to write (CSV: word,x,y)"),
                           QStringLiteral("FILE") });
        parser.addOption({ QStringLiteral("json"), QStringLiteral("print a JSON summary") });
    }

    // Reads and checks the options; returns the usage error, if any.
    std::optional<QString> readRequest(const QCommandLineParser &parser, ProjectRequest &request)
    {
        OptionReader options(parser);
        if (!parser.isSet(QStringLiteral("method")))
            return QStringLiteral("--method is required (pca, tsne, umap or custom)");
        request.method = options.choice(QStringLiteral("method"), QString(),
                                        { QStringLiteral("pca"), QStringLiteral("tsne"),
                                          QStringLiteral("umap"), QStringLiteral("custom") });
        request.top = std::size_t(options.integer(QStringLiteral("top"), 5000, 1,
                                                  std::numeric_limits<std::int32_t>::max()));
        request.seed = std::uint64_t(options.integer(QStringLiteral("seed"), 1, 0,
                                                     std::numeric_limits<std::int64_t>::max()));
        request.perplexity = options.real(QStringLiteral("perplexity"), 30.0, 1e-3, 1e6);
        request.neighbors = std::size_t(options.integer(QStringLiteral("neighbors"), 15, 2, 10000));
        request.iterations
            = std::size_t(options.integer(QStringLiteral("iterations"), 0, 1, 1'000'000));
        request.threads = std::size_t(options.integer(
            QStringLiteral("threads"), std::max(1, QThread::idealThreadCount()), 1, 256));
        const QString metric
            = options.choice(QStringLiteral("metric"), QStringLiteral("cosine"),
                             { QStringLiteral("cosine"), QStringLiteral("euclidean") });
        request.metric = metric == QLatin1String("euclidean") ? core::DistanceMetric::Euclidean
                                                              : core::DistanceMetric::Cosine;
        if (!options.ok())
            return options.error();
        request.out = parser.value(QStringLiteral("out"));
        if (request.out.isEmpty())
            return QStringLiteral("--out FILE is required");
        const bool custom = request.method == QLatin1String("custom");
        request.x = parser.value(QStringLiteral("x"));
        request.y = parser.value(QStringLiteral("y"));
        if (custom && (request.x.isEmpty() || request.y.isEmpty()))
            return QStringLiteral("--method custom needs both --x EXPR and --y EXPR");
        if (!custom && (parser.isSet(QStringLiteral("x")) || parser.isSet(QStringLiteral("y"))))
            return QStringLiteral("--x and --y only apply to --method custom");
        return std::nullopt;
    }

    core::Result<std::unique_ptr<core::Projection>>
    makeProjection(const ProjectRequest &request, const core::EmbeddingModel &model,
                   const core::Matrix &points)
    {
        if (request.method == QLatin1String("pca")) {
            core::PcaOptions options;
            options.seed = request.seed;
            auto pca = core::PcaProjection::create(points, options);
            if (!pca.ok())
                return pca.error();
            return std::unique_ptr<core::Projection>(std::move(pca).value());
        }
        if (request.method == QLatin1String("tsne")) {
            core::TsneOptions options;
            options.perplexity = request.perplexity;
            options.seed = request.seed;
            options.threads = request.threads;
            options.metric = request.metric;
            if (request.iterations > 0)
                options.maxIterations = request.iterations;
            auto tsne = core::TsneProjection::create(points, options);
            if (!tsne.ok())
                return tsne.error();
            return std::unique_ptr<core::Projection>(std::move(tsne).value());
        }
        if (request.method == QLatin1String("custom")) {
            auto custom = core::CustomAxes::create(model, request.x.toStdString(),
                                                   request.y.toStdString(), points);
            if (!custom.ok())
                return custom.error();
            return std::unique_ptr<core::Projection>(std::move(custom).value());
        }
        core::UmapOptions options;
        options.neighbors = request.neighbors;
        options.seed = request.seed;
        options.threads = request.threads;
        options.metric = request.metric;
        options.epochs = request.iterations;
        // UMAP builds its neighbour graph in create(): Ctrl-C must reach it too.
        auto umap = core::UmapProjection::create(points, options, Interrupt::token());
        if (!umap.ok())
            return umap.error();
        return std::unique_ptr<core::Projection>(std::move(umap).value());
    }

    // Advances the projection to its end in short chunks, drawing progress on a terminal.
    core::Result<void> runToEnd(core::Projection &projection, const QString &method)
    {
        TerminalProgress progress;
        QElapsedTimer timer;
        timer.start();
        const std::size_t total = projection.totalIterations();
        // Chunks of about 1% (at least 1): the first chunk also covers neighbour search and setup.
        const std::size_t chunk = std::max<std::size_t>(1, total / 100);
        progress.update(0.0, -1, QStringLiteral("%1: preparing").arg(method));
        while (projection.iteration() < total) {
            if (auto done = projection.run(projection.iteration() + chunk, Interrupt::token());
                !done.ok()) {
                progress.finish();
                return done;
            }
            const double fraction = double(projection.iteration()) / double(total);
            const double elapsed = double(timer.elapsed()) / 1000.0;
            progress.update(fraction, fraction > 0 ? elapsed * (1.0 - fraction) / fraction : -1,
                            QStringLiteral("%1: iteration %2/%3")
                                .arg(method)
                                .arg(projection.iteration())
                                .arg(total));
        }
        progress.finish();
        return {};
    }

    // RFC 4180: a word with a comma, quote or line break is quoted, quotes doubled.
    QByteArray csvField(const std::string &word)
    {
        QByteArray field = QByteArray::fromStdString(word);
        if (field.contains(',') || field.contains('"') || field.contains('\n')
            || field.contains('\r'))
            field = '"' + field.replace("\"", "\"\"") + '"';
        return field;
    }

    bool writeCoordinates(const QString &path, const core::EmbeddingModel &model,
                          const core::Layout &layout, QString &error)
    {
        QSaveFile file(path);
        if (!file.open(QIODevice::WriteOnly)) {
            error = QStringLiteral("cannot write %1: %2").arg(path, file.errorString());
            return false;
        }
        QByteArray text = "word,x,y\n";
        text.reserve(qsizetype(layout.rows()) * 40);
        for (Eigen::Index i = 0; i < layout.rows(); ++i) {
            // 'g' with 10 significant digits: locale-independent, far finer than any plot.
            text += csvField(model.word(std::size_t(i))) + ','
                + QByteArray::number(layout(i, 0), 'g', 10) + ','
                + QByteArray::number(layout(i, 1), 'g', 10) + '\n';
        }
        if (file.write(text) != text.size() || !file.commit()) {
            error = QStringLiteral("cannot write %1: %2").arg(path, file.errorString());
            return false;
        }
        return true;
    }

} // namespace

int runProject(const QStringList &arguments)
{
    const QString command = QStringLiteral("project");
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Projects the most frequent words of a model to 2D (PCA, t-SNE, UMAP or two custom "
        "axes given as word expressions) and writes their coordinates as CSV (word,x,y)."));
    addProjectOptions(parser);
    if (const auto done = parseCommandLine(parser, arguments, command, 0, 0))
        return *done;
    ProjectRequest request;
    if (const auto bad = readRequest(parser, request))
        return usageError(command, *bad);

    int exitCode = ExitOk;
    const auto model = loadModel(parser, command, exitCode);
    if (!model)
        return exitCode;
    const std::size_t count = std::min(request.top, model->size());
    QElapsedTimer timer;
    timer.start();
    const core::Matrix points = model->vectors().topRows(Eigen::Index(count));
    auto projection = makeProjection(request, *model, points);
    if (!projection.ok())
        return request.method == QLatin1String("custom") ? reportQueryError(projection.error())
                                                         : reportError(projection.error());
    if (auto done = runToEnd(**projection, request.method); !done.ok())
        return reportError(done.error());
    QString error;
    if (!writeCoordinates(request.out, *model, (*projection)->layout(), error)) {
        printError(error);
        return ExitCantCreate;
    }
    if (parser.isSet(QStringLiteral("json"))) {
        QJsonObject summary { { QStringLiteral("method"), request.method },
                              { QStringLiteral("points"), qint64(count) },
                              { QStringLiteral("iterations"), qint64((*projection)->iteration()) },
                              { QStringLiteral("seconds"), double(timer.elapsed()) / 1000.0 },
                              { QStringLiteral("output"), request.out } };
        const auto *pca = dynamic_cast<const core::PcaProjection *>(projection->get());
        if (const core::PrincipalAxes *axes = pca ? pca->axes() : nullptr)
            summary.insert(QStringLiteral("explained_variance_ratio"),
                           QJsonArray { axes->explainedVarianceRatio()(0),
                                        axes->explainedVarianceRatio()(1) });
        if (const auto *custom = dynamic_cast<const core::CustomAxes *>(projection->get()))
            summary.insert(QStringLiteral("axes_cosine"), custom->axesCosine());
        printJson(summary);
    } else {
        printLine(QStringLiteral("Projected %1 words with %2 in %3 s; coordinates written to %4")
                      .arg(count)
                      .arg(request.method)
                      .arg(double(timer.elapsed()) / 1000.0, 0, 'f', 1)
                      .arg(request.out));
    }
    return ExitOk;
}

} // namespace ewb::cli
