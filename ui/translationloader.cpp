#include "ui/translationloader.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>

namespace ewb::ui {

bool TranslationLoader::install(const QString &language)
{
    const QLocale locale(language);
    QLocale::setDefault(locale);
    if (language == QLatin1String("en"))
        return true;
    const bool ours = m_ours.load(locale, QStringLiteral("embedding-workbench"),
                                  QStringLiteral("_"), QStringLiteral(":/i18n"));
    if (ours)
        QCoreApplication::installTranslator(&m_ours);
    // Qt's own strings (standard buttons, file dialogs); missing ones just stay English.
    if (m_qt.load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                  QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(&m_qt);
    return ours;
}

} // namespace ewb::ui
