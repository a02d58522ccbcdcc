// Crash safety of the store (RELIABILITY rows 45 and 47), modelled on SQLite's crash tests: the
// test re-runs its own executable as a child that writes to a database, kills it with SIGKILL
// at a seeded moment (or lets it run into a file-size limit), and then checks that every model
// the child reported as committed is intact and nothing half-written is visible.

#include "core/formats/embeddingfile.h"
#include "core/model/embeddingmodel.h"
#include "core/store/database.h"
#include "core/store/modelchecksum.h"
#include "core/store/modelstore.h"
#include "core/store/vectorimport.h"
#include "storetestmodels.h"

#include <QtTest>

#include <csignal>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <map>
#include <random>
#include <set>
#include <string>

#include <fcntl.h>
#include <sys/resource.h>
#include <unistd.h>

using namespace ewb::core;
namespace fs = std::filesystem;

namespace {

constexpr int kRounds = 100;
constexpr std::size_t kMaxModels = 20;

// The child's report goes to "<db>.log" rather than through a pipe: a write(2) to a file is in
// the kernel's hands when it returns, so the parent sees every line written before the kill.
int g_log = -1;

void say(const std::string &line)
{
    const std::string text = line + "\n";
    if (g_log < 0 || ::write(g_log, text.data(), text.size()) != ssize_t(text.size()))
        std::_Exit(10);
}

void openLog(const char *path)
{
    g_log = ::open((std::string(path) + ".log").c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_APPEND,
                   0644);
}

std::shared_ptr<const EmbeddingModel> childModel(std::mt19937 &rng, unsigned seed, int k)
{
    const auto rows = std::size_t(1 + rng() % 300);
    const auto dim = std::size_t(1 + rng() % 48);
    return storetest::randomModel(rows, dim, seed * 1000u + unsigned(k));
}

// The model an import of `model`'s word2vec binary file stores: the same words and floats, with
// counts unknown (0).
std::shared_ptr<const EmbeddingModel> asImported(const EmbeddingModel &model)
{
    auto imported = EmbeddingModel::create(model.words(), {}, model.vectors());
    return imported ? *imported : nullptr;
}

// --child-save DB SEED: saves random small models (deleting the oldest beyond 20, now and then
// saving a copy of the file, and now and then importing a word2vec file through the bulk write,
// which switches the file to a rollback journal) until killed.
int childSave(const char *path, unsigned seed)
{
    openLog(path);
    auto db = Database::open(path);
    if (!db) {
        say("open-failed " + std::string(errorCodeName(db.error().code)) + " " + db.error().detail);
        return 3;
    }
    if (db->isReadOnly()) {
        say("read-only " + db->readOnlyReason().detail);
        return 4;
    }
    ModelStore store(*db);
    if (!store.removeUnfinished())
        return 5;
    std::mt19937 rng(seed);
    for (int k = 0; k < 100000; ++k) {
        auto models = store.list();
        if (!models)
            return 6;
        if (rng() % 10 == 0) {
            say("copying");
            if (!store.saveCopy(std::string(path) + ".copy"))
                return 7;
            say("copied");
        } else if (models->size() >= kMaxModels) {
            const std::int64_t id = models->front().id;
            say("deleting " + std::to_string(id));
            if (!store.remove(id))
                return 8;
            say("deleted " + std::to_string(id));
        } else if (rng() % 5 == 0) {
            const auto model
                = asImported(*storetest::randomModel(2000, 64, seed * 1000u + unsigned(k)));
            const std::string file = std::string(path) + ".import.bin";
            if (!model || !writeEmbeddingFile(*model, file, VectorFormat::Word2VecBinary))
                return 10;
            const std::string sum = std::to_string(ModelChecksum::of(*model));
            ModelMetadata meta;
            meta.name = "s" + std::to_string(seed) + "-" + std::to_string(k);
            say("importing " + sum);
            // Bulk from 0 bytes: every import goes through the rollback journal.
            auto imported = VectorImport::run(*db, file, meta, {}, {}, 0);
            if (!imported) {
                say("save-failed " + imported.error().detail);
                return 9;
            }
            say("committed " + std::to_string(imported->modelId) + " " + sum);
        } else {
            auto model = childModel(rng, seed, k);
            const std::string sum = std::to_string(ModelChecksum::of(*model));
            ModelMetadata meta;
            meta.name = "s" + std::to_string(seed) + "-" + std::to_string(k);
            say("saving " + sum);
            auto id = store.save(*model, meta);
            if (!id) {
                say("save-failed " + id.error().detail);
                return 9;
            }
            say("committed " + std::to_string(*id) + " " + sum);
        }
    }
    return 0;
}

// --child-fill DB LIMIT: with the file size limited to LIMIT bytes and SIGXFSZ ignored, tries to
// save a model too big for the limit and reports how the save failed.
int childFill(const char *path, unsigned long long limit)
{
    openLog(path);
    const rlimit small { limit, limit };
    std::signal(SIGXFSZ, SIG_IGN);
    if (setrlimit(RLIMIT_FSIZE, &small) != 0)
        return 3;
    auto db = Database::open(path);
    if (!db || db->isReadOnly())
        return 4;
    ModelMetadata meta;
    meta.name = "too-big";
    auto id = ModelStore(*db).save(*storetest::randomModel(4000, 256, 99), meta);
    say(id ? "saved" : "save-failed " + std::string(errorCodeName(id.error().code)));
    return 0;
}

} // namespace

