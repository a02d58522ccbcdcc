#include "app/cli/clioutput.h"
#include "app/cli/commandparser.h"
#include "app/cli/commands.h"
#include "app/cli/exitcodes.h"
#include "app/cli/interrupt.h"
#include "app/cli/storeaccess.h"
#include "app/cli/losslog.h"
#include "app/cli/terminalprogress.h"
#include "app/cli/trainoptions.h"

#include "core/formats/embeddingfile.h"
#include "core/model/queries.h"
#include "core/store/modelstore.h"
#include "core/train/corpustrainer.h"
#include "core/train/runrecordbuilder.h"

#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QJsonObject>
#include <QLocale>

namespace ewb::cli {

namespace {

QString formatCount(double value)
{
    if (value >= 1e6)
        return QString::number(value / 1e6, 'f', 2) + QLatin1Char('M');
    if (value >= 1e3)
        return QString::number(value / 1e3, 'f', 1) + QLatin1Char('k');
    return QString::number(value, 'f', 0);
}

// The demo run shows that training worked: neighbours of a few everyday words.
void printDemoNeighbours(const core::EmbeddingModel &model)
{
    const core::Queries queries(model);
    for (const char *word : { "monday", "three", "said", "red", "mother", "night" }) {
        const auto neighbours = queries.neighbours(word, 8);
        if (!neighbours.ok())
            continue;
        QStringList names;
        for (const auto &n : *neighbours)
            names << QString::fromStdString(n.word);
        printLine(QStringLiteral("%1: %2").arg(QString::fromLatin1(word), -8).arg(names.join(QStringLiteral(", "))));
    }
}

// The default model name says what was trained on what, and when.
QString modelName(const TrainRequest &request, const core::TrainingOptions &options)
{
    if (!request.name.isEmpty())
        return request.name;
    const QString corpus = request.demo ? QStringLiteral("demo") : QFileInfo(request.corpus).completeBaseName();
    return QStringLiteral("%1 %2 %3d %4")
            .arg(corpus, QString::fromUtf8(core::TrainingOptions::architectureName(options.architecture).data()))
            .arg(options.dim)
            .arg(QDateTime::currentDateTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")));
}

// Saves the model with its run record and loss curve in one transaction; returns the model id.
core::Result<std::int64_t> saveRun(core::Database &db, const TrainRequest &request,
                                   const core::CorpusSource &source,
                                   const core::CorpusTrainer::Outcome &outcome, std::int64_t startedMs)
{
    const core::TrainingResult &training = outcome.training;
    const core::RunRecord run = core::RunRecordBuilder::record(
            training.options, request.tokenizer, source, outcome.corpus, outcome.vocabularySize,
            EWB_VERSION, startedMs, QDateTime::currentMSecsSinceEpoch(), core::RunStatus::Completed);
    const auto loss = core::RunRecordBuilder::lossPoints(training.lossHistory);
    core::ModelMetadata meta;
    meta.name = modelName(request, training.options).toStdString();
    meta.source = core::ModelSource::Trained;
    meta.paramsJson = run.optionsJson;
    core::ModelStore store(db);
    return store.save(*training.model, meta, &run, loss, Interrupt::token());
}

} // namespace

int runTrain(const QStringList &arguments)
{
    const QString command = QStringLiteral("train");
    QCommandLineParser parser;
    parser.setApplicationDescription(
            QStringLiteral("Trains word2vec (skip-gram or CBOW with negative sampling) on CORPUS, a "
                           "UTF-8 text file with one sentence or paragraph per line, or on the "
                           "embedded demo corpus (--demo)."));
    parser.addPositionalArgument(QStringLiteral("CORPUS"), QStringLiteral("the corpus file"), QStringLiteral("[CORPUS]"));
    addTrainingOptions(parser);
    if (const auto done = parseCommandLine(parser, arguments, command, 0, 1))
        return *done;

    TrainRequest request;
    if (const auto bad = readTrainRequest(parser, request))
        return usageError(command, *bad);

    QByteArray demoBytes;
    core::CorpusSource source = core::CorpusSource::fromFile({});
    if (request.demo) {
        QFile demo(QStringLiteral(":/data/demo-corpus-en.txt"));
        if (!demo.open(QIODevice::ReadOnly)) {
            printError(QStringLiteral("the embedded demo corpus is missing"));
            return ExitSoftware;
        }
        demoBytes = demo.readAll();
        source = core::CorpusSource::fromMemory(
                std::string_view(demoBytes.constData(), static_cast<std::size_t>(demoBytes.size())),
                "demo corpus");
    } else {
        source = core::CorpusSource::fromFile(request.corpus.toStdString());
    }

    // Open the database first: a run that cannot be saved should not start.
    int exitCode = ExitOk;
    std::optional<core::Database> db;
    if (request.save) {
        db = openDatabase(parser, true, exitCode);
        if (!db)
            return exitCode;
    }
    const std::int64_t startedMs = QDateTime::currentMSecsSinceEpoch();

    TerminalProgress progress;
    core::CorpusTrainer trainer(request.options);
    trainer.setReadProgressCallback([&progress](std::uint64_t done, std::uint64_t total) {
        const double fraction = total > 0 ? double(done) / double(total) : 0.0;
        progress.update(fraction, -1, QStringLiteral("reading %1B").arg(formatCount(double(done))));
    });
    trainer.setProgressCallback([&progress](const core::TrainingProgress &p) {
        progress.update(p.fraction, p.etaSeconds,
                        QStringLiteral("epoch %1/%2  loss %3  %4 words/s  lr %5")
                                .arg(p.epoch)
                                .arg(p.epochs)
                                .arg(p.intervalLoss, 0, 'f', 4)
                                .arg(formatCount(p.wordsPerSecond))
                                .arg(p.learningRate, 0, 'g', 3));
    });
    auto outcome = trainer.run(source, request.tokenizer, Interrupt::token());
    progress.finish();
    if (!outcome.ok())
        return reportError(outcome.error());
    const core::TrainingResult &training = outcome->training;
    for (const auto &warning : training.warnings)
        printError(QStringLiteral("warning: ") + QString::fromStdString(warning));

    if (!request.output.isEmpty()) {
        const auto written = core::writeEmbeddingFile(*training.model, request.output.toStdString(),
                                                      request.format, Interrupt::token());
        if (!written.ok())
            return reportError(written.error(), request.output) == ExitInterrupted ? int(ExitInterrupted)
                                                                                   : int(ExitCantCreate);
    }
    std::int64_t modelId = 0;
    if (db) {
        const auto saved = saveRun(*db, request, source, *outcome, startedMs);
        if (!saved.ok())
            return reportError(saved.error(), QStringLiteral("saving the model"));
        modelId = *saved;
    }
    if (!request.lossLog.isEmpty()) {
        QString error;
        if (!writeLossLog(request.lossLog, training.lossHistory, error)) {
            printError(error);
            return ExitCantCreate;
        }
    }

    const double finalLoss = training.lossHistory.empty() ? 0.0 : training.lossHistory.back().epochLoss;
    if (request.json) {
        printJson({ { QStringLiteral("corpus"), QString::fromStdString(source.displayName()) },
                    { QStringLiteral("arch"), QString::fromUtf8(core::TrainingOptions::architectureName(training.options.architecture).data()) },
                    { QStringLiteral("dim"), static_cast<qint64>(training.options.dim) },
                    { QStringLiteral("epochs"), static_cast<qint64>(training.options.epochs) },
                    { QStringLiteral("threads"), static_cast<qint64>(training.options.threads) },
                    { QStringLiteral("vocab"), static_cast<qint64>(outcome->vocabularySize) },
                    { QStringLiteral("tokens"), static_cast<qint64>(outcome->corpus.tokens) },
                    { QStringLiteral("tokens_kept"), static_cast<qint64>(outcome->tokensKept) },
                    { QStringLiteral("raw_words"), static_cast<qint64>(training.stats.rawWords) },
                    { QStringLiteral("read_s"), outcome->readSeconds },
                    { QStringLiteral("train_s"), training.stats.trainSeconds },
                    { QStringLiteral("words_per_s"), training.stats.wordsPerSecond },
                    { QStringLiteral("final_loss"), finalLoss },
                    { QStringLiteral("output"), request.output.isEmpty() ? QJsonValue() : QJsonValue(request.output) },
                    { QStringLiteral("model_id"), modelId == 0 ? QJsonValue() : QJsonValue(static_cast<qint64>(modelId)) } });
    } else {
        printLine(QStringLiteral("Trained %1 on %2: %3 words in the vocabulary, %4 tokens, %5 epochs "
                                 "in %6 s (%7 words/s), final loss %8")
                          .arg(QString::fromUtf8(core::TrainingOptions::architectureName(training.options.architecture).data()),
                               QString::fromStdString(source.displayName()))
                          .arg(outcome->vocabularySize)
                          .arg(outcome->corpus.tokens)
                          .arg(training.options.epochs)
                          .arg(training.stats.trainSeconds, 0, 'f', 1)
                          .arg(formatCount(training.stats.wordsPerSecond))
                          .arg(finalLoss, 0, 'f', 4));
        if (!request.output.isEmpty())
            printLine(QStringLiteral("Vectors written to %1").arg(request.output));
        if (modelId != 0)
            printLine(QStringLiteral("Saved as model %1 in %2").arg(modelId).arg(QString::fromStdString(db->path().string())));
        if (request.demo)
            printDemoNeighbours(*training.model);
    }
    return ExitOk;
}

} // namespace ewb::cli
