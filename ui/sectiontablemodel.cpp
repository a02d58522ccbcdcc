#include "ui/sectiontablemodel.h"

#include "ui/benchmarkcatalog.h"

#include <QFont>
#include <QLocale>

namespace ewb::ui {

namespace {

    QString percent(double fraction)
    {
        const QLocale locale;
        return locale.toString(100.0 * fraction, 'f', 2) + locale.percent();
    }

    QString count(std::size_t n)
    {
        return QLocale().toString(qulonglong(n));
    }

    QString correlation(double value)
    {
        return value == value ? QLocale().toString(value, 'f', 4) : SectionTableModel::tr("n/a");
    }

} // namespace

SectionTableModel::SectionTableModel(QObject *parent) : QAbstractTableModel(parent) { }

void SectionTableModel::setResult(const EvaluationResult &result)
{
    beginResetModel();
    m_result = result;
    endResetModel();
}

void SectionTableModel::clear()
{
    beginResetModel();
    m_result.reset();
    endResetModel();
}

int SectionTableModel::rowOf(const QString &name) const
{
    for (int row = 0; row < rowCount(); ++row) {
        if (index(row, 0).data(ValueRole).toString() == name)
            return row;
    }
    return -1;
}

int SectionTableModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid() || !m_result)
        return 0;
    return m_result->isAnalogy() ? int(m_result->analogy.sections.size()) + 3 : 1;
}

int SectionTableModel::columnCount(const QModelIndex &parent) const
{
    if (parent.isValid())
        return 0;
    return !m_result || m_result->isAnalogy() ? int(AnalogyColumnCount)
                                              : int(SimilarityColumnCount);
}

const core::AnalogyBenchmark::Section &SectionTableModel::section(int row) const
{
    const auto &report = m_result->analogy;
    const auto sections = int(report.sections.size());
    if (row < sections)
        return report.sections[std::size_t(row)];
    if (row == sections)
        return report.semantic;
    return row == sections + 1 ? report.syntactic : report.total;
}

QVariant SectionTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid) || !m_result)
        return {};
    if (role == Qt::TextAlignmentRole) {
        return index.column() == 0 ? QVariant(Qt::AlignLeft | Qt::AlignVCenter)
                                   : QVariant(Qt::AlignRight | Qt::AlignVCenter);
    }
    if (m_result->isAnalogy())
        return analogyData(index.row(), index.column(), role);
    return similarityData(index.column(), role);
}

QVariant SectionTableModel::analogyData(int row, int column, int role) const
{
    const auto &s = section(row);
    const bool summary = row >= int(m_result->analogy.sections.size());
    if (role == Qt::FontRole && summary) {
        QFont font;
        font.setBold(true);
        return font;
    }
    if (role == ValueRole) {
        switch (column) {
        case SectionColumn:
            return QString::fromStdString(s.name);
        case CorrectColumn:
            return qulonglong(s.correct);
        case TotalColumn:
            return qulonglong(s.total);
        case AccuracyColumn:
            return s.accuracy();
        case OovColumn:
            return qulonglong(s.oov);
        }
        return {};
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (column) {
    case SectionColumn:
        if (!summary)
            return QString::fromStdString(s.name);
        if (&s == &m_result->analogy.semantic)
            return tr("Semantic");
        return &s == &m_result->analogy.syntactic ? tr("Syntactic") : tr("Total");
    case CorrectColumn:
        return count(s.correct);
    case TotalColumn:
        return count(s.total);
    case AccuracyColumn:
        // No answered question: an accuracy of 0 would read as a failure, so show a dash.
        return s.total == 0 ? QStringLiteral("–") : percent(s.accuracy());
    case OovColumn:
        return count(s.oov);
    }
    return {};
}

QVariant SectionTableModel::similarityData(int column, int role) const
{
    const auto &s = m_result->similarity;
    if (role == ValueRole) {
        switch (column) {
        case BenchmarkColumn:
            return m_result->request.benchmark;
        case PairsColumn:
            return qulonglong(s.pairs);
        case PairOovColumn:
            return qulonglong(s.oov);
        case OovRatioColumn:
            return s.oovFraction();
        case SpearmanColumn:
            return s.spearman;
        case PearsonColumn:
            return s.pearson;
        }
        return {};
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (column) {
    case BenchmarkColumn:
        return BenchmarkCatalog::title(m_result->request.benchmark);
    case PairsColumn:
        return count(s.pairs);
    case PairOovColumn:
        return count(s.oov);
    case OovRatioColumn:
        return percent(s.oovFraction());
    case SpearmanColumn:
        return correlation(s.spearman);
    case PearsonColumn:
        return correlation(s.pearson);
    }
    return {};
}

QVariant SectionTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    const bool analogy = !m_result || m_result->isAnalogy();
    if (role == Qt::ToolTipRole) {
        if (analogy && section == TotalColumn)
            return tr("Questions answered: all four words are in the restricted vocabulary");
        if (analogy && section == OovColumn)
            return tr("Questions skipped because a word is outside the restricted vocabulary");
        if (!analogy && section == PairOovColumn)
            return tr("Pairs skipped because a word is outside the restricted vocabulary");
        return {};
    }
    if (role != Qt::DisplayRole)
        return {};
    if (analogy) {
        switch (section) {
        case SectionColumn:
            return tr("Section");
        case CorrectColumn:
            return tr("Correct");
        case TotalColumn:
            return tr("Total");
        case AccuracyColumn:
            return tr("Accuracy");
        case OovColumn:
            return tr("OOV");
        }
        return {};
    }
    switch (section) {
    case BenchmarkColumn:
        return tr("Benchmark");
    case PairsColumn:
        return tr("Pairs");
    case PairOovColumn:
        return tr("OOV");
    case OovRatioColumn:
        return tr("OOV ratio");
    case SpearmanColumn:
        return tr("Spearman ρ");
    case PearsonColumn:
        return tr("Pearson r");
    }
    return {};
}

} // namespace ewb::ui
