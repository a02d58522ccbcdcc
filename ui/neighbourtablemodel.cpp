#include "ui/neighbourtablemodel.h"

#include "core/model/embeddingmodel.h"

#include <QFont>
#include <QLocale>

#include <algorithm>

namespace ewb::ui {

NeighbourTableModel::NeighbourTableModel(QObject *parent) : QAbstractTableModel(parent) { }

void NeighbourTableModel::setNeighbours(std::shared_ptr<const core::EmbeddingModel> model,
                                        std::vector<core::Neighbour> rows,
                                        const QString &scoreTitle)
{
    beginResetModel();
    if (model != m_model) {
        // Imported vectors carry no counts: one scan per model, not per query.
        m_hasCounts = model
            && std::any_of(model->counts().begin(), model->counts().end(),
                           [](std::uint64_t count) { return count != 0; });
    }
    m_model = std::move(model);
    m_rows = std::move(rows);
    m_scoreTitle = scoreTitle;
    endResetModel();
    emit headerDataChanged(Qt::Horizontal, ScoreColumn, ScoreColumn);
}

void NeighbourTableModel::setHighlighted(const QString &word)
{
    m_highlighted = word;
    if (!m_rows.empty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1), { Qt::FontRole });
}

void NeighbourTableModel::clear()
{
    beginResetModel();
    m_rows.clear();
    m_highlighted.clear();
    endResetModel();
}

int NeighbourTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int NeighbourTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant NeighbourTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const core::Neighbour &row = m_rows[std::size_t(index.row())];
    const QString word = QString::fromStdString(row.word);
    switch (role) {
    case WordRole:
        return word;
    case ScoreRole:
        return row.score;
    case Qt::DisplayRole:
        switch (index.column()) {
        case RankColumn:
            return QLocale().toString(index.row() + 1);
        case WordColumn:
            return word;
        case ScoreColumn:
            return QLocale().toString(double(row.score), 'f', 4);
        case CountColumn:
            return m_hasCounts && m_model
                ? QLocale().toString(qulonglong(m_model->counts()[row.row]))
                : QStringLiteral("—");
        default:
            return {};
        }
    case Qt::TextAlignmentRole:
        return index.column() == WordColumn ? QVariant(Qt::AlignLeft | Qt::AlignVCenter)
                                            : QVariant(Qt::AlignRight | Qt::AlignVCenter);
    case Qt::FontRole:
        if (!m_highlighted.isEmpty() && word == m_highlighted) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    case Qt::ToolTipRole:
        return index.column() == WordColumn ? tr("Click or press Enter to explore “%1”").arg(word)
                                            : QVariant();
    default:
        return {};
    }
}

QVariant NeighbourTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case RankColumn:
        return tr("#");
    case WordColumn:
        return tr("Word");
    case ScoreColumn:
        return m_scoreTitle.isEmpty() ? tr("Cosine") : m_scoreTitle;
    case CountColumn:
        return tr("Count");
    default:
        return {};
    }
}

} // namespace ewb::ui
