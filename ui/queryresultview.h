#pragma once

#include "ui/queryanswer.h"

#include <QWidget>

#include <memory>

QT_BEGIN_NAMESPACE
class QLabel;
class QTableView;
QT_END_NAMESPACE

namespace ewb::core {
class EmbeddingModel;
}

namespace ewb::ui {

class AnalogyTableModel;
class CosineBarDelegate;
class NeighbourTableModel;

/// One model's answer in the explore pane: the model's name, a summary line (similarity, odd
/// one out, analogy ranks, or an unknown word with clickable spelling suggestions) and a table
/// of scored words with cosine bars. A click or Enter on a word asks to explore it.
/// GUI thread only.
class QueryResultView : public QWidget
{
    Q_OBJECT

public:
    explicit QueryResultView(QWidget *parent = nullptr);

    /// The model's name shown above the results.
    void setTitle(const QString &title);
    QString title() const;
    /// Shows `answer` to `request`; `model` is the model that answered (for word counts).
    void showAnswer(const QueryRequest &request, const ModelAnswer &answer,
                    std::shared_ptr<const core::EmbeddingModel> model);
    /// Removes the shown answer.
    void clear();

    /// The summary as plain text (what a screen reader reads).
    QString summaryText() const;
    QLabel *summaryLabel() const { return m_summary; }
    QTableView *table() const { return m_table; }
    NeighbourTableModel *neighbourModel() const { return m_neighbours; }
    AnalogyTableModel *analogyModel() const { return m_analogy; }

signals:
    /// The user clicked or pressed Enter on a word of the table.
    void wordActivated(const QString &word);
    /// The user chose `suggestion` for the unknown word `unknown`.
    void suggestionActivated(const QString &unknown, const QString &suggestion);

private:
    void showTable(bool analogy);
    void setSummary(const QString &html);
    QString unknownHtml(const ModelAnswer &answer) const;
    QString analogyHtml(const QueryRequest &request, const ModelAnswer &answer) const;
    void activate(const QModelIndex &index);

    QLabel *m_title = nullptr;
    QLabel *m_summary = nullptr;
    QTableView *m_table = nullptr;
    NeighbourTableModel *m_neighbours = nullptr;
    AnalogyTableModel *m_analogy = nullptr;
    CosineBarDelegate *m_bars = nullptr;
    QString m_unknown;
};

} // namespace ewb::ui
