#pragma once

#include "ui/projectionframe.h"
#include "ui/wordselection.h"

#include <QList>
#include <QPair>
#include <QString>
#include <QWidget>

#include <memory>
#include <optional>

QT_BEGIN_NAMESPACE
class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QTimer;
QT_END_NAMESPACE

namespace ewb::core {
class EmbeddingModel;
class Queries;
} // namespace ewb::core

namespace ewb::ui {

class ProjectionController;
class ProjectionOptionsForm;
class ProjectionView;
class TimelineBar;

/// The projection pane: the vocabulary of a model in 2D (PCA, t-SNE, UMAP or custom axes),
/// with a search box (regular expression; highlight or isolate the matches), colour by
/// frequency or by cluster, the number of labels, export to PNG, SVG and CSV, a live mode fed
/// with training checkpoints and a timeline slider replaying stored ones. Clicking a word
/// highlights its nearest neighbours in the original space (cosine, among the words shown)
/// and emits wordActivated(). Projections run on the ProjectionController's worker thread;
/// editing an option restarts the projection after a short pause. GUI thread only.
class ProjectionPane : public QWidget
{
    Q_OBJECT

public:
    /// A named checkpoint of a run, for setTimeline().
    using Snapshot = QPair<QString, std::shared_ptr<const core::EmbeddingModel>>;

    explicit ProjectionPane(QWidget *parent = nullptr);
    ~ProjectionPane() override;

    /// Projects `model` (null: none) named `name` with the current options.
    void setModel(std::shared_ptr<const core::EmbeddingModel> model, const QString &name);
    std::shared_ptr<const core::EmbeddingModel> model() const { return m_model; }
    /// Replaces the replay timeline with `snapshots` (oldest first; empty hides the slider).
    /// Each is projected in order and aligned to the one before; the slider shows one.
    void setTimeline(const QList<Snapshot> &snapshots);

    /// The words shown (in the view's order).
    const WordSelection &selection() const { return m_selection; }
    /// Nearest neighbours drawn for a click, 1 .. 50 (default 8).
    void setNeighbourCount(int k);
    /// Restarts the projection of the current model with the form's options.
    void restart();

    ProjectionView *view() const { return m_view; }
    ProjectionController *controller() const { return m_controller; }
    ProjectionOptionsForm *optionsForm() const { return m_form; }
    QLineEdit *searchEdit() const { return m_search; }
    QCheckBox *isolateBox() const { return m_isolate; }
    QComboBox *colourBox() const { return m_colour; }
    TimelineBar *timeline() const { return m_timeline; }
    /// The last search message ("12 words match", or why the pattern is invalid).
    QString searchMessage() const;
    /// The status line under the options: what is being projected, or what the view shows.
    QString progressText() const;

    /// Export the view or its coordinates; false with a translated message in *error.
    bool exportPng(const QString &path, QString *error);
    bool exportSvg(const QString &path, QString *error);
    bool exportCsv(const QString &path, QString *error);

public slots:
    /// Live mode: projects the vectors of the words shown as they are in `model` (a checkpoint
    /// of the run being trained), aligned to the frame on screen, and animates to it. Without
    /// a model yet, or when `model` lacks the words shown, it starts over with `model`.
    void showSnapshot(std::shared_ptr<const ewb::core::EmbeddingModel> model, const QString &label);

signals:
    /// The user clicked a word (explore it elsewhere).
    void wordActivated(const QString &word);
    /// A message for the status bar.
    void statusMessage(const QString &text);

private:
    void buildLayout();
    void chooseWords();
    void showFrame(const ProjectionFrame &frame);
    void finishProjection(quint64 generation);
    void failProjection(quint64 generation, const QString &message);
    void updateSearch();
    void updateColours();
    void activate(int index);
    void showTimelineFrame(int index);
    void exportWith(const QString &filter,
                    bool (ProjectionPane::*write)(const QString &, QString *));

    ProjectionController *m_controller = nullptr;
    ProjectionOptionsForm *m_form = nullptr;
    ProjectionView *m_view = nullptr;
    QLineEdit *m_search = nullptr;
    QCheckBox *m_isolate = nullptr;
    QLabel *m_searchMessage = nullptr;
    QComboBox *m_colour = nullptr;
    QSpinBox *m_clusters = nullptr;
    QSpinBox *m_labels = nullptr;
    QLabel *m_progress = nullptr;
    QPushButton *m_cancel = nullptr;
    TimelineBar *m_timeline = nullptr;
    QTimer *m_restartTimer = nullptr;

    std::shared_ptr<const core::EmbeddingModel> m_model;
    QString m_name;
    WordSelection m_selection;
    std::shared_ptr<const core::EmbeddingModel> m_shown; ///< the words shown, for neighbours
    std::unique_ptr<core::Queries> m_queries;
    int m_neighbourCount = 8;
    quint64 m_sequenceGeneration = 0;
    quint64 m_liveGeneration = 0; ///< the latest live snapshot's, and the checkpoint it shows
    QString m_liveLabel;
    QList<std::optional<QList<QPointF>>> m_timelineFrames;
};

} // namespace ewb::ui
