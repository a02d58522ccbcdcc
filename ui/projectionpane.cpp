#include "ui/projectionpane.h"

#include "ui/errortext.h"
#include "ui/layoutclusters.h"
#include "ui/projectioncontroller.h"
#include "ui/projectionexporter.h"
#include "ui/projectionfactories.h"
#include "ui/projectionoptionsform.h"
#include "ui/projectionview.h"
#include "ui/timelinebar.h"

#include "core/model/embeddingmodel.h"
#include "core/model/queries.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QRegularExpression>
#include <QSpinBox>
#include <QTimer>
#include <QVBoxLayout>

#include <utility>

namespace ewb::ui {

namespace {

    // Rare to frequent: mid-luminance hues that read on light and dark backgrounds alike.
    QList<QColor> frequencyRamp()
    {
        return { QColor(0x5e7fb8), QColor(0x4a9bc4), QColor(0x3bb3b0), QColor(0x6cc27a),
                 QColor(0xb0c94a), QColor(0xe6b93a), QColor(0xf08a32), QColor(0xe0502b) };
    }

    QList<QColor> clusterColours()
    {
        return { QColor(0x4e79a7), QColor(0xf28e2b), QColor(0xe15759), QColor(0x76b7b2),
                 QColor(0x59a14f), QColor(0xedc948), QColor(0xb07aa1), QColor(0xff9da7),
                 QColor(0x9c755f), QColor(0xbab0ac), QColor(0x2f6eb5), QColor(0xc9711a),
                 QColor(0xb83b3e), QColor(0x3f8f89), QColor(0x3d7a35), QColor(0xb89a2a),
                 QColor(0x87578a), QColor(0xd46f7b), QColor(0x735440), QColor(0x8a817c) };
    }

} // namespace

ProjectionPane::ProjectionPane(QWidget *parent) : QWidget(parent)
{
    m_controller = new ProjectionController(this);
    m_restartTimer = new QTimer(this);
    m_restartTimer->setSingleShot(true);
    m_restartTimer->setInterval(400);
    buildLayout();

    connect(m_restartTimer, &QTimer::timeout, this, &ProjectionPane::restart);
    connect(m_form, &ProjectionOptionsForm::changed, m_restartTimer, qOverload<>(&QTimer::start));
    connect(m_controller, &ProjectionController::frameReady, this, &ProjectionPane::showFrame);
    connect(m_controller, &ProjectionController::finished, this, &ProjectionPane::finishProjection);
    connect(m_controller, &ProjectionController::failed, this, &ProjectionPane::failProjection);
    connect(m_cancel, &QPushButton::clicked, this, [this] {
        m_controller->cancel();
        m_cancel->setEnabled(false);
        m_progress->setText(tr("Cancelled."));
    });
    connect(m_search, &QLineEdit::textChanged, this, &ProjectionPane::updateSearch);
    connect(m_isolate, &QCheckBox::toggled, this, &ProjectionPane::updateSearch);
    connect(m_colour, &QComboBox::currentIndexChanged, this, &ProjectionPane::updateColours);
    connect(m_clusters, &QSpinBox::valueChanged, this, &ProjectionPane::updateColours);
    connect(m_labels, &QSpinBox::valueChanged, m_view, &ProjectionView::setLabelLimit);
    connect(m_view, &ProjectionView::pointActivated, this, &ProjectionPane::activate);
    connect(m_view, &ProjectionView::selectionCleared, this,
            [this] { m_view->setSelection(-1, {}); });
    connect(m_timeline, &TimelineBar::indexChanged, this, &ProjectionPane::showTimelineFrame);
}

ProjectionPane::~ProjectionPane() = default;

void ProjectionPane::buildLayout()
{
    m_form = new ProjectionOptionsForm(this);
    m_view = new ProjectionView(this);
    m_view->setObjectName(QStringLiteral("projectionView"));
    m_view->setAccessibleName(tr("Projection of the vocabulary"));
    m_view->setAccessibleDescription(tr("Each point is a word. Wheel or plus and minus zoom, "
                                        "drag or arrow keys pan, Home fits, a click shows the "
                                        "nearest neighbours."));

    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("search"));
    m_search->setPlaceholderText(tr("Search words (regular expression)"));
    m_search->setAccessibleName(tr("Search"));
    m_search->setClearButtonEnabled(true);
    auto *find = new QAction(tr("Find"), this);
    find->setShortcut(QKeySequence::Find);
    find->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(find, &QAction::triggered, m_search, [this] {
        m_search->setFocus();
        m_search->selectAll();
    });
    addAction(find);
    m_isolate = new QCheckBox(tr("&Isolate matches"), this);
    m_isolate->setToolTip(tr("Fade the words that do not match"));
    m_searchMessage = new QLabel(this);
    m_searchMessage->setObjectName(QStringLiteral("searchMessage"));
    m_searchMessage->setWordWrap(true);

