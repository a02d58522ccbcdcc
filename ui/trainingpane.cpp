#include "ui/trainingpane.h"

#include "ui/corpusinspector.h"
#include "ui/errortext.h"
#include "ui/trainingcontroller.h"
#include "ui/trainingoptionsform.h"

#include <QAction>
#include <QComboBox>
#include <QDir>
#include <QDragEnterEvent>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

namespace ewb::ui {

namespace {

    constexpr int kMaxRecent = 8;
    constexpr int kProgressSteps = 1000;

    QString duration(double seconds)
    {
        const qint64 s = qint64(seconds + 0.5);
        return s >= 3600 ? QStringLiteral("%1:%2:%3")
                               .arg(s / 3600)
                               .arg((s / 60) % 60, 2, 10, QLatin1Char('0'))
                               .arg(s % 60, 2, 10, QLatin1Char('0'))
                         : QStringLiteral("%1:%2").arg(s / 60).arg(s % 60, 2, 10, QLatin1Char('0'));
    }

    QPushButton *commandButton(QAction *action, QWidget *parent)
    {
        auto *button = new QPushButton(action->text(), parent);
        button->setToolTip(action->toolTip());
        button->setEnabled(action->isEnabled());
        QObject::connect(button, &QPushButton::clicked, action, &QAction::trigger);
        QObject::connect(action, &QAction::enabledChanged, button, &QPushButton::setEnabled);
        return button;
    }

} // namespace

TrainingPane::TrainingPane(TrainingController &controller, QWidget *parent)
    : QWidget(parent), m_controller(controller)
{
    setAcceptDrops(true);
    m_inspector = new CorpusInspector(this);
    m_form = new TrainingOptionsForm(this);

    m_corpus = new QComboBox(this);
    m_corpus->setObjectName(QStringLiteral("corpus"));
    m_corpus->setAccessibleName(tr("Corpus"));
    m_corpus->setToolTip(tr("The text to train on. Drop a text file here to use it."));
    auto *browse = new QPushButton(tr("&Browse…"), this);
    m_corpusInfo = new QLabel(this);
    m_corpusInfo->setObjectName(QStringLiteral("corpusInfo"));
    m_corpusInfo->setWordWrap(true);
    m_preview = new QPlainTextEdit(this);
    m_preview->setObjectName(QStringLiteral("preview"));
    m_preview->setReadOnly(true);
    m_preview->setAccessibleName(tr("Tokenizer preview"));
    m_preview->setToolTip(tr("The first lines of the corpus as the tokenizer splits them into "
                             "words."));
    m_preview->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_preview->setMaximumHeight(110);
    m_runName = new QLineEdit(this);
    m_runName->setObjectName(QStringLiteral("runName"));
    m_runName->setToolTip(tr("Name of the run in the charts and of the model in the library. "
                             "Leave empty for a name made from the settings."));

    auto *corpusBox = new QGroupBox(tr("Corpus"), this);
    auto *corpusRow = new QHBoxLayout;
    corpusRow->addWidget(m_corpus, 1);
    corpusRow->addWidget(browse);
    auto *corpusLayout = new QVBoxLayout(corpusBox);
    corpusLayout->addLayout(corpusRow);
    corpusLayout->addWidget(m_corpusInfo);
    corpusLayout->addWidget(m_preview);

    auto *scroll = new QScrollArea(this);
    scroll->setWidget(m_form);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setAccessibleName(tr("Training options"));
    auto *optionsBox = new QGroupBox(tr("Options"), this);
    auto *optionsLayout = new QVBoxLayout(optionsBox);
    optionsLayout->addWidget(scroll);

    createActions();
    m_progress = new QProgressBar(this);
    m_progress->setRange(0, kProgressSteps);
    m_progress->setValue(0);
    m_progress->setAccessibleName(tr("Training progress"));
    m_status = new QLabel(tr("Ready."), this);
    m_status->setObjectName(QStringLiteral("trainingStatus"));
    m_words = new QLabel(this);
    m_words->setObjectName(QStringLiteral("wordsDone"));
    auto *buttons = new QHBoxLayout;
    for (QAction *action : { m_train, m_pause, m_resume, m_cancel })
        buttons->addWidget(commandButton(action, this));

    auto *nameRow = new QFormLayout;
    nameRow->addRow(tr("Run &name:"), m_runName);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(corpusBox);
    layout->addWidget(optionsBox, 1);
    layout->addLayout(nameRow);
    layout->addLayout(buttons);
    layout->addWidget(m_progress);
    layout->addWidget(m_status);
    layout->addWidget(m_words);

    fillCorpusBox();
    connect(browse, &QPushButton::clicked, this, &TrainingPane::browseCorpus);
    connect(m_corpus, &QComboBox::currentIndexChanged, this, &TrainingPane::inspectCorpus);
    connect(m_form, &TrainingOptionsForm::tokenizerChanged, this, &TrainingPane::inspectCorpus);
    connect(m_inspector, &CorpusInspector::inspected, this,
            [this](const CorpusInspector::Findings &found) {
                m_preview->setPlainText(found.previewLines.join(QLatin1Char('\n')));
                const QLocale locale;
                if (found.error.code != core::ErrorCode::Ok)
                    m_corpusInfo->setText(ErrorText::message(found.error));
                else if (found.hasStatistics)
                    m_corpusInfo->setText(
                        tr("%1 · %2 lines · %3 words · %4 distinct")
                            .arg(locale.formattedDataSize(qint64(found.stats.bytes)),
                                 locale.toString(qulonglong(found.stats.lines)),
                                 locale.toString(qulonglong(found.stats.tokens)),
                                 locale.toString(qulonglong(found.distinctWords))));
            });
    connect(&m_controller, &TrainingController::started, this, [this](const QString &name) {
        m_progress->setValue(0);
        m_status->setText(tr("Reading the corpus for “%1”…").arg(name));
        m_words->clear();
        updateActions();
    });
    connect(&m_controller, &TrainingController::readProgressed, this,
            [this](quint64 done, quint64 total) {
                m_status->setText(tr("Reading the corpus: %1 of %2")
                                      .arg(QLocale().formattedDataSize(qint64(done)),
                                           QLocale().formattedDataSize(qint64(total))));
            });
    connect(&m_controller, &TrainingController::progressed, this, &TrainingPane::showProgress);
    connect(&m_controller, &TrainingController::pausedChanged, this, [this](bool paused) {
        if (paused)
            m_status->setText(tr("Paused."));
        updateActions();
    });
    connect(&m_controller, &TrainingController::finished, this, [this] {
        m_progress->setValue(kProgressSteps);
        m_status->setText(tr("Finished; saving the model…"));
        updateActions();
    });
    connect(&m_controller, &TrainingController::failed, this, &TrainingPane::showFailure);
    useDemoCorpus();
    updateActions();
}

void TrainingPane::createActions()
{
    m_openCorpus = new QAction(tr("&Open Corpus…"), this);
    m_openCorpus->setShortcut(QKeySequence::Open);
    connect(m_openCorpus, &QAction::triggered, this, &TrainingPane::browseCorpus);
    m_train = new QAction(tr("&Train"), this);
    m_train->setShortcut(QKeySequence(Qt::Key_F5));
    m_train->setToolTip(tr("Train a model on the corpus with these options (F5)"));
    connect(m_train, &QAction::triggered, this, &TrainingPane::startTraining);
    m_pause = new QAction(tr("&Pause"), this);
    m_pause->setShortcut(QKeySequence(Qt::Key_F6));
    m_pause->setToolTip(tr("Hold the training; the clock stops too (F6)"));
    connect(m_pause, &QAction::triggered, &m_controller, &TrainingController::pause);
    m_resume = new QAction(tr("&Resume"), this);
    m_resume->setShortcut(QKeySequence(Qt::SHIFT | Qt::Key_F6));
    m_resume->setToolTip(tr("Continue a paused training (Shift+F6)"));
    connect(m_resume, &QAction::triggered, &m_controller, &TrainingController::resume);
    m_cancel = new QAction(tr("&Cancel"), this);
    m_cancel->setShortcut(QKeySequence(Qt::SHIFT | Qt::Key_F5));
    m_cancel->setToolTip(tr("Stop the training; nothing is saved (Shift+F5)"));
    connect(m_cancel, &QAction::triggered, &m_controller, &TrainingController::cancel);
}

void TrainingPane::updateActions()
{
    const bool running = m_controller.isRunning();
    const bool paused = m_controller.isPaused();
    m_train->setEnabled(!running);
    m_pause->setEnabled(running && !paused);
    m_resume->setEnabled(running && paused);
    m_cancel->setEnabled(running);
    m_form->setEnabled(!running);
    m_corpus->setEnabled(!running);
    m_openCorpus->setEnabled(!running);
}

QByteArray TrainingPane::demoCorpus()
{
    static const QByteArray bytes = [] {
        QFile file(QStringLiteral(":/data/demo-corpus-en.txt"));
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }();
    return bytes;
}

void TrainingPane::fillCorpusBox()
{
    const QSignalBlocker blocker(m_corpus);
    const QString current = m_corpus->currentData().toString();
    m_corpus->clear();
    m_corpus->addItem(tr("Demo corpus (English novels, 0.8 M words)"), QString());
    for (const QString &path : std::as_const(m_recent))
        m_corpus->addItem(QDir::toNativeSeparators(path), path);
    m_corpus->setCurrentIndex(std::max(0, m_corpus->findData(current)));
}

void TrainingPane::setRecentCorpora(const QStringList &paths)
{
    m_recent = paths.mid(0, kMaxRecent);
    fillCorpusBox();
}

void TrainingPane::useDemoCorpus()
{
    m_corpus->setCurrentIndex(0);
    inspectCorpus();
}

void TrainingPane::setCorpusFile(const QString &path)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    m_recent.removeAll(absolute);
    m_recent.prepend(absolute);
    m_recent = m_recent.mid(0, kMaxRecent);
    m_directory = QFileInfo(absolute).absolutePath();
    fillCorpusBox();
    m_corpus->setCurrentIndex(m_corpus->findData(absolute));
    inspectCorpus();
}

