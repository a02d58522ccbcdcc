#include "core/serve/modelcatalog.h"
#include "core/serve/modelservice.h"

#include "servicetesthelpers.h"

#include <QtTest>

#include <atomic>
#include <thread>

using namespace ewb::core;

namespace {

// A 3-word model whose first word's nearest neighbour is `nearest`: the queries below can tell
// which of two versions answered.
std::shared_ptr<const ServedModel> version(const std::string &id, const std::string &name,
                                           const std::string &nearest)
{
    Matrix m(3, 2);
    m << 1, 0, 0.9f, 0.1f, 0, 1;
    auto model = EmbeddingModel::create({ "query", nearest, "far" }, {}, std::move(m));
    if (!model)
        return nullptr;
    auto served = ServedModel::create(id, name, *model);
    return served ? *served : nullptr;
}

} // namespace

// The catalog of served models: copy-on-write snapshots, lookups by id then name, and no torn
// reads while a writer replaces models (RELIABILITY row 54).
class TestModelCatalog : public QObject
{
    Q_OBJECT

private slots:
    void validatesIds_data()
    {
        QTest::addColumn<QString>("id");
        QTest::addColumn<bool>("valid");
        QTest::newRow("default") << "default" << true;
        QTest::newRow("number") << "42" << true;
        QTest::newRow("dots-dashes") << "demo-en_v1.2" << true;
        QTest::newRow("empty") << "" << false;
        QTest::newRow("dot") << "." << false;
        QTest::newRow("dot-dot") << ".." << false;
        QTest::newRow("slash") << "a/b" << false;
        QTest::newRow("space") << "a b" << false;
        QTest::newRow("percent") << "a%2F" << false;
        QTest::newRow("chinese") << "模型" << false;
        QTest::newRow("too-long") << QString(129, 'a') << false;
        QTest::newRow("longest") << QString(128, 'a') << true;
    }
    void validatesIds()
    {
        QFETCH(QString, id);
        QFETCH(bool, valid);
        QCOMPARE(ServedModel::isValidId(id.toStdString()), valid);
        QCOMPARE(ServedModel::create(id.toStdString(), "", ewb::test::chineseModel()).ok(), valid);
    }

    void refusesMissingModel()
    {
        QCOMPARE(ServedModel::create("x", "", nullptr).error().code, ErrorCode::InvalidArgument);
    }

    void publishesReplacesAndRemoves()
    {
        ModelCatalog catalog;
        QCOMPARE(catalog.size(), std::size_t(0));
        catalog.publish(version("1", "alpha", "a1"));
        catalog.publish(version("2", "beta", "b1"));
        catalog.publish(version("1", "alpha", "a2")); // same id: replaced in place
        const auto snapshot = catalog.snapshot();
        QCOMPARE(snapshot->size(), std::size_t(2));
        QCOMPARE((*snapshot)[0]->id(), std::string("1"));
        QCOMPARE((*snapshot)[0]->model().word(1), std::string("a2"));
        QCOMPARE((*snapshot)[1]->id(), std::string("2"));

        QVERIFY(catalog.remove("1"));
        QVERIFY(!catalog.remove("1"));
        QCOMPARE(catalog.size(), std::size_t(1));
        // The snapshot taken before is unchanged by later writes.
        QCOMPARE(snapshot->size(), std::size_t(2));

        catalog.replaceAll({ version("3", "gamma", "c1"), nullptr });
        QCOMPARE(catalog.size(), std::size_t(1));
        QCOMPARE(catalog.find("3")->name(), std::string("gamma"));
    }

    void findsByIdBeforeName()
    {
        ModelCatalog catalog;
        // Model "2" is named "1": asking for "1" must give the model whose id is "1".
        catalog.publish(version("2", "1", "b"));
        catalog.publish(version("1", "one", "a"));
        QCOMPARE(catalog.find("1")->id(), std::string("1"));
        QCOMPARE(catalog.find("one")->id(), std::string("1"));
        QCOMPARE(catalog.find("2")->id(), std::string("2"));
        QVERIFY(!catalog.find("three"));
        // An empty name falls back to the id.
        catalog.publish(version("x", "", "c"));
        QCOMPARE(catalog.find("x")->name(), std::string("x"));
    }

    // A writer swaps two versions of model "m" as fast as it can while a reader queries it:
    // every answer must be wholly one version (nearest word and its score belong together).
    void readersNeverSeeTornModels()
    {
        ModelCatalog catalog;
        const auto first = version("m", "m", "older");
        const auto second = version("m", "m", "newer");
        catalog.publish(first);
        ServiceOptions options;
        options.allowedHosts = { ewb::test::testHost };
        const ModelService service(catalog, options);

        std::atomic<bool> done { false };
        std::jthread writer([&] {
            for (int i = 0; !done.load(); ++i)
                catalog.publish(i % 2 ? first : second);
        });
        int older = 0;
        int newer = 0;
        for (int i = 0; i < 3000; ++i) {
            const auto response
                = service.handle(ewb::test::getRequest("/v1/models/m/neighbors?word=query&k=1"));
            QCOMPARE(response.status, 200);
            const JsonValue body = ewb::test::jsonOf(response);
            const JsonValue &answer = body.find("neighbors")->toArray().at(0);
            const std::string word = answer.find("word")->toString();
            QVERIFY(word == "older" || word == "newer");
            (word == "older" ? older : newer)++;
        }
        done = true;
        writer.join();
        QCOMPARE(older + newer, 3000);
    }
};

QTEST_APPLESS_MAIN(TestModelCatalog)
#include "tst_modelcatalog.moc"
