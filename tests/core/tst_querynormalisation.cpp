#include "core/serve/modelcatalog.h"
#include "core/serve/modelservice.h"
#include "core/serve/servedmodel.h"

#include "servicetesthelpers.h"
#include "textvectors.h"

#include <QtTest>

#include <algorithm>

using namespace ewb::core;
using ewb::test::getRequest;
using ewb::test::jsonOf;
using ewb::test::postRequest;

// Query words normalised as training normalises tokens (RELIABILITY row 51): ServedModel's
// lookup order, then every REST route on the lower-cased gensim model of the demo corpus.
class TestQueryNormalisation : public QObject
{
    Q_OBJECT

private:
    ModelCatalog m_catalog;
    std::unique_ptr<ModelService> m_service;

    ServiceResponse handle(const ServiceRequest &request) { return m_service->handle(request); }

private slots:
    void initTestCase()
    {
        auto en = ServedModel::create(
            "7", "demo-en",
            ewb::test::loadTextVectors(ewb::test::fixturePath("gensim-demo-en-d50.txt")));
        QVERIFY(en.ok());
        m_catalog.publish(*en);
        ServiceOptions options;
        options.allowedHosts = { ewb::test::testHost };
        m_service = std::make_unique<ModelService>(m_catalog, options);
    }

    // The word as given wins; then its case folding; then NFKC_Casefold; else nothing.
    void resolveOrder_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<QString>("expected");
        QTest::newRow("exact-upper") << "Apple"
                                     << "Apple";
        QTest::newRow("exact-lower") << "apple"
                                     << "apple";
        QTest::newRow("folded") << "PEAR"
                                << "pear";
        QTest::newRow("sharp-s") << "Straße"
                                 << "strasse";
        QTest::newRow("full-width") << "ＰＥＡＲ"
                                    << "pear";
        QTest::newRow("unknown") << "plum"
                                 << "";
    }
    void resolveOrder()
    {
        QFETCH(QString, query);
        QFETCH(QString, expected);
        Matrix m = Matrix::Identity(4, 4);
        // Full case folding turns "Straße" into "strasse", the form training stores.
        auto model = EmbeddingModel::create({ "Apple", "apple", "pear", "strasse" }, {}, m);
        QVERIFY(model.ok());
        auto served = ServedModel::create("m", "m", *model);
        QVERIFY(served.ok());
        const auto form = (*served)->resolve(query.toStdString());
        QCOMPARE(QString::fromStdString(form.value_or(std::string())), expected);
    }

    // Query words are normalised as training normalises tokens (RELIABILITY row 51): the
    // lower-cased vocabulary answers "King", "KING" and the full-width "ＫＩＮＧ" (NFKC) exactly
    // as it answers "king", and names the vocabulary form it used.
    void normalisesLikeTraining_data()
    {
        QTest::addColumn<QString>("query");
        QTest::newRow("capitalised") << "King";
        QTest::newRow("upper-case") << "KING";
        QTest::newRow("full-width") << "%EF%BC%AB%EF%BC%A9%EF%BC%AE%EF%BC%A7";
    }
    void normalisesLikeTraining()
    {
        QFETCH(QString, query);
        const std::string word = query.toStdString();
        const auto plain = handle(getRequest("/v1/models/7/neighbors?word=king"));
        const auto response = handle(getRequest("/v1/models/7/neighbors?word=" + word));
        QCOMPARE(response.status, 200);
        QCOMPARE(jsonOf(response).find("word")->toString(), std::string("king"));
        QCOMPARE(QByteArray::fromStdString(response.body), QByteArray::fromStdString(plain.body));

        const auto similarity
            = jsonOf(handle(getRequest("/v1/models/7/similarity?a=" + word + "&b=London")));
        QCOMPARE(similarity.find("a")->toString(), std::string("king"));
        QCOMPARE(similarity.find("b")->toString(), std::string("london"));
        const auto exact = jsonOf(handle(getRequest("/v1/models/7/similarity?a=king&b=london")));
        QCOMPARE(similarity.find("similarity")->toNumber(), exact.find("similarity")->toNumber());

        const auto analogy = handle(
            postRequest("/v1/models/7/analogy", R"({"a":"Man","b":"King","c":"WOMAN","k":3})"));
        QCOMPARE(analogy.status, 200);
        const auto plainAnalogy = handle(
            postRequest("/v1/models/7/analogy", R"({"a":"man","b":"king","c":"woman","k":3})"));
        QCOMPARE(QByteArray::fromStdString(analogy.body),
                 QByteArray::fromStdString(plainAnalogy.body));

        const auto odd = jsonOf(handle(postRequest(
            "/v1/models/7/doesnt-match", R"({"words":["Breakfast","LUNCH","dinner","King"]})")));
        QCOMPARE(odd.find("word")->toString(), std::string("king"));
    }

    // An unknown word (even after normalisation) is 404 with close vocabulary words.
    void unknownWordSuggests()
    {
        const auto response = handle(getRequest("/v1/models/7/neighbors?word=kingz"));
        QCOMPARE(response.status, 404);
        const JsonValue body = jsonOf(response);
        QCOMPARE(body.find("error")->find("code")->toString(), std::string("word-not-found"));
        const JsonValue &error = *body.find("error");
        QCOMPARE(error.find("word")->toString(), std::string("kingz"));
        std::vector<std::string> suggestions;
        for (const auto &item : error.find("suggestions")->toArray())
            suggestions.push_back(item.toString());
        QVERIFY(std::find(suggestions.begin(), suggestions.end(), "king") != suggestions.end());
        // The analogy names the missing word, not just "some word".
        const auto analogy = jsonOf(
            handle(postRequest("/v1/models/7/analogy", R"({"a":"man","b":"kingz","c":"woman"})")));
        QCOMPARE(analogy.find("error")->find("word")->toString(), std::string("kingz"));
    }
};

QTEST_APPLESS_MAIN(TestQueryNormalisation)
#include "tst_querynormalisation.moc"
