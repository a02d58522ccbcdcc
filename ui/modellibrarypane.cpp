#include "ui/modellibrarypane.h"

#include "ui/modellibrarymodel.h"
#include "ui/storecontroller.h"

#include <QAction>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

namespace ewb::ui {

ModelLibraryPane::ModelLibraryPane(StoreController &store, QWidget *parent)
    : QWidget(parent), m_store(store)
{
    m_model = new ModelLibraryModel(this);
    m_view = new QTableView(this);
    m_view->setModel(m_model);
    m_view->setAccessibleName(tr("Stored models"));
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::EditKeyPressed | QAbstractItemView::DoubleClicked);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_view->setContextMenuPolicy(Qt::ActionsContextMenu);

    m_notes = new QPlainTextEdit(this);
    m_notes->setPlaceholderText(tr("Notes about the selected model"));
    m_notes->setAccessibleName(tr("Notes"));
    m_notes->setMaximumHeight(56);
    m_notes->setTabChangesFocus(true);
    m_saveNotes = new QPushButton(tr("Save &Notes"), this);
    m_empty = new QLabel(tr("No models yet: train one, or import a vectors file."), this);
    m_empty->setWordWrap(true);

    createActions();
    for (QAction *action : menuActions()) {
        if (action)
            m_view->addAction(action);
    }

    auto *buttons = new QHBoxLayout;
    for (QAction *action : { m_compare, m_duplicate, m_delete, m_import, m_export }) {
        auto *button = new QToolButton(this);
        button->setDefaultAction(action);
        button->setAccessibleName(action->text().remove(QLatin1Char('&')));
        buttons->addWidget(button);
    }
    buttons->addStretch(1);
    auto *notesRow = new QHBoxLayout;
    notesRow->addWidget(m_notes, 1);
    notesRow->addWidget(m_saveNotes, 0, Qt::AlignTop);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(buttons);
    layout->addWidget(m_empty);
    layout->addWidget(m_view, 1);
    layout->addLayout(notesRow);

    connect(m_model, &ModelLibraryModel::renameRequested, &m_store, &StoreController::rename);
    connect(&m_store, &StoreController::listed, this, [this](const QList<core::ModelInfo> &list) {
        const qint64 keep = m_pendingSelection ? m_pendingSelection : selectedId();
        m_model->setModels(list);
        m_empty->setVisible(list.isEmpty());
        m_pendingSelection = 0;
        selectModel(keep);
        updateActions();
    });
    connect(&m_store, &StoreController::scoresListed, m_model, &ModelLibraryModel::setScores);
    connect(&m_store, &StoreController::saved, this,
            [this](qint64 id, const QString &) { m_pendingSelection = id; });
    connect(
        &m_store, &StoreController::removed, this,
        [this](std::shared_ptr<const core::EmbeddingModel> vectors, const core::ModelInfo &info) {
            m_deleted.append({ std::move(vectors), info });
            updateActions();
            emit statusMessage(
                tr("Deleted “%1”. Undo with %2.")
                    .arg(QString::fromStdString(info.name),
                         m_undoDelete->shortcut().toString(QKeySequence::NativeText)));
        });
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        showNotes();
        updateActions();
    });
    connect(m_saveNotes, &QPushButton::clicked, this, [this] {
        if (const qint64 id = selectedId())
            m_store.setNotes(id, m_notes->toPlainText());
    });
    updateActions();
}