void TrainingPane::browseCorpus()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Open Corpus"), m_directory,
                                                      tr("Text files (*.txt);;All files (*)"));
    if (!path.isEmpty())
        setCorpusFile(path);
}

void TrainingPane::inspectCorpus()
{
    const QString path = m_corpus->currentData().toString();
    m_preview->clear();
    m_corpusInfo->setText(path.isEmpty() ? QLocale().formattedDataSize(demoCorpus().size())
                                         : QLocale().formattedDataSize(QFileInfo(path).size()));
    m_inspector->inspect(path, path.isEmpty() ? demoCorpus() : QByteArray(),
                         path.isEmpty() ? tr("demo corpus") : path, m_form->tokenizerOptions());
}

QString TrainingPane::autoRunName() const
{
    const core::TrainingOptions o = m_form->options();
    const QString arch = o.architecture == core::TrainingOptions::Architecture::SkipGram
        ? tr("skip-gram")
        : tr("CBOW");
    return tr("%1 d%2 w%3 ×%4").arg(arch).arg(o.dim).arg(o.window).arg(o.epochs);
}

TrainingRequest TrainingPane::request() const
{
    TrainingRequest request;
    request.runName = m_runName->text().trimmed();
    if (request.runName.isEmpty())
        request.runName = autoRunName();
    request.corpusPath = m_corpus->currentData().toString();
    if (request.corpusPath.isEmpty()) {
        request.corpusName = tr("demo corpus");
        request.corpusBytes = demoCorpus();
    } else {
        request.corpusName = QFileInfo(request.corpusPath).fileName();
    }
    request.tokenizer = m_form->tokenizerOptions();
    request.options = m_form->options();
    return request;
}

