#include "core/eval/correlation.h"
#include "core/eval/similaritybenchmark.h"
#include "core/model/embeddingmodel.h"

#include "textvectors.h"

#include <QtTest>

#include <cmath>

using namespace ewb::core;

Q_DECLARE_METATYPE(std::vector<double>)

namespace {

std::shared_ptr<const EmbeddingModel> toyModel()
{
    Matrix m(7, 3);
    m << 1, 0, 0, // man
        0, 1, 0, // woman
        1, 0, 1, // king
        0, 1, 1, // queen
        0, 0, 1, // royal
        1, 1, -1, // apple
        0, 0, 0; // void
    auto model = EmbeddingModel::create(
        { "man", "woman", "king", "queen", "royal", "apple", "void" }, {}, std::move(m));
    return model ? *model : nullptr;
}

} // namespace

class TestSimilarityBenchmark : public QObject
{
    Q_OBJECT

private:
    std::shared_ptr<const EmbeddingModel> m_toy = toyModel();

private slots:
    void averageRanksByHand_data()
    {
        QTest::addColumn<std::vector<double>>("values");
        QTest::addColumn<std::vector<double>>("ranks");
        QTest::newRow("distinct") << std::vector<double> { 3, 1, 2 }
                                  << std::vector<double> { 3, 1, 2 };
        QTest::newRow("pair-tie") << std::vector<double> { 10, 20, 20, 30 }
                                  << std::vector<double> { 1, 2.5, 2.5, 4 };
        QTest::newRow("all-tied") << std::vector<double> { 7, 7, 7 }
                                  << std::vector<double> { 2, 2, 2 };
        QTest::newRow("empty") << std::vector<double> {} << std::vector<double> {};
    }

    void averageRanksByHand()
    {
        QFETCH(std::vector<double>, values);
        QFETCH(std::vector<double>, ranks);
        QCOMPARE(averageRanks(values), ranks);
    }

    void correlationsByHand_data()
    {
        QTest::addColumn<std::vector<double>>("x");
        QTest::addColumn<std::vector<double>>("y");
        QTest::addColumn<double>("pearsonValue");
        QTest::addColumn<double>("spearmanValue");

        // dx = (-1, 0, 1), dy = (-7/3, -1/3, 8/3): r = 5 / sqrt(2 * 114/9); ranks agree fully.
        QTest::newRow("three-points")
            << std::vector<double> { 1, 2, 3 } << std::vector<double> { 2, 4, 7 }
            << 5.0 / std::sqrt(2.0 * 114.0 / 9.0) << 1.0;
        // dy = (-1.6, -0.6, 0.4, 1.4, 0.4): r = 6 / sqrt(10 * 5.2). Ranks of y with a tie:
        // (1, 2, 3.5, 5, 3.5): rho = 8 / sqrt(10 * 9.5).
        QTest::newRow("tie") << std::vector<double> { 1, 2, 3, 4, 5 }
                             << std::vector<double> { 5, 6, 7, 8, 7 } << 6.0 / std::sqrt(10.0 * 5.2)
                             << 8.0 / std::sqrt(95.0);
        QTest::newRow("reversed") << std::vector<double> { 1, 2, 3 }
                                  << std::vector<double> { 9, 5, 1 } << -1.0 << -1.0;
    }

    void correlationsByHand()
    {
        QFETCH(std::vector<double>, x);
        QFETCH(std::vector<double>, y);
        QFETCH(double, pearsonValue);
        QFETCH(double, spearmanValue);
        QVERIFY(std::abs(pearson(x, y) - pearsonValue) < 1e-12);
        QVERIFY(std::abs(spearman(x, y) - spearmanValue) < 1e-12);
    }

    void constantSeriesHaveNoCorrelation()
    {
        const std::vector<double> x { 1, 2, 3 };
        const std::vector<double> flat { 4, 4, 4 };
        QVERIFY(std::isnan(pearson(x, flat)));
        QVERIFY(std::isnan(spearman(flat, x)));
        QVERIFY(std::isnan(pearson(std::vector<double> { 1 }, std::vector<double> { 2 })));
    }

    void toyPairs()
    {
        QVERIFY(m_toy);
        // Model cosines by hand: king-queen 0.5, man-woman 0, king-royal 1/sqrt2, man-apple
        // 1/sqrt3; gold ranks (3, 1, 4, 2) against model ranks (2, 1, 4, 3): rho = 4/5.
        const std::string text = "# comment line\r\n"
                                 "king\tqueen\t5\r\n"
                                 "MAN\tWoman\t1\n"
                                 "king\troyal\t+8.0\n"
                                 "man\tapple\t 3 \n"
                                 "\n"
                                 "king\tunicorn\t4\n"
                                 "void\tman\t4\n"
                                 "king queen 5\n"
                                 "king\tqueen\tnan\n"
                                 "king\tqueen\t2\textra\n";
        auto report = SimilarityBenchmark::evaluate(*m_toy, text, {});
        QVERIFY(report.ok());
        QCOMPARE(report->pairs, std::size_t(4));
        QCOMPARE(report->oov, std::size_t(2));
        QCOMPARE(report->skippedLines, (std::vector<std::size_t> { 9, 10, 11 }));
        QVERIFY(std::abs(report->spearman - 0.8) < 1e-12);
        QCOMPARE(report->oovFraction(), 2.0 / 6.0);
        QCOMPARE(report->oovPercent(), 100.0 * 2.0 / 6.0);
        // Pearson of (5, 1, 8, 3) against (0.5, 0, 1/sqrt2, 1/sqrt3): sums of centred products
        // 2.30497 / sqrt(26.75 * 0.287265).
        QVERIFY(std::abs(report->pearson - 0.8315018) < 1e-6);
    }

