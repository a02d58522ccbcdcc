#include "ui/projectioncontroller.h"
#include "ui/projectionframe.h"
#include "ui/projectionoptionsform.h"
#include "ui/projectionpane.h"
#include "ui/projectionview.h"
#include "ui/trainingcontroller.h"
#include "ui/trainingoutcome.h"
#include "ui/trainingpane.h"
#include "ui/trainingrequest.h"

#include <QSignalSpy>
#include <QSpinBox>
#include <QtTest>

using namespace ewb;
using namespace ewb::ui;

/// The projection's live mode fed by a real training run, wired as the window wires it: the
/// checkpoints of a short run on part of the demo corpus reach the pane while the run is still
/// training, each becomes a complete frame of the words shown, and the points move between
/// frames (the vectors are learning).
class TestProjectionLive : public QObject
{
    Q_OBJECT

private slots:
    void framesArriveDuringTraining()
    {
        ProjectionPane pane;
        pane.resize(900, 600);
        pane.view()->setAnimationDuration(0);
        pane.optionsForm()->topWordsBox()->setValue(200);
        pane.show();
        QVERIFY(QTest::qWaitForWindowExposed(&pane));

        TrainingController training;
        connect(&training, &TrainingController::snapshotReady, &pane,
                &ProjectionPane::showSnapshot);
        bool running = false;
        int snapshotsWhileRunning = 0;
        int framesWhileRunning = 0;
        QList<QList<QPointF>> frames;
        connect(&training, &TrainingController::started, this, [&] { running = true; });
        connect(&training, &TrainingController::snapshotReady, this,
                [&] { snapshotsWhileRunning += running ? 1 : 0; });
        connect(pane.controller(), &ProjectionController::frameReady, this,
                [&](const ProjectionFrame &frame) {
                    if (!frame.complete)
                        return;
                    framesWhileRunning += running ? 1 : 0;
                    frames.append(frame.points);
                });
        QSignalSpy finished(&training, &TrainingController::finished);
        QSignalSpy failed(&training, &TrainingController::failed);
        connect(&training, &TrainingController::finished, this, [&] { running = false; });

        TrainingRequest request;
        request.runName = QStringLiteral("live");
        request.corpusName = QStringLiteral("demo corpus (part)");
        // About 600 KB of the demo corpus, cut at a line end: long enough for several
        // checkpoints, short enough for a unit test.
        const QByteArray demo = TrainingPane::demoCorpus();
        request.corpusBytes = demo.left(demo.indexOf('\n', 600000) + 1);
        request.options.dim = 24;
        request.options.epochs = 3;
        request.options.threads = 2;
        request.options.minCount = 3;
        request.options.checkpointPercent = 10;
        QVERIFY(training.start(request));
        QVERIFY(finished.wait(120000));
        QVERIFY(failed.isEmpty());

        qInfo("%d checkpoints and %d complete frames while training, %lld frames in all",
              snapshotsWhileRunning, framesWhileRunning, qlonglong(frames.size()));
        QVERIFY2(snapshotsWhileRunning >= 5, qPrintable(QString::number(snapshotsWhileRunning)));
        QVERIFY2(framesWhileRunning >= 2, qPrintable(QString::number(framesWhileRunning)));
        QCOMPARE(pane.view()->words().size(), qsizetype(200));
        // Every live frame holds the 200 words shown, and the layout changes as training goes on.
        double moved = 0.0;
        for (qsizetype i = 0; i < frames.size(); ++i) {
            QCOMPARE(frames[i].size(), qsizetype(200));
            if (i > 0) {
                for (qsizetype p = 0; p < frames[i].size(); ++p)
                    moved += QLineF(frames[i][p], frames[i - 1][p]).length();
            }
        }
        QVERIFY(moved > 0.0);
        // The status names the checkpoint the view shows.
        QTRY_VERIFY2_WITH_TIMEOUT(
            pane.progressText().startsWith(QStringLiteral("Live: 200 words at Epoch ")),
            qPrintable(pane.progressText()), 30000);
    }
};

QTEST_MAIN(TestProjectionLive)
#include "tst_projectionlive.moc"
