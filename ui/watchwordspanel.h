#pragma once

#include <QStringList>
#include <QWidget>

#include <memory>

QT_BEGIN_NAMESPACE
class QLabel;
class QLineEdit;
class QTableWidget;
QT_END_NAMESPACE

namespace ewb::core {
class EmbeddingModel;
}

namespace ewb::ui {

class QueryController;
struct QueryAnswer;

/// "Watch words": the user lists a few words before training, and at each checkpoint the
/// panel shows their current top-5 neighbours in the snapshot model, so one sees meaning
/// emerge as training goes on. The neighbours are computed on a QueryController's worker
/// thread; a snapshot that arrives while the previous one is still being answered replaces
/// it. GUI thread only.
class WatchWordsPanel : public QWidget
{
    Q_OBJECT

public:
    /// Neighbours shown per word.
    static constexpr int neighbourCount = 5;

    explicit WatchWordsPanel(QWidget *parent = nullptr);
    ~WatchWordsPanel() override;

    /// The watched words, in the order typed, without duplicates.
    QStringList words() const { return m_words; }
    void setWords(const QStringList &words);
    /// Shows the watched words' neighbours in `model` (a checkpoint snapshot), captioned
    /// `label` (e.g. "epoch 2 of 5"). Null clears the neighbours.
    void showSnapshot(std::shared_ptr<const core::EmbeddingModel> model, const QString &label);

    QLineEdit *wordsEdit() const { return m_edit; }
    /// One row per watched word: the word, its neighbours ("a, b, c, d, e").
    QTableWidget *table() const { return m_table; }

signals:
    /// The user changed the list of watched words.
    void wordsChanged(const QStringList &words);
    /// The neighbours of a snapshot are on screen.
    void snapshotShown(const QString &label);

private:
    void applyEdit();
    void fillRows();
    void showAnswer(const QueryAnswer &answer);

    QLineEdit *m_edit = nullptr;
    QLabel *m_caption = nullptr;
    QTableWidget *m_table = nullptr;
    QueryController *m_controller = nullptr;
    QStringList m_words;
    QString m_pendingLabel;
};

} // namespace ewb::ui