    m_colour = new QComboBox(this);
    m_colour->setObjectName(QStringLiteral("colour"));
    m_colour->addItems({ tr("Frequency"), tr("Clusters in the layout") });
    m_clusters = new QSpinBox(this);
    m_clusters->setRange(2, 20);
    m_clusters->setValue(8);
    m_clusters->setEnabled(false);
    m_clusters->setAccessibleName(tr("Number of clusters"));
    m_labels = new QSpinBox(this);
    m_labels->setRange(0, 2000);
    m_labels->setSingleStep(50);
    m_labels->setValue(m_view->labelLimit());
    m_labels->setAccessibleName(tr("Number of labels"));

    auto *png = new QPushButton(tr("P&NG…"), this);
    auto *svg = new QPushButton(tr("S&VG…"), this);
    auto *csv = new QPushButton(tr("&CSV…"), this);
    png->setToolTip(tr("Save the picture as a PNG image"));
    svg->setToolTip(tr("Save the picture as a scalable SVG drawing"));
    csv->setToolTip(tr("Save the coordinates as CSV (word, x, y)"));
    connect(png, &QPushButton::clicked, this,
            [this] { exportWith(tr("PNG images (*.png)"), &ProjectionPane::exportPng); });
    connect(svg, &QPushButton::clicked, this,
            [this] { exportWith(tr("SVG drawings (*.svg)"), &ProjectionPane::exportSvg); });
    connect(csv, &QPushButton::clicked, this,
            [this] { exportWith(tr("CSV files (*.csv)"), &ProjectionPane::exportCsv); });

    m_progress = new QLabel(tr("No model selected."), this);
    m_progress->setObjectName(QStringLiteral("progress"));
    m_progress->setWordWrap(true);
    m_cancel = new QPushButton(tr("Cancel"), this);
    m_cancel->setEnabled(false);

    m_timeline = new TimelineBar(this);

    auto *side = new QWidget(this);
    side->setMaximumWidth(300);
    auto *sideLayout = new QVBoxLayout(side);
    sideLayout->setContentsMargins(0, 0, 0, 0);
    sideLayout->addWidget(m_form);
    auto *look = new QFormLayout;
    look->addRow(tr("C&olour by:"), m_colour);
    look->addRow(tr("Cl&usters:"), m_clusters);
    look->addRow(tr("&Labels:"), m_labels);
    sideLayout->addLayout(look);
    auto *exports = new QHBoxLayout;
    exports->addWidget(new QLabel(tr("Export:"), side));
    exports->addWidget(png);
    exports->addWidget(svg);
    exports->addWidget(csv);
    sideLayout->addLayout(exports);
    sideLayout->addWidget(m_progress);
    sideLayout->addWidget(m_cancel, 0, Qt::AlignLeft);
    sideLayout->addStretch(1);

    auto *searchRow = new QHBoxLayout;
    searchRow->addWidget(m_search, 1);
    searchRow->addWidget(m_isolate);
    auto *centre = new QVBoxLayout;
    centre->addLayout(searchRow);
    centre->addWidget(m_searchMessage);
    centre->addWidget(m_view, 1);
    centre->addWidget(m_timeline);

    auto *layout = new QHBoxLayout(this);
    layout->addWidget(side);
    layout->addLayout(centre, 1);
}

void ProjectionPane::setModel(std::shared_ptr<const core::EmbeddingModel> model,
                              const QString &name)
{
    m_model = std::move(model);
    m_name = name;
    m_selection = WordSelection();
    m_shown.reset();
    m_queries.reset();
    restart();
}

void ProjectionPane::setNeighbourCount(int k)
{
    m_neighbourCount = std::clamp(k, 1, 50);
}

void ProjectionPane::restart()
{
    m_restartTimer->stop();
    if (!m_model) {
        m_controller->cancel();
        m_selection = WordSelection();
        m_view->setWords({});
        m_progress->setText(tr("No model selected."));
        m_cancel->setEnabled(false);
        return;
    }
    chooseWords();
    const std::size_t n = m_selection.size();
    if (n < 3) {
        m_controller->cancel();
        m_progress->setText(tr("Too few words to project: choose at least 3."));
        m_cancel->setEnabled(false);
        return;
    }
    const ProjectionSettings settings = m_form->settings();
    auto points = m_selection.vectorsIn(*m_model);
    Q_ASSERT(points);
    m_controller->project(std::move(*points), ProjectionFactories::make(settings, m_model));
    m_progress->setText(tr("Projecting %1 words with %2…")
                            .arg(QLocale().toString(qulonglong(n)),
                                 ProjectionFactories::methodName(settings.method)));
    m_cancel->setEnabled(true);
}

