#include "ui/queryresultview.h"

#include "core/model/embeddingmodel.h"
#include "ui/analogytablemodel.h"
#include "ui/cosinebardelegate.h"
#include "ui/errortext.h"
#include "ui/neighbourtablemodel.h"

#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QTableView>
#include <QTextDocumentFragment>
#include <QUrl>
#include <QVBoxLayout>

namespace ewb::ui {

namespace {

    const QString kExplore = QStringLiteral("explore:");
    const QString kSuggest = QStringLiteral("suggest:");
    // Per-word lists in the summary stop here: the overlap table carries the rest.
    constexpr std::size_t kListedNeighbours = 10;

    QString link(const QString &scheme, const QString &word)
    {
        return QStringLiteral("<a href=\"%1%2\">%3</a>")
            .arg(scheme, QString::fromLatin1(QUrl::toPercentEncoding(word)), word.toHtmlEscaped());
    }

    QString quoted(const QString &word)
    {
        return QueryResultView::tr("“%1”").arg(word.toHtmlEscaped());
    }

    QString number(float value)
    {
        return QLocale().toString(double(value), 'f', 4);
    }

} // namespace

QueryResultView::QueryResultView(QWidget *parent) : QWidget(parent)
{
    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("modelTitle"));
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("summary"));
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::RichText);
    m_summary->setTextInteractionFlags(Qt::TextBrowserInteraction);
    m_summary->setOpenExternalLinks(false);

    m_neighbours = new NeighbourTableModel(this);
    m_analogy = new AnalogyTableModel(this);
    m_bars = new CosineBarDelegate(NeighbourTableModel::ScoreRole, this);
    static_assert(int(NeighbourTableModel::ScoreRole) == int(AnalogyTableModel::ScoreRole));
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("results"));
    m_table->setAccessibleName(tr("Results"));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->setAlternatingRowColors(true);
    m_table->setModel(m_neighbours);
    showTable(false);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_title);
    layout->addWidget(m_summary);
    layout->addWidget(m_table, 1);

    connect(m_summary, &QLabel::linkActivated, this, [this](const QString &href) {
        if (href.startsWith(kSuggest))
            emit suggestionActivated(m_unknown,
                                     QUrl::fromPercentEncoding(href.mid(kSuggest.size()).toUtf8()));
        else if (href.startsWith(kExplore))
            emit wordActivated(QUrl::fromPercentEncoding(href.mid(kExplore.size()).toUtf8()));
    });
    connect(m_table, &QTableView::clicked, this, &QueryResultView::activate);
    connect(m_table, &QTableView::activated, this, &QueryResultView::activate);
}

void QueryResultView::setTitle(const QString &title)
{
    m_title->setText(title);
}

QString QueryResultView::title() const
{
    return m_title->text();
}

void QueryResultView::showTable(bool analogy)
{
    m_table->setModel(analogy ? static_cast<QAbstractItemModel *>(m_analogy) : m_neighbours);
    for (int column = 0; column < AnalogyTableModel::ColumnCount; ++column)
        m_table->setItemDelegateForColumn(column, nullptr);
    QHeaderView *header = m_table->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    // Words and bars share the spare width; ranks and counts keep to their contents.
    if (analogy) {
        m_table->setItemDelegateForColumn(AnalogyTableModel::AddScoreColumn, m_bars);
        for (int column : { AnalogyTableModel::AddWordColumn, AnalogyTableModel::AddScoreColumn,
                            AnalogyTableModel::MulWordColumn })
            header->setSectionResizeMode(column, QHeaderView::Stretch);
    } else {
        m_table->setItemDelegateForColumn(NeighbourTableModel::ScoreColumn, m_bars);
        for (int column : { NeighbourTableModel::WordColumn, NeighbourTableModel::ScoreColumn })
            header->setSectionResizeMode(column, QHeaderView::Stretch);
    }
}

void QueryResultView::setSummary(const QString &html)
{
    m_summary->setText(html);
    m_summary->setVisible(!html.isEmpty());
}

QString QueryResultView::summaryText() const
{
    return QTextDocumentFragment::fromHtml(m_summary->text()).toPlainText();
}

void QueryResultView::clear()
{
    m_neighbours->clear();
    m_analogy->clear();
    m_unknown.clear();
    setSummary({});
}

