#include "ui/wordcompleter.h"

#include "core/model/embeddingmodel.h"

#include <QLineEdit>
#include <QStringListModel>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>

namespace ewb::ui {

namespace {

    QStringList sortedWords(const std::shared_ptr<const core::EmbeddingModel> &model)
    {
        QStringList words;
        words.reserve(qsizetype(model->size()));
        for (const std::string &word : model->words())
            words << QString::fromStdString(word);
        // The order QCompleter's binary search expects for CaseInsensitivelySortedModel.
        std::sort(words.begin(), words.end(), [](const QString &a, const QString &b) {
            return QString::compare(a, b, Qt::CaseInsensitive) < 0;
        });
        return words;
    }

} // namespace

WordCompleter::WordCompleter(QObject *parent) : QCompleter(parent)
{
    m_words = new QStringListModel(this);
    setModel(m_words);
    setCaseSensitivity(Qt::CaseInsensitive);
    setModelSorting(QCompleter::CaseInsensitivelySortedModel);
    setFilterMode(Qt::MatchStartsWith);
    setCompletionMode(QCompleter::PopupCompletion);
    setMaxVisibleItems(12);
    connect(&m_watcher, &QFutureWatcher<QStringList>::finished, this, [this] {
        const quint64 generation = m_watcher.property("generation").toULongLong();
        if (generation != m_generation)
            return;
        m_words->setStringList(m_watcher.result());
        emit vocabularyReady(wordCount());
    });
}

void WordCompleter::setVocabulary(std::shared_ptr<const core::EmbeddingModel> model)
{
    const quint64 generation = ++m_generation;
    if (!model) {
        m_words->setStringList({});
        emit vocabularyReady(0);
        return;
    }
    m_watcher.setProperty("generation", generation);
    m_watcher.setFuture(QtConcurrent::run([model] { return sortedWords(model); }));
}

int WordCompleter::wordCount() const
{
    return m_words->rowCount();
}

qsizetype WordCompleter::lastWordStart(const QString &text)
{
    qsizetype start = text.size();
    while (start > 0) {
        const QChar c = text.at(start - 1);
        if (c.isSpace() || c == QLatin1Char(',') || c == QLatin1Char('+') || c == QChar(0x3001)
            || c == QChar(0xff0c))
            break;
        --start;
    }
    // A leading minus is the operator of an expression, not part of the word.
    while (start < text.size() && text.at(start) == QLatin1Char('-'))
        ++start;
    return start;
}

QStringList WordCompleter::splitPath(const QString &path) const
{
    return { path.mid(lastWordStart(path)) };
}

QString WordCompleter::pathFromIndex(const QModelIndex &index) const
{
    const QString word = QCompleter::pathFromIndex(index);
    const auto *edit = qobject_cast<const QLineEdit *>(widget());
    if (!edit)
        return word;
    const QString text = edit->text();
    return text.left(lastWordStart(text)) + word;
}

} // namespace ewb::ui
