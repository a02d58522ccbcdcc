#include "core/project/customaxes.h"

#include "textvectors.h"

#include <QtTest>

#include <cmath>

using namespace ewb::core;

Q_DECLARE_METATYPE(ewb::core::ErrorCode)

class TestCustomAxes : public QObject
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

    // By hand: a = (1, 0, 0), b = (0, 1, 0), c = (0, 0, 2), d = (3, 0, 4). The x axis "a - b" is
    // (1, -1, 0) / sqrt(2), the y axis "c" is (0, 0, 1). unit(d) = (0.6, 0, 0.8), so d lands at
    // (0.6 / sqrt(2), 0.8); a at (1 / sqrt(2), 0); b at (-1 / sqrt(2), 0); c at (0, 1).
    void handComputed()
    {
        Matrix m(4, 3);
        m << 1, 0, 0, 0, 1, 0, 0, 0, 2, 3, 0, 4;
        auto model = EmbeddingModel::create({ "a", "b", "c", "d" }, {}, m);
        QVERIFY(model.ok());
        auto axes = CustomAxes::create(**model, "a - b", "c", (*model)->vectors());
        QVERIFY(axes.ok());
        QVERIFY((*axes)->run(1).ok());
        QCOMPARE((*axes)->iteration(), std::size_t(1));
        Layout expected(4, 2);
        const double r = 1.0 / std::sqrt(2.0);
        expected << r, 0, -r, 0, 0, 1, 0.6 * r, 0.8;
        QVERIFY(((*axes)->layout() - expected).cwiseAbs().maxCoeff() < 1e-7);
        QVERIFY(std::abs((*axes)->axesCosine()) < 1e-12);
    }

    // Reference values from numpy (bench/make_projection_reference.py: x = unit(he) - unit(she),
    // y = unit(good) - unit(bad), both normalised; coordinate = unit(word) . axis):
    void agreesWithNumpy_data()
    {
        QTest::addColumn<QString>("word");
        QTest::addColumn<double>("x");
        QTest::addColumn<double>("y");
        QTest::newRow("he") << "he" << 0.371105719 << -0.075371536;
        QTest::newRow("she") << "she" << -0.371105719 << -0.072085247;
        QTest::newRow("good") << "good" << 0.069592861 << 0.382999069;
        QTest::newRow("bad") << "bad" << 0.072984470 << -0.382999069;
        QTest::newRow("king") << "king" << 0.039903209 << -0.052132994;
        QTest::newRow("queen") << "queen" << -0.143613628 << 0.130898439;
        QTest::newRow("man") << "man" << 0.310792205 << -0.134385494;
        QTest::newRow("woman") << "woman" << -0.128243883 << -0.101756606;
    }

    void agreesWithNumpy()
    {
        QFETCH(QString, word);
        QFETCH(double, x);
        QFETCH(double, y);
        auto axes = CustomAxes::create(*m_gensim, "he - she", "good - bad", m_gensim->vectors());
        QVERIFY(axes.ok());
        QVERIFY((*axes)->run(1).ok());
        QVERIFY(std::abs((*axes)->axesCosine() - -0.004427699) < 1e-6);
        const auto row = static_cast<Eigen::Index>(m_gensim->indexOf(word.toStdString()));
        QVERIFY(row >= 0);
        QVERIFY2(std::abs((*axes)->layout()(row, 0) - x) < 1e-6,
                 qPrintable(QString::number((*axes)->layout()(row, 0), 'g', 10)));
        QVERIFY2(std::abs((*axes)->layout()(row, 1) - y) < 1e-6,
                 qPrintable(QString::number((*axes)->layout()(row, 1), 'g', 10)));
    }

    void projectsOnlyTheGivenRows()
    {
        auto axes = CustomAxes::create(*m_gensim, "he - she", "good - bad",
                                       m_gensim->vectors().topRows(100));
        QVERIFY(axes.ok() && (*axes)->run(1).ok());
        QCOMPARE((*axes)->layout().rows(), Eigen::Index(100));
        QVERIFY((*axes)->layout().cwiseAbs().maxCoeff() <= 1.0);
    }

    void badAxes_data()
    {
        QTest::addColumn<QString>("x");
        QTest::addColumn<QString>("y");
        QTest::addColumn<ErrorCode>("code");
        QTest::addColumn<QString>("mention");
        QTest::newRow("unknown-word") << "he - zzyzx"
                                      << "good - bad" << ErrorCode::NotFound << "'zzyzx'";
        QTest::newRow("unknown-y-word") << "he - she"
                                        << "qwertyuiop" << ErrorCode::NotFound << "y axis";
        QTest::newRow("parallel") << "he - she"
                                  << "she - he" << ErrorCode::InvalidArgument << "parallel";
        QTest::newRow("same") << "good - bad"
                              << "good - bad" << ErrorCode::InvalidArgument << "parallel";
        QTest::newRow("zero") << "he - he"
                              << "good - bad" << ErrorCode::InvalidArgument << "cancel out";
        QTest::newRow("malformed") << "he - - she"
                                   << "good" << ErrorCode::InvalidArgument << "x axis";
        QTest::newRow("empty") << "he"
                               << "" << ErrorCode::InvalidArgument << "y axis";
    }

    void badAxes()
    {
        QFETCH(QString, x);
        QFETCH(QString, y);
        QFETCH(ErrorCode, code);
        QFETCH(QString, mention);
        auto axes
            = CustomAxes::create(*m_gensim, x.toStdString(), y.toStdString(), m_gensim->vectors());
        QVERIFY(!axes.ok());
        QCOMPARE(axes.error().code, code);
        QVERIFY2(QString::fromStdString(axes.error().detail).contains(mention),
                 axes.error().detail.c_str());
    }

    void zeroAndMismatchedInput()
    {
        Matrix m(3, 2);
        m << 1, 0, 0, 1, 0, 0;
        auto model = EmbeddingModel::create({ "a", "b", "z" }, {}, m);
        QVERIFY(model.ok());
        auto zeroWord = CustomAxes::create(**model, "a - z", "b", m);
        QCOMPARE(zeroWord.error().code, ErrorCode::ZeroVector);
        auto wrongDim = CustomAxes::create(**model, "a", "b", Matrix::Ones(2, 3));
        QCOMPARE(wrongDim.error().code, ErrorCode::InvalidArgument);
        // An all-zero point has no direction: it stays at the origin.
        auto axes = CustomAxes::create(**model, "a", "b", m);
        QVERIFY(axes.ok() && (*axes)->run(1).ok());
        QCOMPARE((*axes)->layout().row(2), Eigen::RowVector2d(0, 0));
    }
};

QTEST_APPLESS_MAIN(TestCustomAxes)
#include "tst_customaxes.moc"
