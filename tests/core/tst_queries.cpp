#include "core/model/embeddingmodel.h"
#include "core/model/expression.h"
#include "core/model/queries.h"

#include "textvectors.h"

#include <QtTest>

#include <climits>
#include <cmath>

using namespace ewb::core;

Q_DECLARE_METATYPE(ewb::core::ErrorCode)
Q_DECLARE_METATYPE(ewb::core::AnalogyMethod)

namespace {

// A 3-d toy world: axis x = male, y = female, z = royal. Cosines are easy to do by hand:
// unit(king) = (1, 0, 1)/sqrt(2), unit(queen) = (0, 1, 1)/sqrt(2), unit(apple) = (1, 1,
// -1)/sqrt(3).
std::shared_ptr<const EmbeddingModel> toyModel()
{
    Matrix m(7, 3);
    m << 1, 0, 0, // man
        0, 1, 0, // woman
        2, 0, 2, // king (length must not matter)
        0, 1, 1, // queen
        0, 0, 1, // royal
        1, 1, -1, // apple
        0, 0, 0; // void: all zeros
    auto model = EmbeddingModel::create(
        { "man", "woman", "king", "queen", "royal", "apple", "void" }, {}, std::move(m));
    return model ? *model : nullptr;
}

QStringList wordsOf(const std::vector<Neighbour> &neighbours)
{
    QStringList words;
    for (const auto &n : neighbours)
        words << QString::fromStdString(n.word);
    return words;
}

} // namespace

class TestQueries : public QObject
{
    Q_OBJECT

private:
    std::shared_ptr<const EmbeddingModel> m_toy = toyModel();
    std::shared_ptr<const EmbeddingModel> m_gensim;

private slots:
    void initTestCase()
    {
        QVERIFY(m_toy);
        m_gensim = ewb::test::loadTextVectors(ewb::test::fixturePath("gensim-demo-en-d50.txt"));
        QVERIFY(m_gensim);
    }

    void neighboursByHand()
    {
        const Queries q(*m_toy);
        auto result = q.neighbours("king", 10);
        QVERIFY(result.ok());
        // cos(king, man) = cos(king, royal) = 1/sqrt(2): the tie goes to the earlier row; the
        // query word and the all-zero "void" are never answers.
        QCOMPARE(wordsOf(*result), (QStringList { "man", "royal", "queen", "woman", "apple" }));
        QCOMPARE((*result)[0].score, 0.70710678f);
        QCOMPARE((*result)[2].score, 0.5f);
        QVERIFY(std::abs((*result)[3].score) < 1e-7f);
        QCOMPARE((*result)[1].row, std::size_t(4));
    }

    void kLimits_data()
    {
        QTest::addColumn<int>("k");
        QTest::addColumn<int>("expectedCount");
        QTest::addColumn<bool>("ok");

        QTest::newRow("zero") << 0 << 0 << false;
        QTest::newRow("negative") << -3 << 0 << false;
        QTest::newRow("one") << 1 << 1 << true;
        QTest::newRow("three") << 3 << 3 << true;
        // Clamped to V - 1 = 6; "void" and the query itself leave 5.
        QTest::newRow("huge") << INT_MAX << 5 << true;
    }

    void kLimits()
    {
        QFETCH(int, k);
        QFETCH(int, expectedCount);
        QFETCH(bool, ok);
        const Queries q(*m_toy);
        auto result = q.neighbours("queen", k);
        QCOMPARE(result.ok(), ok);
        if (ok)
            QCOMPARE(int(result->size()), expectedCount);
        else
            QCOMPARE(result.error().code, ErrorCode::InvalidArgument);
    }

    void restrictVocab()
    {
        const Queries q(*m_toy);
        auto result = q.neighbours("apple", 10, 3);
        QVERIFY(result.ok());
        // Only rows 0..2 are searched; cos(apple, man) = cos(apple, woman) = 1/sqrt(3) and
        // cos(apple, king) = 0.
        QCOMPARE(wordsOf(*result), (QStringList { "man", "woman", "king" }));
        QCOMPARE((*result)[0].score, 0.57735027f);
    }

