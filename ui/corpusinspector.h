#pragma once

#include "core/common/error.h"
#include "core/text/corpusstats.h"
#include "core/text/tokenizeroptions.h"

#include <QByteArray>
#include <QFutureWatcher>
#include <QObject>
#include <QStringList>

#include <stop_token>

namespace ewb::ui {

/// Looks at a corpus before training, off the GUI thread (QtConcurrent): the tokens of its
/// first lines, as the tokenizer will see them (so a user can check how Chinese is segmented),
/// then statistics of the whole corpus (lines, tokens, distinct words) when it is at most
/// statisticsLimit() bytes. A new inspect() cancels the previous one; results of a cancelled
/// inspection are never delivered. Signals arrive on the GUI thread.
class CorpusInspector : public QObject
{
    Q_OBJECT

public:
    /// What one inspection found.
    struct Findings
    {
        QStringList previewLines; ///< tokens of the first lines, joined by " · "
        bool hasStatistics = false; ///< false when the corpus was too large to count
        core::CorpusStats stats;
        quint64 distinctWords = 0;
        core::Error error { core::ErrorCode::Ok, {} }; ///< why the corpus cannot be read
    };

    explicit CorpusInspector(QObject *parent = nullptr);
    ~CorpusInspector() override;

    /// Inspects a file (path non-empty) or in-memory bytes.
    void inspect(const QString &path, const QByteArray &bytes, const QString &name,
                 const core::TokenizerOptions &options);
    /// Corpora up to this many bytes are counted in full (64 MiB).
    static qint64 statisticsLimit() { return qint64(64) << 20; }
    /// Lines shown in the preview.
    static int previewLineCount() { return 8; }

    /// The work itself, on the calling thread: for tests and for the background job.
    static Findings run(const QString &path, const QByteArray &bytes, const QString &name,
                        const core::TokenizerOptions &options, std::stop_token stop);

signals:
    void inspected(const ewb::ui::CorpusInspector::Findings &findings);

private:
    QFutureWatcher<Findings> m_watcher;
    std::stop_source m_stop;
};

} // namespace ewb::ui
