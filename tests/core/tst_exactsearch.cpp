#include "core/model/dotkernels.h"
#include "core/model/embeddingmodel.h"
#include "core/model/exactsearch.h"
#include "core/model/screeningmatrix.h"

#include "textvectors.h"

#include <QtTest>

#include <bit>
#include <cmath>
#include <random>
#include <thread>

using namespace ewb::core;

namespace {

using Screening = SearchOptions::Screening;
using Entries = std::vector<TopSelection::Entry>;

std::span<const float> unitRow(const EmbeddingModel &model, std::size_t row)
{
    return { model.unitVectors().data() + row * model.dim(), model.dim() };
}

// Bitwise equality of two result lists: same rows, same float scores to the last bit.
bool identical(const Entries &a, const Entries &b)
{
    if (a.size() != b.size())
        return false;
    for (std::size_t i = 0; i < a.size(); ++i) {
        if (a[i].row != b[i].row
            || std::bit_cast<std::uint32_t>(a[i].score) != std::bit_cast<std::uint32_t>(b[i].score))
            return false;
    }
    return true;
}

// The gensim fixture's first 2,000 rows, then exact copies of row 5 ("dup0".."dup9"), row 5
// scaled by 3 and three all-zero rows: exact ties, a near tie and rows that must never appear.
std::shared_ptr<const EmbeddingModel> tiesModel(const EmbeddingModel &source)
{
    const Eigen::Index base = 2000;
    Matrix vectors(base + 14, static_cast<Eigen::Index>(source.dim()));
    vectors.topRows(base) = source.vectors().topRows(base);
    std::vector<std::string> words(source.words().begin(), source.words().begin() + base);
    for (int i = 0; i < 10; ++i) {
        vectors.row(base + i) = source.vectors().row(5);
        words.push_back("dup" + std::to_string(i));
    }
    vectors.row(base + 10) = 3.0f * source.vectors().row(5);
    words.push_back("triple");
    for (int i = 0; i < 3; ++i) {
        vectors.row(base + 11 + i).setZero();
        words.push_back("zero" + std::to_string(i));
    }
    auto model = EmbeddingModel::create(std::move(words), {}, std::move(vectors));
    return model ? *model : nullptr;
}

// Gaussian clusters in 64 dimensions: the shape of real vectors, with scores spread widely.
std::shared_ptr<const EmbeddingModel> clusteredModel(std::size_t rows)
{
    std::mt19937 rng(3);
    std::normal_distribution<float> normal;
    Matrix centres(50, 64);
    for (Eigen::Index i = 0; i < centres.size(); ++i)
        centres.data()[i] = normal(rng);
    Matrix vectors(static_cast<Eigen::Index>(rows), 64);
    std::vector<std::string> words;
    for (Eigen::Index r = 0; r < vectors.rows(); ++r) {
        for (Eigen::Index c = 0; c < 64; ++c)
            vectors(r, c) = centres(r % 50, c) + 0.7f * normal(rng);
        words.push_back("c" + std::to_string(r));
    }
    auto model = EmbeddingModel::create(std::move(words), {}, std::move(vectors));
    return model ? *model : nullptr;
}

} // namespace

class TestExactSearch : public QObject
{
    Q_OBJECT

private:
    std::shared_ptr<const EmbeddingModel> m_gensim;
    std::shared_ptr<const EmbeddingModel> m_ties;
    std::shared_ptr<const EmbeddingModel> m_clustered;

    const EmbeddingModel &modelNamed(const QString &name) const
    {
        return name == "gensim" ? *m_gensim : name == "ties" ? *m_ties : *m_clustered;
    }

private slots:
    void initTestCase()
    {
        m_gensim = ewb::test::loadTextVectors(ewb::test::fixturePath("gensim-demo-en-d50.txt"));
        QVERIFY(m_gensim);
        m_ties = tiesModel(*m_gensim);
        QVERIFY(m_ties);
        m_clustered = clusteredModel(8000);
        QVERIFY(m_clustered);
    }

    void kernelWithinRoundingBound()
    {
        // Independent reference: the dot product in double. Higham's bound for float
        // summation: |error| <= gamma(n) * sum |a_i b_i|, gamma(n) = n u / (1 - n u).
        const EmbeddingModel &model = *m_clustered;
        const double u = std::ldexp(1.0, -24);
        const double gamma = double(model.dim() + 2) * u / (1.0 - double(model.dim() + 2) * u);
        for (std::size_t a = 0; a < 200; ++a) {
            const auto x = unitRow(model, a);
            const auto y = unitRow(model, (a * 37 + 11) % model.size());
            double exact = 0.0;
            double magnitude = 0.0;
            for (std::size_t i = 0; i < x.size(); ++i) {
                exact += double(x[i]) * double(y[i]);
                magnitude += std::abs(double(x[i]) * double(y[i]));
            }
            const float got = DotKernels::dot(x.data(), y.data(), x.size());
            QVERIFY(std::abs(double(got) - exact) <= gamma * magnitude);
            float viaRows = 0.0f;
            DotKernels::dotRows(y.data(), 1, y.size(), x.data(), &viaRows);
            QCOMPARE(std::bit_cast<std::uint32_t>(viaRows), std::bit_cast<std::uint32_t>(got));
        }
    }

