#include "ui/analogytablemodel.h"

#include <QFont>
#include <QLocale>

#include <algorithm>

namespace ewb::ui {

AnalogyTableModel::AnalogyTableModel(QObject *parent) : QAbstractTableModel(parent) { }

void AnalogyTableModel::setAnswers(std::vector<core::Neighbour> cosAdd,
                                   std::vector<core::Neighbour> cosMul, const QString &expected)
{
    beginResetModel();
    m_add = std::move(cosAdd);
    m_mul = std::move(cosMul);
    m_expected = expected;
    endResetModel();
}

void AnalogyTableModel::clear()
{
    setAnswers({}, {}, {});
}

int AnalogyTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(std::max(m_add.size(), m_mul.size()));
}

int AnalogyTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

const core::Neighbour *AnalogyTableModel::answerAt(const QModelIndex &index) const
{
    const auto row = std::size_t(index.row());
    switch (index.column()) {
    case AddWordColumn:
    case AddScoreColumn:
        return row < m_add.size() ? &m_add[row] : nullptr;
    case MulWordColumn:
    case MulScoreColumn:
        return row < m_mul.size() ? &m_mul[row] : nullptr;
    default:
        return nullptr;
    }
}

QVariant AnalogyTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    if (index.column() == RankColumn) {
        if (role == Qt::DisplayRole)
            return QLocale().toString(index.row() + 1);
        if (role == Qt::TextAlignmentRole)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    }
    const core::Neighbour *answer = answerAt(index);
    if (!answer)
        return {};
    const QString word = QString::fromStdString(answer->word);
    const bool isWord = index.column() == AddWordColumn || index.column() == MulWordColumn;
    switch (role) {
    case WordRole:
        return word;
    case ScoreRole:
        return answer->score;
    case Qt::DisplayRole:
        return isWord ? word : QLocale().toString(double(answer->score), 'f', 4);
    case Qt::TextAlignmentRole:
        return isWord ? QVariant(Qt::AlignLeft | Qt::AlignVCenter)
                      : QVariant(Qt::AlignRight | Qt::AlignVCenter);
    case Qt::FontRole:
        if (!m_expected.isEmpty() && word == m_expected) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    case Qt::ToolTipRole:
        return isWord ? tr("Click or press Enter to explore “%1”").arg(word) : QVariant();
    default:
        return {};
    }
}

QVariant AnalogyTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case AddWordColumn:
        case AddScoreColumn:
            return tr("3CosAdd: the word closest in cosine to b − a + c");
        case MulWordColumn:
        case MulScoreColumn:
            return tr("3CosMul: the word maximising cos(w, b) · cos(w, c) / cos(w, a), with "
                      "cosines shifted to [0, 1]");
        default:
            return {};
        }
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case RankColumn:
        return tr("#");
    case AddWordColumn:
        return tr("3CosAdd");
    case AddScoreColumn:
        return tr("Cosine");
    case MulWordColumn:
        return tr("3CosMul");
    case MulScoreColumn:
        return tr("Score");
    default:
        return {};
    }
}

} // namespace ewb::ui