QString QueryResultView::unknownHtml(const ModelAnswer &answer) const
{
    QString html
        = tr("%1 is not in the vocabulary of this model.").arg(quoted(answer.unknown.first()));
    if (answer.unknown.size() > 1) {
        QStringList others;
        for (qsizetype i = 1; i < answer.unknown.size(); ++i)
            others << quoted(answer.unknown[i]);
        html += QLatin1Char(' ') + tr("Also unknown: %1.").arg(others.join(tr(", ")));
    }
    html += QStringLiteral("<br>");
    if (answer.suggestions.isEmpty())
        return html + tr("No similar word was found in the vocabulary.");
    QStringList links;
    for (const QString &word : answer.suggestions)
        links << link(kSuggest, word);
    return html + tr("Did you mean %1?").arg(links.join(tr(", ")));
}

QString QueryResultView::analogyHtml(const QueryRequest &request, const ModelAnswer &answer) const
{
    QString html = tr("%1 is to %2 as %3 is to …?")
                       .arg(quoted(request.words.value(0)), quoted(request.words.value(1)),
                            quoted(request.words.value(2)));
    const QString expected = request.expected.trimmed();
    if (expected.isEmpty())
        return html;
    html += QStringLiteral("<br>");
    if (answer.rankError.code == core::ErrorCode::Ok)
        return html
            + tr("Rank of %1: %2 by 3CosAdd, %3 by 3CosMul.")
                  .arg(quoted(expected), QLocale().toString(answer.rankAdd),
                       QLocale().toString(answer.rankMul));
    if (request.words.contains(expected))
        return html
            + tr("%1 is one of the question's words, so it is never an answer.")
                  .arg(quoted(expected));
    return html
        + tr("No rank for %1: %2")
              .arg(quoted(expected), ErrorText::message(answer.rankError).toHtmlEscaped());
}

void QueryResultView::showAnswer(const QueryRequest &request, const ModelAnswer &answer,
                                 std::shared_ptr<const core::EmbeddingModel> model)
{
    clear();
    using Kind = QueryRequest::Kind;
    if (!answer.ok()) {
        if (!answer.unknown.isEmpty()) {
            m_unknown = answer.unknown.first();
            setSummary(unknownHtml(answer));
        } else {
            setSummary(ErrorText::message(answer.error)
                           .toHtmlEscaped()
                           .replace(QLatin1Char('\n'), QStringLiteral("<br>")));
        }
        m_table->hide();
        return;
    }
    switch (request.kind) {
    case Kind::Neighbours:
        setSummary(tr("Nearest words to %1").arg(quoted(request.words.value(0))));
        showTable(false);
        m_neighbours->setNeighbours(std::move(model), answer.neighbours, tr("Cosine"));
        break;
    case Kind::Analogy:
        setSummary(analogyHtml(request, answer));
        showTable(true);
        m_analogy->setAnswers(answer.neighbours, answer.cosMul, request.expected.trimmed());
        break;
    case Kind::Similarity:
        setSummary(tr("Cosine similarity of %1 and %2: <b>%3</b>")
                       .arg(quoted(request.words.value(0)), quoted(request.words.value(1)),
                            number(answer.similarity)));
        break;
    case Kind::OddOneOut:
        setSummary(tr("%1 fits least: its cosine to the mean direction of the words is the "
                      "lowest.")
                       .arg(quoted(answer.oddWord)));
        showTable(false);
        m_neighbours->setNeighbours(std::move(model), answer.neighbours, tr("Cosine to mean"));
        m_neighbours->setHighlighted(answer.oddWord);
        break;
    case Kind::WordLists: {
        QStringList lines;
        for (const WordNeighbours &entry : answer.perWord) {
            QStringList words;
            for (std::size_t i = 0; i < entry.neighbours.size() && i < kListedNeighbours; ++i)
                words << link(kExplore, QString::fromStdString(entry.neighbours[i].word));
            lines << tr("%1: %2").arg(QStringLiteral("<b>%1</b>").arg(entry.word.toHtmlEscaped()),
                                      entry.error.code == core::ErrorCode::Ok
                                          ? words.join(tr(", "))
                                          : ErrorText::summary(entry.error.code).toHtmlEscaped());
        }
        setSummary(lines.join(QStringLiteral("<br>")));
        break;
    }
    }
    m_table->setVisible(request.kind != Kind::Similarity && request.kind != Kind::WordLists);
}

void QueryResultView::activate(const QModelIndex &index)
{
    const QString word = index.data(NeighbourTableModel::WordRole).toString();
    if (!word.isEmpty())
        emit wordActivated(word);
}

} // namespace ewb::ui