class TestStoreCrash : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    fs::path createDatabase(const char *name)
    {
        const fs::path path = fs::path(m_dir.path().toStdString()) / name;
        DatabaseOptions options;
        options.mode = OpenMode::Create;
        return Database::open(path, options) ? path : fs::path();
    }

private slots:
    // RELIABILITY row 47: SIGKILL at a seeded 5-500 ms into a child that saves, deletes and
    // copies; afterwards integrity_check is ok, each reported model is intact and nothing else
    // is complete.
    void killMidSave()
    {
        const fs::path path = createDatabase("kill.ewb");
        QVERIFY(!path.empty());
        std::map<std::int64_t, std::uint64_t> committed;
        std::multiset<std::uint64_t> maybeSaved; // "saving" seen, "committed" not: killed between
        std::set<std::int64_t> maybeDeleted;
        int killsWhileSaving = 0;
        int killsWhileImporting = 0;
        int commits = 0;
        std::map<std::string, QByteArray> outputs;
        for (int round = 0; round < kRounds; ++round) {
            const unsigned seed = unsigned(round + 1);
            std::mt19937 rng(seed);
            const int delayMs = 5 + int(rng() % 496);
            QProcess child;
            child.start(
                QCoreApplication::applicationFilePath(),
                { "--child-save", QString::fromStdString(path.string()), QString::number(seed) });
            QVERIFY(child.waitForStarted());
            // Waiting for the child to finish doubles as the kill timer: it never finishes on
            // its own before 100000 steps.
            if (!child.waitForFinished(delayMs)) {
                child.kill();
                QVERIFY(child.waitForFinished());
            }
            QVERIFY2(
                child.exitStatus() == QProcess::CrashExit,
                qPrintable("child ended by itself: " + storetest::readAll(path.string() + ".log")));
            const QByteArray output = storetest::readAll(path.string() + ".log");
            const QList<QByteArray> lines = output.split('\n');
            outputs["s" + std::to_string(seed)] = output;
            std::uint64_t pending = 0;
            bool saving = false;
            bool importing = false;
            for (const QByteArray &line : lines) {
                const QList<QByteArray> f = line.split(' ');
                if (f[0] == "saving" || f[0] == "importing") {
                    pending = f[1].toULongLong();
                    saving = true;
                    importing = f[0] == "importing";
                } else if (f[0] == "committed") {
                    committed[f[1].toLongLong()] = f[2].toULongLong();
                    ++commits;
                    saving = false;
                } else if (f[0] == "deleting") {
                    maybeDeleted.insert(f[1].toLongLong());
                } else if (f[0] == "deleted") {
                    maybeDeleted.erase(f[1].toLongLong());
                    committed.erase(f[1].toLongLong());
                } else if (!line.isEmpty() && f[0] != "copying" && f[0] != "copied") {
                    QFAIL(line.constData());
                }
            }
            if (saving) {
                maybeSaved.insert(pending);
                ++killsWhileSaving;
                killsWhileImporting += importing ? 1 : 0;
            }
        }

        auto db = Database::open(path);
        QVERIFY2(db.ok(), db ? "" : db.error().detail.c_str());
        QVERIFY(db->checkIntegrity()->empty());
        ModelStore store(*db);
        QVERIFY(store.removeUnfinished().ok());
        QCOMPARE(*db->queryInt64("SELECT count(*) FROM models WHERE status = 'writing'"), 0);
        auto models = store.list();
        QVERIFY(models.ok());
        std::set<std::int64_t> present;
        for (const ModelInfo &info : *models) {
            auto model = store.load(info.id);
            QVERIFY2(model.ok(), model ? "" : model.error().detail.c_str());
            const std::uint64_t sum = ModelChecksum::of(**model);
            if (auto it = committed.find(info.id); it != committed.end()) {
                QCOMPARE(sum, it->second);
                present.insert(info.id);
            } else {
                // Killed after COMMIT but before the child could report it: allowed once per
                // such kill, and the content must be what the child was saving.
                auto maybe = maybeSaved.find(sum);
                QVERIFY2(maybe != maybeSaved.end(),
                         qPrintable("unexpected model " + QString::number(info.id) + " "
                                    + QString::fromStdString(info.name) + " sum "
                                    + QString::number(sum) + "\n"
                                    + outputs[info.name.substr(0, info.name.find('-'))]));
                maybeSaved.erase(maybe);
            }
        }
        // A reported model may only be missing if a deletion of it was under way at a kill.
        for (const auto &[id, sum] : committed) {
            QVERIFY2(present.count(id) > 0 || maybeDeleted.count(id) > 0,
                     qPrintable("committed model " + QString::number(id) + " is missing"));
        }
        QVERIFY(store.verify()->empty());
        const fs::path copy = path.string() + ".copy";
        if (fs::exists(copy)) {
            DatabaseOptions ro;
            ro.mode = OpenMode::ReadOnly;
            auto copied = Database::open(copy, ro);
            QVERIFY2(copied.ok(), copied ? "" : copied.error().detail.c_str());
            QVERIFY(ModelStore(*copied).verify()->empty());
        }
        qInfo("%d rounds: %d commits reported, %zu models present at the end, %d kills during a "
              "save (%d of them during a bulk import)",
              kRounds, commits, models->size(), killsWhileSaving, killsWhileImporting);
        QVERIFY(!committed.empty());
    }

    // RELIABILITY row 45: a save that hits the file-size limit fails with DiskFull or IoError,
    // is rolled back, and the models saved before are intact.
    void diskFullKeepsModels()
    {
        const fs::path path = createDatabase("full.ewb");
        QVERIFY(!path.empty());
        std::map<std::string, std::uint64_t> before;
        {
            auto db = Database::open(path);
            ModelStore store(*db);
            for (int i = 0; i < 2; ++i) {
                auto model = storetest::randomModel(200, 16, unsigned(i));
                ModelMetadata meta;
                meta.name = "kept-" + std::to_string(i);
                QVERIFY(store.save(*model, meta).ok());
                before[meta.name] = ModelChecksum::of(*model);
            }
        }
        QProcess child;
        child.start(QCoreApplication::applicationFilePath(),
                    { "--child-fill", QString::fromStdString(path.string()),
                      QString::number(fs::file_size(path) + (1 << 20)) });
        QVERIFY(child.waitForFinished());
        QCOMPARE(child.exitCode(), 0);
        const QByteArray out = storetest::readAll(path.string() + ".log").trimmed();
        QVERIFY2(out == "save-failed io-error" || out == "save-failed disk-full", out.constData());

        auto db = Database::open(path);
        QVERIFY2(db.ok(), db ? "" : db.error().detail.c_str());
        QVERIFY(db->checkIntegrity()->empty());
        ModelStore store(*db);
        auto models = store.list();
        QCOMPARE(models->size(), std::size_t { 2 });
        for (const ModelInfo &info : *models)
            QCOMPARE(ModelChecksum::of(**store.load(info.id)), before.at(info.name));
        QCOMPARE(*db->queryInt64("SELECT count(*) FROM models"), 2);
        QVERIFY(store.verify()->empty());
    }
};

int main(int argc, char **argv)
{
    if (argc == 4 && std::strcmp(argv[1], "--child-save") == 0)
        return childSave(argv[2], unsigned(std::stoul(argv[3])));
    if (argc == 4 && std::strcmp(argv[1], "--child-fill") == 0)
        return childFill(argv[2], std::stoull(argv[3]));
    QCoreApplication app(argc, argv);
    TestStoreCrash test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_storecrash.moc"
