#include "core/train/sgdkernel.h"
#include "core/train/sigmoidtable.h"

#include <QtTest>

#include <array>
#include <cstdint>
#include <vector>

using namespace ewb::core;

namespace {

// A 3-word vocabulary with dim 2. Input (embedding) rows x_w and output rows o_w:
//   x0 = ( 0.1, -0.2)   o0 = ( 0.2,  0.1)
//   x1 = ( 0.3,  0.4)   o1 = (-0.3,  0.5)
//   x2 = (-0.5,  0.2)   o2 = ( 0.4, -0.1)
struct Weights
{
    std::vector<float> input { 0.1f, -0.2f, 0.3f, 0.4f, -0.5f, 0.2f };
    std::vector<float> output { 0.2f, 0.1f, -0.3f, 0.5f, 0.4f, -0.1f };
};

using Rows = QList<double>; // 6 values: rows 0, 1, 2 of a 3 x 2 matrix

void compareRows(const std::vector<float> &actual, const Rows &expected)
{
    for (std::size_t i = 0; i < actual.size(); ++i) {
        // The sigmoid table is accurate to 1e-5, and g = (label - s) * alpha scales that by
        // alpha = 0.1; float rounding adds about 1e-7.
        QVERIFY2(std::abs(static_cast<double>(actual[i]) - expected[static_cast<qsizetype>(i)])
                     < 2e-6,
                 qPrintable(QStringLiteral("element %1: %2 instead of %3")
                                .arg(i)
                                .arg(static_cast<double>(actual[i]), 0, 'g', 9)
                                .arg(expected[static_cast<qsizetype>(i)], 0, 'g', 9)));
    }
}

} // namespace

class TestSgdKernel : public QObject
{
    Q_OBJECT

private slots:
    void skipGram_data()
    {
        QTest::addColumn<QList<uint>>("contexts");
        QTest::addColumn<QList<uint>>("targets");
        QTest::addColumn<Rows>("input");
        QTest::addColumn<Rows>("output");
        QTest::addColumn<double>("loss");

        // One pair: context 1 predicts centre 0 against noise word 2, alpha = 0.1.
        //   x1.o0 = 0.3*0.2 + 0.4*0.1 = 0.10, s(0.10) = 0.524979187
        //   g0 = (1 - 0.524979187) * 0.1 = 0.0475020813
        //   x1.o2 = 0.3*0.4 - 0.4*0.1 = 0.08, s(0.08) = 0.519989340
        //   g2 = (0 - 0.519989340) * 0.1 = -0.0519989340
        //   x1 += g0 o0 + g2 o2 = (0.3 + 0.0095004163 - 0.0207995736,
        //                          0.4 + 0.0047502081 + 0.0051998934)
        //                       = (0.2887008426, 0.4099501015)
        //   o0 += g0 x1(old) = (0.2 + 0.0142506244, 0.1 + 0.0190008325)
        //   o2 += g2 x1(old) = (0.4 - 0.0155996802, -0.1 - 0.0207995736)
        //   loss = -log s(0.10) - log s(-0.08) = 0.6443966600 + 0.7339469680 = 1.378343628
        QTest::newRow("one-pair") << QList<uint> { 1 } << QList<uint> { 0, 2 }
                                  << Rows { 0.1, -0.2, 0.2887008426, 0.4099501015, -0.5, 0.2 }
                                  << Rows { 0.2142506244, 0.1190008325, -0.3,
                                            0.5,          0.3844003198, -0.1207995736 }
                                  << 1.378343628;

        // A window of two contexts (1 and 2) sharing the noise word 2: both are scored against
        // the output rows as they were on entry, and the output updates add up.
        //   context 1: as above, g0 = 0.0475020813, g2 = -0.0519989340
        //   context 2: x2.o0 = -0.1 + 0.02 = -0.08, s = 0.480010660, g0' = 0.0519989340
        //              x2.o2 = -0.2 - 0.02 = -0.22, s = 0.445220765, g2' = -0.0445220765
        //   x2 += g0' o0 + g2' o2 = (-0.5 + 0.0103997868 - 0.0178088306,
        //                            0.2 + 0.0051998934 + 0.0044522077)
        //   o0 += g0 x1 + g0' x2 = (0.2 + 0.0142506244 - 0.0259994670,
        //                           0.1 + 0.0190008325 + 0.0103997868)
        //   o2 += g2 x1 + g2' x2 = (0.4 - 0.0155996802 + 0.0222610383,
        //                           -0.1 - 0.0207995736 - 0.0089044153)
        //   loss = 1.378343628 + (-log s(-0.08) - log s(0.22))
        //        = 1.378343628 + 0.7339469680 + 0.5891850190 = 2.701475614
        QTest::newRow("shared-negatives-window")
            << QList<uint> { 1, 2 } << QList<uint> { 0, 2 }
            << Rows { 0.1, -0.2, 0.2887008426, 0.4099501015, -0.5074090438, 0.2096521011 }
            << Rows { 0.1882511574, 0.1294006193, -0.3, 0.5, 0.4066613580, -0.1297039889 }
            << 2.701475614;
    }

