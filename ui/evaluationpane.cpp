#include "ui/evaluationpane.h"

#include "ui/benchmarkcatalog.h"
#include "ui/errortext.h"
#include "ui/evaluationcontroller.h"
#include "ui/evaluationexporter.h"
#include "ui/evaluationmapping.h"
#include "ui/evaluationsettingsform.h"
#include "ui/evaluationtext.h"
#include "ui/scorebarchart.h"
#include "ui/sectiontablemodel.h"
#include "ui/storecontroller.h"

#include <QAction>
#include <QDateTime>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QTableWidget>
#include <QVBoxLayout>

namespace ewb::ui {

namespace {

    QPushButton *actionButton(QAction *action, QWidget *parent)
    {
        auto *button = new QPushButton(action->text(), parent);
        button->setToolTip(action->toolTip());
        QObject::connect(button, &QPushButton::clicked, action, &QAction::trigger);
        QObject::connect(action, &QAction::enabledChanged, button, &QWidget::setEnabled);
        return button;
    }

} // namespace

EvaluationPane::EvaluationPane(StoreController &store, QWidget *parent)
    : QWidget(parent), m_store(store)
{
    m_controller = new EvaluationController(this);
    m_sections = new SectionTableModel(this);
    m_modelLabel = new QLabel(this);
    m_modelLabel->setWordWrap(true);
    createActions();
    m_settings = new EvaluationSettingsForm(this);
    m_settings->addBenchmarkAction(m_openAnalogies);
    m_settings->addBenchmarkAction(m_openPairs);

    m_runButton = actionButton(m_runAction, this);
    m_cancelButton = actionButton(m_cancelAction, this);
    m_exportButton = actionButton(m_exportAction, this);
    m_progress = new QProgressBar(this);
    m_progress->setAccessibleName(tr("Evaluation progress"));
    m_progress->setTextVisible(false);
    m_progress->setRange(0, 1);
    m_progress->setValue(0);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_runButton);
    buttons->addWidget(m_cancelButton);
    buttons->addWidget(m_progress, 1);
    buttons->addWidget(m_exportButton);

    m_summary = new QLabel(this);
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_table = new QTableView(this);
    m_table->setModel(m_sections);
    m_table->setAccessibleName(tr("Results per section"));
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 6);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_chart = new ScoreBarChart(this);

    m_history = new QTableWidget(0, 4, this);
    m_history->setAccessibleName(tr("Saved evaluations of the model"));
    m_history->setHorizontalHeaderLabels(
        { tr("Date"), tr("Benchmark"), tr("Score"), tr("Settings") });
    m_history->verticalHeader()->hide();
    m_history->verticalHeader()->setDefaultSectionSize(m_history->fontMetrics().height() + 6);
    m_history->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_history->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_history->setSelectionMode(QAbstractItemView::SingleSelection);
    m_history->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_history->horizontalHeader()->setStretchLastSection(true);
    auto *historyBox = new QGroupBox(tr("Saved evaluations"), this);
    auto *historyLayout = new QVBoxLayout(historyBox);
    historyLayout->addWidget(m_history);

    // The chart takes the full height on the right, so every section keeps its label; the
    // table and the saved evaluations share the left.
    auto *left = new QSplitter(Qt::Vertical, this);
    left->addWidget(m_table);
    left->addWidget(historyBox);
    left->setStretchFactor(0, 3);
    left->setStretchFactor(1, 1);
    auto *results = new QSplitter(Qt::Horizontal, this);
    results->addWidget(left);
    results->addWidget(m_chart);
    results->setStretchFactor(0, 1);
    results->setStretchFactor(1, 1);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_modelLabel);
    layout->addWidget(m_settings);
    layout->addLayout(buttons);
    layout->addWidget(m_summary);
    layout->addWidget(results, 1);

    connectSignals();
    setModel(0, nullptr, QString());
}

EvaluationPane::~EvaluationPane() = default;

