// Makes the projection pane's screenshots: the most frequent words of a model in t-SNE (or
// another method), coloured by frequency, with the neighbours of one word shown. Usage:
//   ewb_projection_screenshots en|zh_CN MODEL OUTPUT.png [pca|tsne|umap] [WORD] [EXTRA.qm]
// MODEL is a word2vec or GloVe file; EXTRA.qm an optional further translation (for strings
// not yet in the embedded one). Run it under xvfb-run, as docs/screenshots says.
#include "ui/projectioncontroller.h"
#include "ui/projectionoptionsform.h"
#include "ui/projectionpane.h"
#include "ui/projectionview.h"

#include "screenshotsession.h"

#include <QApplication>
#include <QComboBox>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTest>

#include <cstdio>

using namespace ewb;

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    if (argc < 4 || argc > 7) {
        std::fprintf(stderr,
                     "usage: ewb_projection_screenshots en|zh_CN MODEL OUTPUT.png "
                     "[pca|tsne|umap] [WORD] [EXTRA.qm]\n");
        return 64;
    }
    test::ScreenshotSession session;
    if (const int status = session.start(QString::fromLocal8Bit(argv[1]),
                                         argc == 7 ? QString::fromLocal8Bit(argv[6]) : QString()))
        return status;
    const auto model = test::ScreenshotSession::loadModel(QString::fromLocal8Bit(argv[2]));
    if (!model)
        return 66;
    const QString method = argc >= 5 ? QString::fromLocal8Bit(argv[4]) : QStringLiteral("tsne");
    const QString word = argc >= 6 ? QString::fromLocal8Bit(argv[5]) : QString();

    ui::ProjectionPane pane;
    pane.resize(1280, 800);
    ui::ProjectionSettings settings = pane.optionsForm()->settings();
    settings.method = method == QLatin1String("pca") ? ui::ProjectionSettings::Method::Pca
        : method == QLatin1String("umap")            ? ui::ProjectionSettings::Method::Umap
                                                     : ui::ProjectionSettings::Method::Tsne;
    settings.topWords = 2000;
    pane.optionsForm()->setSettings(settings);
    pane.view()->setAnimationDuration(0);
    pane.show();
    QSignalSpy finished(pane.controller(), &ui::ProjectionController::finished);
    pane.setModel(model, QStringLiteral("demo"));
    if (!QTest::qWaitFor([&] { return !finished.isEmpty(); }, 600000))
        return 2;
    if (!word.isEmpty()) {
        const int index = int(pane.view()->words().indexOf(word));
        if (index < 0)
            return 3;
        QTest::mouseClick(pane.view(), Qt::LeftButton, {},
                          pane.view()->mapToWidget(index).toPoint());
    }
    QTest::qWait(100);
    return pane.grab().save(QString::fromLocal8Bit(argv[3]), "PNG") ? 0 : 1;
}
