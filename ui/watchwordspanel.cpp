#include "ui/watchwordspanel.h"

#include "ui/errortext.h"
#include "ui/querycontroller.h"

#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QTableWidget>
#include <QVBoxLayout>

namespace ewb::ui {

WatchWordsPanel::WatchWordsPanel(QWidget *parent) : QWidget(parent)
{
    m_controller = new QueryController(this);
    m_edit = new QLineEdit(this);
    m_edit->setObjectName(QStringLiteral("watchWords"));
    m_edit->setPlaceholderText(tr("e.g. king, paris, music"));
    m_edit->setToolTip(tr("Words whose nearest neighbours are shown at every checkpoint"));
    m_edit->setClearButtonEnabled(true);
    m_caption = new QLabel(tr("Neighbours appear at the first checkpoint."), this);
    m_caption->setObjectName(QStringLiteral("watchCaption"));
    m_caption->setWordWrap(true);
    m_table = new QTableWidget(0, 2, this);
    m_table->setObjectName(QStringLiteral("watchTable"));
    m_table->setAccessibleName(tr("Watched words and their neighbours"));
    m_table->setHorizontalHeaderLabels({ tr("Word"), tr("Nearest neighbours") });
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);

    auto *form = new QFormLayout;
    form->addRow(tr("&Watch words:"), m_edit);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(form);
    layout->addWidget(m_caption);
    layout->addWidget(m_table, 1);

    connect(m_edit, &QLineEdit::editingFinished, this, &WatchWordsPanel::applyEdit);
    connect(m_controller, &QueryController::answered, this, &WatchWordsPanel::showAnswer);
}

WatchWordsPanel::~WatchWordsPanel() = default;

void WatchWordsPanel::setWords(const QStringList &words)
{
    QStringList unique = words;
    unique.removeAll(QString());
    unique.removeDuplicates();
    m_edit->setText(unique.join(QStringLiteral(", ")));
    if (unique == m_words)
        return;
    m_words = unique;
    fillRows();
    emit wordsChanged(m_words);
}

void WatchWordsPanel::applyEdit()
{
    setWords(QueryRequest::splitList(m_edit->text()));
}

void WatchWordsPanel::fillRows()
{
    m_controller->cancel();
    m_table->setRowCount(int(m_words.size()));
    for (int row = 0; row < m_words.size(); ++row) {
        m_table->setItem(row, 0, new QTableWidgetItem(m_words[row]));
        m_table->setItem(row, 1, new QTableWidgetItem);
    }
}

void WatchWordsPanel::showSnapshot(std::shared_ptr<const core::EmbeddingModel> model,
                                   const QString &label)
{
    if (!model || m_words.isEmpty()) {
        m_controller->cancel();
        fillRows();
        return;
    }
    QueryRequest request;
    request.kind = QueryRequest::Kind::WordLists;
    request.words = m_words;
    request.k = neighbourCount;
    m_pendingLabel = label;
    m_controller->submit(request, std::move(model));
}

void WatchWordsPanel::showAnswer(const QueryAnswer &answer)
{
    // The words may have changed since the snapshot was asked: match rows by word.
    for (const WordNeighbours &entry : answer.a.perWord) {
        const auto row = int(m_words.indexOf(entry.word));
        if (row < 0)
            continue;
        QStringList neighbours;
        for (const core::Neighbour &n : entry.neighbours)
            neighbours << QString::fromStdString(n.word);
        QString text;
        if (entry.error.code == core::ErrorCode::NotFound)
            text = tr("(not in the vocabulary yet)");
        else if (entry.error.code != core::ErrorCode::Ok)
            text = ErrorText::summary(entry.error.code);
        else
            text = neighbours.join(tr(", "));
        m_table->item(row, 1)->setText(text);
    }
    m_caption->setText(tr("Nearest neighbours at %1:").arg(m_pendingLabel));
    emit snapshotShown(m_pendingLabel);
}

} // namespace ewb::ui
