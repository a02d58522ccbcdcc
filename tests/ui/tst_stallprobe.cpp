#include "workbenchfixture.h"

#include "ui/trainingoptionsform.h"
#include "ui/trainingpane.h"

#include <QElapsedTimer>
#include <QLabel>
#include <QTimer>
#include <QtTest>

using namespace ewb;
using namespace ewb::ui;

/// The GUI thread never stalls while a 2-thread training runs: a 10 ms timer on it is never
/// more than 50 ms late, from pressing Train until the model is saved in the library.
class TestStallProbe : public QObject
{
    Q_OBJECT

private slots:
    void guiStaysResponsiveWhileTraining_data()
    {
        QTest::addColumn<int>("architecture");
        QTest::newRow("skip-gram") << int(core::TrainingOptions::Architecture::SkipGram);
        QTest::newRow("cbow") << int(core::TrainingOptions::Architecture::Cbow);
    }

    void guiStaysResponsiveWhileTraining()
    {
        QFETCH(int, architecture);
        WorkbenchFixture bench;
        QVERIFY(bench.start());
        TrainingPane *pane = bench.window->trainingPane();
        core::TrainingOptions options = core::TrainingOptions::defaults(
            static_cast<core::TrainingOptions::Architecture>(architecture));
        options.dim = 100;
        options.epochs = 1;
        options.threads = 2;
        pane->optionsForm()->setOptions(options);
        // As a user would: the window is up and has shown the corpus statistics before Train.
        QVERIFY(QTest::qWaitForWindowExposed(bench.window.get()));
        auto *info = bench.window->findChild<QLabel *>(QStringLiteral("corpusInfo"));
        QTRY_VERIFY_WITH_TIMEOUT(info->text().contains(QChar(0x00B7)), 20000);
        QSignalSpy progress(bench.training.get(), &TrainingController::progressed);
        QSignalSpy saved(bench.store.get(), &StoreController::saved);

        QElapsedTimer clock;
        qint64 previous = 0;
        qint64 worst = 0;
        int ticks = 0;
        QTimer probe;
        probe.setTimerType(Qt::PreciseTimer);
        probe.setInterval(10);
        connect(&probe, &QTimer::timeout, this, [&] {
            const qint64 now = clock.elapsed();
            worst = std::max(worst, now - previous - 10);
            previous = now;
            ++ticks;
        });
        clock.start();
        probe.start();
        QTest::mouseClick(bench.button(pane->trainAction()), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(saved.count(), 1, 60000);
        probe.stop();
        bench.grabOnFailure(QTest::currentTestFunction());

        qInfo("%d ticks over %lld ms, %lld progress points, worst lateness %lld ms", ticks,
              clock.elapsed(), qint64(progress.count()), worst);
        QVERIFY(progress.count() >= 3);
        QVERIFY2(worst <= 50, qPrintable(QStringLiteral("timer fired %1 ms late").arg(worst)));
    }
};

QTEST_MAIN(TestStallProbe)
#include "tst_stallprobe.moc"
