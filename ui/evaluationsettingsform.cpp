#include "ui/evaluationsettingsform.h"

#include "ui/benchmarkcatalog.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QSpinBox>
#include <QToolButton>

namespace ewb::ui {

EvaluationSettingsForm::EvaluationSettingsForm(QWidget *parent)
    : QGroupBox(tr("Benchmark and settings"), parent)
{
    m_benchmark = new QComboBox(this);
    m_requests = BenchmarkCatalog::shipped();
    for (const EvaluationRequest &r : std::as_const(m_requests))
        m_benchmark->addItem(BenchmarkCatalog::title(r.benchmark));
    m_benchmarkRow = new QHBoxLayout;
    m_benchmarkRow->addWidget(m_benchmark, 1);

    m_restrict = new QSpinBox(this);
    m_restrict->setRange(1, 100'000'000);
    m_restrict->setSingleStep(1000);
    m_restrict->setValue(30000);
    m_restrict->setGroupSeparatorShown(true);
    m_restrict->setToolTip(tr("Only the most frequent words count (gensim's restrict_vocab). "
                              "Lowering it makes more questions out of vocabulary but removes "
                              "rare distractors."));
    m_ignoreCase = new QCheckBox(tr("&Ignore case (as gensim)"), this);
    m_ignoreCase->setChecked(true);
    m_method = new QComboBox(this);
    m_method->addItem(tr("3CosAdd (b − a + c)"));
    m_method->addItem(tr("3CosMul (Levy and Goldberg)"));
    m_separator = new QComboBox(this);
    m_separator->addItem(tr("Tab"));
    m_separator->addItem(tr("Any whitespace"));

    // Two settings a row keep the form short, leaving the height to the results.
    auto *grid = new QGridLayout(this);
    const auto addField = [this, grid](const QString &text, QWidget *field, int row, int column) {
        auto *label = new QLabel(text, this);
        label->setBuddy(field);
        // Screen readers name the field after its label (without mnemonic and colon).
        field->setAccessibleName(
            label->text().remove(QLatin1Char('&')).remove(QLatin1Char(':')).trimmed());
        grid->addWidget(label, row, column);
        grid->addWidget(field, row, column + 1);
    };
    auto *benchmarkLabel = new QLabel(tr("&Benchmark:"), this);
    benchmarkLabel->setBuddy(m_benchmark);
    m_benchmark->setAccessibleName(tr("Benchmark"));
    grid->addWidget(benchmarkLabel, 0, 0);
    grid->addLayout(m_benchmarkRow, 0, 1, 1, 3);
    addField(tr("&Vocabulary (restrict_vocab):"), m_restrict, 1, 0);
    grid->addWidget(m_ignoreCase, 1, 2, 1, 2);
    addField(tr("Analogy &method:"), m_method, 2, 0);
    addField(tr("Pair &separator:"), m_separator, 2, 2);
    grid->setColumnStretch(1, 1);
    grid->setColumnStretch(3, 1);
    connect(m_benchmark, &QComboBox::currentIndexChanged, this,
            &EvaluationSettingsForm::updateControls);
    updateControls();
}

EvaluationRequest EvaluationSettingsForm::request() const
{
    EvaluationRequest r = m_requests.value(m_benchmark->currentIndex());
    r.restrictVocab = std::size_t(m_restrict->value());
    r.caseInsensitive = m_ignoreCase->isChecked();
    r.method
        = m_method->currentIndex() == 1 ? core::AnalogyMethod::CosMul : core::AnalogyMethod::CosAdd;
    r.separator = m_separator->currentIndex() == 1
        ? core::SimilarityBenchmark::Separator::Whitespace
        : core::SimilarityBenchmark::Separator::Tab;
    return r;
}

void EvaluationSettingsForm::addBenchmarkFile(const QString &path, EvaluationRequest::Kind kind)
{
    const EvaluationRequest r = BenchmarkCatalog::userFile(path, kind);
    m_requests.append(r);
    m_benchmark->addItem(kind == EvaluationRequest::Kind::Analogy
                             ? tr("%1 (analogies)").arg(r.benchmark)
                             : tr("%1 (word pairs)").arg(r.benchmark));
    m_benchmark->setItemData(m_benchmark->count() - 1, QDir::toNativeSeparators(path),
                             Qt::ToolTipRole);
    m_benchmark->setCurrentIndex(m_benchmark->count() - 1);
}

void EvaluationSettingsForm::addBenchmarkAction(QAction *action)
{
    auto *button = new QToolButton(this);
    button->setDefaultAction(action);
    button->setAccessibleName(action->toolTip());
    m_benchmarkRow->addWidget(button);
}

void EvaluationSettingsForm::setRunning(bool running)
{
    m_running = running;
    updateControls();
}

void EvaluationSettingsForm::updateControls()
{
    const bool analogy = request().kind == EvaluationRequest::Kind::Analogy;
    m_benchmark->setEnabled(!m_running);
    m_restrict->setEnabled(!m_running);
    m_ignoreCase->setEnabled(!m_running);
    m_method->setEnabled(!m_running && analogy);
    m_separator->setEnabled(!m_running && !analogy);
}

} // namespace ewb::ui
