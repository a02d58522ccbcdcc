#include "ui/modellibrarymodel.h"

#include "ui/benchmarkcatalog.h"
#include "ui/evaluationmapping.h"
#include "ui/evaluationtext.h"

#include <QDateTime>
#include <QLocale>

namespace ewb::ui {

ModelLibraryModel::ModelLibraryModel(QObject *parent) : QAbstractTableModel(parent) { }

void ModelLibraryModel::setModels(const QList<core::ModelInfo> &models)
{
    beginResetModel();
    m_models = models;
    endResetModel();
}

void ModelLibraryModel::setScores(const QList<core::EvaluationRecord> &scores)
{
    m_scores = scores;
    if (!m_models.isEmpty())
        emit dataChanged(index(0, ScoresColumn), index(int(m_models.size()) - 1, ScoresColumn));
}

QString ModelLibraryModel::scoresText(qint64 id, bool full) const
{
    QStringList parts;
    const QLocale locale;
    for (const core::EvaluationRecord &record : m_scores) {
        if (record.modelId != id)
            continue;
        const EvaluationResult result = EvaluationMapping::fromRecord(record, QString());
        const QString title = BenchmarkCatalog::title(QString::fromStdString(record.benchmark));
        QString part = tr("%1: %2").arg(title, EvaluationText::score(result));
        if (full)
            part += QStringLiteral(" (%1)").arg(
                locale.toString(QDateTime::fromMSecsSinceEpoch(record.createdMs).toLocalTime(),
                                QLocale::ShortFormat));
        parts << part;
    }
    return parts.join(full ? QStringLiteral("\n") : QStringLiteral(" · "));
}

int ModelLibraryModel::rowOf(qint64 id) const
{
    for (qsizetype i = 0; i < m_models.size(); ++i) {
        if (m_models[i].id == id)
            return static_cast<int>(i);
    }
    return -1;
}

int ModelLibraryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_models.size());
}

int ModelLibraryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ModelLibraryModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const core::ModelInfo &info = m_models[index.row()];
    if (role == IdRole)
        return QVariant::fromValue(qint64(info.id));
    if (role == Qt::TextAlignmentRole) {
        const bool number = index.column() == DimColumn || index.column() == VocabularyColumn;
        return QVariant::fromValue(Qt::AlignVCenter | (number ? Qt::AlignRight : Qt::AlignLeft));
    }
    if (role != Qt::DisplayRole && role != Qt::EditRole && role != Qt::ToolTipRole)
        return {};
    const QLocale locale;
    switch (index.column()) {
    case NameColumn:
        return QString::fromStdString(info.name);
    case SourceColumn:
        return info.source == core::ModelSource::Trained ? tr("trained") : tr("imported");
    case DimColumn:
        return locale.toString(qulonglong(info.dim));
    case VocabularyColumn:
        return locale.toString(qulonglong(info.vocabSize));
    case DateColumn:
        return locale.toString(QDateTime::fromMSecsSinceEpoch(info.createdMs).toLocalTime(),
                               QLocale::ShortFormat);
    case ScoresColumn:
        return scoresText(info.id, role == Qt::ToolTipRole);
    case NotesColumn:
        // The first line in the table, the whole text in the tool tip.
        return role == Qt::ToolTipRole
            ? QString::fromStdString(info.notes)
            : QString::fromStdString(info.notes).section(QLatin1Char('\n'), 0, 0);
    default:
        return {};
    }
}

QVariant ModelLibraryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn:
        return tr("Name");
    case SourceColumn:
        return tr("Source");
    case DimColumn:
        return tr("Dim");
    case VocabularyColumn:
        return tr("Vocabulary");
    case DateColumn:
        return tr("Saved");
    case ScoresColumn:
        return tr("Scores");
    case NotesColumn:
        return tr("Notes");
    default:
        return {};
    }
}

Qt::ItemFlags ModelLibraryModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags flags = QAbstractTableModel::flags(index);
    if (index.isValid() && index.column() == NameColumn)
        flags |= Qt::ItemIsEditable;
    return flags;
}

bool ModelLibraryModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || index.column() != NameColumn
        || !checkIndex(index, CheckIndexOption::IndexIsValid))
        return false;
    const QString name = value.toString().trimmed();
    const core::ModelInfo &info = m_models[index.row()];
    if (name.isEmpty() || name == QString::fromStdString(info.name))
        return false;
    emit renameRequested(info.id, name);
    return true;
}

} // namespace ewb::ui