    void analogyByHand_data()
    {
        QTest::addColumn<AnalogyMethod>("method");
        QTest::addColumn<QStringList>("answers");
        QTest::addColumn<QList<float>>("scores");

        // 3CosAdd: m = u(king) + u(woman) - u(man) = (1/sqrt2 - 1, 1, 1/sqrt2), |m| = 1.2592801;
        // queen: (1 + 1/sqrt2)/sqrt2 / |m| = 0.9585689, royal: (1/sqrt2)/|m| = 0.5615167,
        // apple: 0.
        QTest::newRow("3cosadd") << AnalogyMethod::CosAdd
                                 << QStringList { "queen", "royal", "apple" }
                                 << QList<float> { 0.9585689f, 0.5615167f, 0.0f };
        // 3CosMul with s = (1 + cos)/2: queen 0.75 * 0.8535534 / (0.5 + 1e-6) = 1.2803275,
        // royal 0.8535534 * 0.5 / 0.500001 = 0.8535517, apple 0.5 * 0.7886751 / 0.7886761.
        QTest::newRow("3cosmul") << AnalogyMethod::CosMul
                                 << QStringList { "queen", "royal", "apple" }
                                 << QList<float> { 1.2803275f, 0.8535517f, 0.4999994f };
    }

    void analogyByHand()
    {
        QFETCH(AnalogyMethod, method);
        QFETCH(QStringList, answers);
        QFETCH(QList<float>, scores);
        const Queries q(*m_toy);
        auto result = q.analogy("man", "king", "woman", method, 10);
        QVERIFY(result.ok());
        QCOMPARE(wordsOf(*result), answers);
        for (int i = 0; i < scores.size(); ++i)
            QVERIFY2(std::abs((*result)[std::size_t(i)].score - scores[i]) < 2e-6f,
                     qPrintable(QString::number(double((*result)[std::size_t(i)].score), 'g', 9)));
        for (int i = 0; i < answers.size(); ++i) {
            auto rank = q.analogyRank("man", "king", "woman", answers[i].toStdString(), method);
            QVERIFY(rank.ok());
            QCOMPARE(*rank, std::size_t(i + 1));
        }
    }

    void analogyInputs_data()
    {
        QTest::addColumn<QString>("a");
        QTest::addColumn<QString>("b");
        QTest::addColumn<QString>("c");
        QTest::addColumn<ErrorCode>("code");

        QTest::newRow("unknown-a") << "kingg"
                                   << "king"
                                   << "woman" << ErrorCode::NotFound;
        QTest::newRow("unknown-c") << "man"
                                   << "king"
                                   << "Queen" << ErrorCode::NotFound;
        QTest::newRow("zero-vector") << "man"
                                     << "void"
                                     << "woman" << ErrorCode::ZeroVector;
        QTest::newRow("cancelling-words") << "man"
                                          << "man"
                                          << "man" << ErrorCode::Ok;
        QTest::newRow("repeated-a-a-b") << "man"
                                        << "man"
                                        << "woman" << ErrorCode::Ok;
    }

    void analogyInputs()
    {
        QFETCH(QString, a);
        QFETCH(QString, b);
        QFETCH(QString, c);
        QFETCH(ErrorCode, code);
        const Queries q(*m_toy);
        auto result = q.analogy(a.toStdString(), b.toStdString(), c.toStdString(),
                                AnalogyMethod::CosAdd, 10);
        if (code != ErrorCode::Ok) {
            QVERIFY(!result.ok());
            QCOMPARE(result.error().code, code);
            return;
        }
        if (a == b && b == c) {
            // u(man) + u(man) - u(man) = u(man): the neighbours of man, without man.
            QVERIFY(result.ok());
            QCOMPARE(result->front().word, std::string("king"));
            return;
        }
        QVERIFY(result.ok());
        for (const auto &n : *result) {
            QVERIFY(n.word != a.toStdString());
            QVERIFY(n.word != c.toStdString());
        }
        // man : man :: woman : ? is u(woman): its nearest other word is queen (1/sqrt2).
        QCOMPARE(result->front().word, std::string("queen"));
    }

