#include "core/project/umapcurve.h"

#include "textvectors.h"

#include <QtTest>

#include <cmath>

using namespace ewb::core;

class TestUmapCurve : public QObject
{
    Q_OBJECT

private slots:
    void matchesUmapLearn_data()
    {
        // Reference: umap-learn 0.5.3's find_ab_params (scipy curve_fit), written to the fixture
        // by bench/make_umap_fixture.py.
        QTest::addColumn<double>("minDist");
        QTest::addColumn<double>("spread");
        QTest::addColumn<double>("a");
        QTest::addColumn<double>("b");
        const auto rows
            = ewb::test::expectedLines(ewb::test::fixturePath("umap-expected.txt"), "curve");
        QVERIFY(rows.size() >= 6);
        for (const auto &row : rows) {
            const QString name
                = QStringLiteral("min-dist-%1-spread-%2")
                      .arg(QString::fromStdString(row[1]), QString::fromStdString(row[2]));
            QTest::newRow(qPrintable(name))
                << std::stod(row[1]) << std::stod(row[2]) << std::stod(row[3]) << std::stod(row[4]);
        }
    }

    void matchesUmapLearn()
    {
        QFETCH(double, minDist);
        QFETCH(double, spread);
        QFETCH(double, a);
        QFETCH(double, b);
        auto curve = UmapCurve::fit(minDist, spread);
        QVERIFY(curve.ok());
        // Two least-squares solvers stop at slightly different points of a flat valley.
        QVERIFY2(std::abs(curve->a - a) < 2e-3 * a, qPrintable(QString::number(curve->a)));
        QVERIFY2(std::abs(curve->b - b) < 2e-3 * b, qPrintable(QString::number(curve->b)));
    }

    void defaultValues()
    {
        auto curve = UmapCurve::fit(0.1, 1.0);
        QVERIFY(curve.ok());
        QCOMPARE(std::round(curve->a * 1000.0) / 1000.0, 1.577);
        QCOMPARE(std::round(curve->b * 1000.0) / 1000.0, 0.895);
        // 1 / (1 + a * 0^b) = 1 at distance 0; 1 / (1 + a) at distance 1.
        QCOMPARE(curve->probability(0.0), 1.0);
        QCOMPARE(curve->probability(1.0), 1.0 / (1.0 + curve->a));
    }

    void rejectsBadParameters_data()
    {
        QTest::addColumn<double>("minDist");
        QTest::addColumn<double>("spread");
        QTest::newRow("negative-min-dist") << -0.1 << 1.0;
        QTest::newRow("min-dist-above-spread") << 2.0 << 1.0;
        QTest::newRow("zero-spread") << 0.0 << 0.0;
        QTest::newRow("nan-spread") << 0.1 << std::nan("");
    }

    void rejectsBadParameters()
    {
        QFETCH(double, minDist);
        QFETCH(double, spread);
        auto curve = UmapCurve::fit(minDist, spread);
        QVERIFY(!curve.ok());
        QCOMPARE(curve.error().code, ErrorCode::InvalidArgument);
    }
};

QTEST_APPLESS_MAIN(TestUmapCurve)
#include "tst_umapcurve.moc"
