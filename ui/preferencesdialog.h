#pragma once

#include <QDialog>

QT_BEGIN_NAMESPACE
class QComboBox;
class QLineEdit;
QT_END_NAMESPACE

namespace ewb::ui {

class AppSettings;

/// Preferences: the interface language (system, English, 简体中文; applies at the next start)
/// and the default model database. Writes to AppSettings when accepted. GUI thread only.
class PreferencesDialog : public QDialog
{
    Q_OBJECT

public:
    PreferencesDialog(AppSettings &settings, QWidget *parent = nullptr);

    /// The language code chosen in the box ("", "en" or "zh_CN").
    QString chosenLanguage() const;
    /// The database path typed or chosen.
    QString chosenDatabasePath() const;

    void accept() override;

private:
    AppSettings &m_settings;
    QComboBox *m_language = nullptr;
    QLineEdit *m_database = nullptr;
};

} // namespace ewb::ui
