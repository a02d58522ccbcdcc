#include "ui/serviceexamples.h"

#include "core/model/embeddingmodel.h"

#include <QUrl>

#include <algorithm>

namespace ewb::ui {

namespace {

    QString percentEncoded(const QString &word)
    {
        return QString::fromLatin1(QUrl::toPercentEncoding(word));
    }

    // A JSON string literal; example words are vocabulary words, which may hold quotes.
    QString jsonString(const QString &text)
    {
        QString out = QStringLiteral("\"");
        for (const QChar c : text) {
            if (c == u'"' || c == u'\\')
                out += u'\\';
            out += c;
        }
        return out + u'"';
    }

    // Single-quoted for a POSIX shell: ' becomes '\''.
    QString shellQuoted(const QString &text)
    {
        QString quoted = text;
        quoted.replace(u'\'', QStringLiteral("'\\''"));
        return u'\'' + quoted + u'\'';
    }

} // namespace

QStringList ServiceExamples::exampleWords(const core::EmbeddingModel &model, int count)
{
    // The classic analogy, when the model knows it: man is to king as woman is to queen.
    const QStringList classic { QStringLiteral("man"), QStringLiteral("king"),
                                QStringLiteral("woman") };
    if (count <= classic.size()
        && std::all_of(classic.begin(), classic.end(),
                       [&](const QString &w) { return model.contains(w.toStdString()); }))
        return classic.mid(0, count);
    const std::size_t size = model.size();
    const std::size_t first = size > 200 ? 100 : 0;
    QStringList words;
    for (std::size_t row = first; row < size && words.size() < count; ++row) {
        const QString word = QString::fromStdString(model.word(row));
        // Control characters or spaces would make a poor example to type.
        const bool plain
            = std::all_of(word.begin(), word.end(), [](QChar c) { return c.isLetterOrNumber(); });
        if (plain && word.size() >= 3)
            words.append(word);
    }
    for (std::size_t row = 0; row < size && words.size() < count; ++row) {
        const QString word = QString::fromStdString(model.word(row));
        if (!words.contains(word))
            words.append(word);
    }
    return words;
}

QString ServiceExamples::neighboursUrl(const QString &url, const QString &modelId,
                                       const QString &word, int k)
{
    return QStringLiteral("%1/v1/models/%2/neighbors?word=%3&k=%4")
        .arg(url, modelId, percentEncoded(word))
        .arg(k);
}

QString ServiceExamples::curlCommands(const QString &url, const QString &modelId,
                                      const QStringList &words)
{
    if (words.isEmpty())
        return QString();
    const QString a = words.value(0);
    const QString b = words.value(1, a);
    const QString c = words.value(2, b);
    const QString models = QStringLiteral("%1/v1/models/%2").arg(url, modelId);
    QStringList lines;
    lines << QStringLiteral("curl ") + shellQuoted(neighboursUrl(url, modelId, a));
    lines << QStringLiteral("curl ")
            + shellQuoted(QStringLiteral("%1/similarity?a=%2&b=%3")
                              .arg(models, percentEncoded(a), percentEncoded(b)));
    const QString body = QStringLiteral("{\"a\":%1,\"b\":%2,\"c\":%3,\"k\":5}")
                             .arg(jsonString(a), jsonString(b), jsonString(c));
    lines << QStringLiteral("curl -H 'Content-Type: application/json' -d %1 %2")
                 .arg(shellQuoted(body), shellQuoted(models + QStringLiteral("/analogy")));
    lines << QStringLiteral("curl ") + shellQuoted(url + QStringLiteral("/openapi.json"));
    return lines.join(u'\n');
}

} // namespace ewb::ui
