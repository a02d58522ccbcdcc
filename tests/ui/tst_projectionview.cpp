#include "ui/layoutclusters.h"
#include "ui/projectionview.h"

#include <QSignalSpy>
#include <QToolTip>
#include <QtTest>

#include <random>

using namespace ewb::ui;

namespace {

// n words "w0", "w1", ... on a jittered grid, so that no two points coincide.
QStringList gridWords(int n)
{
    QStringList words;
    for (int i = 0; i < n; ++i)
        words.append(QStringLiteral("w%1").arg(i));
    return words;
}

QList<QPointF> gridPoints(int n, qreal shift = 0)
{
    QList<QPointF> points;
    const int side = int(std::ceil(std::sqrt(double(n))));
    for (int i = 0; i < n; ++i)
        points.append(QPointF(i % side + shift, i / side - shift));
    return points;
}

} // namespace

class TestProjectionView : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        m_view = std::make_unique<ProjectionView>();
        m_view->resize(600, 400);
        m_view->setWords(gridWords(100));
        m_view->setPositions(gridPoints(100));
        m_view->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
    }

    void cleanup()
    {
        if (QTest::currentTestFailed())
            m_view->grab().save(QStringLiteral("tst_projectionview-%1.png")
                                    .arg(QString::fromLatin1(QTest::currentTestFunction())));
        m_view.reset();
    }

    void fitShowsEveryPoint()
    {
        const QRectF inside = QRectF(m_view->rect()).adjusted(20, 20, -20, -20);
        for (int i = 0; i < 100; ++i)
            QVERIFY2(inside.contains(m_view->mapToWidget(i)), qPrintable(QString::number(i)));
        // Grid 10 x 10 over 9 units, height 400 less two margins of 24: 352 / 9 pixels a unit.
        QCOMPARE(m_view->scale(), 352.0 / 9.0);
    }

    void keyboardZoomPanAndFit()
    {
        const qreal fitted = m_view->scale();
        const QPointF before = m_view->mapToWidget(0);
        QTest::keyClick(m_view.get(), Qt::Key_Plus);
        QCOMPARE(m_view->scale(), fitted * 1.25);
        QTest::keyClick(m_view.get(), Qt::Key_Minus);
        QCOMPARE(m_view->scale(), fitted);
        QTest::keyClick(m_view.get(), Qt::Key_Left);
        QCOMPARE(m_view->mapToWidget(0), before + QPointF(40, 0));
        QTest::keyClick(m_view.get(), Qt::Key_Down);
        QCOMPARE(m_view->mapToWidget(0), before + QPointF(40, -40));
        QTest::keyClick(m_view.get(), Qt::Key_Home);
        QCOMPARE(m_view->mapToWidget(0), before);
        QTest::keyClick(m_view.get(), Qt::Key_Plus);
        QTest::keyClick(m_view.get(), Qt::Key_F);
        QCOMPARE(m_view->scale(), fitted);
    }

    void wheelZoomKeepsThePointUnderTheMouse()
    {
        const QPointF anchor = m_view->mapToWidget(37);
        QWheelEvent wheel(anchor, m_view->mapToGlobal(anchor), QPoint(), QPoint(0, 240),
                          Qt::NoButton, Qt::NoModifier, Qt::NoScrollPhase, false);
        const qreal fitted = m_view->scale();
        QCoreApplication::sendEvent(m_view.get(), &wheel);
        QCOMPARE(m_view->scale(), fitted * std::sqrt(2.0));
        QVERIFY((m_view->mapToWidget(37) - anchor).manhattanLength() < 1e-9);
    }

    void dragPans()
    {
        const QPointF before = m_view->mapToWidget(0);
        const QPoint start(300, 200);
        QTest::mousePress(m_view.get(), Qt::LeftButton, {}, start);
        QMouseEvent move(QEvent::MouseMove, QPointF(start + QPoint(30, 10)),
                         m_view->mapToGlobal(QPointF(start + QPoint(30, 10))), Qt::NoButton,
                         Qt::LeftButton, Qt::NoModifier);
        QCoreApplication::sendEvent(m_view.get(), &move);
        QTest::mouseRelease(m_view.get(), Qt::LeftButton, {}, start + QPoint(30, 10));
        QCOMPARE(m_view->mapToWidget(0), before + QPointF(30, 10));
    }

    void clickEmitsThePointUnderTheMouse()
    {
        QSignalSpy activated(m_view.get(), &ProjectionView::pointActivated);
        QSignalSpy cleared(m_view.get(), &ProjectionView::selectionCleared);
        QTest::mouseClick(m_view.get(), Qt::LeftButton, {},
                          (m_view->mapToWidget(42) + QPointF(2, -2)).toPoint());
        QCOMPARE(activated.count(), 1);
        QCOMPARE(activated.at(0).at(0).toInt(), 42);
        // Halfway between grid points is more than 6 pixels from every point.
        const QPointF between = (m_view->mapToWidget(42) + m_view->mapToWidget(43)) / 2
            + QPointF(0, m_view->scale() / 2);
        QTest::mouseClick(m_view.get(), Qt::LeftButton, {}, between.toPoint());
        QCOMPARE(activated.count(), 1);
        QCOMPARE(cleared.count(), 1);
    }

    void hoverShowsTheWord()
    {
        const QPoint at = m_view->mapToWidget(17).toPoint();
        QHelpEvent help(QEvent::ToolTip, at, m_view->mapToGlobal(at));
        QCoreApplication::sendEvent(m_view.get(), &help);
        QTRY_COMPARE(QToolTip::text(), QStringLiteral("w17"));
    }

    void mostFrequentWordIsLabelled()
    {
        m_view->setLabelLimit(10);
        m_view->grab();
        const QStringList labelled = m_view->labelledWords();
        QVERIFY(!labelled.isEmpty());
        QVERIFY(labelled.size() <= 10);
        QCOMPARE(labelled.first(), QStringLiteral("w0"));
        m_view->setLabelLimit(0);
        m_view->grab();
        QVERIFY(m_view->labelledWords().isEmpty());
    }

    void isolatedSearchLabelsOnlyMatches()
    {
        const int matches = m_view->setSearch(QRegularExpression(QStringLiteral("^w[1-3]$")), true);
        QCOMPARE(matches, 3);
        QVERIFY(m_view->isMatch(2));
        QVERIFY(!m_view->isMatch(12));
        m_view->grab();
        QCOMPARE(m_view->labelledWords(), (QStringList { "w1", "w2", "w3" }));
        // Faded words cannot be hovered or clicked.
        QCOMPARE(m_view->pointAt(m_view->mapToWidget(50)), -1);
        QCOMPARE(m_view->pointAt(m_view->mapToWidget(2)), 2);
        m_view->setSearch(QRegularExpression(QStringLiteral("(")), true);
        QCOMPARE(m_view->matchCount(), 0);
        QCOMPARE(m_view->pointAt(m_view->mapToWidget(50)), 50);
    }

    void newLayoutMovesSmoothly()
    {
        m_view->setAnimationDuration(200);
        const QList<QPointF> target = gridPoints(100, 0.5);
        m_view->setPositions(target, true);
        QCOMPARE(m_view->targetPositions(), target);
        QVERIFY(m_view->currentPositions() != target);
        QTRY_COMPARE(m_view->currentPositions(), target);
    }

    void backgroundFollowsThePalette_data()
    {
        QTest::addColumn<QColor>("base");
        QTest::newRow("light") << QColor(Qt::white);
        QTest::newRow("dark") << QColor(0x20, 0x22, 0x25);
    }

    void backgroundFollowsThePalette()
    {
        QFETCH(QColor, base);
        QPalette palette = m_view->palette();
        palette.setColor(QPalette::Base, base);
        palette.setColor(QPalette::Text, base.lightness() > 128 ? Qt::black : Qt::white);
        m_view->setPalette(palette);
        const QImage image = m_view->grab().toImage();
        QCOMPARE(image.pixelColor(1, 1), base);
    }

    void clustersFollowTheLayout()
    {
        // Three tight blobs far apart: k-means on the layout must find exactly them.
        QList<QPointF> points;
        std::mt19937 random(3);
        std::normal_distribution<qreal> jitter(0.0, 0.3);
        const QPointF centres[] = { { 0, 0 }, { 20, 0 }, { 0, 20 } };
        for (int i = 0; i < 300; ++i)
            points.append(centres[i % 3] + QPointF(jitter(random), jitter(random)));
        const QList<quint8> classes = LayoutClusters::kMeans(points, 3, 5);
        for (int i = 3; i < 300; ++i)
            QCOMPARE(classes[i], classes[i % 3]);
        QVERIFY(classes[0] != classes[1] && classes[1] != classes[2] && classes[0] != classes[2]);
    }

private:
    std::unique_ptr<ProjectionView> m_view;
};

QTEST_MAIN(TestProjectionView)
#include "tst_projectionview.moc"
