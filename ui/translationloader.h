#pragma once

#include <QString>
#include <QTranslator>

namespace ewb::ui {

/// Installs the interface language: our translation (embedded at :/i18n/) plus Qt's own
/// (qtbase, from the system's Qt translations) and the matching default QLocale, so numbers
/// and dates follow the language too. Keep the loader alive as long as the application runs.
/// GUI thread only, before the first window is built.
class TranslationLoader
{
public:
    /// Installs `language` ("en" or "zh_CN"). English is the source language: nothing is
    /// loaded for it. Returns false when our translation for a non-English language is missing.
    bool install(const QString &language);

private:
    QTranslator m_ours;
    QTranslator m_qt;
};

} // namespace ewb::ui