void EvaluationPane::createActions()
{
    m_runAction = new QAction(tr("&Run Benchmark"), this);
    m_runAction->setShortcut(QKeySequence(tr("Ctrl+R")));
    m_runAction->setToolTip(tr("Score the model on the selected benchmark"));
    connect(m_runAction, &QAction::triggered, this, [this] { run(); });
    m_cancelAction = new QAction(tr("&Cancel Benchmark"), this);
    m_cancelAction->setShortcut(QKeySequence(Qt::Key_Escape));
    m_cancelAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(m_cancelAction, &QAction::triggered, this, &EvaluationPane::cancel);
    m_openAnalogies = new QAction(tr("Analogy File…"), this);
    m_openAnalogies->setShortcut(QKeySequence(tr("Ctrl+Alt+A")));
    m_openAnalogies->setToolTip(tr("Add your own analogy questions (questions-words format)"));
    connect(m_openAnalogies, &QAction::triggered, this,
            [this] { openBenchmarkFile(EvaluationRequest::Kind::Analogy); });
    m_openPairs = new QAction(tr("Word-Pair File…"), this);
    m_openPairs->setShortcut(QKeySequence(tr("Ctrl+Alt+W")));
    m_openPairs->setToolTip(tr("Add your own word pairs with scores (WordSim-353 format)"));
    connect(m_openPairs, &QAction::triggered, this,
            [this] { openBenchmarkFile(EvaluationRequest::Kind::Similarity); });
    m_exportAction = new QAction(tr("E&xport Results as CSV…"), this);
    m_exportAction->setShortcut(QKeySequence(tr("Ctrl+Shift+E")));
    m_exportAction->setToolTip(tr("Save the results shown as a CSV file"));
    connect(m_exportAction, &QAction::triggered, this, &EvaluationPane::exportWithDialog);
    for (QAction *action : menuActions()) {
        if (action)
            addAction(action);
    }
}

QList<QAction *> EvaluationPane::menuActions() const
{
    return { m_runAction, m_cancelAction, nullptr,       m_openAnalogies,
             m_openPairs, nullptr,        m_exportAction };
}

void EvaluationPane::connectSignals()
{
    connect(m_controller, &EvaluationController::progressed, this,
            [this](qint64 done, qint64 total) {
                // QProgressBar counts in int; scale counts beyond its range.
                const qint64 scale = total > 1'000'000'000 ? total / 1'000'000 : 1;
                m_progress->setRange(0, int(total / scale));
                m_progress->setValue(int(done / scale));
            });
    connect(m_controller, &EvaluationController::finished, this, &EvaluationPane::finish);
    connect(m_controller, &EvaluationController::failed, this, [this](const core::Error &error) {
        m_progress->setRange(0, 1);
        m_progress->setValue(0);
        updateControls();
        if (error.code == core::ErrorCode::Cancelled) {
            m_summary->setText(tr("Evaluation cancelled."));
            emit statusMessage(tr("Evaluation cancelled."));
            return;
        }
        m_summary->setText(tr("The evaluation failed: %1").arg(ErrorText::message(error)));
        emit statusMessage(tr("The evaluation failed."));
    });
    connect(&m_store, &StoreController::evaluationSaved, this, [this](qint64 id) {
        if (id == m_modelId)
            m_store.loadEvaluations(id);
    });
    connect(&m_store, &StoreController::evaluationsLoaded, this,
            [this](qint64 id, const QList<core::EvaluationRecord> &records) {
                if (id == m_modelId)
                    showHistory(records);
            });
    connect(m_history, &QTableWidget::itemSelectionChanged, this, [this] {
        const QList<QTableWidgetItem *> items = m_history->selectedItems();
        if (items.isEmpty())
            return;
        const qsizetype index = items.first()->data(Qt::UserRole).toLongLong();
        if (index >= 0 && index < m_records.size())
            showResult(EvaluationMapping::fromRecord(m_records[index], m_modelName));
    });
}

void EvaluationPane::setModel(qint64 id, std::shared_ptr<const core::EmbeddingModel> model,
                              const QString &name)
{
    m_controller->cancel();
    m_modelId = model ? id : 0;
    m_model = std::move(model);
    m_modelName = name;
    m_sections->clear();
    m_chart->clear();
    m_summary->clear();
    m_records.clear();
    m_history->setRowCount(0);
    if (m_model) {
        const QLocale locale;
        m_modelLabel->setText(tr("Model: <b>%1</b> (%2 words × %3 dimensions)")
                                  .arg(name.toHtmlEscaped(),
                                       locale.toString(qulonglong(m_model->size())),
                                       locale.toString(qulonglong(m_model->dim()))));
    } else {
        m_modelLabel->setText(tr("No model: select one in the model library."));
    }
    if (m_modelId != 0)
        m_store.loadEvaluations(m_modelId);
    updateControls();
}

