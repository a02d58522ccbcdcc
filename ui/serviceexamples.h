#pragma once

#include <QString>
#include <QStringList>

namespace ewb::core {
class EmbeddingModel;
}

namespace ewb::ui {

/// Ready-to-copy `curl` commands for the REST service, so a user sees at once how another
/// program asks a served model: neighbours, similarity, an analogy (POST with a JSON body) and
/// the OpenAPI description. Words are percent-encoded (Chinese included) and every argument
/// is quoted for a POSIX shell.
class ServiceExamples
{
public:
    /// Up to `count` words of `model` that make good examples: "man", "king", "woman" when the
    /// model has all three (the classic analogy); else frequent words past the commonest
    /// function words (from frequency rank 100 when the vocabulary has over 200 words), of
    /// letters and digits and at least 3 characters long where such words exist. Never empty
    /// for a non-empty model.
    static QStringList exampleWords(const core::EmbeddingModel &model, int count = 3);
    /// The commands, one per line, for the model served as `modelId` at `url`
    /// ("http://127.0.0.1:8080"); `words` holds at least one word (three for the analogy).
    static QString curlCommands(const QString &url, const QString &modelId,
                                const QStringList &words);
    /// The neighbours URL of `word` for the model `modelId`, percent-encoded.
    static QString neighboursUrl(const QString &url, const QString &modelId, const QString &word,
                                 int k = 10);
};

} // namespace ewb::ui