bool TrainingPane::startTraining()
{
    const TrainingRequest r = request();
    if (r.corpusPath.isEmpty() && r.corpusBytes.isEmpty()) {
        showFailure(core::fail(core::ErrorCode::NotFound, "the embedded demo corpus is missing"));
        return false;
    }
    return m_controller.start(r);
}

void TrainingPane::showProgress(const core::TrainingProgress &p)
{
    const QLocale locale;
    m_progress->setValue(int(p.fraction * kProgressSteps));
    if (!p.paused)
        m_status->setText(
            tr("Epoch %1 of %2 · %3 words/s · ETA %4 · rate %5")
                .arg(locale.toString(qulonglong(p.epoch)), locale.toString(qulonglong(p.epochs)),
                     locale.toString(p.wordsPerSecond, 'f', 0), duration(p.etaSeconds),
                     locale.toString(p.learningRate, 'g', 3)));
    m_words->setText(tr("%1 words trained · loss %2")
                         .arg(locale.toString(qulonglong(p.wordsDone)),
                              locale.toString(p.intervalLoss, 'f', 4)));
}

void TrainingPane::showFailure(const core::Error &error)
{
    updateActions();
    if (error.code == core::ErrorCode::Cancelled) {
        m_status->setText(tr("Cancelled; nothing was saved."));
        emit statusMessage(m_status->text());
        return;
    }
    m_status->setText(ErrorText::summary(error.code));
    // Window-modal and non-blocking: the event loop (and the charts) keep running.
    auto *box = new QMessageBox(QMessageBox::Warning, tr("Training failed"),
                                tr("Training on %1 failed.").arg(m_controller.request().corpusName),
                                QMessageBox::Ok, this);
    box->setObjectName(QStringLiteral("trainingError"));
    box->setInformativeText(ErrorText::message(error));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

void TrainingPane::dragEnterEvent(QDragEnterEvent *event)
{
    const QList<QUrl> urls = event->mimeData()->urls();
    if (!m_controller.isRunning() && urls.size() == 1 && urls.first().isLocalFile())
        event->acceptProposedAction();
}

void TrainingPane::dropEvent(QDropEvent *event)
{
    const QList<QUrl> urls = event->mimeData()->urls();
    if (m_controller.isRunning() || urls.size() != 1 || !urls.first().isLocalFile())
        return;
    setCorpusFile(urls.first().toLocalFile());
    event->acceptProposedAction();
}

} // namespace ewb::ui
