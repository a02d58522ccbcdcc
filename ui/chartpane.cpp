#include "ui/chartpane.h"

#include "ui/chartexporter.h"
#include "ui/losschartview.h"
#include "ui/runchart.h"

#include <QAction>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QSlider>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

#include <array>

namespace ewb::ui {

namespace {

    // Okabe and Ito's colour-blind safe palette, readable on light and dark backgrounds.
    constexpr std::array<QRgb, 7> kRunColours { 0x0072B2, 0xD55E00, 0x009E73, 0xCC79A7,
                                                0xE69F00, 0x56B4E9, 0x999999 };
    constexpr int kRefreshMs = 100;
    enum ExportKind { Png, Svg, Csv };

    QToolButton *toolButton(QAction *action, QWidget *parent)
    {
        auto *button = new QToolButton(parent);
        button->setDefaultAction(action);
        button->setAccessibleName(action->toolTip());
        return button;
    }

} // namespace

ChartPane::ChartPane(QWidget *parent) : QWidget(parent)
{
    using Curve = RunSeries::Curve;
    m_charts = new QWidget(this);
    m_chartList.push_back(
        std::make_unique<RunChart>(tr("Loss per training pair"), tr("Loss"), tr("loss"),
                                   QList<Curve> { Curve::RawLoss, Curve::SmoothedLoss }, m_charts));
    m_chartList.push_back(std::make_unique<RunChart>(tr("Loss per epoch"), tr("Loss"), tr("loss"),
                                                     QList<Curve> { Curve::EpochLoss }, m_charts));
    m_chartList.push_back(std::make_unique<RunChart>(tr("Learning rate"), tr("Rate"), tr("rate"),
                                                     QList<Curve> { Curve::LearningRate },
                                                     m_charts));
    m_chartList.push_back(
        std::make_unique<RunChart>(tr("Words per second"), tr("k words/s"), tr("k words/s"),
                                   QList<Curve> { Curve::WordsPerSecond }, m_charts));
    auto *grid = new QGridLayout(m_charts);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->setSpacing(2);
    grid->addWidget(m_chartList[0]->view(), 0, 0, 1, 3);
    for (int i = 1; i < 4; ++i) {
        m_chartList[static_cast<std::size_t>(i)]->setLegendVisible(false);
        grid->addWidget(m_chartList[static_cast<std::size_t>(i)]->view(), 1, i - 1);
    }
    grid->setRowStretch(0, 3);
    grid->setRowStretch(1, 2);

    m_readout = new QLabel(this);
    m_readout->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_readout->setAccessibleName(tr("Value under the cursor"));
    for (const auto &chart : m_chartList)
        connect(chart->view(), &LossChartView::readoutChanged, m_readout, &QLabel::setText);

    m_smoothing = new QSlider(Qt::Horizontal, this);
    m_smoothing->setRange(0, 99);
    m_smoothing->setValue(80);
    m_smoothing->setMaximumWidth(160);
    m_smoothing->setAccessibleName(tr("Smoothing"));
    m_smoothing->setToolTip(tr("Weight of the moving average drawn over the raw loss. Raising it "
                               "gives a calmer curve that reacts later; 0 shows the raw values."));
    auto *smoothingLabel = new QLabel(tr("&Smoothing:"), this);
    smoothingLabel->setBuddy(m_smoothing);
    connect(m_smoothing, &QSlider::valueChanged, this, [this] { redrawAll(); });

    createActions();
    auto *exportButton = new QToolButton(this);
    exportButton->setText(tr("&Export"));
    exportButton->setAccessibleName(tr("Export the charts"));
    exportButton->setPopupMode(QToolButton::InstantPopup);
    auto *exportMenu = new QMenu(exportButton);
    exportMenu->addActions({ m_exportPng, m_exportSvg, m_exportCsv });
    exportButton->setMenu(exportMenu);

    auto *bar = new QHBoxLayout;
    bar->addWidget(smoothingLabel);
    bar->addWidget(m_smoothing);
    bar->addSpacing(12);
    bar->addWidget(toolButton(m_zoomIn, this));
    bar->addWidget(toolButton(m_zoomOut, this));
    bar->addWidget(toolButton(m_resetZoom, this));
    bar->addStretch(1);
    bar->addWidget(exportButton);
    bar->addWidget(toolButton(m_clear, this));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(bar);
    layout->addWidget(m_charts, 1);
    layout->addWidget(m_readout);

    m_refreshTimer = new QTimer(this);
    m_refreshTimer->setInterval(kRefreshMs);
    connect(m_refreshTimer, &QTimer::timeout, this, &ChartPane::refresh);
    applyPalette();
}

ChartPane::~ChartPane() = default;

void ChartPane::createActions()
{
    m_exportPng = new QAction(tr("Export Chart as &PNG…"), this);
    m_exportPng->setShortcut(QKeySequence(tr("Ctrl+Shift+P")));
    connect(m_exportPng, &QAction::triggered, this, [this] { exportWithDialog(Png); });
    m_exportSvg = new QAction(tr("Export Chart as S&VG…"), this);
    m_exportSvg->setShortcut(QKeySequence(tr("Ctrl+Shift+G")));
    connect(m_exportSvg, &QAction::triggered, this, [this] { exportWithDialog(Svg); });
    m_exportCsv = new QAction(tr("Export Loss as &CSV…"), this);
    m_exportCsv->setShortcut(QKeySequence(tr("Ctrl+Shift+V")));
    connect(m_exportCsv, &QAction::triggered, this, [this] { exportWithDialog(Csv); });

    // The zoom actions act on the chart that has the keyboard focus, else on the loss chart.
    const auto focusedView = [this] {
        for (const auto &chart : m_chartList) {
            if (chart->view()->hasFocus())
                return chart->view();
        }
        return m_chartList.front()->view();
    };
    m_zoomIn = new QAction(QStringLiteral("+"), this);
    m_zoomIn->setToolTip(tr("Zoom in"));
    m_zoomIn->setShortcut(QKeySequence::ZoomIn);
    connect(m_zoomIn, &QAction::triggered, this, [focusedView] { focusedView()->zoomBy(1.25); });
    m_zoomOut = new QAction(QStringLiteral("−"), this);
    m_zoomOut->setToolTip(tr("Zoom out"));
    m_zoomOut->setShortcut(QKeySequence::ZoomOut);
    connect(m_zoomOut, &QAction::triggered, this, [focusedView] { focusedView()->zoomBy(0.8); });
    m_resetZoom = new QAction(QStringLiteral("⟲"), this);
    m_resetZoom->setToolTip(tr("Show all data"));
    m_resetZoom->setShortcut(QKeySequence(tr("Ctrl+0")));
    connect(m_resetZoom, &QAction::triggered, this, [this] {
        for (const auto &chart : m_chartList) {
            chart->view()->resetZoom();
            chart->fitAxes();
        }
    });
    m_clear = new QAction(tr("C&lear Charts"), this);
    m_clear->setToolTip(tr("Remove every run from the charts"));
    m_clear->setShortcut(QKeySequence(tr("Ctrl+Shift+L")));
    connect(m_clear, &QAction::triggered, this, &ChartPane::clearRuns);
}

int ChartPane::addRun(const QString &name)
{
    return addRun(RunSeries(name));
}

int ChartPane::addRun(const RunSeries &series)
{
    const int id = m_nextId++;
    const QColor colour(
        kRunColours[static_cast<std::size_t>(m_colourIndex++) % kRunColours.size()]);
    for (const auto &chart : m_chartList)
        chart->addRun(id, series.name(), colour);
    m_runs.insert(id, Run { series, true });
    m_order.append(id);
    m_refreshTimer->start();
    return id;
}

void ChartPane::appendPoint(int runId, const LossPoint &point)
{
    const auto it = m_runs.find(runId);
    if (it == m_runs.end())
        return;
    it->data.append(point);
    it->dirty = true;
    if (!m_refreshTimer->isActive())
        m_refreshTimer->start();
}

void ChartPane::refresh()
{
    const double weight = smoothing();
    for (auto it = m_runs.begin(); it != m_runs.end(); ++it) {
        if (!it->dirty)
            continue;
        for (const auto &chart : m_chartList)
            chart->update(it.key(), it->data, weight);
        it->dirty = false;
    }
    // Idle panes do not wake up ten times a second.
    m_refreshTimer->stop();
}

void ChartPane::redrawAll()
{
    for (Run &run : m_runs)
        run.dirty = true;
    refresh();
}

void ChartPane::removeRun(int runId)
{
    if (!m_runs.remove(runId))
        return;
    m_order.removeAll(runId);
    for (const auto &chart : m_chartList)
        chart->removeRun(runId);
}

void ChartPane::clearRuns()
{
    const QList<int> ids = m_order;
    for (int id : ids)
        removeRun(id);
    m_colourIndex = 0;
}

QList<int> ChartPane::runIds() const
{
    return m_order;
}

const RunSeries *ChartPane::run(int runId) const
{
    const auto it = m_runs.find(runId);
    return it == m_runs.end() ? nullptr : &it->data;
}

qsizetype ChartPane::drawnPointCount(int runId, RunSeries::Curve curve) const
{
    for (const auto &chart : m_chartList) {
        if (const qsizetype count = chart->drawnCount(runId, curve))
            return count;
    }
    return 0;
}

double ChartPane::smoothing() const
{
    return m_smoothing->value() / 100.0;
}

void ChartPane::setSmoothing(double weight)
{
    m_smoothing->setValue(qBound(0, qRound(weight * 100), 99));
}

void ChartPane::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange)
        applyPalette();
    QWidget::changeEvent(event);
}

