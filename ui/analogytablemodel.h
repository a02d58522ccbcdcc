#pragma once

#include "core/model/neighbour.h"

#include <QAbstractTableModel>

#include <vector>

namespace ewb::ui {

/// The answers to an analogy a : b :: c : ? under 3CosAdd and 3CosMul side by side, one rank
/// per row: rank, 3CosAdd word, its cosine, 3CosMul word, its score (Levy and Goldberg's ratio
/// of shifted cosines, near 1 for good answers; not a cosine). The expected answer, when given,
/// is shown in bold wherever it appears. Read-only; GUI thread only.
class AnalogyTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        RankColumn,
        AddWordColumn,
        AddScoreColumn,
        MulWordColumn,
        MulScoreColumn,
        ColumnCount
    };
    enum Role {
        WordRole = Qt::UserRole + 1, ///< the word of the method the column belongs to (QString)
        ScoreRole, ///< that word's score as the core computed it (float)
    };

    explicit AnalogyTableModel(QObject *parent = nullptr);

    /// Shows the two answer lists (of any lengths; the table is as long as the longer one).
    void setAnswers(std::vector<core::Neighbour> cosAdd, std::vector<core::Neighbour> cosMul,
                    const QString &expected);
    void clear();

    const std::vector<core::Neighbour> &cosAdd() const { return m_add; }
    const std::vector<core::Neighbour> &cosMul() const { return m_mul; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    const core::Neighbour *answerAt(const QModelIndex &index) const;

    std::vector<core::Neighbour> m_add;
    std::vector<core::Neighbour> m_mul;
    QString m_expected;
};

} // namespace ewb::ui
