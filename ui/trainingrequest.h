#pragma once

#include "core/text/corpussource.h"
#include "core/text/tokenizeroptions.h"
#include "core/train/trainingoptions.h"

#include <QByteArray>
#include <QString>

#include <string_view>

namespace ewb::ui {

/// Everything a training run needs, as the training pane assembles it. Plain value type; it is
/// copied into the worker thread, and an in-memory corpus travels with it (QByteArray shares its
/// bytes, so the copy is cheap and the bytes outlive the run).
struct TrainingRequest
{
    /// Name of the run in the charts and of the model in the library.
    QString runName;
    /// The corpus file, or empty when corpusBytes holds the corpus (the embedded demo corpus).
    QString corpusPath;
    /// What messages call the corpus (file name or "demo corpus").
    QString corpusName;
    /// The corpus itself when corpusPath is empty.
    QByteArray corpusBytes;
    core::TokenizerOptions tokenizer;
    core::TrainingOptions options;

    /// The core's view of the corpus. For in-memory corpora it points into corpusBytes, so it
    /// is valid only as long as this request lives unchanged.
    core::CorpusSource source() const
    {
        if (!corpusPath.isEmpty())
            return core::CorpusSource::fromFile(corpusPath.toStdString());
        return core::CorpusSource::fromMemory(
            std::string_view(corpusBytes.constData(), static_cast<std::size_t>(corpusBytes.size())),
            corpusName.toStdString());
    }
};

} // namespace ewb::ui