void ChartPane::applyPalette()
{
    m_dark = palette().color(QPalette::Window).lightness() < 128;
    for (const auto &chart : m_chartList)
        chart->setDark(m_dark);
}

QList<RunSeries> ChartPane::allRuns() const
{
    QList<RunSeries> runs;
    for (int id : m_order)
        runs.append(m_runs.value(id).data);
    return runs;
}

bool ChartPane::exportPng(const QString &path, QString *error)
{
    refresh();
    return ChartExporter::writePng(m_charts, path, error);
}

bool ChartPane::exportSvg(const QString &path, QString *error)
{
    refresh();
    return ChartExporter::writeSvg(m_charts, path, tr("Loss curves"), error);
}

bool ChartPane::exportCsv(const QString &path, QString *error) const
{
    return ChartExporter::writeCsv(allRuns(), smoothing(), path, error);
}

void ChartPane::exportWithDialog(int kind)
{
    const QString filter = kind == Png ? tr("PNG images (*.png)")
        : kind == Svg                  ? tr("SVG drawings (*.svg)")
                                       : tr("CSV tables (*.csv)");
    const QString suffix = kind == Png ? QStringLiteral("png")
        : kind == Svg                  ? QStringLiteral("svg")
                                       : QStringLiteral("csv");
    QString path = QFileDialog::getSaveFileName(
        this, tr("Export"), m_exportDirectory + QStringLiteral("/loss.") + suffix, filter);
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QLatin1Char('.') + suffix;
    m_exportDirectory = QFileInfo(path).absolutePath();
    QString error;
    const bool ok = kind == Png ? exportPng(path, &error)
        : kind == Svg           ? exportSvg(path, &error)
                                : exportCsv(path, &error);
    emit statusMessage(ok ? tr("Exported %1").arg(QDir::toNativeSeparators(path)) : error);
}

} // namespace ewb::ui