void ProjectionPane::chooseWords()
{
    const ProjectionSettings settings = m_form->settings();
    WordSelection chosen = settings.wordList.isEmpty()
        ? WordSelection::top(*m_model, std::size_t(settings.topWords))
        : WordSelection::fromList(*m_model, settings.wordList);
    const QString unknown = QLocale().createSeparatedList(chosen.unknown());
    const bool same = chosen.words() == m_selection.words() && !m_view->words().isEmpty();
    m_selection = std::move(chosen);
    if (!same) {
        m_shown.reset();
        m_queries.reset();
        m_view->setWords(m_selection.words());
        updateSearch();
        updateColours();
    }
    // Said after updateSearch(), which would otherwise clear the message.
    if (!unknown.isEmpty()) {
        emit statusMessage(tr("Not in the model: %1").arg(unknown));
        m_searchMessage->setText(tr("Not in the model: %1").arg(unknown));
    }
}

void ProjectionPane::showSnapshot(std::shared_ptr<const core::EmbeddingModel> model,
                                  const QString &label)
{
    if (!model)
        return;
    std::optional<core::Matrix> points;
    if (m_model && m_selection.size() >= 3)
        points = m_selection.vectorsIn(*model);
    if (!points) {
        setModel(std::move(model), label);
        return;
    }
    m_model = std::move(model);
    m_shown.reset();
    m_queries.reset();
    m_liveGeneration = m_controller->projectSnapshot(
        std::move(*points), ProjectionFactories::make(m_form->settings(), m_model));
    m_liveLabel = label;
    m_progress->setText(tr("Live: %1").arg(label));
    m_cancel->setEnabled(true);
}

void ProjectionPane::setTimeline(const QList<Snapshot> &snapshots)
{
    m_timelineFrames.clear();
    m_sequenceGeneration = 0;
    if (!snapshots.isEmpty() && !m_model) {
        m_model = snapshots.constLast().second;
        m_name = snapshots.constLast().first;
        if (m_model)
            chooseWords();
    }
    std::vector<core::Matrix> inputs;
    QStringList names;
    for (const Snapshot &snapshot : snapshots) {
        if (!snapshot.second || m_selection.size() < 3)
            continue;
        if (auto points = m_selection.vectorsIn(*snapshot.second)) {
            inputs.push_back(std::move(*points));
            names.append(snapshot.first);
        }
    }
    m_timelineFrames.fill(std::nullopt, names.size());
    m_timeline->setNames(names);
    if (inputs.empty())
        return;
    m_sequenceGeneration = m_controller->projectSequence(
        std::move(inputs), ProjectionFactories::make(m_form->settings(), m_model));
    m_cancel->setEnabled(true);
}

QString ProjectionPane::searchMessage() const
{
    return m_searchMessage->text();
}

QString ProjectionPane::progressText() const
{
    return m_progress->text();
}

void ProjectionPane::showFrame(const ProjectionFrame &frame)
{
    if (frame.points.size() != m_view->words().size())
        return;
    if (m_sequenceGeneration != 0 && frame.generation == m_sequenceGeneration) {
        if (frame.sequenceIndex >= m_timelineFrames.size())
            return;
        m_timelineFrames[frame.sequenceIndex] = frame.points;
        m_timeline->setReady(frame.sequenceIndex);
        if (frame.sequenceIndex == m_timeline->currentIndex())
            showTimelineFrame(frame.sequenceIndex);
        return;
    }
    const bool animate = frame.complete && !m_view->currentPositions().isEmpty();
    m_view->setPositions(frame.points, animate);
    if (!frame.complete) {
        m_progress->setText(tr("Iteration %1 of %2")
                                .arg(QLocale().toString(qulonglong(frame.iteration)),
                                     QLocale().toString(qulonglong(frame.totalIterations))));
    } else if (m_colour->currentIndex() == 1) {
        updateColours();
    }
}

void ProjectionPane::finishProjection(quint64 generation)
{
    if (generation != m_controller->generation())
        return;
    m_cancel->setEnabled(false);
    const QString words = QLocale().toString(qulonglong(m_selection.size()));
    if (generation == m_liveGeneration)
        m_progress->setText(tr("Live: %1 words at %2.").arg(words, m_liveLabel));
    else if (generation != m_sequenceGeneration)
        m_progress->setText(tr("%1 words projected.").arg(words));
}

