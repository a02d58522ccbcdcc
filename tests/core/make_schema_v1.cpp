// Writes tests/data/schema_v1.ewb: a workbench database at schema version 1 holding one trained
// model with its run, loss curve, checkpoint and evaluation, and one imported model. Run it only
// with the code of schema version 1; later versions keep the committed file as it is.
// Usage: make_schema_v1 OUTPUT

#include "core/model/embeddingmodel.h"
#include "core/store/checkpointstore.h"
#include "core/store/database.h"
#include "core/store/evaluationstore.h"
#include "core/store/modelstore.h"
#include "core/store/runstore.h"
#include "storefixture.h"

#include <cmath>
#include <cstdio>
#include <filesystem>

using namespace ewb::core;

static int failed(const Error &error)
{
    std::fprintf(stderr, "make_schema_v1: %s\n", error.detail.c_str());
    return 1;
}

int main(int argc, char **argv)
{
    if (argc != 2) {
        std::fprintf(stderr, "usage: make_schema_v1 OUTPUT\n");
        return 64;
    }
    const std::filesystem::path out = argv[1];
    std::filesystem::remove(out);
    auto db = Database::open(out, { OpenMode::Create, true, {} });
    if (!db)
        return failed(db.error());

    std::vector<std::string> words;
    std::vector<std::uint64_t> counts;
    Matrix vectors(4, 3);
    for (std::size_t r = 0; r < storefixture::kTrainedRows.size(); ++r) {
        words.emplace_back(storefixture::kTrainedRows[r].word);
        counts.push_back(storefixture::kTrainedRows[r].count);
        for (std::size_t c = 0; c < 3; ++c)
            vectors(static_cast<Eigen::Index>(r), static_cast<Eigen::Index>(c))
                = storefixture::kTrainedRows[r].vector[c];
    }
    auto model = EmbeddingModel::create(words, counts, vectors);
    if (!model)
        return failed(model.error());

    RunRecord run;
    run.corpus = CorpusRecord {
        0, std::string(storefixture::kCorpusPath), 1234, "abc123", 10, 200, 50, R"({"lower":true})"
    };
    run.optionsJson = storefixture::kRunOptions;
    run.seed = storefixture::kRunSeed;
    run.threads = 2;
    run.softwareVersion = "0.1.0";
    run.startedMs = storefixture::kRunStarted;
    run.finishedMs = storefixture::kRunFinished;
    run.status = RunStatus::Completed;
    const std::vector<LossPoint> loss { { 0.5, 1, 100, 0.1, 0.025, NAN, NAN, 200.0 },
                                        { 1.0, 1, 200, 0.2, 0.0245, 4.5, 4.25, 200.0 } };
    ModelMetadata meta;
    meta.name = storefixture::kTrainedName;
    meta.notes = storefixture::kTrainedNotes;
    meta.paramsJson = storefixture::kTrainedParams;
    ModelStore store(*db);
    auto id = store.save(**model, meta, &run, loss);
    if (!id)
        return failed(id.error());
    auto info = store.info(*id);
    if (!info)
        return failed(info.error());

    CheckpointInfo checkpoint;
    checkpoint.runId = info->runId;
    checkpoint.epoch = 1;
    checkpoint.epochEnd = true;
    checkpoint.fraction = 0.2;
    checkpoint.elapsedSeconds = 1.0;
    checkpoint.loss = 4.25;
    if (auto c = CheckpointStore(*db).add(checkpoint, vectors * 0.5f); !c)
        return failed(c.error());
    EvaluationRecord eval { 0,
                            *id,
                            std::string(storefixture::kBenchmark),
                            "{}",
                            storefixture::kScore,
                            R"({"oov":0})",
                            1700000070000 };
    if (auto e = EvaluationStore(*db).add(eval); !e)
        return failed(e.error());

    Matrix small(2, 2);
    small << 1.0f, 2.0f, 3.0f, 4.0f;
    auto imported = EmbeddingModel::create({ "a", "b" }, {}, small);
    if (!imported)
        return failed(imported.error());
    ModelMetadata importedMeta;
    importedMeta.name = storefixture::kImportedName;
    importedMeta.source = ModelSource::Imported;
    if (auto i = store.save(**imported, importedMeta); !i)
        return failed(i.error());
    // A committed fixture must be a single self-contained file: leave WAL mode.
    if (auto done = db->exec("PRAGMA journal_mode = DELETE"); !done)
        return failed(done.error());
    return 0;
}
