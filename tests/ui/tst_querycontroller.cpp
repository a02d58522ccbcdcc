#include "core/model/embeddingmodel.h"
#include "core/model/queries.h"
#include "ui/querycontroller.h"
#include "ui/queryrunner.h"

#include "exploremodels.h"

#include <QSignalSpy>
#include <QThread>
#include <QtTest>

#include <cmath>
#include <optional>

using namespace ewb;
using namespace ewb::ui;

namespace {

std::vector<core::Neighbour> listOf(const QStringList &words)
{
    std::vector<core::Neighbour> list;
    for (const QString &word : words)
        list.push_back({ 0, word.toStdString(), 0.0f });
    return list;
}

QueryRequest ask(QueryRequest::Kind kind, const QStringList &words, int k = 10)
{
    QueryRequest request;
    request.kind = kind;
    request.words = words;
    request.k = k;
    return request;
}

} // namespace

/// QueryRunner's answers and overlap, and QueryController's threading: answers arrive on the
/// controller's thread, and a superseded question is never answered.
class TestQueryController : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        m_model = test::gensimDemoModel();
        QVERIFY(m_model);
    }

    void jaccardByHand_data()
    {
        QTest::addColumn<QStringList>("a");
        QTest::addColumn<QStringList>("b");
        QTest::addColumn<double>("expected"); // -1: undefined
        QTest::addColumn<int>("shared");
        QTest::newRow("identical")
            << QStringList { "x", "y", "z" } << QStringList { "z", "y", "x" } << 1.0 << 3;
        QTest::newRow("disjoint") << QStringList { "x", "y" } << QStringList { "u", "v" } << 0.0
                                  << 0;
        // {y, z} shared, {w, x, y, z} in all: 2 / 4.
        QTest::newRow("half") << QStringList { "x", "y", "z" } << QStringList { "y", "z", "w" }
                              << 0.5 << 2;
        // 1 shared of 2 + 4 - 1 = 5 distinct.
        QTest::newRow("different-lengths")
            << QStringList { "x", "y" } << QStringList { "y", "u", "v", "w" } << 0.2 << 1;
        QTest::newRow("one-empty") << QStringList { "x" } << QStringList {} << 0.0 << 0;
        QTest::newRow("both-empty") << QStringList {} << QStringList {} << -1.0 << 0;
    }

    void jaccardByHand()
    {
        QFETCH(QStringList, a);
        QFETCH(QStringList, b);
        QFETCH(double, expected);
        QFETCH(int, shared);
        int common = -1;
        const std::optional<double> jaccard = QueryRunner::jaccard(listOf(a), listOf(b), &common);
        QCOMPARE(jaccard.has_value(), expected >= 0);
        if (jaccard)
            QCOMPARE(*jaccard, expected);
        QCOMPARE(common, shared);
    }

    void queryWords_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<QStringList>("words");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("single-word") << int(QueryRequest::Kind::Neighbours)
                                     << QStringList { "king" } << QStringList { "king" };
        QTest::newRow("expression")
            << int(QueryRequest::Kind::Neighbours) << QStringList { "king - man + woman" }
            << QStringList { "king", "woman", "man" };
        QTest::newRow("hyphenated-word")
            << int(QueryRequest::Kind::Neighbours) << QStringList { "well-known -man" }
            << QStringList { "well-known", "man" };
        QTest::newRow("malformed-expression") << int(QueryRequest::Kind::Neighbours)
                                              << QStringList { "king - - man" } << QStringList {};
        QTest::newRow("list-with-repeats")
            << int(QueryRequest::Kind::OddOneOut) << QStringList { "a", "b", "a" }
            << QStringList { "a", "b" };
    }

    void queryWords()
    {
        QFETCH(int, kind);
        QFETCH(QStringList, words);
        QFETCH(QStringList, expected);
        QCOMPARE(QueryRunner::queryWords(ask(QueryRequest::Kind(kind), words)), expected);
    }

    void similarityByHand()
    {
        core::Matrix vectors(3, 2);
        vectors << 1, 0, 3, 3, 0, -2;
        auto toy = core::EmbeddingModel::create({ "a", "b", "c" }, {}, vectors);
        QVERIFY(toy.ok());
        const ModelAnswer ab
            = QueryRunner::answer(ask(QueryRequest::Kind::Similarity, { "a", "b" }), **toy);
        QVERIFY(ab.ok());
        QCOMPARE(ab.similarity, float(1.0 / std::sqrt(2.0)));
        const ModelAnswer bc
            = QueryRunner::answer(ask(QueryRequest::Kind::Similarity, { "b", "c" }), **toy);
        QCOMPARE(bc.similarity, float(-1.0 / std::sqrt(2.0)));
    }

    void unknownWordsAreNamedWithSuggestions()
    {
        QueryRequest request = ask(QueryRequest::Kind::Analogy, { "man", "kng", "womn" });
        request.expected = QStringLiteral("quen");
        const ModelAnswer answer = QueryRunner::answer(request, *m_model);
        QCOMPARE(answer.error.code, core::ErrorCode::NotFound);
        QCOMPARE(answer.unknown, (QStringList { "kng", "womn", "quen" }));
        QStringList expected;
        for (const std::string &word : core::Queries(*m_model).suggestions("kng"))
            expected << QString::fromStdString(word);
        QVERIFY(!expected.isEmpty());
        QCOMPARE(answer.suggestions, expected);
        QVERIFY(answer.neighbours.empty());
    }

    void malformedRequestsFail_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<QStringList>("words");
        QTest::newRow("analogy-of-two")
            << int(QueryRequest::Kind::Analogy) << QStringList { "man", "king" };
        QTest::newRow("similarity-of-three")
            << int(QueryRequest::Kind::Similarity) << QStringList { "man", "king", "queen" };
        QTest::newRow("odd-one-out-of-one")
            << int(QueryRequest::Kind::OddOneOut) << QStringList { "man" };
        QTest::newRow("dangling-operator")
            << int(QueryRequest::Kind::Neighbours) << QStringList { "king -" };
    }

    void malformedRequestsFail()
    {
        QFETCH(int, kind);
        QFETCH(QStringList, words);
        const ModelAnswer answer
            = QueryRunner::answer(ask(QueryRequest::Kind(kind), words), *m_model);
        QCOMPARE(answer.error.code, core::ErrorCode::InvalidArgument);
        QVERIFY(answer.unknown.isEmpty());
    }

    void wordListsAnswerEachWord()
    {
        const ModelAnswer answer = QueryRunner::answer(
            ask(QueryRequest::Kind::WordLists, { "king", "zzqx", "paris" }, 5), *m_model);
        QVERIFY(answer.ok());
        QCOMPARE(answer.perWord.size(), std::size_t(3));
        const core::Queries queries(*m_model);
        for (std::size_t i : { 0u, 2u }) {
            const auto expected = queries.neighbours(answer.perWord[i].word.toStdString(), 5);
            QVERIFY(expected.ok());
            QCOMPARE(answer.perWord[i].neighbours.size(), std::size_t(5));
            for (std::size_t j = 0; j < 5; ++j) {
                QCOMPARE(answer.perWord[i].neighbours[j].word, (*expected)[j].word);
                QCOMPARE(answer.perWord[i].neighbours[j].score, (*expected)[j].score);
            }
        }
        QCOMPARE(answer.perWord[1].error.code, core::ErrorCode::NotFound);
    }

    void answerArrivesOnTheControllerThread()
    {
        QueryController controller;
        std::optional<QueryAnswer> received;
        QThread *thread = nullptr;
        connect(&controller, &QueryController::answered, this, [&](const QueryAnswer &answer) {
            received = answer;
            thread = QThread::currentThread();
        });
        const quint64 generation
            = controller.submit(ask(QueryRequest::Kind::Neighbours, { "king" }), m_model);
        QTRY_VERIFY(received.has_value());
        QCOMPARE(thread, QThread::currentThread());
        QCOMPARE(received->generation, generation);
        QVERIFY(!received->b);
        const auto expected = core::Queries(*m_model).neighbours("king", 10);
        QCOMPARE(received->a.neighbours.size(), expected->size());
        QCOMPARE(received->a.neighbours.front().word, expected->front().word);
        QVERIFY(!controller.isBusy());
    }

    void supersededQuestionsAreNeverAnswered()
    {
        QueryController controller;
        QSignalSpy answered(&controller, &QueryController::answered);
        // The first starts at once, the second waits and is replaced by the third.
        controller.submit(ask(QueryRequest::Kind::Neighbours, { "king" }), m_model);
        controller.submit(ask(QueryRequest::Kind::Neighbours, { "queen" }), m_model);
        const quint64 last
            = controller.submit(ask(QueryRequest::Kind::Neighbours, { "paris" }), m_model);
        QCOMPARE(last, quint64(3));
        QVERIFY(controller.isBusy());
        QTRY_VERIFY(!controller.isBusy());
        QCOMPARE(answered.count(), 1);
        const auto answer = qvariant_cast<QueryAnswer>(answered.constFirst().at(0));
        QCOMPARE(answer.generation, last);
        QCOMPARE(answer.request.words, QStringList { "paris" });
    }

    void cancelDropsEverything()
    {
        QueryController controller;
        QSignalSpy answered(&controller, &QueryController::answered);
        controller.submit(ask(QueryRequest::Kind::Neighbours, { "king" }), m_model);
        controller.submit(ask(QueryRequest::Kind::Neighbours, { "queen" }), m_model);
        controller.cancel();
        QTRY_VERIFY(!controller.isBusy());
        QCOMPARE(answered.count(), 0);
    }

private:
    std::shared_ptr<const core::EmbeddingModel> m_model;
};

QTEST_GUILESS_MAIN(TestQueryController)
#include "tst_querycontroller.moc"