void EvaluationPane::updateControls()
{
    const bool running = m_controller->isRunning();
    m_runAction->setEnabled(!running && m_model != nullptr);
    m_cancelAction->setEnabled(running);
    m_exportAction->setEnabled(!running && m_sections->result().has_value());
    m_openAnalogies->setEnabled(!running);
    m_openPairs->setEnabled(!running);
    m_settings->setRunning(running);
}

void EvaluationPane::openBenchmarkFile(EvaluationRequest::Kind kind)
{
    const bool analogy = kind == EvaluationRequest::Kind::Analogy;
    const QString path = QFileDialog::getOpenFileName(
        this, analogy ? tr("Open Analogy Questions") : tr("Open Word Pairs"), m_directory,
        analogy ? tr("Analogy questions (*.txt);;All files (*)")
                : tr("Word pairs (*.txt *.tsv *.csv);;All files (*)"));
    if (path.isEmpty())
        return;
    m_directory = QFileInfo(path).absolutePath();
    m_settings->addBenchmarkFile(path, kind);
}

bool EvaluationPane::run()
{
    if (!m_controller->start(m_model, m_settings->request(), m_modelId, m_modelName))
        return false;
    m_progress->setRange(0, 0); // busy until the first progress report
    m_summary->setText(
        tr("Running %1…").arg(BenchmarkCatalog::title(m_settings->request().benchmark)));
    updateControls();
    return true;
}

void EvaluationPane::cancel()
{
    m_controller->cancel();
}

void EvaluationPane::finish(const EvaluationResult &result)
{
    m_progress->setRange(0, 1);
    m_progress->setValue(1);
    showResult(result);
    const QString title = BenchmarkCatalog::title(result.request.benchmark);
    if (result.modelId != 0 && !m_store.isReadOnly())
        m_store.saveEvaluation(result.modelId, EvaluationMapping::toRecord(result));
    emit statusMessage(tr("%1: %2").arg(title, EvaluationText::score(result)));
    emit evaluationFinished(result.modelId, result.request.benchmark, result.score());
}

void EvaluationPane::showResult(const EvaluationResult &result)
{
    m_sections->setResult(result);
    m_chart->setResult(result);
    m_summary->setText(EvaluationText::summary(result) + QLatin1Char('\n')
                       + BenchmarkCatalog::title(result.request.benchmark) + QStringLiteral(" · ")
                       + EvaluationText::settings(result.request));
    updateControls();
}

const std::optional<EvaluationResult> &EvaluationPane::shownResult() const
{
    return m_sections->result();
}

void EvaluationPane::showHistory(const QList<core::EvaluationRecord> &records)
{
    m_records = records;
    const QSignalBlocker blocker(m_history);
    m_history->setRowCount(int(records.size()));
    // Newest first: the run just made is the top row.
    for (qsizetype i = 0; i < records.size(); ++i) {
        const EvaluationResult r = EvaluationMapping::fromRecord(records[i], m_modelName);
        const int row = int(records.size() - 1 - i);
        const QStringList cells { QLocale().toString(QDateTime::fromMSecsSinceEpoch(r.finishedMs),
                                                     QLocale::ShortFormat),
                                  BenchmarkCatalog::title(r.request.benchmark),
                                  EvaluationText::score(r), EvaluationText::settings(r.request) };
        for (int column = 0; column < cells.size(); ++column) {
            auto *item = new QTableWidgetItem(cells[column]);
            item->setData(Qt::UserRole, qlonglong(i));
            item->setToolTip(cells.last());
            m_history->setItem(row, column, item);
        }
    }
}

bool EvaluationPane::exportCsv(const QString &path)
{
    const auto &result = m_sections->result();
    QString error;
    if (!result || !EvaluationExporter::writeCsv(*result, path, &error)) {
        emit statusMessage(error.isEmpty() ? tr("There is no result to export.") : error);
        return false;
    }
    emit statusMessage(tr("Exported %1").arg(QDir::toNativeSeparators(path)));
    return true;
}

void EvaluationPane::exportWithDialog()
{
    const auto &result = m_sections->result();
    if (!result)
        return;
    const QString suggested = m_directory + QLatin1Char('/') + result->modelName + QLatin1Char('-')
        + QFileInfo(result->request.benchmark).completeBaseName() + QStringLiteral(".csv");
    const QString path = QFileDialog::getSaveFileName(this, tr("Export Results"), suggested,
                                                      tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    m_directory = QFileInfo(path).absolutePath();
    exportCsv(path);
}

} // namespace ewb::ui
