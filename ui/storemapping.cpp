#include "ui/storemapping.h"

#include "core/train/runrecordbuilder.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFileInfo>

#include <algorithm>

namespace ewb::ui {

std::string StoreMapping::optionsJson(const core::TrainingOptions &o)
{
    return core::RunRecordBuilder::optionsJson(o);
}

std::string StoreMapping::tokenizerJson(const core::TokenizerOptions &t)
{
    return core::RunRecordBuilder::tokenizerJson(t);
}

core::RunRecord StoreMapping::runRecord(const TrainingOutcome &outcome)
{
    const TrainingRequest &request = outcome.request;
    core::CorpusRecord corpus;
    if (request.corpusPath.isEmpty()) {
        corpus.path = request.corpusName.toStdString();
        corpus.sizeBytes = static_cast<std::uint64_t>(request.corpusBytes.size());
        corpus.fingerprint = "sha256:"
            + QCryptographicHash::hash(request.corpusBytes, QCryptographicHash::Sha256)
                  .toHex()
                  .toStdString();
    } else {
        // Hashing a corpus of gigabytes would delay the save; size and modification time tell
        // whether the file at that path changed since.
        const QFileInfo info(request.corpusPath);
        corpus.path = request.corpusPath.toStdString();
        corpus.sizeBytes = static_cast<std::uint64_t>(std::max<qint64>(info.size(), 0));
        corpus.fingerprint = QStringLiteral("size:%1;mtime:%2")
                                 .arg(info.size())
                                 .arg(info.lastModified().toMSecsSinceEpoch())
                                 .toStdString();
    }
    corpus.lines = outcome.result.corpus.lines;
    corpus.tokens = outcome.result.corpus.tokens;
    corpus.distinctWords = outcome.result.corpus.types;
    corpus.tokenizerJson = tokenizerJson(request.tokenizer);

    core::RunRecord run;
    run.corpus = corpus;
    const core::TrainingOptions &options = outcome.result.training.options;
    run.optionsJson = optionsJson(options);
    run.seed = options.seed;
    run.threads = static_cast<int>(options.threads);
    run.softwareVersion = QCoreApplication::applicationVersion().toStdString();
    run.startedMs = outcome.startedMs;
    run.finishedMs = outcome.finishedMs;
    run.status = core::RunStatus::Completed;
    return run;
}

core::ModelMetadata StoreMapping::metadata(const TrainingOutcome &outcome, const std::string &name)
{
    core::ModelMetadata meta;
    meta.name = name;
    meta.source = core::ModelSource::Trained;
    meta.paramsJson = optionsJson(outcome.result.training.options);
    return meta;
}

std::vector<core::LossPoint> StoreMapping::lossPoints(const TrainingOutcome &outcome)
{
    return core::RunRecordBuilder::lossPoints(outcome.result.training.lossHistory);
}

RunSeries StoreMapping::series(const QString &name, const std::vector<core::LossPoint> &points)
{
    RunSeries run(name);
    std::uint32_t epochs = 1;
    for (const core::LossPoint &p : points)
        epochs = std::max(epochs, p.epoch);
    for (std::size_t i = 0; i < points.size(); ++i) {
        const core::LossPoint &p = points[i];
        LossPoint point;
        point.epochs = p.fraction * epochs;
        point.epoch = p.epoch;
        point.intervalLoss = p.lossInterval;
        point.epochLoss = p.lossEpoch;
        point.epochEnd = i + 1 == points.size() || points[i + 1].epoch > p.epoch;
        point.learningRate = p.learningRate;
        point.wordsPerSecond = p.wordsPerSecond;
        point.wordsDone = p.wordsDone;
        run.append(point);
    }
    return run;
}

} // namespace ewb::ui
