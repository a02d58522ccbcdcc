// Measures how long the GUI thread of the projection pane goes without running its event loop
// while a projection runs: a 5 ms timer records its lateness as t-SNE (or another method)
// projects the N most frequent words of a model and the view animates every frame. Usage:
//   ewb_bench_projection_stall MODEL [WORDS] [pca|tsne|umap]     (defaults 5000 tsne)
// MODEL is a word2vec or GloVe file. Run with QT_QPA_PLATFORM=offscreen or under xvfb-run.
#include "core/formats/embeddingfile.h"
#include "ui/projectioncontroller.h"
#include "ui/projectionoptionsform.h"
#include "ui/projectionpane.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <vector>

using namespace ewb;

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    if (argc < 2 || argc > 4) {
        std::fprintf(stderr, "usage: ewb_bench_projection_stall MODEL [WORDS] [pca|tsne|umap]\n");
        return 64;
    }
    auto model = core::readEmbeddingFile(argv[1]);
    if (!model.ok()) {
        std::fprintf(stderr, "%s: %s\n", argv[1], model.error().detail.c_str());
        return 66;
    }
    const int words = argc > 2 ? std::atoi(argv[2]) : 5000;
    const QString method = argc > 3 ? QString::fromLocal8Bit(argv[3]) : QStringLiteral("tsne");

    ui::ProjectionPane pane;
    pane.resize(1280, 800);
    ui::ProjectionSettings settings;
    settings.method = method == QLatin1String("pca") ? ui::ProjectionSettings::Method::Pca
        : method == QLatin1String("umap")            ? ui::ProjectionSettings::Method::Umap
                                                     : ui::ProjectionSettings::Method::Tsne;
    settings.topWords = words;
    pane.optionsForm()->setSettings(settings);
    pane.show();

    std::vector<double> lateness;
    QElapsedTimer clock;
    QTimer probe;
    probe.setInterval(5);
    QObject::connect(&probe, &QTimer::timeout, [&] {
        lateness.push_back(std::max(0.0, double(clock.nsecsElapsed()) / 1e6 - 5.0));
        clock.restart();
    });
    int frames = 0;
    QObject::connect(pane.controller(), &ui::ProjectionController::frameReady,
                     [&](const ui::ProjectionFrame &) { ++frames; });
    QObject::connect(pane.controller(), &ui::ProjectionController::finished, &app,
                     &QApplication::quit);
    QObject::connect(pane.controller(), &ui::ProjectionController::failed,
                     [&](quint64, const QString &message) {
                         std::fprintf(stderr, "failed: %s\n", qPrintable(message));
                         app.exit(1);
                     });
    QElapsedTimer total;
    total.start();
    clock.start();
    probe.start();
    pane.setModel(*model, QStringLiteral("model"));
    const int status = app.exec();
    std::sort(lateness.begin(), lateness.end());
    if (lateness.empty())
        return 1;
    std::printf("%s of %d words: %.1f s, %d frames shown, %zu probes\n", qPrintable(method), words,
                double(total.elapsed()) / 1000.0, frames, lateness.size());
    std::printf("event-loop lateness: median %.1f ms, 99th percentile %.1f ms, max %.1f ms\n",
                lateness[lateness.size() / 2], lateness[lateness.size() * 99 / 100],
                lateness.back());
    return status;
}
