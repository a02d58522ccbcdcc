#pragma once

#include "core/common/error.h"
#include "core/train/trainingprogress.h"
#include "ui/trainingrequest.h"

#include <QStringList>
#include <QWidget>

QT_BEGIN_NAMESPACE
class QAction;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QProgressBar;
QT_END_NAMESPACE

namespace ewb::ui {

class CorpusInspector;
class TrainingController;
class TrainingOptionsForm;

/// The training pane: corpus chooser (embedded demo corpus, recent files, file dialog, drag
/// and drop), tokenizer preview and corpus statistics, the options form with presets, the
/// Train / Pause / Resume / Cancel commands and a progress bar with epoch, words/s and ETA.
/// It drives a TrainingController and shows what it reports; errors of a run appear in a
/// (non-blocking) message box. GUI thread only.
class TrainingPane : public QWidget
{
    Q_OBJECT

public:
    TrainingPane(TrainingController &controller, QWidget *parent = nullptr);

    /// Chooses the embedded demo corpus.
    void useDemoCorpus();
    /// Chooses a corpus file and puts it first in the recent list.
    void setCorpusFile(const QString &path);
    /// Recent corpus files, most recent first (at most eight).
    QStringList recentCorpora() const { return m_recent; }
    void setRecentCorpora(const QStringList &paths);
    /// Folder the corpus file dialog starts in.
    QString corpusDirectory() const { return m_directory; }
    void setCorpusDirectory(const QString &directory) { m_directory = directory; }

    /// The request the Train command would start now.
    TrainingRequest request() const;
    TrainingOptionsForm *optionsForm() const { return m_form; }
    /// Starts training with request(); false when a run is active or the corpus cannot be read.
    bool startTraining();

    QAction *openCorpusAction() const { return m_openCorpus; }
    QAction *trainAction() const { return m_train; }
    QAction *pauseAction() const { return m_pause; }
    QAction *resumeAction() const { return m_resume; }
    QAction *cancelAction() const { return m_cancel; }

    /// The embedded demo corpus (read once from the resources).
    static QByteArray demoCorpus();

signals:
    /// A message for the status bar.
    void statusMessage(const QString &text);

protected:
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void createActions();
    void browseCorpus();
    void fillCorpusBox();
    void inspectCorpus();
    void updateActions();
    void showProgress(const core::TrainingProgress &progress);
    void showFailure(const core::Error &error);
    QString autoRunName() const;

    TrainingController &m_controller;
    CorpusInspector *m_inspector = nullptr;
    TrainingOptionsForm *m_form = nullptr;
    QComboBox *m_corpus = nullptr;
    QLabel *m_corpusInfo = nullptr;
    QPlainTextEdit *m_preview = nullptr;
    QLineEdit *m_runName = nullptr;
    QProgressBar *m_progress = nullptr;
    QLabel *m_status = nullptr;
    QLabel *m_words = nullptr;
    QAction *m_openCorpus = nullptr;
    QAction *m_train = nullptr;
    QAction *m_pause = nullptr;
    QAction *m_resume = nullptr;
    QAction *m_cancel = nullptr;
    QStringList m_recent;
    QString m_directory;
};

} // namespace ewb::ui
