// Makes the Serve pane's screenshots: a model served on 127.0.0.1, with its ready-to-copy curl
// examples. Usage:
//   ewb_serve_screenshots en|zh_CN MODEL OUTPUT.png [EXTRA.qm]
// MODEL is a word2vec or GloVe file; EXTRA.qm is an optional further translation. Run it under
// xvfb-run, as docs/screenshots says.
#include "ui/servicecontroller.h"
#include "ui/servicepane.h"

#include "screenshotsession.h"

#include <QAction>
#include <QApplication>
#include <QFileInfo>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTest>

#include <cstdio>

using namespace ewb;

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    if (argc != 4 && argc != 5) {
        std::fprintf(stderr, "usage: ewb_serve_screenshots en|zh_CN MODEL OUTPUT.png [EXTRA.qm]\n");
        return 64;
    }
    test::ScreenshotSession session;
    if (const int status = session.start(QString::fromLocal8Bit(argv[1]),
                                         argc == 5 ? QString::fromLocal8Bit(argv[4]) : QString()))
        return status;
    const QString path = QString::fromLocal8Bit(argv[2]);
    const auto model = test::ScreenshotSession::loadModel(path);
    if (!model)
        return 66;

    ui::ServicePane pane;
    pane.resize(1000, 560);
    pane.show();
    pane.setCurrentModel(1, model, QFileInfo(path).completeBaseName());
    // A fixed port when it is free, so the picture shows what a user would see.
    pane.portBox()->setValue(8080);
    QSignalSpy started(pane.controller(), &ui::ServiceController::started);
    pane.serveAction()->trigger();
    if (started.isEmpty()) {
        pane.portBox()->setValue(0);
        pane.serveAction()->trigger();
    }
    if (started.isEmpty())
        return 2;
    QTest::qWait(100);
    return pane.grab().save(QString::fromLocal8Bit(argv[3]), "PNG") ? 0 : 4;
}