    void screeningBoundHolds_data()
    {
        QTest::addColumn<QString>("model");
        QTest::newRow("gensim") << "gensim";
        QTest::newRow("clustered") << "clustered";
    }

    void screeningBoundHolds()
    {
        QFETCH(QString, model);
        const EmbeddingModel &m = modelNamed(model);
        const auto built = ScreeningMatrix::build(m.unitVectors(), 2);
        QVERIFY(built.ok());
        const ScreeningMatrix &screening = **built;
        QVERIFY(screening.errorRatio() > 0.4 && screening.errorRatio() <= 0.5 + 1e-6);
        QVERIFY(screening.memoryBytes()
                <= m.size() * m.dim() * sizeof(float) / 4 + m.size() * (15 + sizeof(float)));
        std::mt19937 rng(11);
        std::normal_distribution<float> normal;
        double widest = 0.0;
        for (int q = 0; q < 30; ++q) {
            Eigen::VectorXf x(static_cast<Eigen::Index>(m.dim()));
            for (auto &value : x)
                value = normal(rng);
            x.normalize();
            const auto prepared = screening.prepare({ x.data(), m.dim() });
            for (std::size_t r = 0; r < m.size(); ++r) {
                // The integer dot product, recomputed here without the kernel.
                const std::int8_t *codes = screening.codes() + r * screening.stride();
                std::int64_t dot = 0;
                for (std::size_t i = 0; i < screening.stride(); ++i)
                    dot += std::int64_t { codes[i] } * std::int64_t { prepared.codes[i] };
                const double scale = screening.scales()[r];
                const double bound = scale * prepared.slope + prepared.offset;
                const float exact = DotKernels::dot(unitRow(m, r).data(), x.data(), m.dim());
                QVERIFY(std::abs(double(exact) - scale * prepared.step * double(dot)) <= bound);
                widest = std::max(widest, bound);
            }
        }
        // The bound must also be tight enough to prune: well below the spread of cosines.
        QVERIFY2(widest < 0.06, qPrintable(QString::number(widest)));
    }

    void identicalAcrossModes_data()
    {
        QTest::addColumn<QString>("model");
        QTest::addColumn<int>("k");
        QTest::addColumn<int>("restrict");

        QTest::newRow("gensim-k10") << "gensim" << 10 << 0;
        QTest::newRow("gensim-k1") << "gensim" << 1 << 0;
        QTest::newRow("gensim-k100-restrict-1000") << "gensim" << 100 << 1000;
        QTest::newRow("gensim-k1000") << "gensim" << 1000 << 0;
        QTest::newRow("ties-k12") << "ties" << 12 << 0;
        QTest::newRow("ties-k12-restrict-2005") << "ties" << 12 << 2005;
        QTest::newRow("clustered-k10") << "clustered" << 10 << 0;
        QTest::newRow("clustered-k50-restrict-3000") << "clustered" << 50 << 3000;
    }

    void identicalAcrossModes()
    {
        QFETCH(QString, model);
        QFETCH(int, k);
        QFETCH(int, restrict);
        const EmbeddingModel &m = modelNamed(model);
        const std::size_t rows = restrict == 0 ? m.size() : std::size_t(restrict);
        // elementsPerThread 1 splits even these small searches over three threads.
        const ExactSearch plain(m, { Screening::Never, 1 });
        const ExactSearch plainThreads(m, { Screening::Never, 3, 1 });
        const ExactSearch screened(m, { Screening::Always, 1 });
        const ExactSearch screenedThreads(m, { Screening::Always, 3, 1 });
        std::vector<std::size_t> queries;
        for (std::size_t row = 0; row < m.size(); row += 17)
            queries.push_back(row);
        for (std::size_t row = 1995; row < 2014 && model == "ties"; ++row)
            queries.push_back(row);
        for (const std::size_t row : queries) {
            if (m.isZero(row))
                continue;
            const std::size_t excluded[] = { row };
            const auto reference = plain.top(unitRow(m, row), std::size_t(k), rows, excluded);
            QVERIFY(reference.ok());
            std::size_t eligible = 0;
            for (std::size_t r = 0; r < rows; ++r)
                eligible += (r != row && !m.isZero(r)) ? 1u : 0u;
            QCOMPARE(reference->size(), std::min(std::size_t(k), eligible));
            // Threads start per search: every fourth query is enough to compare them.
            const bool threaded = row % 4 == 0;
            for (const ExactSearch *search : { &plainThreads, &screened, &screenedThreads }) {
                if (search != &screened && !threaded)
                    continue;
                const auto got = search->top(unitRow(m, row), std::size_t(k), rows, excluded);
                QVERIFY(got.ok());
                QVERIFY2(identical(*got, *reference), qPrintable(QString::number(row)));
            }
        }
        QVERIFY(screened.isScreening());
        QVERIFY(!plain.isScreening());
    }

