#pragma once

#include "core/model/embeddingmodel.h"
#include "core/store/modelinfo.h"

#include <QList>
#include <QWidget>

#include <memory>
#include <utility>

QT_BEGIN_NAMESPACE
class QAction;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTableView;
QT_END_NAMESPACE

namespace ewb::ui {

class ModelLibraryModel;
class StoreController;

/// The model library: a table of the stored models with rename (in place or F2), delete with
/// undo, duplicate, import, export, notes, and "compare in chart" which overlays a model's
/// stored loss curve on the charts. Every operation goes through the StoreController, so the
/// pane never blocks. GUI thread only.
class ModelLibraryPane : public QWidget
{
    Q_OBJECT

public:
    ModelLibraryPane(StoreController &store, QWidget *parent = nullptr);

    /// The actions for the menus, in menu order (nullptr marks a separator).
    QList<QAction *> menuActions() const;
    QAction *undoDeleteAction() const { return m_undoDelete; }
    QTableView *view() const { return m_view; }
    ModelLibraryModel *model() const { return m_model; }
    /// Id of the selected model, or 0.
    qint64 selectedId() const;
    /// Selects a model by id (no effect when it is not listed).
    void selectModel(qint64 id);
    /// Folder the import and export dialogs start in.
    QString directory() const { return m_directory; }
    void setDirectory(const QString &directory) { m_directory = directory; }

signals:
    /// The user asked to overlay the stored loss curve of a model on the charts.
    void compareRequested(qint64 id, const QString &name);
    /// A message for the status bar.
    void statusMessage(const QString &text);

private:
    void createActions();
    void updateActions();
    void showNotes();
    void deleteSelected();
    void importModel();
    void exportSelected();
    QString selectedName() const;

    StoreController &m_store;
    ModelLibraryModel *m_model = nullptr;
    QTableView *m_view = nullptr;
    QPlainTextEdit *m_notes = nullptr;
    QPushButton *m_saveNotes = nullptr;
    QLabel *m_empty = nullptr;
    QAction *m_rename = nullptr;
    QAction *m_duplicate = nullptr;
    QAction *m_delete = nullptr;
    QAction *m_undoDelete = nullptr;
    QAction *m_import = nullptr;
    QAction *m_export = nullptr;
    QAction *m_compare = nullptr;
    QString m_directory;
    // Deleted models kept in memory for Undo, most recent last.
    QList<std::pair<std::shared_ptr<const core::EmbeddingModel>, core::ModelInfo>> m_deleted;
    qint64 m_pendingSelection = 0;
};

} // namespace ewb::ui
