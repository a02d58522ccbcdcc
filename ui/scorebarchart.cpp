#include "ui/scorebarchart.h"

#include "ui/benchmarkcatalog.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QEvent>
#include <QHorizontalStackedBarSeries>
#include <QValueAxis>

#include <array>

namespace ewb::ui {

namespace {

    // Okabe and Ito's colour-blind safe blue and vermillion, as the loss charts use.
    constexpr std::array<QRgb, 2> kColours { 0x0072B2, 0xD55E00 };

} // namespace

ScoreBarChart::ScoreBarChart(QWidget *parent) : QChartView(parent)
{
    setRenderHint(QPainter::Antialiasing);
    setAccessibleName(tr("Benchmark scores chart"));
    setMinimumSize(320, 240);
    clear();
}

void ScoreBarChart::clear()
{
    auto *chart = new QChart;
    chart->setTitle(tr("Run a benchmark to see its scores here."));
    chart->legend()->hide();
    QChart *old = this->chart();
    setChart(chart);
    delete old;
    m_categories.clear();
    m_values.clear();
    applyPalette();
}

void ScoreBarChart::setResult(const EvaluationResult &result)
{
    const QString title = BenchmarkCatalog::title(result.request.benchmark);
    if (result.isAnalogy()) {
        QStringList sections;
        QList<qreal> accuracy;
        for (const auto &s : result.analogy.sections) {
            sections << QString::fromStdString(s.name);
            accuracy << 100.0 * s.accuracy();
        }
        const auto &a = result.analogy;
        show(title, { sections, { tr("Semantic"), tr("Syntactic"), tr("Total") } },
             { accuracy,
               { 100.0 * a.semantic.accuracy(), 100.0 * a.syntactic.accuracy(),
                 100.0 * a.total.accuracy() } },
             { tr("Sections"), tr("Semantic, syntactic and total") }, 0.0, 100.0,
             tr("Accuracy (%)"));
        return;
    }
    const auto &s = result.similarity;
    // Undefined correlations (a constant series) are drawn as no bar.
    const auto value = [](double v) { return v == v ? v : 0.0; };
    show(title, { { tr("Spearman ρ"), tr("Pearson r"), tr("OOV ratio") } },
         { { value(s.spearman), value(s.pearson), s.oovFraction() } }, { tr("Score") }, -1.0, 1.0,
         tr("Correlation / ratio"));
}

void ScoreBarChart::show(const QString &title, const QList<QStringList> &groups,
                         const QList<QList<qreal>> &values, const QStringList &setNames, qreal min,
                         qreal max, const QString &axisTitle)
{
    m_categories.clear();
    m_values.clear();
    for (qsizetype g = 0; g < groups.size(); ++g) {
        m_categories += groups[g];
        m_values += values[g];
    }
    // A horizontal bar chart draws its first category at the bottom; reversed, the file's
    // order reads top to bottom. Each group is its own bar set of a stacked series, so every
    // category has exactly one visible bar and the groups differ in colour.
    QStringList categories = m_categories;
    std::reverse(categories.begin(), categories.end());
    auto *series = new QHorizontalStackedBarSeries;
    qsizetype offset = 0;
    for (qsizetype g = 0; g < groups.size(); ++g) {
        auto *set = new QBarSet(setNames[g]);
        set->setColor(QColor(kColours[std::size_t(g) % kColours.size()]));
        set->setBorderColor(Qt::transparent);
        for (qsizetype c = categories.size() - 1; c >= 0; --c) {
            const bool mine = c >= offset && c < offset + groups[g].size();
            set->append(mine ? m_values[c] : 0.0);
        }
        offset += groups[g].size();
        series->append(set);
    }
    series->setBarWidth(0.7);

    auto *chart = new QChart;
    // No chart title: the benchmark is named right above the results, and on a short pane the
    // height is better spent on one label per section.
    setAccessibleDescription(title);
    chart->setMargins(QMargins(4, 4, 4, 4));
    chart->addSeries(series);
    auto *categoryAxis = new QBarCategoryAxis;
    categoryAxis->append(categories);
    // Section names are the point of the chart: the plot area gives way to them instead.
    categoryAxis->setTruncateLabels(false);
    auto *valueAxis = new QValueAxis;
    valueAxis->setRange(min, max);
    valueAxis->setTitleText(axisTitle);
    valueAxis->setLabelFormat(QStringLiteral("%.1f"));
    valueAxis->setTickCount(max - min > 10.0 ? 6 : 5);
    chart->addAxis(categoryAxis, Qt::AlignLeft);
    chart->addAxis(valueAxis, Qt::AlignBottom);
    series->attachAxis(categoryAxis);
    series->attachAxis(valueAxis);
    chart->legend()->setVisible(groups.size() > 1);
    chart->legend()->setAlignment(Qt::AlignBottom);
    QChart *old = this->chart();
    setChart(chart);
    delete old;
    applyPalette();
}

void ScoreBarChart::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange)
        applyPalette();
    QChartView::changeEvent(event);
}

void ScoreBarChart::applyPalette()
{
    const bool dark = palette().color(QPalette::Window).lightness() < 128;
    // setTheme() recolours the series; the bar sets keep the colours set above.
    const QList<QColor> colours = [this] {
        QList<QColor> list;
        for (QAbstractSeries *s : chart()->series()) {
            for (QBarSet *set : static_cast<QAbstractBarSeries *>(s)->barSets())
                list << set->color();
        }
        return list;
    }();
    chart()->setTheme(dark ? QChart::ChartThemeDark : QChart::ChartThemeLight);
    // Seventeen section names must fit beside their bars without being elided; the theme has
    // just reset the axis fonts.
    QFont small = font();
    small.setPointSizeF(small.pointSizeF() * 0.8);
    for (QAbstractAxis *axis : chart()->axes())
        axis->setLabelsFont(small);
    qsizetype i = 0;
    for (QAbstractSeries *s : chart()->series()) {
        for (QBarSet *set : static_cast<QAbstractBarSeries *>(s)->barSets()) {
            set->setColor(colours.value(i++));
            set->setBorderColor(Qt::transparent);
        }
    }
}

} // namespace ewb::ui