    void skipGram()
    {
        QFETCH(QList<uint>, contexts);
        QFETCH(QList<uint>, targets);
        QFETCH(Rows, input);
        QFETCH(Rows, output);
        QFETCH(double, loss);

        Weights w;
        const SigmoidTable sigmoid;
        SgdKernel kernel(w.input.data(), w.output.data(), 2, 2, 2, sigmoid);
        const std::vector<std::uint32_t> c(contexts.begin(), contexts.end());
        const std::vector<std::uint32_t> t(targets.begin(), targets.end());
        const double actualLoss = kernel.skipGram(c, t, 0.1f);
        QVERIFY2(std::abs(actualLoss - loss) < 3e-5,
                 qPrintable(QString::number(actualLoss, 'g', 10)));
        compareRows(w.input, input);
        compareRows(w.output, output);
    }

    void cbow()
    {
        // Contexts 0 and 2 predict centre 1 against noise word 0, alpha = 0.1.
        //   h = (x0 + x2) / 2 = ((0.1 - 0.5)/2, (-0.2 + 0.2)/2) = (-0.2, 0)
        //   centre: h.o1 = 0.06, s(0.06) = 0.514995502, g = 0.0485004498
        //           e = g o1 = (-0.0145501349, 0.0242502249)
        //           o1 += g h = (-0.3 - 0.0097000900, 0.5)
        //   noise:  h.o0 = -0.04, s(-0.04) = 0.490001333, g = -0.0490001333
        //           e += g o0 = (-0.0243501616, 0.0193502116)
        //           o0 += g h = (0.2 + 0.0098000267, 0.1)
        //   x0 += e = (0.0756498384, -0.1806497884); x2 += e = (-0.5243501616, 0.2193502116)
        //   loss = -log s(0.06) - log s(0.04) = 0.6635971131 + 0.6733471672 = 1.336944280
        Weights w;
        const SigmoidTable sigmoid;
        SgdKernel kernel(w.input.data(), w.output.data(), 2, 2, 2, sigmoid);
        const std::array<std::uint32_t, 2> contexts { 0, 2 };
        const std::array<std::uint32_t, 2> targets { 1, 0 };
        const double loss = kernel.cbow(contexts, targets, 0.1f);
        QVERIFY2(std::abs(loss - 1.336944280) < 3e-5, qPrintable(QString::number(loss, 'g', 10)));
        compareRows(w.input,
                    { 0.0756498384, -0.1806497884, 0.3, 0.4, -0.5243501616, 0.2193502116 });
        compareRows(w.output, { 0.2098000267, 0.1, -0.3097000900, 0.5, 0.4, -0.1 });
    }

    void weightDecay()
    {
        // With decay d = alpha * lambda the updated rows also lose d times their old value:
        // x1 = 0.3 * (1 - d) + (g0 o0 + g2 o2)_0 with d = 0.1 * 0.5 = 0.05:
        //   0.3 * 0.95 - 0.0112991573 = 0.2737008427
        Weights w;
        const SigmoidTable sigmoid;
        SgdKernel kernel(w.input.data(), w.output.data(), 2, 2, 2, sigmoid);
        const std::array<std::uint32_t, 1> contexts { 1 };
        const std::array<std::uint32_t, 2> targets { 0, 2 };
        kernel.skipGram(contexts, targets, 0.1f, 0.05f);
        QVERIFY(std::abs(static_cast<double>(w.input[2]) - 0.2737008427) < 2e-6);
        // o0 = 0.2 * 0.95 + g0 * 0.3 = 0.19 + 0.0142506244
        QVERIFY(std::abs(static_cast<double>(w.output[0]) - 0.2042506244) < 2e-6);
    }

    void zeroOutputLoss()
    {
        // With a zero output layer every score is 0, so a pair costs (1 + negative) ln 2.
        std::vector<float> input { 0.3f, -0.1f, 0.2f, 0.5f, 0.4f, 0.1f };
        std::vector<float> output(6, 0.0f);
        const SigmoidTable sigmoid;
        SgdKernel kernel(input.data(), output.data(), 2, 2, 3, sigmoid);
        const std::array<std::uint32_t, 2> contexts { 0, 1 };
        const std::array<std::uint32_t, 3> targets { 2, 0, 1 };
        const double loss = kernel.skipGram(contexts, targets, 0.025f);
        QVERIFY(std::abs(loss - 2 * 3 * std::log(2.0)) < 1e-5);
    }
};

QTEST_APPLESS_MAIN(TestSgdKernel)
#include "tst_sgdkernel.moc"
