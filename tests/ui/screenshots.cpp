// Makes the README screenshots: the window at 1280x800, mid-training, with a finished CBOW run
// and a live skip-gram run overlaid. Usage: ewb_screenshots LANGUAGE OUTPUT.png (run it under
// xvfb-run so that real fonts and window decorations-free rendering are used).
#include "ui/appsettings.h"
#include "ui/chartpane.h"
#include "ui/mainwindow.h"
#include "ui/modellibrarypane.h"
#include "ui/storecontroller.h"
#include "ui/trainingcontroller.h"
#include "ui/trainingoptionsform.h"
#include "ui/trainingpane.h"
#include "ui/translationloader.h"

#include <QApplication>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <cstdio>

using namespace ewb;

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    if (argc != 3) {
        std::fprintf(stderr, "usage: ewb_screenshots en|zh_CN OUTPUT.png\n");
        return 64;
    }
    const QString language = QString::fromLocal8Bit(argv[1]);
    QApplication::setApplicationVersion(QStringLiteral("0.1.0"));
    // Pinned fonts, so the pictures do not depend on the machine's font configuration.
    QApplication::setFont(QFont(language == QLatin1String("zh_CN")
                                    ? QStringLiteral("Noto Sans CJK SC")
                                    : QStringLiteral("DejaVu Sans"),
                                9));
    ui::TranslationLoader translations;
    if (!translations.install(language))
        return 70;

    QTemporaryDir dir;
    QSettings settings(dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
    ui::AppSettings appSettings(settings);
    ui::StoreController store;
    ui::TrainingController training;
    ui::MainWindow window(appSettings, training, store);
    window.resize(1280, 800);
    window.show();
    QSignalSpy opened(&store, &ui::StoreController::opened);
    store.open(dir.filePath(QStringLiteral("models.ewb")));
    if (!opened.wait(10000))
        return 1;

    ui::TrainingOptionsForm *form = window.trainingPane()->optionsForm();
    core::TrainingOptions options
        = core::TrainingOptions::defaults(core::TrainingOptions::Architecture::Cbow);
    options.dim = 50;
    options.epochs = 3;
    options.threads = 2;
    form->setOptions(options);
    QSignalSpy saved(&store, &ui::StoreController::saved);
    window.trainingPane()->startTraining();
    if (!QTest::qWaitFor([&] { return saved.count() == 1; }, 120000))
        return 2;

    options = core::TrainingOptions::defaults(core::TrainingOptions::Architecture::SkipGram);
    options.dim = 50;
    options.epochs = 3;
    options.threads = 2;
    form->setOptions(options);
    double fraction = 0;
    QObject::connect(&training, &ui::TrainingController::progressed,
                     [&](const core::TrainingProgress &p) { fraction = p.fraction; });
    window.trainingPane()->startTraining();
    if (!QTest::qWaitFor([&] { return fraction >= 0.6; }, 120000))
        return 3;
    window.chartPane()->refresh();
    QTest::qWait(150);
    const bool ok = window.grab().save(QString::fromLocal8Bit(argv[2]), "PNG");
    training.cancel();
    return ok ? 0 : 4;
}
