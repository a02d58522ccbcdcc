#include "workbenchfixture.h"

#include "core/store/database.h"
#include "core/store/modelstore.h"
#include "ui/chartpane.h"
#include "ui/modellibrarymodel.h"
#include "ui/modellibrarypane.h"
#include "ui/trainingoptionsform.h"
#include "ui/trainingpane.h"

#include <QAbstractButton>
#include <QComboBox>
#include <QDropEvent>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QScrollBar>
#include <QtTest>

using namespace ewb;
using namespace ewb::ui;

namespace {

// Small and short, so each run takes a few seconds on two cores.
core::TrainingOptions quickOptions(std::size_t epochs)
{
    core::TrainingOptions o
        = core::TrainingOptions::defaults(core::TrainingOptions::Architecture::SkipGram);
    o.dim = 32;
    o.epochs = epochs;
    o.threads = 2;
    o.minCount = 5;
    return o;
}

std::uint64_t lastWords(const QSignalSpy &spy)
{
    return spy.isEmpty()
        ? 0
        : qvariant_cast<core::TrainingProgress>(spy.constLast().constFirst()).wordsDone;
}

std::size_t storedModels(const QString &path)
{
    core::DatabaseOptions options;
    options.mode = core::OpenMode::ReadOnly;
    auto db = core::Database::open(path.toStdString(), options);
    if (!db.ok())
        return std::size_t(-1);
    core::ModelStore store(*db);
    auto list = store.list();
    return list.ok() ? list->size() : std::size_t(-1);
}

} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        m_bench = std::make_unique<WorkbenchFixture>();
        QVERIFY(m_bench->start());
    }

    void cleanup()
    {
        m_bench->grabOnFailure(QTest::currentTestFunction());
        m_bench.reset();
    }

    void menusGiveEveryActionAShortcut()
    {
        const auto menus = m_bench->window->menuBar()->findChildren<QMenu *>();
        QVERIFY(menus.size() >= 5);
        QStringList missing;
        QSet<QString> seen;
        for (const QMenu *menu : menus) {
            for (const QAction *action : menu->actions()) {
                if (action->isSeparator() || action->menu())
                    continue;
                const QString keys = action->shortcut().toString();
                if (keys.isEmpty())
                    missing << action->text();
                QVERIFY2(!seen.contains(keys), qPrintable(QStringLiteral("duplicate ") + keys));
                seen.insert(keys);
            }
        }
        QVERIFY2(missing.isEmpty(), qPrintable(missing.join(QStringLiteral(", "))));
    }

    void everyFocusableWidgetIsNamed()
    {
        // A screen reader needs a name: an accessible name, a text of its own, or a buddy label.
        QSet<const QWidget *> buddies;
        for (const QLabel *label : m_bench->window->findChildren<QLabel *>()) {
            if (label->buddy())
                buddies.insert(label->buddy());
        }
        QStringList unnamed;
        for (QWidget *widget : m_bench->window->findChildren<QWidget *>()) {
            if (widget->focusPolicy() == Qt::NoFocus || !widget->isVisibleTo(m_bench->window.get())
                || widget->focusProxy() || qobject_cast<QScrollBar *>(widget))
                continue;
            const auto *button = qobject_cast<QAbstractButton *>(widget);
            if (!widget->accessibleName().isEmpty() || buddies.contains(widget)
                || (button && !button->text().isEmpty()))
                continue;
            // Viewports and line edits inside a named widget take their parent's name.
            if (widget->parentWidget() && !widget->parentWidget()->accessibleName().isEmpty())
                continue;
            unnamed << QString::fromLatin1(widget->metaObject()->className()) + QLatin1Char(' ')
                    + widget->objectName();
        }
        QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(QStringLiteral(", "))));
    }

    void trainPauseResumeAndSave()
    {
        TrainingPane *pane = m_bench->window->trainingPane();
        pane->useDemoCorpus();
        pane->optionsForm()->setOptions(quickOptions(3));
        QSignalSpy progress(m_bench->training.get(), &TrainingController::progressed);
        QSignalSpy saved(m_bench->store.get(), &StoreController::saved);
        QTest::mouseClick(m_bench->button(pane->trainAction()), Qt::LeftButton);
        QVERIFY(m_bench->training->isRunning());

        // The chart receives points while training.
        QTRY_VERIFY_WITH_TIMEOUT(progress.count() >= 2, 20000);
        ChartPane *charts = m_bench->window->chartPane();
        const int run = m_bench->window->liveRunId();
        QTRY_VERIFY(charts->drawnPointCount(run, RunSeries::Curve::RawLoss) >= 1);

        // Pause: after the workers have settled, the word counter stands still.
        QTest::mouseClick(m_bench->button(pane->pauseAction()), Qt::LeftButton);
        QVERIFY(m_bench->training->isPaused());
        QTest::qWait(300);
        const std::uint64_t held = lastWords(progress);
        const QString heldLabel
            = m_bench->window->findChild<QLabel *>(QStringLiteral("wordsDone"))->text();
        QTest::qWait(500);
        QCOMPARE(lastWords(progress), held);
        QCOMPARE(m_bench->window->findChild<QLabel *>(QStringLiteral("wordsDone"))->text(),
                 heldLabel);
        QVERIFY(m_bench->training->isRunning());

        // Resume: the counter moves on, and the run ends with a stored model.
        QTest::mouseClick(m_bench->button(pane->resumeAction()), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(lastWords(progress) > held, 5000);
        QTRY_COMPARE_WITH_TIMEOUT(saved.count(), 1, 60000);
        ModelLibraryModel *library = m_bench->window->libraryPane()->model();
        QTRY_COMPARE(library->rowCount(), 1);
        const core::ModelInfo info = library->models().constFirst();
        QCOMPARE(info.dim, std::size_t(32));
        QVERIFY(info.vocabSize > 1000);
        QCOMPARE(QString::fromStdString(info.name), pane->request().runName);
        QCOMPARE(storedModels(m_bench->databasePath()), std::size_t(1));
    }

    void cancelLeavesNoModel()
    {
        TrainingPane *pane = m_bench->window->trainingPane();
        pane->optionsForm()->setOptions(quickOptions(5));
        QSignalSpy progress(m_bench->training.get(), &TrainingController::progressed);
        QSignalSpy failed(m_bench->training.get(), &TrainingController::failed);
        QTest::keyClick(m_bench->window.get(), Qt::Key_F5);
        QTRY_VERIFY_WITH_TIMEOUT(progress.count() >= 1, 20000);
        QElapsedTimer clock;
        clock.start();
        QTest::mouseClick(m_bench->button(pane->cancelAction()), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(failed.count(), 1, 5000);
        QVERIFY2(clock.elapsed() < 1000, qPrintable(QString::number(clock.elapsed())));
        const auto error = qvariant_cast<core::Error>(failed.constFirst().constFirst());
        QCOMPARE(error.code, core::ErrorCode::Cancelled);
        QVERIFY(!m_bench->training->isRunning());
        // No dialog for a cancel the user asked for, and nothing in the store.
        QVERIFY(!m_bench->window->findChild<QMessageBox *>(QStringLiteral("trainingError")));
        m_bench->store->refresh();
        QSignalSpy listed(m_bench->store.get(), &StoreController::listed);
        QVERIFY(listed.wait(5000));
        QCOMPARE(m_bench->window->libraryPane()->model()->rowCount(), 0);
        QCOMPARE(storedModels(m_bench->databasePath()), std::size_t(0));
        QVERIFY(pane->trainAction()->isEnabled());
    }

    void failingCorpusShowsDialog_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("expected");
        QTest::newRow("empty-file") << QByteArray() << QStringLiteral("empty");
        QTest::newRow("png-image")
            << QByteArray("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16) << QStringLiteral("text");
        QTest::newRow("one-word") << QByteArray("hello hello hello\n")
                                  << QStringLiteral("distinct");
    }

    void failingCorpusShowsDialog()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, expected);
        const QString path = m_bench->dir.filePath(QStringLiteral("bad corpus.txt"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(bytes);
        file.close();

        // Choose it the way a user drops a file on the pane.
        TrainingPane *pane = m_bench->window->trainingPane();
        QMimeData mime;
        mime.setUrls({ QUrl::fromLocalFile(path) });
        QDragEnterEvent enter(QPoint(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, {});
        QApplication::sendEvent(pane, &enter);
        QVERIFY(enter.isAccepted());
        QDropEvent drop(QPointF(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, {});
        QApplication::sendEvent(pane, &drop);
        QCOMPARE(pane->request().corpusPath, QFileInfo(path).absoluteFilePath());
        QCOMPARE(pane->recentCorpora().constFirst(), QFileInfo(path).absoluteFilePath());

        pane->optionsForm()->setOptions(quickOptions(1));
        QTest::mouseClick(m_bench->button(pane->trainAction()), Qt::LeftButton);
        QMessageBox *box = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT(
            (box = m_bench->window->findChild<QMessageBox *>(QStringLiteral("trainingError"))),
            10000);
        QVERIFY(box->isVisible());
        QVERIFY2(box->informativeText().contains(expected, Qt::CaseInsensitive),
                 qPrintable(box->informativeText()));
        QVERIFY(!m_bench->training->isRunning());
        box->accept();
        QCOMPARE(storedModels(m_bench->databasePath()), std::size_t(0));
    }

private:
    std::unique_ptr<WorkbenchFixture> m_bench;
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
