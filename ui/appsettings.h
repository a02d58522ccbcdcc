#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

QT_BEGIN_NAMESPACE
class QSettings;
QT_END_NAMESPACE

namespace ewb::ui {

/// Typed access to the application's QSettings: interface language, default database,
/// recent corpora, last folders and window layout. Holds a reference to a QSettings that
/// main() creates (no singleton), so tests can pass one backed by a temporary file.
/// GUI thread only.
class AppSettings
{
public:
    explicit AppSettings(QSettings &settings);

    /// "en", "zh_CN", or empty for the system language.
    QString language() const;
    void setLanguage(const QString &language);
    /// The language actually used: language(), or the system's when empty ("zh_CN" for any
    /// Chinese system locale, else "en").
    QString effectiveLanguage() const;

    /// The model database opened at start; defaultDatabasePath() unless the user chose one.
    QString databasePath() const;
    void setDatabasePath(const QString &path);
    /// "<GenericDataLocation>/EmbeddingWorkbench/workbench.ewb",
    /// the same file ewb uses by default.
    static QString defaultDatabasePath();

    QStringList recentCorpora() const;
    void setRecentCorpora(const QStringList &paths);
    QString corpusDirectory() const;
    void setCorpusDirectory(const QString &directory);
    QString exportDirectory() const;
    void setExportDirectory(const QString &directory);
    QString vectorsDirectory() const;
    void setVectorsDirectory(const QString &directory);

    QByteArray windowGeometry() const;
    void setWindowGeometry(const QByteArray &geometry);
    QByteArray windowState() const;
    void setWindowState(const QByteArray &state);

private:
    QSettings &m_settings;
};

} // namespace ewb::ui
