#include "core/model/embeddingmodel.h"
#include "core/model/neighbourindex.h"
#include "core/model/queries.h"

#include "textvectors.h"

#include <QtTest>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <random>
#include <stop_token>

using namespace ewb::core;

Q_DECLARE_METATYPE(ewb::core::NeighbourIndexOptions)

namespace {

// Gaussian clusters of very different spreads in 32 dimensions: tight and loose neighbourhoods,
// as in word vectors of frequent and rare words.
std::shared_ptr<const EmbeddingModel> clusteredModel(std::size_t rows)
{
    std::mt19937 rng(5);
    std::normal_distribution<float> normal;
    std::uniform_real_distribution<float> spread(0.3f, 1.2f);
    Matrix centres(200, 32);
    for (Eigen::Index i = 0; i < centres.size(); ++i)
        centres.data()[i] = normal(rng);
    Matrix vectors(static_cast<Eigen::Index>(rows), 32);
    std::vector<std::string> words;
    for (Eigen::Index r = 0; r < vectors.rows(); ++r) {
        const auto centre = static_cast<Eigen::Index>(rng() % 200);
        const float noise = spread(rng);
        for (Eigen::Index c = 0; c < 32; ++c)
            vectors(r, c) = centres(centre, c) + noise * normal(rng);
        words.push_back("c" + std::to_string(r));
    }
    auto model = EmbeddingModel::create(std::move(words), {}, std::move(vectors));
    return model ? *model : nullptr;
}

// The toy world of tst_queries: cosines by hand (see there); "void" is all zeros.
std::shared_ptr<const EmbeddingModel> toyModel()
{
    Matrix m(7, 3);
    m << 1, 0, 0, 0, 1, 0, 2, 0, 2, 0, 1, 1, 0, 0, 1, 1, 1, -1, 0, 0, 0;
    auto model = EmbeddingModel::create(
        { "man", "woman", "king", "queen", "royal", "apple", "void" }, {}, std::move(m));
    return model ? *model : nullptr;
}

// Recall@10 of the index against a brute force in double written here, independent of the
// library's exact search.
double bruteForceRecall(const NeighbourIndex &index, const EmbeddingModel &model,
                        std::size_t queries)
{
    const Eigen::MatrixXd unit = model.unitVectors().cast<double>();
    std::size_t hits = 0;
    std::size_t total = 0;
    for (std::size_t q = 0; q < queries; ++q) {
        const auto row = static_cast<Eigen::Index>(q * 7919 % model.size());
        if (model.isZero(std::size_t(row)))
            continue;
        Eigen::VectorXd scores = unit * unit.row(row).transpose();
        std::vector<Eigen::Index> order(static_cast<std::size_t>(scores.size()));
        std::iota(order.begin(), order.end(), Eigen::Index { 0 });
        scores[row] = -2.0;
        std::partial_sort(order.begin(), order.begin() + 10, order.end(),
                          [&](Eigen::Index a, Eigen::Index b) { return scores[a] > scores[b]; });
        const auto found = index.query(model.word(std::size_t(row)), 10);
        if (!found)
            return -1.0;
        for (std::size_t i = 0; i < 10; ++i) {
            const auto truth = std::size_t(order[i]);
            hits += std::any_of(found->begin(), found->end(),
                                [&](const Neighbour &n) { return n.row == truth; })
                ? 1u
                : 0u;
            ++total;
        }
    }
    return double(hits) / double(total);
}

} // namespace

