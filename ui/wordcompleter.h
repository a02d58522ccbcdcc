#pragma once

#include <QCompleter>
#include <QFutureWatcher>
#include <QStringList>

#include <memory>

QT_BEGIN_NAMESPACE
class QStringListModel;
QT_END_NAMESPACE

namespace ewb::core {
class EmbeddingModel;
}

namespace ewb::ui {

/// Completes vocabulary words while the user types, case-insensitively by prefix. It completes
/// the last word of the line ("king - wo" offers "woman" and keeps "king - "), so one completer
/// serves single-word fields, expressions and word lists, and may be shared by several line
/// edits. The sorted word list is built on a worker thread (about a second for a million
/// words); until it is ready the completer offers nothing, and the lookups are binary searches,
/// so typing stays instant at any vocabulary size. GUI thread only.
class WordCompleter : public QCompleter
{
    Q_OBJECT

public:
    explicit WordCompleter(QObject *parent = nullptr);

    /// Replaces the vocabulary (null: none). The old words stay offered until the new list is
    /// ready, then vocabularyReady() follows.
    void setVocabulary(std::shared_ptr<const core::EmbeddingModel> model);
    /// Number of words offered now.
    int wordCount() const;

    QStringList splitPath(const QString &path) const override;
    QString pathFromIndex(const QModelIndex &index) const override;

    /// Where the word being typed starts in `text`: after the last whitespace, comma (also "，" and
    /// "、") or '+', and after a '-' that begins a word (so "well-kno" stays whole but "-wom"
    /// completes).
    static qsizetype lastWordStart(const QString &text);

signals:
    /// The words of the last setVocabulary() are offered now.
    void vocabularyReady(int wordCount);

private:
    QStringListModel *m_words = nullptr;
    QFutureWatcher<QStringList> m_watcher;
    quint64 m_generation = 0;
};

} // namespace ewb::ui
