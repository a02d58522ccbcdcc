#include "ui/corpusinspector.h"

#include "core/text/corpustokenizer.h"
#include "ui/backgroundpriority.h"

#include <QFile>
#include <QFileInfo>
#include <QtConcurrent>

#include <string>
#include <unordered_set>

namespace ewb::ui {

namespace {

    constexpr qint64 kPreviewBytes = 64 * 1024;

} // namespace

CorpusInspector::CorpusInspector(QObject *parent) : QObject(parent) { }

CorpusInspector::~CorpusInspector()
{
    m_stop.request_stop();
    m_watcher.waitForFinished();
}

void CorpusInspector::inspect(const QString &path, const QByteArray &bytes, const QString &name,
                              const core::TokenizerOptions &options)
{
    m_stop.request_stop();
    m_stop = std::stop_source();
    const std::stop_token stop = m_stop.get_token();
    m_watcher.disconnect(this);
    // A finished signal of the previous job must not deliver stale findings.
    connect(&m_watcher, &QFutureWatcher<Findings>::finished, this, [this, stop] {
        if (!stop.stop_requested() && m_watcher.future().resultCount() > 0)
            emit inspected(m_watcher.result());
    });
    m_watcher.setFuture(QtConcurrent::run([path, bytes, name, options, stop] {
        BackgroundPriority::applyToCurrentThread();
        return run(path, bytes, name, options, stop);
    }));
}

CorpusInspector::Findings CorpusInspector::run(const QString &path, const QByteArray &bytes,
                                               const QString &name,
                                               const core::TokenizerOptions &options,
                                               std::stop_token stop)
{
    Findings findings;
    // The preview reads only the head of the corpus, cut after its last complete line.
    QByteArray head;
    qint64 size = bytes.size();
    if (path.isEmpty()) {
        head = bytes.left(kPreviewBytes);
    } else {
        QFile file(path);
        size = QFileInfo(path).size();
        if (QFileInfo(path).isFile() && file.open(QIODevice::ReadOnly))
            head = file.read(kPreviewBytes);
    }
    if (head.size() == kPreviewBytes && head.lastIndexOf('\n') > 0)
        head.truncate(head.lastIndexOf('\n') + 1);

    std::stop_source enough;
    const auto headSource = core::CorpusSource::fromMemory(
        std::string_view(head.constData(), std::size_t(head.size())), name.toStdString());
    (void)core::tokenizeCorpus(
        headSource, options, enough.get_token(), [&](std::span<const std::string_view> tokens) {
            if (findings.previewLines.size() >= previewLineCount()) {
                enough.request_stop();
                return;
            }
            QStringList words;
            for (std::string_view token : tokens)
                words.append(QString::fromUtf8(token.data(), qsizetype(token.size())));
            findings.previewLines.append(words.join(QStringLiteral(" · ")));
        });
    if (stop.stop_requested() || size > statisticsLimit())
        return findings;

    // The full pass also tells whether training would fail on this corpus, and why.
    const auto source = path.isEmpty()
        ? core::CorpusSource::fromMemory(
            std::string_view(bytes.constData(), std::size_t(bytes.size())), name.toStdString())
        : core::CorpusSource::fromFile(path.toStdString());
    std::unordered_set<std::string> types;
    auto stats = core::tokenizeCorpus(source, options, stop,
                                      [&types](std::span<const std::string_view> tokens) {
                                          for (std::string_view token : tokens)
                                              types.emplace(token);
                                      });
    if (stats.ok()) {
        findings.hasStatistics = true;
        findings.stats = *stats;
        findings.distinctWords = types.size();
    } else {
        findings.error = stats.error();
    }
    return findings;
}

} // namespace ewb::ui