    void tiesOrderedByRow()
    {
        const EmbeddingModel &m = *m_ties;
        for (const Screening mode : { Screening::Never, Screening::Always }) {
            const ExactSearch search(m, { mode, 1 });
            // Row 5 and its ten copies share one unit vector: the copies come first, in row
            // order, all with the score of the vector with itself (1 up to rounding).
            const std::size_t excluded[] = { 5 };
            const auto top = search.top(unitRow(m, 5), 10, m.size(), excluded);
            QVERIFY(top.ok());
            for (std::size_t i = 0; i < 10; ++i) {
                QCOMPARE((*top)[i].row, 2000 + i);
                QCOMPARE((*top)[i].score, (*top)[0].score);
            }
            QVERIFY(std::abs((*top)[0].score - 1.0f) < 1e-6f);
            // From a copy, the original (the lowest row) leads its twins.
            const std::size_t copy[] = { 2003 };
            const auto fromCopy = search.top(unitRow(m, 2003), 3, m.size(), copy);
            QCOMPARE((*fromCopy)[0].row, std::size_t(5));
            QCOMPARE((*fromCopy)[1].row, std::size_t(2000));
            QCOMPARE((*fromCopy)[2].row, std::size_t(2001));
            // All-zero rows are never answers, even when k asks for every row.
            const auto all = search.top(unitRow(m, 0), m.size(), m.size(), {});
            QCOMPARE(all->size(), m.size() - 3);
            for (const auto &entry : *all)
                QVERIFY(!m.isZero(entry.row));
        }
    }

    void automaticScreening()
    {
        const EmbeddingModel &m = *m_gensim;
        const ExactSearch large(m, { Screening::Automatic, 1, 4'000'000, 1 });
        QVERIFY(large.top(unitRow(m, 0), 10, m.size(), {}).ok());
        // The first large search is served by the float scan: a one-off query stays cheap.
        QVERIFY(!large.isScreening());
        QVERIFY(large.top(unitRow(m, 1), 10, m.size(), {}).ok());
        QVERIFY(large.isScreening());
        const ExactSearch small(m, { Screening::Automatic, 1, 4'000'000, m.size() * m.dim() + 1 });
        for (std::size_t row = 0; row < 3; ++row)
            QVERIFY(small.top(unitRow(m, row), 10, m.size(), {}).ok());
        QVERIFY(!small.isScreening());
    }

    void concurrentSearchesWhileBuilding()
    {
        const EmbeddingModel &m = *m_clustered;
        const ExactSearch plain(m, { Screening::Never, 1 });
        std::vector<Entries> expected;
        for (std::size_t row = 0; row < 400; ++row)
            expected.push_back(*plain.top(unitRow(m, row), 10, m.size(), {}));
        // Four threads share one search whose screening copy is built by whichever thread
        // gets there first; the others keep scanning floats meanwhile.
        const ExactSearch shared(m, { Screening::Automatic, 2, 1, 1 });
        std::atomic<int> mismatches { 0 };
        {
            std::vector<std::jthread> threads;
            for (std::size_t t = 0; t < 4; ++t) {
                threads.emplace_back([&, t] {
                    for (std::size_t row = t; row < 400; row += 4) {
                        const auto got = shared.top(unitRow(m, row), 10, m.size(), {});
                        if (!got || !identical(*got, expected[row]))
                            ++mismatches;
                    }
                });
            }
        }
        QCOMPARE(mismatches.load(), 0);
        QVERIFY(shared.isScreening());
    }

    void scoreAllMatchesKernel()
    {
        const EmbeddingModel &m = *m_gensim;
        const ExactSearch search(m, { Screening::Never, 3, 1 });
        std::vector<float> scores(m.size());
        search.scoreAll(unitRow(m, 42), scores);
        for (std::size_t r = 0; r < m.size(); r += 7) {
            const float expected
                = DotKernels::dot(unitRow(m, r).data(), unitRow(m, 42).data(), m.dim());
            QCOMPARE(std::bit_cast<std::uint32_t>(scores[r]),
                     std::bit_cast<std::uint32_t>(expected));
        }
    }
};

QTEST_APPLESS_MAIN(TestExactSearch)
#include "tst_exactsearch.moc"