class TestNeighbourIndex : public QObject
{
    Q_OBJECT

private:
    std::shared_ptr<const EmbeddingModel> m_gensim;
    std::shared_ptr<const EmbeddingModel> m_clustered;

private slots:
    void initTestCase()
    {
        m_gensim = ewb::test::loadTextVectors(ewb::test::fixturePath("gensim-demo-en-d50.txt"));
        QVERIFY(m_gensim);
        m_clustered = clusteredModel(10'000);
        QVERIFY(m_clustered);
    }

    void recall_data()
    {
        QTest::addColumn<QString>("model");
        QTest::newRow("gensim-demo-en-d50") << "gensim";
        QTest::newRow("clustered-10000x32") << "clustered";
    }

    void recall()
    {
        QFETCH(QString, model);
        const auto m = model == "gensim" ? m_gensim : m_clustered;
        NeighbourIndexOptions options;
        options.threads = 2;
        const auto index = NeighbourIndex::build(m, options);
        QVERIFY(index.ok());
        QCOMPARE((*index)->size(), m->size());
        const double reference = bruteForceRecall(**index, *m, 300);
        QVERIFY2(reference >= 0.95, qPrintable(QString::number(reference)));
        const auto measured = (*index)->measureRecall(300, 10, 1);
        QVERIFY(measured.ok());
        QCOMPARE(measured->queries, std::size_t(300));
        QCOMPARE(measured->ef, options.efSearch);
        QVERIFY2(measured->recall >= 0.95, qPrintable(QString::number(measured->recall)));
        // A tiny ef must cost recall on the clustered set, or ef does not reach the search.
        if (model == "clustered") {
            const auto narrow = (*index)->measureRecall(300, 10, 1, 10);
            QVERIFY(narrow.ok());
            QVERIFY2(narrow->recall < measured->recall,
                     qPrintable(QString::number(narrow->recall)));
        }
    }

    void scoresEqualExactQueries()
    {
        NeighbourIndexOptions options;
        options.threads = 2;
        options.efConstruction = 100;
        const auto index = NeighbourIndex::build(m_gensim, options);
        QVERIFY(index.ok());
        const Queries exact(*m_gensim);
        for (const char *word : { "king", "house", "said", "river" }) {
            const auto found = (*index)->query(word, 10, 200);
            const auto truth = exact.neighbours(word, 10);
            QVERIFY(found.ok() && truth.ok());
            // With a wide ef on 6,000 rows the lists agree, floats and all.
            QCOMPARE(found->size(), truth->size());
            for (std::size_t i = 0; i < truth->size(); ++i) {
                QCOMPARE((*found)[i].word, (*truth)[i].word);
                QCOMPARE((*found)[i].score, (*truth)[i].score);
            }
        }
    }

    void toyByHand()
    {
        const auto toy = toyModel();
        const auto index = NeighbourIndex::build(toy, NeighbourIndexOptions {});
        QVERIFY(index.ok());
        QCOMPARE((*index)->size(), std::size_t(6)); // "void" is left out
        const auto found = (*index)->query("king", 10);
        QVERIFY(found.ok());
        // cos(king, man) = cos(king, royal) = 1/sqrt2 (the earlier row first), queen 1/2, woman
        // 0, apple 0; never king itself nor the all-zero void.
        QStringList words;
        for (const auto &n : *found)
            words << QString::fromStdString(n.word);
        QCOMPARE(words, (QStringList { "man", "royal", "queen", "woman", "apple" }));
        QCOMPARE((*found)[0].score, 0.70710678f);
        const float byVector[] = { 0.0f, 3.0f, 3.0f };
        const std::size_t excluded[] = { 3 };
        const auto near = (*index)->query(byVector, 1, 0, excluded);
        QVERIFY(near.ok());
        QCOMPARE(near->front().word, std::string("woman"));
    }

    void badQueries()
    {
        const auto toy = toyModel();
        const auto index = NeighbourIndex::build(toy, NeighbourIndexOptions {});
        QVERIFY(index.ok());
        const auto &i = **index;
        const auto unknown = i.query("kin", 3);
        QCOMPARE(unknown.error().code, ErrorCode::NotFound);
        QVERIFY2(QString::fromStdString(unknown.error().detail).contains("close words: king"),
                 unknown.error().detail.c_str());
        QCOMPARE(i.query("void", 3).error().code, ErrorCode::ZeroVector);
        QCOMPARE(i.query("king", 0).error().code, ErrorCode::InvalidArgument);
        const float zeros[] = { 0.0f, 0.0f, 0.0f };
        QCOMPARE(i.query(zeros, 3).error().code, ErrorCode::ZeroVector);
        const float wrongDim[] = { 1.0f, 0.0f };
        QCOMPARE(i.query(wrongDim, 3).error().code, ErrorCode::InvalidArgument);
        const float nan[] = { 1.0f, NAN, 0.0f };
        QCOMPARE(i.query(nan, 3).error().code, ErrorCode::NumericError);
        QCOMPARE(i.measureRecall(0, 10, 1).error().code, ErrorCode::InvalidArgument);
    }

    void badOptions_data()
    {
        QTest::addColumn<NeighbourIndexOptions>("options");
        NeighbourIndexOptions o;
        o.m = 1;
        QTest::newRow("m-1") << o;
        o = {};
        o.m = 101;
        QTest::newRow("m-101") << o;
        o = {};
        o.efConstruction = 8;
        QTest::newRow("ef-construction-below-m") << o;
        o = {};
        o.efSearch = 0;
        QTest::newRow("ef-search-0") << o;
        o = {};
        o.threads = 5000;
        QTest::newRow("threads-5000") << o;
    }

    void badOptions()
    {
        QFETCH(NeighbourIndexOptions, options);
        const auto index = NeighbourIndex::build(m_gensim, options);
        QVERIFY(!index.ok());
        QCOMPARE(index.error().code, ErrorCode::InvalidArgument);
        QCOMPARE(NeighbourIndex::build(nullptr, {}).error().code, ErrorCode::InvalidArgument);
    }

    void cancellation()
    {
        // Stop requested from the first progress report (after ~100 ms of building): the build
        // must return Cancelled within 200 ms of the request.
        std::stop_source source;
        std::chrono::steady_clock::time_point requested;
        std::vector<double> fractions;
        NeighbourIndexOptions options;
        options.threads = 2;
        const auto index
            = NeighbourIndex::build(m_clustered, options, source.get_token(), [&](double fraction) {
                  fractions.push_back(fraction);
                  if (!source.stop_requested()) {
                      requested = std::chrono::steady_clock::now();
                      source.request_stop();
                  }
              });
        const auto latency = std::chrono::steady_clock::now() - requested;
        QVERIFY(!index.ok());
        QCOMPARE(index.error().code, ErrorCode::Cancelled);
        QCOMPARE(fractions.size(), std::size_t(1));
        QVERIFY(fractions[0] > 0.0 && fractions[0] < 1.0);
        QVERIFY(latency < std::chrono::milliseconds(200));

        std::stop_source early;
        early.request_stop();
        QCOMPARE(NeighbourIndex::build(m_clustered, options, early.get_token()).error().code,
                 ErrorCode::Cancelled);
    }

    void progressAndDeterminism()
    {
        NeighbourIndexOptions options;
        options.threads = 1;
        options.efConstruction = 64;
        std::vector<double> fractions;
        const auto first = NeighbourIndex::build(m_gensim, options, {},
                                                 [&](double f) { fractions.push_back(f); });
        const auto second = NeighbourIndex::build(m_gensim, options);
        QVERIFY(first.ok() && second.ok());
        QVERIFY(!fractions.empty());
        QCOMPARE(fractions.back(), 1.0);
        QVERIFY(std::is_sorted(fractions.begin(), fractions.end()));
        // One thread and one seed give the same graph, so the same answers with a narrow ef.
        for (std::size_t row = 0; row < 300; row += 7) {
            const auto a = (*first)->query(m_gensim->word(row), 10, 10);
            const auto b = (*second)->query(m_gensim->word(row), 10, 10);
            QVERIFY(a.ok() && b.ok());
            QCOMPARE(a->size(), b->size());
            for (std::size_t i = 0; i < a->size(); ++i)
                QCOMPARE((*a)[i].row, (*b)[i].row);
        }
    }
};

QTEST_APPLESS_MAIN(TestNeighbourIndex)
#include "tst_neighbourindex.moc"
