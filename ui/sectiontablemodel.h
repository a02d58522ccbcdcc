#pragma once

#include "ui/evaluationresult.h"

#include <QAbstractTableModel>

#include <optional>

namespace ewb::ui {

/// The evaluation result table. An analogy result has one row per section of the file, then
/// the semantic, syntactic and total rows (bold), with the columns of AnalogyColumn; a
/// similarity result has one row with the columns of SimilarityColumn. Numbers are shown in
/// the user's locale; ValueRole gives the plain number (qulonglong counts, double ratios in
/// 0..1 and correlations, NaN when undefined) or the section's name as in the file.
/// GUI thread only.
class SectionTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum AnalogyColumn {
        SectionColumn,
        CorrectColumn,
        TotalColumn,
        AccuracyColumn,
        OovColumn,
        AnalogyColumnCount
    };
    enum SimilarityColumn {
        BenchmarkColumn,
        PairsColumn,
        PairOovColumn,
        OovRatioColumn,
        SpearmanColumn,
        PearsonColumn,
        SimilarityColumnCount
    };
    static constexpr int ValueRole = Qt::UserRole + 1;

    explicit SectionTableModel(QObject *parent = nullptr);

    /// Shows `result` (replacing what was shown).
    void setResult(const EvaluationResult &result);
    /// Shows nothing.
    void clear();
    /// The result shown, if any.
    const std::optional<EvaluationResult> &result() const { return m_result; }
    /// Row of the section named `name` ("semantic", "syntactic" and "total" for the summary
    /// rows), or -1.
    int rowOf(const QString &name) const;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    const core::AnalogyBenchmark::Section &section(int row) const;
    QVariant analogyData(int row, int column, int role) const;
    QVariant similarityData(int column, int role) const;

    std::optional<EvaluationResult> m_result;
};

} // namespace ewb::ui
