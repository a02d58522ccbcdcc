#pragma once

// What every screenshot program sets up first: the pinned font of the language, our
// translation (plus an optional further .qm for strings not yet embedded) and the model file
// to show. Keep the session alive while the program runs.

#include "core/formats/embeddingfile.h"
#include "ui/translationloader.h"

#include <QApplication>
#include <QFont>
#include <QTranslator>

#include <cstdio>
#include <memory>

namespace ewb::test {

class ScreenshotSession
{
public:
    /// Pins the font and installs `language` ("en" or "zh_CN") and `extraQm` (empty: none).
    /// Returns 0, or the exit status to stop with (70: our translation missing, 66: extraQm
    /// unreadable).
    int start(const QString &language, const QString &extraQm = QString())
    {
        QApplication::setFont(QFont(language == QLatin1String("zh_CN")
                                        ? QStringLiteral("Noto Sans CJK SC")
                                        : QStringLiteral("DejaVu Sans"),
                                    9));
        if (!m_translations.install(language))
            return 70;
        if (!extraQm.isEmpty()) {
            if (!m_extra.load(extraQm))
                return 66;
            QApplication::installTranslator(&m_extra);
        }
        return 0;
    }

    /// Reads a word2vec or GloVe file; null (with the reason on stderr) when it cannot.
    static std::shared_ptr<const core::EmbeddingModel> loadModel(const QString &path)
    {
        auto model = core::readEmbeddingFile(path.toStdString());
        if (!model.ok()) {
            std::fprintf(stderr, "%s: %s\n", qPrintable(path), model.error().detail.c_str());
            return nullptr;
        }
        return *model;
    }

private:
    ui::TranslationLoader m_translations;
    QTranslator m_extra;
};

} // namespace ewb::test
