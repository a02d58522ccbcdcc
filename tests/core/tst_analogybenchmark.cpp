#include "core/eval/analogybenchmark.h"
#include "core/model/embeddingmodel.h"

#include "textvectors.h"

#include <QtTest>

#include <map>

using namespace ewb::core;

Q_DECLARE_METATYPE(ewb::core::AnalogyMethod)

namespace {

// The toy world of tst_queries (x = male, y = female, z = royal) plus "King", a case variant
// pointing exactly along u(king) + u(woman) - u(man), so it would win "man king woman ?" if
// gensim's rule did not skip answers whose upper-cased form is a question word.
std::shared_ptr<const EmbeddingModel> toyModel()
{
    Matrix m(8, 3);
    const float s = 0.70710678f;
    m << 1, 0, 0, // man
        0, 1, 0, // woman
        1, 0, 1, // king
        0, 1, 1, // queen
        0, 0, 1, // royal
        1, 1, -1, // apple
        0, 0, 0, // void
        s - 1, 1, s; // King
    auto model = EmbeddingModel::create(
        { "man", "woman", "king", "queen", "royal", "apple", "void", "King" }, {}, std::move(m));
    return model ? *model : nullptr;
}

const char *toyQuestions = ": family\n"
                           "man king woman queen\n"
                           "MAN KING WOMAN QUEEN\n"
                           "man king woman apple\n"
                           "man king woman unicorn\n"
                           "man void woman queen\n"
                           "man king\n"
                           ": gram-test\n"
                           "woman queen man king\n";

} // namespace

class TestAnalogyBenchmark : public QObject
{
    Q_OBJECT

private:
    std::shared_ptr<const EmbeddingModel> m_toy = toyModel();

private slots:
    void toyCounts_data()
    {
        QTest::addColumn<AnalogyMethod>("method");
        QTest::addColumn<bool>("caseInsensitive");
        QTest::addColumn<int>("familyCorrect");
        QTest::addColumn<int>("familyTotal");
        QTest::addColumn<int>("oov");

        // Case-insensitive: "King" shares the key KING with the question word and is skipped,
        // so queen is predicted (correct); the upper-case line matches too; unicorn and the
        // all-zero "void" are OOV.
        QTest::newRow("3cosadd-case-insensitive") << AnalogyMethod::CosAdd << true << 2 << 3 << 2;
        QTest::newRow("3cosmul-case-insensitive") << AnalogyMethod::CosMul << true << 2 << 3 << 2;
        // Case-sensitive: "King" is a different word and wins; the upper-case line is OOV.
        QTest::newRow("3cosadd-case-sensitive") << AnalogyMethod::CosAdd << false << 0 << 2 << 3;
        QTest::newRow("3cosmul-case-sensitive") << AnalogyMethod::CosMul << false << 0 << 2 << 3;
    }

    void toyCounts()
    {
        QFETCH(AnalogyMethod, method);
        QFETCH(bool, caseInsensitive);
        QFETCH(int, familyCorrect);
        QFETCH(int, familyTotal);
        QFETCH(int, oov);
        QVERIFY(m_toy);

        AnalogyBenchmark::Options options;
        options.method = method;
        options.caseInsensitive = caseInsensitive;
        auto report = AnalogyBenchmark::evaluate(*m_toy, toyQuestions, options);
        QVERIFY(report.ok());
        QCOMPARE(report->sections.size(), std::size_t(2));
        QCOMPARE(report->sections[0].name, std::string("family"));
        QCOMPARE(int(report->sections[0].correct), familyCorrect);
        QCOMPARE(int(report->sections[0].total), familyTotal);
        // woman : queen :: man : king is solved by both methods (by hand: 0.9586 and 1.2803).
        QCOMPARE(report->sections[1].name, std::string("gram-test"));
        QCOMPARE(report->sections[1].correct, std::size_t(1));
        QCOMPARE(report->sections[1].total, std::size_t(1));
        QCOMPARE(int(report->oov), oov);
        QCOMPARE(report->questions, std::size_t(6));
        QCOMPARE(report->skippedLines, std::vector<std::size_t> { 7 });
        QCOMPARE(int(report->semantic.total), familyTotal);
        QCOMPARE(report->syntactic.correct, std::size_t(1));
        QCOMPARE(int(report->total.correct), familyCorrect + 1);
        QCOMPARE(int(report->total.total), familyTotal + 1);
        QCOMPARE(report->method, method);
    }

    void restrictVocabMakesOov()
    {
        AnalogyBenchmark::Options options;
        options.restrictVocab = 3; // man, woman, king: queen becomes OOV
        auto report = AnalogyBenchmark::evaluate(*m_toy, toyQuestions, options);
        QVERIFY(report.ok());
        QCOMPARE(report->total.total, std::size_t(0));
        QCOMPARE(report->total.accuracy(), 0.0);
        QCOMPARE(report->oov, std::size_t(6));
        QCOMPARE(report->oovPercent(), 100.0);
    }

    void badInput_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("restrict");
        QTest::addColumn<int>("code");
        QTest::addColumn<QString>("detailPart");

