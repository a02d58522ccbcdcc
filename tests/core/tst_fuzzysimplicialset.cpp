#include "core/project/fuzzysimplicialset.h"

#include "textvectors.h"

#include <QtTest>

#include <cmath>

using namespace ewb::core;

class TestFuzzySimplicialSet : public QObject
{
    Q_OBJECT

private slots:
    void byHand()
    {
        // Three points on a line at 0, 1, 3 with k = 1: 0 -> 1 (d 1), 1 -> 0 (d 1), 2 -> 1 (d 2).
        // Each nearest neighbour sits at rho, so every directed weight is exp(0) = 1; the union
        // keeps 1 for 0-1 (both directions) and 1 for 1-2 (one direction).
        Matrix points(3, 1);
        points << 0, 1, 3;
        auto graph = KnnGraph::build(points, 1, DistanceMetric::Euclidean, 1, 1);
        QVERIFY(graph.ok());
        auto set = FuzzySimplicialSet::build(*graph);
        QVERIFY(set.ok());
        QCOMPARE(set->edgeCount(), std::size_t(4));
        QCOMPARE(set->offsets(), (std::vector<std::size_t> { 0, 1, 3, 4 }));
        QCOMPARE(set->tails(), (std::vector<std::uint32_t> { 1, 0, 2, 1 }));
        for (double w : set->weights())
            QCOMPARE(w, 1.0);
        QCOMPARE(set->rho(), (std::vector<double> { 1.0, 1.0, 2.0 }));
    }

    void unionByHand()
    {
        // k = 2 on 0, 1, 3, 7 (rows 0-3). Every point's nearest neighbour sits at rho (weight 1);
        // its second one gets x with 1 + x = log2(3), the target sum, so x = log2(3) - 1:
        // 0 -> 1: 1, 0 -> 2: x; 1 -> 0: 1, 1 -> 2: x; 2 -> 1: 1, 2 -> 0: x; 3 -> 2: 1, 3 -> 1: x.
        Matrix points(4, 1);
        points << 0, 1, 3, 7;
        auto graph = KnnGraph::build(points, 2, DistanceMetric::Euclidean, 1, 1);
        QVERIFY(graph.ok());
        auto set = FuzzySimplicialSet::build(*graph);
        QVERIFY(set.ok());
        const double x = std::log2(3.0) - 1.0;
        // Edge 0-2 is listed both ways with x: the union is x + x - x^2.
        const auto &offsets = set->offsets();
        double w02 = -1.0;
        for (std::size_t e = offsets[0]; e < offsets[1]; ++e)
            if (set->tails()[e] == 2)
                w02 = set->weights()[e];
        QVERIFY(std::abs(w02 - (2.0 * x - x * x)) < 1e-4);
        // Edge 1-2: x one way, 1 the other: 1 + x - x = 1. Edge 1-3: only 3 lists 1, so x.
        for (std::size_t e = offsets[1]; e < offsets[2]; ++e) {
            if (set->tails()[e] == 2)
                QVERIFY(std::abs(set->weights()[e] - 1.0) < 1e-12);
            if (set->tails()[e] == 3)
                QVERIFY(std::abs(set->weights()[e] - x) < 1e-4);
        }
        QCOMPARE(set->edgeCount(), std::size_t(10));
    }

    void matchesUmapLearn()
    {
        // Reference: umap-learn 0.5.3's fuzzy_simplicial_set on the first 300 words of the gensim
        // fixture, cosine, n_neighbors 15 (14 besides the point), written by
        // bench/make_umap_fixture.py from neighbour lists it computes itself with numpy.
        const auto path = ewb::test::fixturePath("umap-expected.txt");
        const auto size = ewb::test::expectedLines(path, "fuzzy-size");
        QCOMPARE(size.size(), std::size_t(1));
        const auto points = static_cast<Eigen::Index>(std::stoul(size[0][1]));
        const std::size_t k = std::stoul(size[0][2]) - 1;
        const auto model
            = ewb::test::loadTextVectors(ewb::test::fixturePath("gensim-demo-en-d50.txt"));
        QVERIFY(model);
        auto graph
            = KnnGraph::build(model->vectors().topRows(points), k, DistanceMetric::Cosine, 1, 1);
        QVERIFY(graph.ok());
        auto set = FuzzySimplicialSet::build(*graph);
        QVERIFY(set.ok());
        QCOMPARE(set->edgeCount(), std::size_t(std::stoul(size[0][3])));

        for (const auto &row : ewb::test::expectedLines(path, "rho")) {
            const double expected = std::stod(row[2]);
            const double actual = set->rho()[std::stoul(row[1])];
            QVERIFY2(std::abs(actual - expected) < 1e-6 * expected + 1e-7, row[1].c_str());
        }
        for (const auto &row : ewb::test::expectedLines(path, "sigma")) {
            const double expected = std::stod(row[2]);
            const double actual = set->sigma()[std::stoul(row[1])];
            // umap-learn keeps sigma in float32 and stops its bisection at a sum within 1e-5.
            QVERIFY2(std::abs(actual - expected) < 1e-4 * expected, row[1].c_str());
        }
        for (const auto &row : ewb::test::expectedLines(path, "rowsum")) {
            const std::size_t i = std::stoul(row[1]);
            double sum = 0.0;
            for (std::size_t e = set->offsets()[i]; e < set->offsets()[i + 1]; ++e)
                sum += set->weights()[e];
            QVERIFY2(std::abs(sum - std::stod(row[2])) < 1e-4, row[1].c_str());
        }
    }

    void symmetricWithWeightsInUnitInterval()
    {
        const auto model
            = ewb::test::loadTextVectors(ewb::test::fixturePath("gensim-demo-en-d50.txt"));
        QVERIFY(model);
        auto graph
            = KnnGraph::build(model->vectors().topRows(1000), 9, DistanceMetric::Cosine, 1, 2);
        QVERIFY(graph.ok());
        auto set = FuzzySimplicialSet::build(*graph);
        QVERIFY(set.ok());
        const auto &offsets = set->offsets();
        for (std::size_t i = 0; i < set->size(); ++i) {
            for (std::size_t e = offsets[i]; e < offsets[i + 1]; ++e) {
                const std::uint32_t j = set->tails()[e];
                QVERIFY(j != i);
                QVERIFY(set->weights()[e] > 0.0 && set->weights()[e] <= 1.0);
                bool found = false;
                for (std::size_t f = offsets[j]; f < offsets[j + 1]; ++f)
                    if (set->tails()[f] == i)
                        found = set->weights()[f] == set->weights()[e];
                QVERIFY(found);
            }
        }
    }
};

QTEST_APPLESS_MAIN(TestFuzzySimplicialSet)
#include "tst_fuzzysimplicialset.moc"
