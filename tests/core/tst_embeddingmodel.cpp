#include "core/model/embeddingmodel.h"

#include <QtTest>

#include <cmath>
#include <limits>
#include <thread>
#include <vector>

using namespace ewb::core;

Q_DECLARE_METATYPE(ewb::core::ErrorCode)

namespace {

Matrix rows(std::initializer_list<std::initializer_list<float>> values)
{
    const auto cols = values.size() == 0 ? 0 : values.begin()->size();
    Matrix m(static_cast<Eigen::Index>(values.size()), static_cast<Eigen::Index>(cols));
    Eigen::Index r = 0;
    for (const auto &row : values) {
        Eigen::Index c = 0;
        for (const float v : row)
            m(r, c++) = v;
        ++r;
    }
    return m;
}

} // namespace

class TestEmbeddingModel : public QObject
{
    Q_OBJECT

private slots:
    void rejectsBadInput_data()
    {
        QTest::addColumn<QStringList>("words");
        QTest::addColumn<int>("counts");
        QTest::addColumn<int>("dim");
        QTest::addColumn<float>("poison");
        QTest::addColumn<ErrorCode>("code");
        QTest::addColumn<QString>("detailPart");

        const float nan = std::numeric_limits<float>::quiet_NaN();
        const float inf = std::numeric_limits<float>::infinity();
        QTest::newRow("more-words-than-rows")
            << QStringList { "a", "b", "c", "d" } << 0 << 2 << 0.0f << ErrorCode::InvalidArgument
            << "4 words but 3 vector rows";
        QTest::newRow("counts-size-mismatch") << QStringList { "a", "b", "c" } << 2 << 2 << 0.0f
                                              << ErrorCode::InvalidArgument << "2 counts";
        QTest::newRow("dim-zero") << QStringList { "a", "b", "c" } << 0 << 0 << 0.0f
                                  << ErrorCode::InvalidArgument << "dimension 0";
        QTest::newRow("empty-word") << QStringList { "a", "", "c" } << 0 << 2 << 0.0f
                                    << ErrorCode::InvalidArgument << "row 1 is empty";
        QTest::newRow("duplicate-word")
            << QStringList { "a", "b", "a" } << 3 << 2 << 0.0f << ErrorCode::InvalidArgument
            << "'a' occurs twice, at rows 0 and 2";
        QTest::newRow("nan") << QStringList { "a", "b", "c" } << 0 << 2 << nan
                             << ErrorCode::NumericError << "row 2 (word 'c'), component 1";
        QTest::newRow("infinity") << QStringList { "a", "b", "c" } << 0 << 2 << inf
                                  << ErrorCode::NumericError << "row 2 (word 'c'), component 1";
    }

    void rejectsBadInput()
    {
        QFETCH(QStringList, words);
        QFETCH(int, counts);
        QFETCH(int, dim);
        QFETCH(float, poison);
        QFETCH(ErrorCode, code);
        QFETCH(QString, detailPart);

        std::vector<std::string> w;
        for (const auto &word : words)
            w.push_back(word.toStdString());
        Matrix m = Matrix::Ones(3, dim);
        if (dim > 1 && poison != 0.0f)
            m(2, 1) = poison;
        auto model = EmbeddingModel::create(
            std::move(w), std::vector<std::uint64_t>(std::size_t(counts), 1), std::move(m));
        QVERIFY(!model.ok());
        QCOMPARE(model.error().code, code);
        QVERIFY2(QString::fromStdString(model.error().detail).contains(detailPart),
                 model.error().detail.c_str());
    }

    void normsAndUnitRows_data()
    {
        QTest::addColumn<float>("x");
        QTest::addColumn<float>("y");
        QTest::addColumn<float>("norm");
        QTest::addColumn<float>("unitX");
        QTest::addColumn<float>("unitY");

        QTest::newRow("three-four-five") << 3.0f << 4.0f << 5.0f << 0.6f << 0.8f;
        QTest::newRow("negative") << -5.0f << 12.0f << 13.0f << -5.0f / 13.0f << 12.0f / 13.0f;
        // Squaring 1e30 in float overflows; the norm is formed in double.
        QTest::newRow("huge-finite")
            << 1e30f << 1e30f << 1.41421356e30f << 0.70710678f << 0.70710678f;
        QTest::newRow("tiny") << 3e-30f << 4e-30f << 5e-30f << 0.6f << 0.8f;
    }

    void normsAndUnitRows()
    {
        QFETCH(float, x);
        QFETCH(float, y);
        QFETCH(float, norm);
        QFETCH(float, unitX);
        QFETCH(float, unitY);

        auto model
            = EmbeddingModel::create({ "w", "other" }, {}, rows({ { x, y }, { 1.0f, 0.0f } }));
        QVERIFY(model.ok());
        const auto &m = **model;
        QCOMPARE(m.norms()[0], norm);
        QCOMPARE(m.unitVectors()(0, 0), unitX);
        QCOMPARE(m.unitVectors()(0, 1), unitY);
        QCOMPARE(m.vectors()(0, 0), x);
        QVERIFY(!m.isZero(0));
    }