        QTest::newRow("question-before-header") << "\nman king woman queen\n: family\n"
                                                << 100 << int(ErrorCode::ParseError) << "line 2";
        QTest::newRow("empty") << "" << 100 << int(ErrorCode::EmptyInput) << "no analogy";
        QTest::newRow("only-headers") << ": a\n: b\n" << 100 << int(ErrorCode::EmptyInput) << "";
        QTest::newRow("restrict-zero")
            << toyQuestions << 0 << int(ErrorCode::InvalidArgument) << "restrict_vocab";
    }

    void badInput()
    {
        QFETCH(QString, text);
        QFETCH(int, restrict);
        QFETCH(int, code);
        QFETCH(QString, detailPart);
        AnalogyBenchmark::Options options;
        options.restrictVocab = std::size_t(restrict);
        auto report = AnalogyBenchmark::evaluate(*m_toy, text.toStdString(), options);
        QVERIFY(!report.ok());
        QCOMPARE(int(report.error().code), code);
        QVERIFY(QString::fromStdString(report.error().detail).contains(detailPart));
    }

    void missingFile()
    {
        auto report = AnalogyBenchmark::evaluateFile(*m_toy, "no/such/questions.txt", {});
        QVERIFY(!report.ok());
        QCOMPARE(report.error().code, ErrorCode::NotFound);
        QVERIFY(report.error().detail.find("no/such/questions.txt") != std::string::npos);
    }

    void cancellationAndProgress()
    {
        std::stop_source source;
        source.request_stop();
        auto cancelled = AnalogyBenchmark::evaluate(*m_toy, toyQuestions, {}, source.get_token());
        QVERIFY(!cancelled.ok());
        QCOMPARE(cancelled.error().code, ErrorCode::Cancelled);

        std::vector<std::pair<std::size_t, std::size_t>> calls;
        auto report = AnalogyBenchmark::evaluate(
            *m_toy, toyQuestions, {}, {},
            [&](std::size_t done, std::size_t total) { calls.emplace_back(done, total); });
        QVERIFY(report.ok());
        QVERIFY(!calls.empty());
        QCOMPARE(calls.back(), (std::pair<std::size_t, std::size_t>(4, 4)));
    }

    void gensimAgreement_data()
    {
        QTest::addColumn<QString>("method");
        QTest::addColumn<int>("restrict");
        QTest::newRow("3cosadd-restrict-30000") << "3cosadd" << 30000;
        QTest::newRow("3cosadd-restrict-2000") << "3cosadd" << 2000;
        QTest::newRow("3cosmul-restrict-30000") << "3cosmul" << 30000;
    }

    void gensimAgreement()
    {
        QFETCH(QString, method);
        QFETCH(int, restrict);
        const auto model
            = ewb::test::loadTextVectors(ewb::test::fixturePath("gensim-demo-en-d50.txt"));
        QVERIFY(model);
        const auto expectedFile = ewb::test::fixturePath("gensim-expected.txt");

        std::map<std::string, std::pair<std::size_t, std::size_t>> expected;
        for (const auto &row : ewb::test::expectedLines(expectedFile, "analogy")) {
            if (row[1] == method.toStdString() && row[2] == std::to_string(restrict))
                expected[row[3]] = { std::stoul(row[4]), std::stoul(row[5]) };
        }
        QCOMPARE(expected.size(), std::size_t(15));

        AnalogyBenchmark::Options options;
        options.restrictVocab = std::size_t(restrict);
        options.method = method == "3cosmul" ? AnalogyMethod::CosMul : AnalogyMethod::CosAdd;
        auto report = AnalogyBenchmark::evaluateFile(
            *model, std::string(EWB_RESOURCES_DIR) + "/questions-words.txt", options);
        QVERIFY(report.ok());
        QCOMPARE(report->sections.size(), std::size_t(14));
        QCOMPARE(report->questions, std::size_t(19544));
        std::size_t semanticTotal = 0;
        for (const auto &section : report->sections) {
            QVERIFY2(expected.count(section.name), section.name.c_str());
            QCOMPARE(section.correct, expected[section.name].first);
            QCOMPARE(section.total, expected[section.name].second);
            if (!section.name.starts_with("gram"))
                semanticTotal += section.total;
        }
        QCOMPARE(report->total.correct, expected["total"].first);
        QCOMPARE(report->total.total, expected["total"].second);
        QCOMPARE(report->semantic.total, semanticTotal);
        QCOMPARE(report->semantic.total + report->syntactic.total, report->total.total);
        if (restrict == 30000) {
            const auto oov = ewb::test::expectedLines(expectedFile, "analogy-oov");
            QCOMPARE(oov.size(), std::size_t(1));
            QCOMPARE(report->oov, std::size_t(std::stoul(oov[0][2])));
            // Per section, counted independently by bench/make_evaluation_fixture.py.
            const auto sectionOov = ewb::test::expectedLines(
                ewb::test::fixturePath("gensim-expected-evaluation.txt"), "analogy-oov");
            QCOMPARE(sectionOov.size(), report->sections.size());
            for (std::size_t i = 0; i < sectionOov.size(); ++i) {
                QCOMPARE(report->sections[i].name, sectionOov[i][2]);
                QCOMPARE(report->sections[i].oov, std::size_t(std::stoul(sectionOov[i][3])));
            }
        }
        QCOMPARE(report->total.oov, report->oov);
        QCOMPARE(report->semantic.oov + report->syntactic.oov, report->oov);
    }
};

QTEST_APPLESS_MAIN(TestAnalogyBenchmark)
#include "tst_analogybenchmark.moc"
