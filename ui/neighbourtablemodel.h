#pragma once

#include "core/model/neighbour.h"

#include <QAbstractTableModel>
#include <QString>

#include <memory>
#include <vector>

namespace ewb::core {
class EmbeddingModel;
}

namespace ewb::ui {

/// A list of scored words as a table: rank, word, score and the word's corpus count ("—" when
/// the model has no counts, as for imported vectors). Shows the answers to a neighbour or
/// expression query, or the words of an odd-one-out question with one of them highlighted.
/// Read-only; GUI thread only.
class NeighbourTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { RankColumn, WordColumn, ScoreColumn, CountColumn, ColumnCount };
    enum Role {
        WordRole = Qt::UserRole + 1, ///< the word of the row, on every column (QString)
        ScoreRole, ///< the score as the core computed it (float), on every column
    };

    explicit NeighbourTableModel(QObject *parent = nullptr);

    /// Shows `rows` of `model` (which supplies the counts), titling the score column
    /// `scoreTitle`. The model is kept alive while shown.
    void setNeighbours(std::shared_ptr<const core::EmbeddingModel> model,
                       std::vector<core::Neighbour> rows, const QString &scoreTitle);
    /// Shows `word`'s row in bold (empty: none).
    void setHighlighted(const QString &word);
    void clear();

    const std::vector<core::Neighbour> &neighbours() const { return m_rows; }
    /// True when the shown model carries corpus counts.
    bool hasCounts() const { return m_hasCounts; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    std::shared_ptr<const core::EmbeddingModel> m_model;
    std::vector<core::Neighbour> m_rows;
    QString m_scoreTitle;
    QString m_highlighted;
    bool m_hasCounts = false;
};

} // namespace ewb::ui