void ProjectionPane::failProjection(quint64, const QString &message)
{
    m_cancel->setEnabled(m_controller->isBusy());
    m_progress->setText(message);
    emit statusMessage(message);
}

void ProjectionPane::updateSearch()
{
    const QString text = m_search->text();
    if (text.isEmpty()) {
        m_view->clearSearch();
        m_searchMessage->clear();
        return;
    }
    const QRegularExpression pattern(text,
                                     QRegularExpression::CaseInsensitiveOption
                                         | QRegularExpression::UseUnicodePropertiesOption);
    if (!pattern.isValid()) {
        m_view->clearSearch();
        m_searchMessage->setText(tr("Invalid regular expression at character %1: %2")
                                     .arg(pattern.patternErrorOffset() + 1)
                                     .arg(pattern.errorString()));
        return;
    }
    const int matches = m_view->setSearch(pattern, m_isolate->isChecked());
    m_searchMessage->setText(matches == 0
                                 ? tr("No word matches.")
                                 : tr("Words matching: %1").arg(QLocale().toString(matches)));
}

void ProjectionPane::updateColours()
{
    if (!m_model || m_selection.size() == 0 || m_view->words().isEmpty())
        return;
    m_clusters->setEnabled(m_colour->currentIndex() == 1);
    if (m_colour->currentIndex() == 0) {
        m_view->setColourClasses(m_selection.frequencyClasses(*m_model, 8), frequencyRamp());
        return;
    }
    const QList<QPointF> &layout = m_view->targetPositions();
    if (layout.size() != m_view->words().size()) {
        m_view->setColourClasses({}, {});
        return;
    }
    m_view->setColourClasses(LayoutClusters::kMeans(layout, m_clusters->value()), clusterColours());
}

void ProjectionPane::activate(int index)
{
    if (!m_model || index < 0 || index >= m_view->words().size())
        return;
    if (!m_queries) {
        // Neighbours are searched among the words shown, in the original space, so every
        // answer is a point on screen that a line can reach.
        auto points = m_selection.vectorsIn(*m_model);
        if (!points)
            return;
        auto made = core::EmbeddingModel::create(m_selection.utf8Words(), {}, std::move(*points));
        if (!made.ok()) {
            emit statusMessage(ErrorText::message(made.error()));
            return;
        }
        m_shown = *made;
        m_queries = std::make_unique<core::Queries>(*m_shown);
    }
    const QString word = m_view->words()[index];
    const auto found = m_queries->neighbours(word.toStdString(), m_neighbourCount);
    QList<int> rows;
    QStringList names;
    if (found.ok()) {
        for (const core::Neighbour &n : *found) {
            rows.append(int(n.row));
            names.append(QString::fromStdString(n.word));
        }
    }
    m_view->setSelection(index, rows);
    emit wordActivated(word);
    emit statusMessage(found.ok()
                           ? tr("Nearest to %1: %2").arg(word, QLocale().createSeparatedList(names))
                           : ErrorText::message(found.error()));
}

void ProjectionPane::showTimelineFrame(int index)
{
    if (index < 0 || index >= m_timelineFrames.size() || !m_timelineFrames[index])
        return;
    m_view->setPositions(*m_timelineFrames[index], !m_view->currentPositions().isEmpty());
    if (m_colour->currentIndex() == 1)
        updateColours();
}

bool ProjectionPane::exportPng(const QString &path, QString *error)
{
    return ProjectionExporter::writePng(m_view, path, error);
}

bool ProjectionPane::exportSvg(const QString &path, QString *error)
{
    return ProjectionExporter::writeSvg(m_view, path, tr("Projection of %1").arg(m_name), error);
}

bool ProjectionPane::exportCsv(const QString &path, QString *error)
{
    if (m_view->targetPositions().size() != m_view->words().size() || m_view->words().isEmpty()) {
        if (error)
            *error = tr("Nothing to export yet: the projection has no layout.");
        return false;
    }
    return ProjectionExporter::writeCsv(m_view->words(), m_view->targetPositions(), path, error);
}

void ProjectionPane::exportWith(const QString &filter,
                                bool (ProjectionPane::*write)(const QString &, QString *))
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Export Projection"), {}, filter);
    if (path.isEmpty())
        return;
    QString error;
    if ((this->*write)(path, &error))
        emit statusMessage(tr("Saved %1").arg(path));
    else
        emit statusMessage(error);
}

} // namespace ewb::ui
