// Makes the explore pane's screenshots: two models of the demo corpus side by side answering
// "king - man + woman", with their neighbour overlap. Usage:
//   ewb_explore_screenshots en|zh_CN MODEL_A MODEL_B OUTPUT.png [EXTRA.qm]
// MODEL_A and MODEL_B are word2vec or GloVe files; EXTRA.qm is an optional further translation
// (for strings not yet in the embedded one). Run it under xvfb-run, as docs/screenshots says.
#include "core/formats/embeddingfile.h"
#include "ui/explorepane.h"
#include "ui/queryform.h"
#include "ui/translationloader.h"

#include <QApplication>
#include <QFileInfo>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTest>
#include <QTranslator>

#include <cstdio>

using namespace ewb;

namespace {

std::shared_ptr<const core::EmbeddingModel> load(const char *path)
{
    auto model = core::readEmbeddingFile(QString::fromLocal8Bit(path).toStdString());
    if (!model.ok()) {
        std::fprintf(stderr, "%s: %s\n", path, model.error().detail.c_str());
        return nullptr;
    }
    return *model;
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    if (argc != 5 && argc != 6) {
        std::fprintf(stderr,
                     "usage: ewb_explore_screenshots en|zh_CN MODEL_A MODEL_B OUTPUT.png "
                     "[EXTRA.qm]\n");
        return 64;
    }
    const QString language = QString::fromLocal8Bit(argv[1]);
    QApplication::setFont(QFont(language == QLatin1String("zh_CN")
                                    ? QStringLiteral("Noto Sans CJK SC")
                                    : QStringLiteral("DejaVu Sans"),
                                9));
    ui::TranslationLoader translations;
    if (!translations.install(language))
        return 70;
    QTranslator extra;
    if (argc == 6) {
        if (!extra.load(QString::fromLocal8Bit(argv[5])))
            return 66;
        QApplication::installTranslator(&extra);
    }
    const auto a = load(argv[2]);
    const auto b = load(argv[3]);
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
