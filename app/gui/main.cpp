#include "ui/appsettings.h"
#include "ui/mainwindow.h"
#include "ui/storecontroller.h"
#include "ui/trainingcontroller.h"
#include "ui/translationloader.h"

#include <QApplication>
#include <QDir>
#include <QFileInfo>
#include <QIcon>
#include <QSettings>

// Builds every long-lived object here and hands references down: no singletons.
int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("EmbeddingWorkbench"));
    QApplication::setApplicationName(QStringLiteral("embedding-workbench"));
    QApplication::setApplicationVersion(QStringLiteral(EWB_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("embedding-workbench"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/embedding-workbench.svg")));

    QSettings settings;
    ewb::ui::AppSettings appSettings(settings);
    ewb::ui::TranslationLoader translations;
    translations.install(appSettings.effectiveLanguage());

    ewb::ui::StoreController store;
    ewb::ui::TrainingController training;
    ewb::ui::MainWindow window(appSettings, training, store);
    window.show();
    const QString database = appSettings.databasePath();
    QDir().mkpath(QFileInfo(database).absolutePath());
    store.open(database);
    return app.exec();
}
