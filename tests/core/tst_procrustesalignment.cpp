#include "core/project/procrustesalignment.h"

#include <QtTest>

#include <cmath>
#include <limits>
#include <numbers>

using namespace ewb::core;

namespace {

// Ten points with no symmetry (a rotation or reflection of them is never themselves).
Layout reference()
{
    Layout layout(10, 2);
    layout << 0, 0, 1, 0, 3, 1, 2, 4, -1, 2, -3, -1, 0.5, -2, 4, -3, -2, 5, 1.5, 1.5;
    return layout;
}

// Rotate by angle (radians), scale, then shift: row . R^T for row vectors.
Layout transformed(const Layout &layout, double angle, double scale, Eigen::RowVector2d shift,
                   bool mirror = false)
{
    Eigen::Matrix2d rotation;
    rotation << std::cos(angle), -std::sin(angle), std::sin(angle), std::cos(angle);
    Layout result = layout;
    if (mirror)
        result.col(0) = -result.col(0);
    result = (scale * (result * rotation.transpose())).rowwise() + shift;
    return result;
}

double signedArea(const Layout &l, int a, int b, int c)
{
    return (l(b, 0) - l(a, 0)) * (l(c, 1) - l(a, 1)) - (l(b, 1) - l(a, 1)) * (l(c, 0) - l(a, 0));
}

} // namespace

class TestProcrustesAlignment : public QObject
{
    Q_OBJECT

private slots:
    void recoversSimilarity_data()
    {
        QTest::addColumn<double>("angle");
        QTest::addColumn<double>("scale");
        QTest::addColumn<bool>("mirror");
        QTest::newRow("rotation-only") << 0.7 << 1.0 << false;
        QTest::newRow("half-turn-and-shrink") << std::numbers::pi << 0.25 << false;
        QTest::newRow("rotate-scale") << -2.1 << 3.5 << false;
        QTest::newRow("mirrored") << 1.3 << 2.0 << true;
    }

    // The moving layout is the reference rotated, scaled, shifted (and mirrored): alignment must
    // undo it exactly.
    void recoversSimilarity()
    {
        QFETCH(double, angle);
        QFETCH(double, scale);
        QFETCH(bool, mirror);
        const Layout moving = transformed(reference(), angle, scale, { 12.0, -7.5 }, mirror);
        auto aligned = ProcrustesAlignment::align(reference(), moving);
        QVERIFY(aligned.ok());
        QVERIFY2(((*aligned) - reference()).cwiseAbs().maxCoeff() < 1e-9,
                 qPrintable(QString::number(((*aligned) - reference()).cwiseAbs().maxCoeff())));
    }

    // Without reflections a mirrored layout cannot be matched: the result keeps the moving
    // layout's orientation (signed areas keep their sign) and is only close, not equal.
    void refusesReflectionWhenAsked()
    {
        const Layout moving = transformed(reference(), 0.4, 1.0, { 1.0, 2.0 }, true);
        ProcrustesAlignment::Options options;
        options.allowReflection = false;
        auto aligned = ProcrustesAlignment::align(reference(), moving, options);
        QVERIFY(aligned.ok());
        QVERIFY(((*aligned) - reference()).cwiseAbs().maxCoeff() > 0.1);
        for (int c = 2; c < 10; ++c)
            QCOMPARE(signedArea(*aligned, 0, 1, c) > 0, signedArea(moving, 0, 1, c) > 0);
        // A proper rotation is still recovered exactly.
        const Layout rotated = transformed(reference(), 0.4, 2.0, { 1.0, 2.0 });
        aligned = ProcrustesAlignment::align(reference(), rotated, options);
        QVERIFY(((*aligned) - reference()).cwiseAbs().maxCoeff() < 1e-9);
    }

    // Without scaling, distances within the moving layout are kept: a doubled copy is rotated
    // and centred on the reference but stays twice as large.
    void keepsSizeWhenAsked()
    {
        const Layout moving = transformed(reference(), 0.9, 2.0, { -3.0, 4.0 });
        ProcrustesAlignment::Options options;
        options.allowScaling = false;
        auto aligned = ProcrustesAlignment::align(reference(), moving, options);
        QVERIFY(aligned.ok());
        for (int i = 1; i < 10; ++i) {
            const double before = (moving.row(i) - moving.row(0)).norm();
            const double after = ((*aligned).row(i) - (*aligned).row(0)).norm();
            QVERIFY(std::abs(before - after) < 1e-9);
        }
        const Eigen::RowVector2d centre = reference().colwise().mean();
        QVERIFY(((*aligned).colwise().mean() - centre).norm() < 1e-9);
        const Layout expected = ((reference().rowwise() - centre) * 2.0).rowwise() + centre;
        QVERIFY(((*aligned) - expected).cwiseAbs().maxCoeff() < 1e-9);
    }

    void degenerateMovingLayout()
    {
        Layout moving = Layout::Constant(10, 2, 3.0);
        auto aligned = ProcrustesAlignment::align(reference(), moving);
        QVERIFY(aligned.ok());
        // No orientation to recover: every point moves to the reference's centre.
        const Eigen::RowVector2d centre = reference().colwise().mean();
        for (int i = 0; i < 10; ++i)
            QVERIFY(((*aligned).row(i) - centre).norm() < 1e-12);
    }

    void degenerateReference()
    {
        // A reference collapsed to one point: the best fit is to shrink onto it.
        const Layout collapsed = Layout::Constant(10, 2, -1.0);
        auto aligned = ProcrustesAlignment::align(collapsed, reference());
        QVERIFY(aligned.ok());
        QVERIFY(((*aligned) - collapsed).cwiseAbs().maxCoeff() < 1e-12);
    }

    void badInput()
    {
        auto mismatched = ProcrustesAlignment::align(reference(), reference().topRows(9));
        QVERIFY(!mismatched.ok());
        QCOMPARE(mismatched.error().code, ErrorCode::InvalidArgument);
        QVERIFY(QString::fromStdString(mismatched.error().detail).contains("9"));
        Layout withNan = reference();
        withNan(4, 1) = std::numeric_limits<double>::quiet_NaN();
        auto nan = ProcrustesAlignment::align(reference(), withNan);
        QVERIFY(!nan.ok());
        QCOMPARE(nan.error().code, ErrorCode::NumericError);
        auto empty = ProcrustesAlignment::align(Layout(0, 2), Layout(0, 2));
        QVERIFY(empty.ok());
        QCOMPARE(empty->rows(), Eigen::Index(0));
    }
};

QTEST_APPLESS_MAIN(TestProcrustesAlignment)
#include "tst_procrustesalignment.moc"
