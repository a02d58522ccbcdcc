// Makes the explore pane's screenshots: two models of the demo corpus side by side answering
// "king - man + woman", with their neighbour overlap. Usage:
//   ewb_explore_screenshots en|zh_CN MODEL_A MODEL_B OUTPUT.png [EXTRA.qm]
// MODEL_A and MODEL_B are word2vec or GloVe files; EXTRA.qm is an optional further translation
// (for strings not yet in the embedded one). Run it under xvfb-run, as docs/screenshots says.
#include "ui/explorepane.h"
#include "ui/queryform.h"

#include "screenshotsession.h"

#include <QApplication>
#include <QFileInfo>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTest>

#include <cstdio>

using namespace ewb;

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    if (argc != 5 && argc != 6) {
        std::fprintf(stderr,
                     "usage: ewb_explore_screenshots en|zh_CN MODEL_A MODEL_B OUTPUT.png "
                     "[EXTRA.qm]\n");
        return 64;
    }
    test::ScreenshotSession session;
    if (const int status = session.start(QString::fromLocal8Bit(argv[1]),
                                         argc == 6 ? QString::fromLocal8Bit(argv[5]) : QString()))
        return status;
    const auto a = test::ScreenshotSession::loadModel(QString::fromLocal8Bit(argv[2]));
    const auto b = test::ScreenshotSession::loadModel(QString::fromLocal8Bit(argv[3]));
    if (!a || !b)
        return 66;

    ui::ExplorePane pane;
    pane.resize(1100, 720);
    pane.setModel(ui::ExplorePane::Slot::A, a,
                  QFileInfo(QString::fromLocal8Bit(argv[2])).completeBaseName());
    pane.setModel(ui::ExplorePane::Slot::B, b,
                  QFileInfo(QString::fromLocal8Bit(argv[3])).completeBaseName());
    pane.setComparing(true);
    pane.show();
    QSignalSpy shown(&pane, &ui::ExplorePane::answerShown);
    pane.explore(QStringLiteral("king - man + woman"));
    if (!shown.wait(10000))
        return 1;
    QTest::qWait(100);
    return pane.grab().save(QString::fromLocal8Bit(argv[4]), "PNG") ? 0 : 4;
}
