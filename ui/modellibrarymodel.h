#pragma once

#include "core/store/modelinfo.h"

#include <QAbstractTableModel>
#include <QList>

namespace ewb::ui {

/// The stored models as a table: name (editable), source, dimension, vocabulary size, date
/// saved and notes. Numbers and dates follow the current QLocale. Editing a name does not
/// change the table: it emits renameRequested(), and the table changes when the store lists
/// the models again. GUI thread only.
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
        NotesColumn,
        ColumnCount
    };
    /// Item data role holding a row's model id (qint64).
    static constexpr int IdRole = Qt::UserRole + 1;

    explicit ModelLibraryModel(QObject *parent = nullptr);

    /// Replaces the rows (newest save last, as the store lists them).
    void setModels(const QList<core::ModelInfo> &models);
    const QList<core::ModelInfo> &models() const { return m_models; }
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
    QList<core::ModelInfo> m_models;
};

} // namespace ewb::ui
