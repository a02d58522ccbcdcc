#include "core/project/pcaprojection.h"
#include "core/project/principalaxes.h"

#include "textvectors.h"

#include <QtTest>

#include <cmath>
#include <limits>

using namespace ewb::core;

Q_DECLARE_METATYPE(ewb::core::PcaMethod)
Q_DECLARE_METATYPE(ewb::core::ErrorCode)

namespace {

// Four points built from two known orthogonal directions u1 = (0.6, 0.8, 0) and
// u2 = (-0.8, 0.6, 0) with coefficients (s, t) in {(2, 1), (-2, -1), (2, -1), (-2, 1)}, shifted by
// (10, -5, 7). By hand: the centred points are s u1 + t u2, so the scatter matrix in the (u1, u2)
// basis is diag(sum s^2, sum t^2) = diag(16, 4) (sum s t = 2 - 2 - 2 + 2 = 0): the sample
// variances are 16/3 and 4/3, the variance ratios 0.8 and 0.2 (the third direction has none).
// Sign convention (largest-magnitude coordinate positive): u1 stays (0.6, 0.8, 0); u2's largest
// coordinate is -0.8, so the second axis is -u2 = (0.8, -0.6, 0). The layout is therefore
// (s, -t): (2, -1), (-2, 1), (2, 1), (-2, -1).
Matrix knownPoints()
{
    Matrix m(4, 3);
    m << 10.4f, -2.8f, 7.0f, //  2 u1 + 1 u2 + shift = (0.4, 2.2, 0) + shift
        9.6f, -7.2f, 7.0f, // -(0.4, 2.2, 0) + shift
        12.0f, -4.0f, 7.0f, // 2 u1 - u2 = (2, 1, 0)
        8.0f, -6.0f, 7.0f; // (-2, -1, 0)
    return m;
}

bool identical(const Layout &a, const Layout &b)
{
    return a.rows() == b.rows()
        && std::memcmp(a.data(), b.data(), sizeof(double) * static_cast<std::size_t>(a.size()))
        == 0;
}

} // namespace

class TestPcaProjection : public QObject
{
    Q_OBJECT

private:
    std::shared_ptr<const EmbeddingModel> m_gensim;

private slots:
    void initTestCase()
    {
        m_gensim = ewb::test::loadTextVectors(ewb::test::fixturePath("gensim-demo-en-d50.txt"));
        QVERIFY(m_gensim);
    }

    void handComputedAxes_data()
    {
        QTest::addColumn<PcaMethod>("method");
        QTest::addColumn<double>("tolerance");
        QTest::newRow("covariance") << PcaMethod::Covariance << 1e-5;
        QTest::newRow("randomised") << PcaMethod::Randomised << 1e-5;
        QTest::newRow("auto") << PcaMethod::Auto << 1e-5;
    }

    void handComputedAxes()
    {
        QFETCH(PcaMethod, method);
        QFETCH(double, tolerance);
        auto projection = PcaProjection::create(knownPoints(), { method, 7, 7 });
        QVERIFY(projection.ok());
        QCOMPARE((*projection)->iteration(), std::size_t(0));
        QCOMPARE((*projection)->totalIterations(), std::size_t(1));
        QVERIFY((*projection)->layout().isZero());
        QVERIFY((*projection)->run(1).ok());
        QCOMPARE((*projection)->iteration(), std::size_t(1));

        const PrincipalAxes *axes = (*projection)->axes();
        QVERIFY(axes);
        Eigen::MatrixX2d expectedAxes(3, 2);
        expectedAxes << 0.6, 0.8, 0.8, -0.6, 0.0, 0.0;
        // The inputs are floats (10.4f is 10.3999996...): agreement to float precision.
        QVERIFY2((axes->axes() - expectedAxes).cwiseAbs().maxCoeff() < tolerance,
                 "axes differ from (0.6, 0.8, 0) and (0.8, -0.6, 0)");
        QVERIFY(std::abs(axes->explainedVarianceRatio()(0) - 0.8) < tolerance);
        QVERIFY(std::abs(axes->explainedVarianceRatio()(1) - 0.2) < tolerance);
        QVERIFY(std::abs(axes->explainedVariance()(0) - 16.0 / 3.0) < 1e-5);
        QVERIFY(std::abs(axes->explainedVariance()(1) - 4.0 / 3.0) < 1e-5);
        QVERIFY((axes->mean() - Eigen::RowVector3d(10.0, -5.0, 7.0)).norm() < 1e-5);

        Layout expected(4, 2);
        expected << 2, -1, -2, 1, 2, 1, -2, -1;
        QVERIFY2(((*projection)->layout() - expected).cwiseAbs().maxCoeff() < 1e-5,
                 "layout differs from the hand-computed (s, -t)");
    }

    // Reference values from numpy (bench/make_projection_reference.py, eigh of the scatter
    // matrix of the first 1,000 rows of the gensim fixture, same sign convention):
    //   pca ratio 0.145284366 0.081907487
    //   pca row 0 the 0.814954776 0.000654581
    //   pca row 1 and 0.659340350 -0.172162264
    //   pca row 2 to -0.206113790 -0.175795025
    //   pca row 999 marry -1.294708143 -0.329653305
    void agreesWithNumpy_data()
    {
        QTest::addColumn<PcaMethod>("method");
        QTest::addColumn<double>("tolerance");
        QTest::newRow("covariance") << PcaMethod::Covariance << 1e-6;
        QTest::newRow("randomised") << PcaMethod::Randomised << 1e-4;
    }

