#include "ui/explorepane.h"

#include "core/model/embeddingmodel.h"
#include "ui/errortext.h"
#include "ui/indexbuilder.h"
#include "ui/querycontroller.h"
#include "ui/queryform.h"
#include "ui/queryresultview.h"
#include "ui/wordcompleter.h"

#include <QAction>
#include <QCheckBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QSplitter>
#include <QStyle>
#include <QTableWidget>
#include <QToolButton>
#include <QVBoxLayout>

namespace ewb::ui {

namespace {

    QToolButton *toolButton(QAction *action, QWidget *parent)
    {
        auto *button = new QToolButton(parent);
        button->setDefaultAction(action);
        button->setAutoRaise(true);
        button->setAccessibleName(action->text());
        return button;
    }

} // namespace

ExplorePane::ExplorePane(QWidget *parent) : QWidget(parent)
{
    m_controller = new QueryController(this);
    m_indexBuilder = new IndexBuilder(this);
    connect(m_indexBuilder, &IndexBuilder::progressed, this, [this](double fraction) {
        const int percent = int(fraction * 100.0);
        if (percent == m_indexPercent)
            return;
        m_indexPercent = percent;
        emit statusMessage(tr("Building a neighbour index of the %1 words of “%2”: %3 %…")
                               .arg(QLocale().toString(qulonglong(m_modelA ? m_modelA->size() : 0)),
                                    m_nameA, QLocale().toString(percent)));
    });
    connect(m_indexBuilder, &IndexBuilder::finished, this,
            [this](std::shared_ptr<const core::EmbeddingModel> model,
                   std::shared_ptr<const core::NeighbourIndex> index) {
                if (model != m_modelA)
                    return;
                m_controller->setIndex(std::move(model), std::move(index));
                m_indexReady = true;
                emit statusMessage(tr("The neighbour index of “%1” is ready: neighbours of a "
                                      "word now come from it.")
                                       .arg(m_nameA));
                emit indexReady();
            });
    connect(m_indexBuilder, &IndexBuilder::failed, this, [this](const core::Error &error) {
        emit statusMessage(tr("No neighbour index (exact search stays in use): %1")
                               .arg(ErrorText::message(error)));
    });
    m_completer = new WordCompleter(this);
    m_form = new QueryForm(this);
    m_form->setCompleter(m_completer);

    m_back = new QAction(style()->standardIcon(QStyle::SP_ArrowBack), tr("Back"), this);
    m_back->setShortcuts({ QKeySequence(tr("Alt+Left")), QKeySequence(Qt::Key_Back) });
    m_back->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_back->setToolTip(tr("Back to the previous word (Alt+Left)"));
    m_forward = new QAction(style()->standardIcon(QStyle::SP_ArrowForward), tr("Forward"), this);
    m_forward->setShortcuts({ QKeySequence(tr("Alt+Right")), QKeySequence(Qt::Key_Forward) });
    m_forward->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_forward->setToolTip(tr("Forward to the next word (Alt+Right)"));
    addAction(m_back);
    addAction(m_forward);
    m_backButton = toolButton(m_back, this);
    m_forwardButton = toolButton(m_forward, this);

    m_compare = new QCheckBox(tr("Com&pare two models"), this);
    m_compare->setObjectName(QStringLiteral("compare"));
    m_compare->setToolTip(tr("Ask every question of both models and show how far their "
                             "neighbours overlap"));
    m_placeholder = new QLabel(tr("Select a model in the library to explore it."), this);
    m_placeholder->setObjectName(QStringLiteral("placeholder"));
    m_placeholder->setWordWrap(true);

    m_viewA = new QueryResultView(this);
    m_viewA->setObjectName(QStringLiteral("resultsA"));
    m_viewB = new QueryResultView(this);
    m_viewB->setObjectName(QStringLiteral("resultsB"));
    auto *results = new QSplitter(Qt::Horizontal, this);
    results->setChildrenCollapsible(false);
    results->addWidget(m_viewA);
    results->addWidget(m_viewB);

    m_overlapTitle = new QLabel(this);
    m_overlap = new QTableWidget(0, 3, this);
    m_overlap->setObjectName(QStringLiteral("overlap"));
    m_overlap->setAccessibleName(tr("Neighbour overlap"));
    m_overlap->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_overlap->verticalHeader()->hide();
    m_overlap->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_overlap->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_overlap->setMaximumHeight(150);
    m_overlapTitle->setBuddy(m_overlap);

    auto *top = new QHBoxLayout;
    top->addWidget(m_backButton);
    top->addWidget(m_forwardButton);
    top->addStretch(1);
    top->addWidget(m_compare);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(top);
    layout->addWidget(m_form);
    layout->addWidget(m_placeholder);
    layout->addWidget(results, 1);
    layout->addWidget(m_overlapTitle);
    layout->addWidget(m_overlap);

    connect(m_form, &QueryForm::submitted, this,
            [this](const QueryRequest &request) { submit(request, true); });
    connect(m_controller, &QueryController::answered, this, &ExplorePane::showAnswer);
    connect(m_back, &QAction::triggered, this, &ExplorePane::back);
    connect(m_forward, &QAction::triggered, this, &ExplorePane::forward);
    connect(m_compare, &QCheckBox::toggled, this, [this] {
        updateState();
        if (m_lastRequest)
            submit(*m_lastRequest, false);
    });
    for (QueryResultView *view : { m_viewA, m_viewB }) {
        connect(view, &QueryResultView::wordActivated, this, &ExplorePane::explore);
        connect(view, &QueryResultView::suggestionActivated, this, &ExplorePane::chooseSuggestion);
    }
    updateState();
}

ExplorePane::~ExplorePane() = default;

QueryResultView *ExplorePane::resultView(Slot slot) const
{
    return slot == Slot::A ? m_viewA : m_viewB;
}

std::shared_ptr<const core::EmbeddingModel> ExplorePane::model(Slot slot) const
{
    return slot == Slot::A ? m_modelA : m_modelB;
}

void ExplorePane::setModel(Slot slot, std::shared_ptr<const core::EmbeddingModel> model,
                           const QString &name)
{
    m_controller->cancel();
    if (slot == Slot::A) {
        m_completer->setVocabulary(model);
        m_modelA = std::move(model);
        m_nameA = name;
        startIndex();
    } else {
        m_modelB = std::move(model);
        m_nameB = name;
        if (!m_modelB)
            m_compare->setChecked(false);
    }
    m_viewA->clear();
    m_viewB->clear();
    m_overlap->setRowCount(0);
    updateState();
    // The question on screen is asked again, so switching models compares them at a glance.
    if (m_lastRequest && m_modelA)
        submit(*m_lastRequest, false);
}

void ExplorePane::startIndex()
{
    m_indexBuilder->cancel();
    m_controller->setIndex(nullptr, nullptr);
    m_indexReady = false;
    m_indexPercent = -1;
    if (m_modelA && m_modelA->size() > m_indexThreshold)
        m_indexBuilder->start(m_modelA);
}

void ExplorePane::setComparing(bool on)
{
    m_compare->setChecked(on && m_modelB);
}

bool ExplorePane::isComparing() const
{
    return m_compare->isChecked() && m_modelA && m_modelB;
}

void ExplorePane::updateState()
{
    const bool hasModel = m_modelA != nullptr;
    m_form->setEnabled(hasModel);
    m_placeholder->setVisible(!hasModel);
    m_compare->setEnabled(hasModel && m_modelB);
    m_compare->setText(m_modelB ? tr("Com&pare with “%1”").arg(m_nameB)
                                : tr("Com&pare two models"));
    m_viewA->setTitle(m_nameA);
    m_viewA->setVisible(hasModel);
    m_viewB->setTitle(m_nameB);
    m_viewB->setVisible(isComparing());
    const bool overlap = isComparing() && m_answer && m_answer->b;
    m_overlapTitle->setVisible(overlap);
    m_overlap->setVisible(overlap);
    m_back->setEnabled(m_historyIndex > 0);
    m_forward->setEnabled(m_historyIndex + 1 < m_history.size());
}

void ExplorePane::runQuery()
{
    const QueryRequest request = m_form->request();
    if (!request.words.isEmpty())
        submit(request, true);
}

void ExplorePane::submit(const QueryRequest &request, bool record)
{
    if (!m_modelA)
        return;
    if (record && request.kind == QueryRequest::Kind::Neighbours) {
        const QString text = request.words.value(0);
        if (m_historyIndex < 0 || m_history.value(m_historyIndex) != text) {
            m_history = m_history.mid(0, m_historyIndex + 1);
            m_history << text;
            m_historyIndex = int(m_history.size()) - 1;
        }
    }
    m_lastRequest = request;
    m_controller->submit(request, m_modelA, isComparing() ? m_modelB : nullptr);
    updateState();
}

void ExplorePane::explore(const QString &word)
{
    if (word.isEmpty())
        return;
    m_form->setNeighboursText(word);
    emit wordActivated(word);
    submit(m_form->request(), true);
}

void ExplorePane::back()
{
    if (m_historyIndex <= 0)
        return;
    --m_historyIndex;
    m_form->setNeighboursText(m_history[m_historyIndex]);
    submit(m_form->request(), false);
}

void ExplorePane::forward()
{
    if (m_historyIndex + 1 >= m_history.size())
        return;
    ++m_historyIndex;
    m_form->setNeighboursText(m_history[m_historyIndex]);
    submit(m_form->request(), false);
}

void ExplorePane::chooseSuggestion(const QString &unknown, const QString &suggestion)
{
    m_form->replaceWord(unknown, suggestion);
    emit wordActivated(suggestion);
    runQuery();
}

void ExplorePane::showAnswer(const QueryAnswer &answer)
{
    m_answer = answer;
    m_viewA->showAnswer(answer.request, answer.a, m_modelA);
    if (answer.b)
        m_viewB->showAnswer(answer.request, *answer.b, m_modelB);
    else
        m_viewB->clear();
    showOverlap(answer);
    updateState();
    const qint64 us = answer.a.elapsedUs + (answer.b ? answer.b->elapsedUs : 0);
    const QString ms = QLocale().toString(double(us) / 1000.0, 'f', 1);
    emit statusMessage(answer.a.approximate
                           ? tr("Answered in %1 ms by the neighbour index (approximate: rarely, "
                                "a true neighbour is missed).")
                                 .arg(ms)
                           : tr("Answered in %1 ms.").arg(ms));
    emit answerShown();
}

void ExplorePane::showOverlap(const QueryAnswer &answer)
{
    m_overlap->setRowCount(0);
    if (!answer.b)
        return;
    const int k = answer.request.k;
    m_overlapTitle->setText(
        tr("Neighbour overlap of the top %1 (Jaccard@%1) between “%2” and “%3”:")
            .arg(QLocale().toString(k), m_nameA, m_nameB));
    m_overlap->setHorizontalHeaderLabels(
        { tr("Word"), tr("Jaccard@%1").arg(QLocale().toString(k)), tr("Shared neighbours") });
    m_overlap->setRowCount(int(answer.overlap.size()));
    for (int row = 0; row < answer.overlap.size(); ++row) {
        const OverlapRow &overlap = answer.overlap[row];
        auto *word = new QTableWidgetItem(overlap.label);
        auto *jaccard = new QTableWidgetItem(
            overlap.jaccard ? QLocale().toString(*overlap.jaccard, 'f', 3) : QStringLiteral("—"));
        jaccard->setData(Qt::UserRole, overlap.jaccard ? QVariant(*overlap.jaccard) : QVariant());
        auto *shared = new QTableWidgetItem(overlap.jaccard ? QLocale().toString(overlap.shared)
                                                            : QStringLiteral("—"));
        if (!overlap.jaccard) {
            const QString why = tr("Not in both vocabularies");
            jaccard->setToolTip(why);
            shared->setToolTip(why);
        }
        jaccard->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        shared->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_overlap->setItem(row, 0, word);
        m_overlap->setItem(row, 1, jaccard);
        m_overlap->setItem(row, 2, shared);
    }
}

} // namespace ewb::ui
