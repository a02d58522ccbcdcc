#include "ui/labelplacer.h"

#include <QtTest>

#include <random>

using namespace ewb::ui;

class TestLabelPlacer : public QObject
{
    Q_OBJECT

private slots:
    void secondLabelAtTheSamePointGoesLeft()
    {
        // Worked by hand: a 40 x 10 label right of (100, 100) with a gap of 3 spans
        // x 103..143, y 95..105; the second cannot go there and takes the left spot,
        // x 57..97.
        LabelPlacer placer(QRectF(0, 0, 400, 300));
        const auto first = placer.place(QPointF(100, 100), QSizeF(40, 10), 3);
        QVERIFY(first);
        QCOMPARE(*first, QRectF(103, 95, 40, 10));
        const auto second = placer.place(QPointF(100, 100), QSizeF(40, 10), 3);
        QVERIFY(second);
        QCOMPARE(*second, QRectF(57, 95, 40, 10));
        // Above (x 80..120, y 87..97) and below (y 103..113) both reach into the first two
        // labels, so a third label as wide is dropped ...
        QVERIFY(!placer.place(QPointF(100, 100), QSizeF(40, 10), 3));
        // ... but a 4-pixel-wide one fits above, x 98..102, between them.
        const auto narrow = placer.place(QPointF(100, 100), QSizeF(4, 10), 3);
        QVERIFY(narrow);
        QCOMPARE(*narrow, QRectF(98, 87, 4, 10));
        QCOMPARE(placer.placed().size(), 3);
    }

    void reservedAreaIsAvoided()
    {
        LabelPlacer placer(QRectF(0, 0, 400, 300));
        placer.reserve(QRectF(100, 90, 60, 20));
        const auto label = placer.place(QPointF(100, 100), QSizeF(40, 10), 3);
        QVERIFY(label);
        QVERIFY(!label->intersects(QRectF(100, 90, 60, 20)));
    }

    void noOverlapsAndFirstAlwaysPlaced_data()
    {
        QTest::addColumn<int>("count");
        QTest::addColumn<QRectF>("spread");
        QTest::addColumn<qreal>("cellSize");
        QTest::newRow("sparse") << 100 << QRectF(0, 0, 1280, 800) << 32.0;
        QTest::newRow("dense") << 3000 << QRectF(0, 0, 1280, 800) << 32.0;
        QTest::newRow("all-in-one-corner") << 500 << QRectF(0, 0, 60, 40) << 32.0;
        QTest::newRow("beyond-the-edges") << 800 << QRectF(-100, -100, 1480, 1000) << 32.0;
        QTest::newRow("tiny-cells") << 1000 << QRectF(0, 0, 1280, 800) << 4.0;
        QTest::newRow("huge-cells") << 1000 << QRectF(0, 0, 1280, 800) << 2000.0;
    }

    void noOverlapsAndFirstAlwaysPlaced()
    {
        QFETCH(int, count);
        QFETCH(QRectF, spread);
        QFETCH(qreal, cellSize);
        const QRectF bounds(0, 0, 1280, 800);
        std::mt19937 random(7);
        std::uniform_real_distribution<qreal> x(spread.left(), spread.right());
        std::uniform_real_distribution<qreal> y(spread.top(), spread.bottom());
        std::uniform_real_distribution<qreal> width(10, 120);
        LabelPlacer placer(bounds, cellSize);
        int placed = 0;
        for (int i = 0; i < count; ++i) {
            const QPointF anchor(x(random), y(random));
            const auto rect = placer.place(anchor, QSizeF(width(random), 14), 3);
            if (i == 0)
                QVERIFY2(rect, "the first (most frequent) label must always be placed");
            placed += rect ? 1 : 0;
        }
        const QList<QRectF> &rects = placer.placed();
        QCOMPARE(rects.size(), placed);
        QVERIFY(placed >= 1);
        // Checked pair by pair, independently of the placer's grid.
        for (qsizetype a = 0; a < rects.size(); ++a) {
            QVERIFY2(bounds.contains(rects[a]), qPrintable(QString::number(a)));
            for (qsizetype b = a + 1; b < rects.size(); ++b) {
                if (rects[a].intersects(rects[b]))
                    QFAIL(qPrintable(QStringLiteral("labels %1 and %2 overlap").arg(a).arg(b)));
            }
        }
    }
};

QTEST_APPLESS_MAIN(TestLabelPlacer)
#include "tst_labelplacer.moc"