void ModelLibraryPane::createActions()
{
    m_rename = new QAction(tr("&Rename Model"), this);
    m_rename->setShortcut(QKeySequence(Qt::Key_F2));
    m_rename->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(m_rename, &QAction::triggered, this, [this] {
        const int row = m_model->rowOf(selectedId());
        if (row >= 0)
            m_view->edit(m_model->index(row, ModelLibraryModel::NameColumn));
    });
    m_duplicate = new QAction(tr("D&uplicate Model"), this);
    m_duplicate->setShortcut(QKeySequence(tr("Ctrl+D")));
    connect(m_duplicate, &QAction::triggered, this, [this] {
        if (const qint64 id = selectedId())
            m_store.duplicate(id);
    });
    m_delete = new QAction(tr("&Delete Model"), this);
    m_delete->setShortcut(QKeySequence::Delete);
    m_delete->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(m_delete, &QAction::triggered, this, &ModelLibraryPane::deleteSelected);
    m_undoDelete = new QAction(tr("&Undo Delete"), this);
    m_undoDelete->setShortcut(QKeySequence::Undo);
    connect(m_undoDelete, &QAction::triggered, this, [this] {
        if (m_deleted.isEmpty())
            return;
        const auto last = m_deleted.takeLast();
        m_store.restore(last.first, last.second);
        updateActions();
    });
    m_import = new QAction(tr("&Import Vectors…"), this);
    m_import->setShortcut(QKeySequence(tr("Ctrl+I")));
    connect(m_import, &QAction::triggered, this, &ModelLibraryPane::importModel);
    m_export = new QAction(tr("E&xport Vectors…"), this);
    m_export->setShortcut(QKeySequence(tr("Ctrl+E")));
    connect(m_export, &QAction::triggered, this, &ModelLibraryPane::exportSelected);
    m_compare = new QAction(tr("&Compare in Chart"), this);
    m_compare->setShortcut(QKeySequence(tr("Ctrl+Shift+C")));
    m_compare->setToolTip(tr("Draw the stored loss curve of the selected model in the charts"));
    connect(m_compare, &QAction::triggered, this, [this] {
        if (const qint64 id = selectedId())
            emit compareRequested(id, selectedName());
    });
}

QList<QAction *> ModelLibraryPane::menuActions() const
{
    return { m_compare,    nullptr, m_rename, m_duplicate, m_delete,
             m_undoDelete, nullptr, m_import, m_export };
}

void ModelLibraryPane::updateActions()
{
    const bool selected = selectedId() != 0;
    const bool writable = !m_store.isReadOnly();
    m_rename->setEnabled(selected && writable);
    m_duplicate->setEnabled(selected && writable);
    m_delete->setEnabled(selected && writable);
    m_undoDelete->setEnabled(!m_deleted.isEmpty() && writable);
    m_import->setEnabled(writable);
    m_export->setEnabled(selected);
    m_compare->setEnabled(selected);
    m_notes->setEnabled(selected && writable);
    m_saveNotes->setEnabled(selected && writable);
}

qint64 ModelLibraryPane::selectedId() const
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    return rows.isEmpty() ? 0 : rows.first().data(ModelLibraryModel::IdRole).toLongLong();
}

QString ModelLibraryPane::selectedName() const
{
    const int row = m_model->rowOf(selectedId());
    return row < 0 ? QString() : QString::fromStdString(m_model->models()[row].name);
}

void ModelLibraryPane::selectModel(qint64 id)
{
    const int row = m_model->rowOf(id);
    if (row >= 0)
        m_view->selectRow(row);
}

void ModelLibraryPane::showNotes()
{
    const int row = m_model->rowOf(selectedId());
    m_notes->setPlainText(row < 0 ? QString()
                                  : QString::fromStdString(m_model->models()[row].notes));
}

void ModelLibraryPane::deleteSelected()
{
    if (const qint64 id = selectedId())
        m_store.remove(id);
}

void ModelLibraryPane::importModel()
{
    const QString path
        = QFileDialog::getOpenFileName(this, tr("Import Vectors"), m_directory,
                                       tr("Word vectors (*.vec *.txt *.bin);;All files (*)"));
    if (path.isEmpty())
        return;
    m_directory = QFileInfo(path).absolutePath();
    m_store.importFile(path);
    emit statusMessage(tr("Importing %1…").arg(QDir::toNativeSeparators(path)));
}

void ModelLibraryPane::exportSelected()
{
    const qint64 id = selectedId();
    if (!id)
        return;
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export Vectors"),
        m_directory + QLatin1Char('/') + selectedName() + QStringLiteral(".vec"),
        tr("word2vec text (*.vec *.txt);;word2vec binary (*.bin)"));
    if (path.isEmpty())
        return;
    m_directory = QFileInfo(path).absolutePath();
    m_store.exportModel(id, path);
}

} // namespace ewb::ui
