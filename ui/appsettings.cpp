#include "ui/appsettings.h"

#include <QDir>
#include <QLocale>
#include <QSettings>
#include <QStandardPaths>

namespace ewb::ui {

namespace {

    const QString kLanguage = QStringLiteral("interface/language");
    const QString kDatabase = QStringLiteral("store/databasePath");
    const QString kRecent = QStringLiteral("corpus/recent");
    const QString kCorpusDir = QStringLiteral("corpus/lastDirectory");
    const QString kExportDir = QStringLiteral("export/lastDirectory");
    const QString kVectorsDir = QStringLiteral("library/lastDirectory");
    const QString kGeometry = QStringLiteral("window/geometry");
    const QString kState = QStringLiteral("window/state");

    QString homeIfEmpty(const QString &directory)
    {
        return directory.isEmpty() ? QDir::homePath() : directory;
    }

} // namespace

AppSettings::AppSettings(QSettings &settings) : m_settings(settings) { }

QString AppSettings::language() const
{
    return m_settings.value(kLanguage).toString();
}

void AppSettings::setLanguage(const QString &language)
{
    m_settings.setValue(kLanguage, language);
}

QString AppSettings::effectiveLanguage() const
{
    const QString chosen = language();
    if (!chosen.isEmpty())
        return chosen;
    return QLocale::system().language() == QLocale::Chinese ? QStringLiteral("zh_CN")
                                                            : QStringLiteral("en");
}

QString AppSettings::databasePath() const
{
    const QString path = m_settings.value(kDatabase).toString();
    return path.isEmpty() ? defaultDatabasePath() : path;
}

void AppSettings::setDatabasePath(const QString &path)
{
    m_settings.setValue(kDatabase, path == defaultDatabasePath() ? QString() : path);
}

QString AppSettings::defaultDatabasePath()
{
    // The same file as the command line's default (`ewb` and the window share one library).
    return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation)
        + QStringLiteral("/EmbeddingWorkbench/workbench.ewb");
}

QStringList AppSettings::recentCorpora() const
{
    return m_settings.value(kRecent).toStringList();
}

void AppSettings::setRecentCorpora(const QStringList &paths)
{
    m_settings.setValue(kRecent, paths);
}

QString AppSettings::corpusDirectory() const
{
    return homeIfEmpty(m_settings.value(kCorpusDir).toString());
}

void AppSettings::setCorpusDirectory(const QString &directory)
{
    m_settings.setValue(kCorpusDir, directory);
}

QString AppSettings::exportDirectory() const
{
    return homeIfEmpty(m_settings.value(kExportDir).toString());
}

void AppSettings::setExportDirectory(const QString &directory)
{
    m_settings.setValue(kExportDir, directory);
}

QString AppSettings::vectorsDirectory() const
{
    return homeIfEmpty(m_settings.value(kVectorsDir).toString());
}

void AppSettings::setVectorsDirectory(const QString &directory)
{
    m_settings.setValue(kVectorsDir, directory);
}

QByteArray AppSettings::windowGeometry() const
{
    return m_settings.value(kGeometry).toByteArray();
}

void AppSettings::setWindowGeometry(const QByteArray &geometry)
{
    m_settings.setValue(kGeometry, geometry);
}

QByteArray AppSettings::windowState() const
{
    return m_settings.value(kState).toByteArray();
}

void AppSettings::setWindowState(const QByteArray &state)
{
    m_settings.setValue(kState, state);
}

} // namespace ewb::ui
