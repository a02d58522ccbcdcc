#pragma once

#include "core/store/evaluationrecord.h"
#include "core/store/modelinfo.h"

#include <QAbstractTableModel>
#include <QList>

namespace ewb::ui {

/// The stored models as a table: name (editable), source, dimension, vocabulary size, date
/// saved, the newest score of each benchmark run on it, and notes. Numbers and dates follow the
/// current QLocale. Editing a name does not change the table: it emits renameRequested(), and the
/// table changes when the store lists the models again. GUI thread only.
class ModelLibraryModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        NameColumn,
        SourceColumn,
        DimColumn,
        VocabularyColumn,
        DateColumn,
        ScoresColumn,
        NotesColumn,
        ColumnCount
    };
    /// Item data role holding a row's model id (qint64).
    static constexpr int IdRole = Qt::UserRole + 1;

    explicit ModelLibraryModel(QObject *parent = nullptr);

    /// Replaces the rows (newest save last, as the store lists them).
    void setModels(const QList<core::ModelInfo> &models);
    const QList<core::ModelInfo> &models() const { return m_models; }
    /// Replaces the benchmark scores shown (the newest of each benchmark of each model).
    void setScores(const QList<core::EvaluationRecord> &scores);
    /// The row of a model id, or -1.
    int rowOf(qint64 id) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

signals:
    /// The user typed a new name for a model.
    void renameRequested(qint64 id, const QString &name);

private:
    QString scoresText(qint64 id, bool full) const;

    QList<core::ModelInfo> m_models;
    QList<core::EvaluationRecord> m_scores; ///< by model id, then benchmark
};

} // namespace ewb::ui