    void rankErrors()
    {
        const Queries q(*m_toy);
        auto input = q.analogyRank("man", "king", "woman", "king", AnalogyMethod::CosAdd);
        QVERIFY(!input.ok());
        QCOMPARE(input.error().code, ErrorCode::InvalidArgument);
        auto outside = q.analogyRank("man", "king", "woman", "apple", AnalogyMethod::CosAdd, 4);
        QVERIFY(!outside.ok());
        QCOMPARE(outside.error().code, ErrorCode::InvalidArgument);
    }

    void expressions_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("positive");
        QTest::addColumn<QStringList>("negative");
        QTest::addColumn<bool>("ok");

        QTest::newRow("spaced") << "king - man + woman" << QStringList { "king", "woman" }
                                << QStringList { "man" } << true;
        QTest::newRow("attached-signs") << "king -man +woman" << QStringList { "king", "woman" }
                                        << QStringList { "man" } << true;
        QTest::newRow("plus-without-space")
            << "paris+germany -france" << QStringList { "paris", "germany" }
            << QStringList { "france" } << true;
        QTest::newRow("hyphenated-word")
            << "well-known + man" << QStringList { "well-known", "man" } << QStringList {} << true;
        QTest::newRow("leading-plus")
            << "+ king" << QStringList { "king" } << QStringList {} << true;
        QTest::newRow("empty") << "   " << QStringList {} << QStringList {} << false;
        QTest::newRow("double-operator")
            << "king + - man" << QStringList {} << QStringList {} << false;
        QTest::newRow("trailing-operator") << "king -" << QStringList {} << QStringList {} << false;
        QTest::newRow("no-positive") << "- man" << QStringList {} << QStringList {} << false;
        QTest::newRow("missing-operator")
            << "king queen" << QStringList {} << QStringList {} << false;
    }

    void expressions()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, positive);
        QFETCH(QStringList, negative);
        QFETCH(bool, ok);
        auto parsed = Expression::parse(text.toStdString());
        QCOMPARE(parsed.ok(), ok);
        if (!ok) {
            QCOMPARE(parsed.error().code, ErrorCode::InvalidArgument);
            return;
        }
        QStringList p;
        QStringList n;
        for (const auto &w : parsed->positive())
            p << QString::fromStdString(w);
        for (const auto &w : parsed->negative())
            n << QString::fromStdString(w);
        QCOMPARE(p, positive);
        QCOMPARE(n, negative);
    }

    void expressionQuery()
    {
        const Queries q(*m_toy);
        auto result = q.expression("king - man + woman", 2);
        QVERIFY(result.ok());
        QCOMPARE(wordsOf(*result), (QStringList { "queen", "royal" }));
        QVERIFY(std::abs(result->front().score - 0.9585689f) < 2e-6f);
    }

    void similarityAndZeroVectors()
    {
        const Queries q(*m_toy);
        auto s = q.similarity("king", "queen");
        QVERIFY(s.ok());
        QCOMPARE(*s, 0.5f);
        auto zero = q.similarity("king", "void");
        QVERIFY(!zero.ok());
        QCOMPARE(zero.error().code, ErrorCode::ZeroVector);
        QVERIFY(QString::fromStdString(zero.error().detail).contains("'void'"));
        auto neighbours = q.neighbours("void", 3);
        QVERIFY(!neighbours.ok());
        QCOMPARE(neighbours.error().code, ErrorCode::ZeroVector);

        const float zeros[] = { 0.0f, 0.0f, 0.0f };
        auto byZero = q.neighboursOfVector(zeros, 3);
        QVERIFY(!byZero.ok());
        QCOMPARE(byZero.error().code, ErrorCode::ZeroVector);
        const float wrongDim[] = { 1.0f, 0.0f };
        QCOMPARE(q.neighboursOfVector(wrongDim, 3).error().code, ErrorCode::InvalidArgument);
        const float nan[] = { 1.0f, NAN, 0.0f };
        QCOMPARE(q.neighboursOfVector(nan, 3).error().code, ErrorCode::NumericError);
        // (0, 3, 3) has the direction of queen; nothing is excluded, so queen comes first.
        const float byVector[] = { 0.0f, 3.0f, 3.0f };
        auto v = q.neighboursOfVector(byVector, 2);
        QVERIFY(v.ok());
        QCOMPARE(wordsOf(*v), (QStringList { "queen", "woman" }));
        QCOMPARE((*v)[0].score, 1.0f);
    }

    void oddOneOut()
    {
        const Queries q(*m_toy);
        // Sum of unit vectors = (1 + 1/sqrt2 + 1/sqrt3, 1 + 1/sqrt3, 1/sqrt2 - 1/sqrt3); its
        // cosine with woman is the smallest: 0.5675679.
        const std::vector<std::string> words { "man", "woman", "king", "apple" };
        auto odd = q.oddOneOut(words);
        QVERIFY(odd.ok());
        QCOMPARE(odd->word, std::string("woman"));
        const float expected[] = { 0.8220017f, 0.5675679f, 0.6142574f, 0.7753122f };
        for (std::size_t i = 0; i < 4; ++i)
            QVERIFY(std::abs(odd->scores[i] - expected[i]) < 1e-6f);
        const std::vector<std::string> one { "man" };
        QCOMPARE(q.oddOneOut(one).error().code, ErrorCode::InvalidArgument);
        const std::vector<std::string> unknown { "man", "mann" };
        QCOMPARE(q.oddOneOut(unknown).error().code, ErrorCode::NotFound);
    }

    void unknownWordSuggestions_data()
    {
        QTest::addColumn<QString>("word");
        QTest::addColumn<QStringList>("suggestions");

        QTest::newRow("case-folded") << "QUEEN" << QStringList { "queen" };
        QTest::newRow("one-edit") << "kin" << QStringList { "king" };
        QTest::newRow("transposition-is-two-edits") << "aplpe" << QStringList { "apple" };
        QTest::newRow("case-and-edit") << "Womman" << QStringList { "woman" };
        QTest::newRow("nothing-close") << "xylophone" << QStringList {};
    }

    void unknownWordSuggestions()
    {
        QFETCH(QString, word);
        QFETCH(QStringList, suggestions);
        const Queries q(*m_toy);
        QStringList got;
        for (const auto &s : q.suggestions(word.toStdString()))
            got << QString::fromStdString(s);
        QCOMPARE(got, suggestions);
        auto result = q.neighbours(word.toStdString(), 3);
        QVERIFY(!result.ok());
        QCOMPARE(result.error().code, ErrorCode::NotFound);
        const auto detail = QString::fromStdString(result.error().detail);
        QVERIFY(detail.contains("'" + word + "' is not in the vocabulary"));
        for (const auto &s : suggestions)
            QVERIFY2(detail.contains(s), qPrintable(detail));
    }

    void suggestionsOrderAndLimit()
    {
        const Queries q(*m_gensim);
        const auto got = q.suggestions("Hause", 5);
        QCOMPARE(got.size(), std::size_t(5));
        // "house" (one substitution after folding) is frequent and at distance 1, so it leads.
        QCOMPARE(got.front(), std::string("house"));
        QCOMPARE(q.suggestions("SAID", 5).front(), std::string("said"));
        QVERIFY(q.suggestions("said", 0).empty());
    }

    void gensimNeighbours_data()
    {
        QTest::addColumn<QStringList>("fields");
        for (const auto &row : ewb::test::expectedLines(
                 ewb::test::fixturePath("gensim-expected.txt"), "neighbours")) {
            QStringList fields;
            for (const auto &f : row)
                fields << QString::fromStdString(f);
            QTest::newRow(qPrintable(fields[1])) << fields;
        }
    }

    void gensimNeighbours()
    {
        QFETCH(QStringList, fields);
        // gensim's answers hold for the float scan and for the screened int8 scan alike.
        for (const auto mode :
             { SearchOptions::Screening::Never, SearchOptions::Screening::Always }) {
            const Queries q(*m_gensim, { mode, 2, 1 });
            auto result = q.neighbours(fields[1].toStdString(), fields[2].toInt());
            QVERIFY(result.ok());
            QCOMPARE(int(result->size()), (fields.size() - 3) / 2);
            for (std::size_t i = 0; i < result->size(); ++i) {
                QCOMPARE(QString::fromStdString((*result)[i].word), fields[3 + 2 * int(i)]);
                QVERIFY(std::abs((*result)[i].score - fields[4 + 2 * int(i)].toFloat()) < 2e-6f);
            }
        }
    }

    void searchModesAgree()
    {
        // Plain float scan on one thread against the screened scan on three: identical lists
        // and scores for every cosine query, and analogyRank stays consistent with analogy().
        const Queries plain(*m_gensim, { SearchOptions::Screening::Never, 1 });
        const Queries screened(*m_gensim, { SearchOptions::Screening::Always, 3, 1 });
        const auto same = [](const std::vector<Neighbour> &a, const std::vector<Neighbour> &b) {
            if (a.size() != b.size())
                return false;
            for (std::size_t i = 0; i < a.size(); ++i) {
                if (a[i].row != b[i].row || a[i].score != b[i].score)
                    return false;
            }
            return true;
        };
        for (std::size_t row = 0; row < m_gensim->size(); row += 97) {
            const std::string &word = m_gensim->word(row);
            QVERIFY(same(*plain.neighbours(word, 10), *screened.neighbours(word, 10)));
            QVERIFY(same(*plain.neighbours(word, 25, 500), *screened.neighbours(word, 25, 500)));
        }
        const auto a = plain.expression("king - man + woman", 10, 2000);
        const auto b = screened.expression("king - man + woman", 10, 2000);
        QVERIFY(a.ok() && b.ok() && same(*a, *b));
        const auto answers
            = screened.analogy("paris", "france", "london", AnalogyMethod::CosAdd, 5, 3000);
        QVERIFY(answers.ok());
        for (std::size_t i = 0; i < answers->size(); ++i) {
            const auto rank = screened.analogyRank("paris", "france", "london", (*answers)[i].word,
                                                   AnalogyMethod::CosAdd, 3000);
            QVERIFY(rank.ok());
            QCOMPARE(*rank, i + 1);
        }
    }

    void gensimAnalogies_data()
    {
        QTest::addColumn<QStringList>("fields");
        for (const auto &row : ewb::test::expectedLines(
                 ewb::test::fixturePath("gensim-expected.txt"), "analogy-top")) {
            QStringList fields;
            for (const auto &f : row)
                fields << QString::fromStdString(f);
            QTest::newRow(qPrintable(fields.mid(1, 4).join('-'))) << fields;
        }
    }

    void gensimAnalogies()
    {
        QFETCH(QStringList, fields);
        const Queries q(*m_gensim);
        const auto method = fields[4] == "3cosmul" ? AnalogyMethod::CosMul : AnalogyMethod::CosAdd;
        auto result = q.analogy(fields[1].toStdString(), fields[2].toStdString(),
                                fields[3].toStdString(), method, 5);
        QVERIFY(result.ok());
        QCOMPARE(int(result->size()), (fields.size() - 5) / 2);
        for (std::size_t i = 0; i < result->size(); ++i) {
            QCOMPARE(QString::fromStdString((*result)[i].word), fields[5 + 2 * int(i)]);
            QVERIFY(std::abs((*result)[i].score - fields[6 + 2 * int(i)].toFloat()) < 2e-6f);
            auto rank = q.analogyRank(fields[1].toStdString(), fields[2].toStdString(),
                                      fields[3].toStdString(), (*result)[i].word, method);
            QVERIFY(rank.ok());
            QCOMPARE(*rank, i + 1);
        }
    }

    void gensimDoesntMatch()
    {
        const Queries q(*m_gensim);
        const auto rows = ewb::test::expectedLines(ewb::test::fixturePath("gensim-expected.txt"),
                                                   "doesnt-match");
        QVERIFY(!rows.empty());
        for (const auto &row : rows) {
            const std::vector<std::string> words(row.begin() + 2, row.end());
            auto odd = q.oddOneOut(words);
            QVERIFY(odd.ok());
            QCOMPARE(odd->word, row[1]);
        }
    }
};

QTEST_APPLESS_MAIN(TestQueries)
#include "tst_queries.moc"