    void agreesWithNumpy()
    {
        QFETCH(PcaMethod, method);
        QFETCH(double, tolerance);
        const Matrix points = m_gensim->vectors().topRows(1000);
        auto projection = PcaProjection::create(points, { method, 3, 7 });
        QVERIFY(projection.ok());
        QVERIFY((*projection)->run(1).ok());
        const PrincipalAxes *axes = (*projection)->axes();
        QVERIFY(axes);
        const Eigen::Vector2d ratio = axes->explainedVarianceRatio();
        QVERIFY2(std::abs(ratio(0) - 0.145284366) < tolerance,
                 qPrintable(QString::number(ratio(0), 'g', 10)));
        QVERIFY2(std::abs(ratio(1) - 0.081907487) < tolerance,
                 qPrintable(QString::number(ratio(1), 'g', 10)));
        const Layout &layout = (*projection)->layout();
        const double expected[4][3] = { { 0, 0.814954776, 0.000654581 },
                                        { 1, 0.659340350, -0.172162264 },
                                        { 2, -0.206113790, -0.175795025 },
                                        { 999, -1.294708143, -0.329653305 } };
        for (const auto &row : expected) {
            const auto r = static_cast<Eigen::Index>(row[0]);
            QVERIFY2(std::abs(layout(r, 0) - row[1]) < 10 * tolerance,
                     qPrintable(QString::number(layout(r, 0), 'g', 10)));
            QVERIFY2(std::abs(layout(r, 1) - row[2]) < 10 * tolerance,
                     qPrintable(QString::number(layout(r, 1), 'g', 10)));
        }
    }

    // Same input, same options: the same axes bit for bit, including the randomised method
    // (seeded test matrix) and the sign convention.
    void deterministic_data()
    {
        QTest::addColumn<PcaMethod>("method");
        QTest::newRow("covariance") << PcaMethod::Covariance;
        QTest::newRow("randomised") << PcaMethod::Randomised;
    }

    void deterministic()
    {
        QFETCH(PcaMethod, method);
        const Matrix points = m_gensim->vectors().topRows(2000);
        auto first = PcaProjection::create(points, { method, 11, 7 });
        auto second = PcaProjection::create(points, { method, 11, 7 });
        QVERIFY(first.ok() && second.ok());
        QVERIFY((*first)->run(1).ok());
        QVERIFY((*second)->run(5).ok());
        QVERIFY(identical((*first)->layout(), (*second)->layout()));
        // The orientation of a mirrored input flips with it: the convention is about the axes.
        auto mirrored = PcaProjection::create(-points, { method, 11, 7 });
        QVERIFY(mirrored.ok() && (*mirrored)->run(1).ok());
        QVERIFY(((*mirrored)->layout() + (*first)->layout()).cwiseAbs().maxCoeff() < 1e-4);
    }

    void singleDimension()
    {
        Matrix points(3, 1);
        points << 1.0f, 2.0f, 6.0f;
        auto projection = PcaProjection::create(points, {});
        QVERIFY(projection.ok() && (*projection)->run(1).ok());
        // Mean 3: coordinates -2, -1, 3 on the only axis; the second axis explains nothing.
        Layout expected(3, 2);
        expected << -2, 0, -1, 0, 3, 0;
        QVERIFY(((*projection)->layout() - expected).cwiseAbs().maxCoeff() < 1e-12);
        const PrincipalAxes *axes = (*projection)->axes();
        QVERIFY(axes);
        QVERIFY(std::abs(axes->explainedVarianceRatio()(0) - 1.0) < 1e-12);
        QCOMPARE(axes->explainedVarianceRatio()(1), 0.0);
    }

    void badInput_data()
    {
        QTest::addColumn<int>("rows");
        QTest::addColumn<bool>("withNan");
        QTest::addColumn<ErrorCode>("code");
        QTest::newRow("one-point") << 1 << false << ErrorCode::InvalidArgument;
        QTest::newRow("no-point") << 0 << false << ErrorCode::InvalidArgument;
        QTest::newRow("nan") << 5 << true << ErrorCode::NumericError;
    }

    void badInput()
    {
        QFETCH(int, rows);
        QFETCH(bool, withNan);
        QFETCH(ErrorCode, code);
        Matrix points = Matrix::Ones(rows, 3);
        if (withNan)
            points(2, 1) = std::numeric_limits<float>::quiet_NaN();
        auto projection = PcaProjection::create(points, {});
        QVERIFY(!projection.ok());
        QCOMPARE(projection.error().code, code);
        auto axes = PrincipalAxes::compute(points, {});
        QVERIFY(!axes.ok());
        QCOMPARE(axes.error().code, code);
    }

    void cancelled()
    {
        auto projection = PcaProjection::create(m_gensim->vectors(), {});
        QVERIFY(projection.ok());
        std::stop_source stop;
        stop.request_stop();
        const auto result = (*projection)->run(1, stop.get_token());
        QVERIFY(!result.ok());
        QCOMPARE(result.error().code, ErrorCode::Cancelled);
        QCOMPARE((*projection)->iteration(), std::size_t(0));
        // Not spoiled: a later run completes.
        QVERIFY((*projection)->run(1).ok());
        QCOMPARE((*projection)->iteration(), std::size_t(1));
    }
};

QTEST_APPLESS_MAIN(TestPcaProjection)
#include "tst_pcaprojection.moc"
