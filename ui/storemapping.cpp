#include "ui/storemapping.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace ewb::ui {

namespace {

    std::string compact(const QJsonObject &object)
    {
        return QJsonDocument(object).toJson(QJsonDocument::Compact).toStdString();
    }

} // namespace

std::string StoreMapping::optionsJson(const core::TrainingOptions &o)
{
    const std::string_view arch = core::TrainingOptions::architectureName(o.architecture);
    return compact(QJsonObject {
        { QStringLiteral("arch"), QString::fromUtf8(arch.data(), qsizetype(arch.size())) },
        { QStringLiteral("dim"), qint64(o.dim) },
        { QStringLiteral("window"), qint64(o.window) },
        { QStringLiteral("negative"), qint64(o.negative) },
        { QStringLiteral("ns_exponent"), o.nsExponent },
        { QStringLiteral("sample"), o.sample },
        { QStringLiteral("min_count"), qint64(o.minCount) },
        { QStringLiteral("max_vocab"), qint64(o.maxVocab) },
        { QStringLiteral("alpha"), o.alpha },
        { QStringLiteral("min_alpha"), o.minAlpha },
        { QStringLiteral("epochs"), qint64(o.epochs) },
        { QStringLiteral("threads"), qint64(o.threads) },
        // As text: JSON numbers are doubles and would round seeds above 2^53.
        { QStringLiteral("seed"), QString::number(o.seed) },
        { QStringLiteral("l2"), o.weightDecay },
    });
}

std::string StoreMapping::tokenizerJson(const core::TokenizerOptions &t)
{
    using Mode = core::TokenizerOptions::Mode;
    using Invalid = core::TokenizerOptions::InvalidUtf8;
    return compact(QJsonObject {
        { QStringLiteral("mode"),
          t.mode == Mode::Icu ? QStringLiteral("icu") : QStringLiteral("whitespace") },
        { QStringLiteral("case_fold"), t.caseFold },
        { QStringLiteral("nfkc"), t.nfkc },
        { QStringLiteral("invalid_utf8"),
          t.invalidUtf8 == Invalid::Reject         ? QStringLiteral("reject")
              : t.invalidUtf8 == Invalid::SkipLine ? QStringLiteral("skip-line")
                                                   : QStringLiteral("replace") },
        { QStringLiteral("max_sentence_tokens"), qint64(t.maxSentenceTokens) },
        { QStringLiteral("max_token_bytes"), qint64(t.maxTokenBytes) },
    });
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
    std::vector<core::LossPoint> points;
    points.reserve(outcome.result.training.lossHistory.size());
    for (const core::TrainingProgress &p : outcome.result.training.lossHistory) {
        core::LossPoint point;
        point.elapsedSeconds = p.elapsedSeconds;
        point.epoch = static_cast<std::uint32_t>(p.epoch);
        point.wordsDone = p.wordsDone;
        point.fraction = p.fraction;
        point.learningRate = p.learningRate;
        point.lossInterval = p.intervalLoss;
        point.lossEpoch = p.epochLoss;
        point.wordsPerSecond = p.wordsPerSecond;
        points.push_back(point);
    }
    return points;
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
