#include "ui/appsettings.h"
#include "ui/mainwindow.h"
#include "ui/storecontroller.h"
#include "ui/trainingcontroller.h"

#include <QApplication>
#include <QDir>
#include <QFileInfo>
#include <QIcon>
#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>
#include <QTranslator>

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

    // Ours from the embedded resources, Qt's own (dialog buttons, ...) from the system.
    const QString language = appSettings.effectiveLanguage();
    const QLocale locale(language);
    QLocale::setDefault(locale);
    QTranslator ours;
    QTranslator qtBase;
    if (language != QLatin1String("en")) {
        if (ours.load(locale, QStringLiteral("embedding-workbench"), QStringLiteral("_"),
                      QStringLiteral(":/i18n")))
            QApplication::installTranslator(&ours);
        if (qtBase.load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                        QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
            QApplication::installTranslator(&qtBase);
    }

    ewb::ui::StoreController store;
    ewb::ui::TrainingController training;
    ewb::ui::MainWindow window(appSettings, training, store);
    window.show();
    const QString database = appSettings.databasePath();
    QDir().mkpath(QFileInfo(database).absolutePath());
    store.open(database);
    return app.exec();
}