    void optionsChangeTheMatch()
    {
        const std::string text = "king queen 5\nMAN woman 1\nking royal 8\nman apple 3\n";
        SimilarityBenchmark::Options options;
        options.separator = SimilarityBenchmark::Separator::Whitespace;
        auto whitespace = SimilarityBenchmark::evaluate(*m_toy, text, options);
        QVERIFY(whitespace.ok());
        QCOMPARE(whitespace->pairs, std::size_t(4));
        QVERIFY(std::abs(whitespace->spearman - 0.8) < 1e-12);

        options.caseInsensitive = false;
        auto sensitive = SimilarityBenchmark::evaluate(*m_toy, text, options);
        QVERIFY(sensitive.ok());
        QCOMPARE(sensitive->pairs, std::size_t(3));
        QCOMPARE(sensitive->oov, std::size_t(1));

        options.caseInsensitive = true;
        options.restrictVocab = 3; // man, woman, king
        auto restricted = SimilarityBenchmark::evaluate(*m_toy, text, options);
        QVERIFY(restricted.ok());
        QCOMPARE(restricted->pairs, std::size_t(1));
        QCOMPARE(restricted->oov, std::size_t(3));
    }

    void errors()
    {
        QCOMPARE(SimilarityBenchmark::evaluate(*m_toy, "# only a comment\n\n", {}).error().code,
                 ErrorCode::EmptyInput);
        QCOMPARE(SimilarityBenchmark::evaluate(*m_toy, "a\tb\t1\n", {}).error().code,
                 ErrorCode::NotFound);
        SimilarityBenchmark::Options zero;
        zero.restrictVocab = 0;
        QCOMPARE(SimilarityBenchmark::evaluate(*m_toy, "king\tqueen\t1\n", zero).error().code,
                 ErrorCode::InvalidArgument);
        std::stop_source source;
        source.request_stop();
        QCOMPARE(SimilarityBenchmark::evaluate(*m_toy, "king\tqueen\t1\n", {}, source.get_token())
                     .error()
                     .code,
                 ErrorCode::Cancelled);
        QCOMPARE(SimilarityBenchmark::evaluateFile(*m_toy, EWB_TEST_DATA_DIR, {}).error().code,
                 ErrorCode::NotRegularFile);
    }

    void gensimAgreement_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<int>("restrict");
        QTest::addColumn<double>("spearmanValue");
        QTest::addColumn<double>("pearsonValue");
        QTest::addColumn<double>("oovPercent");
        for (const auto &row :
             ewb::test::expectedLines(ewb::test::fixturePath("gensim-expected.txt"), "pairs")) {
            QTest::newRow(qPrintable(QString::fromStdString(row[1] + "-" + row[2])))
                << QString::fromStdString(row[1]) << std::stoi(row[2]) << std::stod(row[3])
                << std::stod(row[4]) << std::stod(row[5]);
        }
    }

    void gensimAgreement()
    {
        QFETCH(QString, file);
        QFETCH(int, restrict);
        QFETCH(double, spearmanValue);
        QFETCH(double, pearsonValue);
        QFETCH(double, oovPercent);
        const auto model
            = ewb::test::loadTextVectors(ewb::test::fixturePath("gensim-demo-en-d50.txt"));
        QVERIFY(model);
        SimilarityBenchmark::Options options;
        options.restrictVocab = std::size_t(restrict);
        auto report = SimilarityBenchmark::evaluateFile(
            *model, std::string(EWB_RESOURCES_DIR) + "/wordsim/" + file.toStdString(), options);
        QVERIFY(report.ok());
        QVERIFY2(std::abs(report->spearman - spearmanValue) < 5e-4,
                 qPrintable(QString::number(report->spearman, 'g', 9)));
        QVERIFY2(std::abs(report->pearson - pearsonValue) < 5e-4,
                 qPrintable(QString::number(report->pearson, 'g', 9)));
        QVERIFY(std::abs(report->oovPercent() - oovPercent) < 1e-6);
    }
};

QTEST_APPLESS_MAIN(TestSimilarityBenchmark)
#include "tst_similaritybenchmark.moc"