    void zeroRowsStayZero()
    {
        auto model = EmbeddingModel::create({ "a", "zero", "b" }, { 10, 5, 1 },
                                            rows({ { 1, 0 }, { 0, 0 }, { 0, 2 } }));
        QVERIFY(model.ok());
        const auto &m = **model;
        QVERIFY(m.isZero(1));
        QVERIFY(!m.isZero(0));
        QCOMPARE(m.zeroCount(), std::size_t(1));
        QCOMPARE(m.norms()[1], 0.0f);
        QCOMPARE(m.unitVectors().row(1).squaredNorm(), 0.0f);
        QCOMPARE(m.unitVectors()(2, 1), 1.0f);
        QCOMPARE(m.counts()[1], std::uint64_t(5));
    }

    // The norms and unit rows are built at first use: many threads asking at once all get the
    // one build, equal to the rows divided by their norms.
    void unitRowsBuiltOnceUnderConcurrentFirstUse()
    {
        const Eigen::Index rows = 3000;
        const Eigen::Index dim = 40;
        Matrix vectors = Matrix::Random(rows, dim);
        vectors.row(7).setZero();
        std::vector<std::string> words;
        for (Eigen::Index r = 0; r < rows; ++r)
            words.push_back("w" + std::to_string(r));
        auto model = EmbeddingModel::create(words, {}, vectors);
        QVERIFY(model.ok());
        const EmbeddingModel &m = **model;
        std::vector<const float *> seen(8, nullptr);
        std::vector<std::size_t> zeros(8, 0);
        {
            std::vector<std::jthread> threads;
            for (std::size_t t = 0; t < seen.size(); ++t)
                threads.emplace_back([&, t] {
                    seen[t] = m.unitVectors().data();
                    zeros[t] = m.zeroCount();
                });
        }
        for (std::size_t t = 0; t < seen.size(); ++t) {
            QCOMPARE(seen[t], m.unitVectors().data());
            QCOMPARE(zeros[t], std::size_t(1));
        }
        QVERIFY(m.prepare().ok());
        QVERIFY(m.isZero(7));
        for (Eigen::Index r : { Eigen::Index(0), Eigen::Index(1234), rows - 1 }) {
            const double norm = vectors.row(r).cast<double>().norm();
            QCOMPARE(m.norms()[r], float(norm));
            for (Eigen::Index c = 0; c < dim; ++c)
                QCOMPARE(m.unitVectors()(r, c), float(double(vectors(r, c)) / norm));
        }
    }

    // The finiteness pass is skipped only when the caller says it checked the values itself.
    void finiteCheckSkippedOnlyWhenChecked()
    {
        Matrix vectors = Matrix::Ones(2, 3);
        vectors(1, 2) = std::numeric_limits<float>::quiet_NaN();
        const auto refused = EmbeddingModel::create({ "a", "b" }, {}, vectors);
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().code, ErrorCode::NumericError);
        vectors(1, 2) = 2.0f;
        QVERIFY(
            EmbeddingModel::create({ "a", "b" }, {}, vectors, EmbeddingModel::Checked::FiniteValues)
                .ok());
    }

    void lookup_data()
    {
        QTest::addColumn<QString>("word");
        QTest::addColumn<int>("row");

        QTest::newRow("first") << "the" << 0;
        QTest::newRow("utf8") << "北京" << 1;
        QTest::newRow("last") << "Zebra" << 2;
        QTest::newRow("case-sensitive") << "zebra" << -1;
        QTest::newRow("prefix-is-not-a-match") << "th" << -1;
    }

    void lookup()
    {
        QFETCH(QString, word);
        QFETCH(int, row);
        auto model = EmbeddingModel::create({ "the", "北京", "Zebra" }, {},
                                            rows({ { 1, 0 }, { 0, 1 }, { 1, 1 } }));
        QVERIFY(model.ok());
        const auto &m = **model;
        QCOMPARE(m.indexOf(word.toStdString()), std::int64_t(row));
        QCOMPARE(m.contains(word.toStdString()), row >= 0);
        QCOMPARE(m.size(), std::size_t(3));
        QCOMPARE(m.dim(), std::size_t(2));
        QCOMPARE(m.counts(), std::vector<std::uint64_t>(3, 0));
        if (row >= 0)
            QCOMPARE(QString::fromStdString(m.word(std::size_t(row))), word);
    }
};

QTEST_APPLESS_MAIN(TestEmbeddingModel)
#include "tst_embeddingmodel.moc"
