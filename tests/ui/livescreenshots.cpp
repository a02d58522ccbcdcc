// Makes the screenshot of the projection's live view: the demo corpus training (skip-gram,
// 3 epochs) with the 500 most frequent words re-projected by t-SNE at every checkpoint, grabbed
// after the third live frame while the run is still training. Usage:
//   ewb_live_screenshots en|zh_CN OUTPUT.png [EXTRA.qm]
// Run it under xvfb-run, as docs/screenshots says.
#include "ui/projectioncontroller.h"
#include "ui/projectionframe.h"
#include "ui/projectionoptionsform.h"
#include "ui/projectionpane.h"
#include "ui/projectionview.h"
#include "ui/trainingcontroller.h"
#include "ui/trainingpane.h"
#include "ui/trainingrequest.h"

#include "screenshotsession.h"

#include <QApplication>
#include <QTest>

#include <cstdio>

using namespace ewb;

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    if (argc < 3 || argc > 4) {
        std::fprintf(stderr, "usage: ewb_live_screenshots en|zh_CN OUTPUT.png [EXTRA.qm]\n");
        return 64;
    }
    test::ScreenshotSession session;
    if (const int status = session.start(QString::fromLocal8Bit(argv[1]),
                                         argc == 4 ? QString::fromLocal8Bit(argv[3]) : QString()))
        return status;

    ui::ProjectionPane pane;
    pane.resize(1280, 800);
    ui::ProjectionSettings settings = pane.optionsForm()->settings();
    settings.method = ui::ProjectionSettings::Method::Tsne;
    settings.topWords = 500;
    pane.optionsForm()->setSettings(settings);
    pane.show();

    ui::TrainingController training;
    QObject::connect(&training, &ui::TrainingController::snapshotReady, &pane,
                     &ui::ProjectionPane::showSnapshot);
    bool running = false;
    bool done = false;
    int liveFrames = 0;
    QObject::connect(&training, &ui::TrainingController::started, [&] { running = true; });
    QObject::connect(&training, &ui::TrainingController::finished, [&] { done = true; });
    QObject::connect(&training, &ui::TrainingController::failed, [&] { done = true; });
    QObject::connect(pane.controller(), &ui::ProjectionController::frameReady,
                     [&](const ui::ProjectionFrame &frame) {
                         liveFrames += frame.complete && running && !done ? 1 : 0;
                     });

    ui::TrainingRequest request;
    request.runName = QStringLiteral("live");
    request.corpusName = QStringLiteral("demo corpus");
    request.corpusBytes = ui::TrainingPane::demoCorpus();
    request.options.epochs = 3;
    request.options.threads = 2;
    request.options.checkpointPercent = 10;
    if (!training.start(request))
        return 2;
    if (!QTest::qWaitFor([&] { return liveFrames >= 3 || done; }, 600000) || done) {
        std::fprintf(stderr, "training ended before the third live frame\n");
        return 3;
    }
    // Let the animation to the new frame finish before the grab.
    QTest::qWait(pane.view()->animationDuration() + 100);
    const bool saved = pane.grab().save(QString::fromLocal8Bit(argv[2]), "PNG");
    training.cancel();
    if (!QTest::qWaitFor([&] { return done; }, 10000))
        std::fprintf(stderr, "training did not stop within 10 s of the cancel\n");
    return saved ? 0 : 1;
}
