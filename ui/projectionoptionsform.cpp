#include "ui/projectionoptionsform.h"

#include "ui/projectionfactories.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QRadioButton>
#include <QRegularExpression>
#include <QSignalBlocker>
#include <QSpinBox>

#include <vector>

namespace ewb::ui {

namespace {

    using Method = ProjectionSettings::Method;

} // namespace

ProjectionOptionsForm::ProjectionOptionsForm(QWidget *parent) : QWidget(parent)
{
    m_method = new QComboBox(this);
    m_method->setObjectName(QStringLiteral("method"));
    for (Method method : { Method::Pca, Method::Tsne, Method::Umap, Method::CustomAxes })
        m_method->addItem(ProjectionFactories::methodName(method), int(method));
    m_method->setToolTip(tr("PCA is instant and keeps global distances; t-SNE and UMAP show "
                            "clusters; custom axes place words along two word directions"));

    m_perplexity = new QDoubleSpinBox(this);
    m_perplexity->setRange(2.0, 100.0);
    m_perplexity->setDecimals(1);
    m_perplexity->setToolTip(tr("How many neighbours each word's similarities spread over: "
                                "higher shows more global structure, lower finer detail"));
    m_iterations = new QSpinBox(this);
    m_iterations->setRange(250, 100000);
    m_iterations->setSingleStep(250);
    m_neighbours = new QSpinBox(this);
    m_neighbours->setRange(2, 200);
    m_neighbours->setToolTip(tr("Size of each word's neighbourhood: higher favours global "
                                "structure, lower favours local detail"));
    m_xAxis = new QLineEdit(this);
    m_xAxis->setPlaceholderText(tr("e.g. he - she"));
    m_yAxis = new QLineEdit(this);
    m_yAxis->setPlaceholderText(tr("e.g. good - bad"));

    m_useTop = new QRadioButton(tr("&Most frequent"), this);
    m_useList = new QRadioButton(tr("Word &list"), this);
    auto *group = new QButtonGroup(this);
    group->addButton(m_useTop);
    group->addButton(m_useList);
    m_topWords = new QSpinBox(this);
    m_topWords->setObjectName(QStringLiteral("topWords"));
    m_topWords->setRange(3, 200000);
    m_topWords->setSingleStep(500);
    m_topWords->setGroupSeparatorShown(true);
    m_topWords->setAccessibleName(tr("Number of most frequent words"));
    m_wordList = new QPlainTextEdit(this);
    m_wordList->setObjectName(QStringLiteral("wordList"));
    m_wordList->setPlaceholderText(tr("One word per line, or separated by spaces or commas"));
    m_wordList->setAccessibleName(tr("Word list"));
    m_wordList->setMaximumHeight(90);
    m_seed = new QSpinBox(this);
    m_seed->setRange(0, 1000000);
    m_seed->setToolTip(tr("The same seed and words give the same picture"));

    m_form = new QFormLayout(this);
    m_form->setContentsMargins(0, 0, 0, 0);
    m_form->addRow(tr("M&ethod:"), m_method);
    m_form->addRow(tr("&Perplexity:"), m_perplexity);
    m_form->addRow(tr("&Iterations:"), m_iterations);
    m_form->addRow(tr("&Neighbours:"), m_neighbours);
    m_form->addRow(tr("&X axis:"), m_xAxis);
    m_form->addRow(tr("&Y axis:"), m_yAxis);
    m_form->addRow(m_useTop, m_topWords);
    m_form->addRow(m_useList);
    m_form->addRow(m_wordList);
    m_form->addRow(tr("&Seed:"), m_seed);

    setSettings(ProjectionSettings {});

    connect(m_method, &QComboBox::currentIndexChanged, this, [this] {
        updateRows();
        emit changed();
    });
    connect(m_perplexity, &QDoubleSpinBox::valueChanged, this, &ProjectionOptionsForm::changed);
    connect(m_iterations, &QSpinBox::valueChanged, this, &ProjectionOptionsForm::changed);
    connect(m_neighbours, &QSpinBox::valueChanged, this, &ProjectionOptionsForm::changed);
    connect(m_seed, &QSpinBox::valueChanged, this, &ProjectionOptionsForm::changed);
    connect(m_topWords, &QSpinBox::valueChanged, this, &ProjectionOptionsForm::changed);
    connect(m_xAxis, &QLineEdit::editingFinished, this, &ProjectionOptionsForm::changed);
    connect(m_yAxis, &QLineEdit::editingFinished, this, &ProjectionOptionsForm::changed);
    connect(m_wordList, &QPlainTextEdit::textChanged, this, [this] {
        if (m_useList->isChecked())
            emit changed();
    });
    connect(m_useList, &QRadioButton::toggled, this, [this] {
        updateRows();
        emit changed();
    });
}

ProjectionSettings ProjectionOptionsForm::settings() const
{
    ProjectionSettings s;
    s.method = Method(m_method->currentData().toInt());
    s.perplexity = m_perplexity->value();
    s.tsneIterations = m_iterations->value();
    s.neighbours = m_neighbours->value();
    s.xAxis = m_xAxis->text();
    s.yAxis = m_yAxis->text();
    s.seed = std::uint64_t(m_seed->value());
    s.topWords = m_topWords->value();
    if (m_useList->isChecked()) {
        static const QRegularExpression separators(QStringLiteral("[\\s,;]+"));
        s.wordList = m_wordList->toPlainText().split(separators, Qt::SkipEmptyParts);
    }
    return s;
}

void ProjectionOptionsForm::setSettings(const ProjectionSettings &s)
{
    const QList<QWidget *> editors { m_method,   m_perplexity, m_iterations, m_neighbours,
                                     m_xAxis,    m_yAxis,      m_useList,    m_useTop,
                                     m_topWords, m_wordList,   m_seed };
    std::vector<QSignalBlocker> blockers;
    blockers.reserve(std::size_t(editors.size()));
    for (QWidget *editor : editors)
        blockers.emplace_back(editor);
    m_method->setCurrentIndex(m_method->findData(int(s.method)));
    m_perplexity->setValue(s.perplexity);
    m_iterations->setValue(s.tsneIterations);
    m_neighbours->setValue(s.neighbours);
    m_xAxis->setText(s.xAxis);
    m_yAxis->setText(s.yAxis);
    m_seed->setValue(int(std::min<std::uint64_t>(s.seed, 1000000)));
    m_topWords->setValue(s.topWords);
    m_useList->setChecked(!s.wordList.isEmpty());
    m_useTop->setChecked(s.wordList.isEmpty());
    m_wordList->setPlainText(s.wordList.join(QLatin1Char('\n')));
    updateRows();
}

void ProjectionOptionsForm::updateRows()
{
    const Method method = Method(m_method->currentData().toInt());
    m_form->setRowVisible(m_perplexity, method == Method::Tsne);
    m_form->setRowVisible(m_iterations, method == Method::Tsne);
    m_form->setRowVisible(m_neighbours, method == Method::Umap);
    m_form->setRowVisible(m_xAxis, method == Method::CustomAxes);
    m_form->setRowVisible(m_yAxis, method == Method::CustomAxes);
    m_form->setRowVisible(m_seed, method == Method::Tsne || method == Method::Umap);
    m_wordList->setEnabled(m_useList->isChecked());
    m_topWords->setEnabled(!m_useTop || m_useTop->isChecked());
}

} // namespace ewb::ui
