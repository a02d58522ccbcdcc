#include "app/cli/trainoptions.h"

#include "app/cli/optionreader.h"
#include "app/cli/storeaccess.h"

#include <limits>
#include <thread>

namespace ewb::cli {

namespace {

constexpr std::int64_t anyCount = std::numeric_limits<std::int32_t>::max();
constexpr double anyReal = std::numeric_limits<double>::max();

} // namespace

void addTrainingOptions(QCommandLineParser &parser)
{
    const auto opt = [&parser](const char *name, const char *help, const char *value = nullptr) {
        if (value)
            parser.addOption({ QString::fromLatin1(name), QString::fromLatin1(help), QString::fromLatin1(value) });
        else
            parser.addOption({ QString::fromLatin1(name), QString::fromLatin1(help) });
    };
    opt("demo", "train on the embedded demo corpus (12 public-domain novels, 0.8M words)");
    opt("arch", "skipgram (default: better rare words) or cbow (several times faster)", "skipgram|cbow");
    opt("dim", "vector length, 1..4096 (default 100)", "N");
    opt("window", "largest distance to a context word, >= 1 (default 5)", "N");
    opt("negative", "noise words per positive pair, >= 1 (default 5)", "N");
    opt("ns-exponent", "noise distribution exponent (default 0.75; 0 uniform, 1 unigram)", "X");
    opt("sample", "subsampling threshold for frequent words in [0, 1) (default 1e-3, 0 = off)", "X");
    opt("min-count", "ignore words rarer than this (default 5)", "N");
    opt("max-vocab", "keep only the N most frequent words (default 0 = no limit)", "N");
    opt("alpha", "initial learning rate > 0 (default 0.025 skip-gram, 0.05 CBOW)", "X");
    opt("min-alpha", "final learning rate, <= alpha (default 0.0001)", "X");
    opt("epochs", "passes over the corpus (default 5)", "N");
    opt("threads", "worker threads (default: all cores; 1 + --seed gives identical results)", "N");
    opt("seed", "random seed (default 1)", "N");
    opt("l2", "L2 weight decay lambda >= 0 (default 0)", "X");
    opt("tokenizer", "icu (word segmentation, also Chinese/Japanese/Thai; default) or whitespace "
                     "(already segmented text)",
        "icu|whitespace");
    opt("keep-case", "do not case-fold tokens (default: fold, 'The' = 'the')");
    opt("output", "also write the vectors to FILE (word2vec format)", "FILE");
    opt("name", "name of the model in the database (default: corpus, settings and time)", "NAME");
    opt("no-save", "do not save the model in the database");
    opt("format", "vectors file format: text (default, .vec) or binary (.bin)", "text|binary");
    opt("loss-log", "write every progress point to FILE as CSV", "FILE.csv");
    opt("json", "print one JSON object with the run's figures at the end");
    addDatabaseOption(parser);
}

std::optional<QString> readTrainRequest(const QCommandLineParser &parser, TrainRequest &request)
{
    request.demo = parser.isSet(QStringLiteral("demo"));
    const QStringList positional = parser.positionalArguments();
    if (request.demo && !positional.isEmpty())
        return QStringLiteral("give either CORPUS or --demo, not both");
    if (!request.demo && positional.isEmpty())
        return QStringLiteral("no corpus: give a CORPUS file or --demo");
    if (!request.demo)
        request.corpus = positional.first();

    OptionReader r(parser);
    const QString arch = r.choice(QStringLiteral("arch"), QStringLiteral("skipgram"),
                                  { QStringLiteral("skipgram"), QStringLiteral("cbow") });
    using Arch = core::TrainingOptions::Architecture;
    core::TrainingOptions &o = request.options;
    o = core::TrainingOptions::defaults(arch == QLatin1String("cbow") ? Arch::Cbow : Arch::SkipGram);
    o.dim = static_cast<std::size_t>(r.integer(QStringLiteral("dim"), 100, 0, anyCount));
    o.window = static_cast<std::size_t>(r.integer(QStringLiteral("window"), 5, 0, anyCount));
    o.negative = static_cast<std::size_t>(r.integer(QStringLiteral("negative"), 5, 0, anyCount));
    o.nsExponent = r.real(QStringLiteral("ns-exponent"), o.nsExponent, -anyReal, anyReal);
    o.sample = r.real(QStringLiteral("sample"), o.sample, -anyReal, anyReal);
    o.minCount = static_cast<std::uint64_t>(r.integer(QStringLiteral("min-count"), 5, 0, anyCount));
    o.maxVocab = static_cast<std::size_t>(r.integer(QStringLiteral("max-vocab"), 0, 0, anyCount));
    o.alpha = r.real(QStringLiteral("alpha"), o.alpha, -anyReal, anyReal);
    o.minAlpha = r.real(QStringLiteral("min-alpha"), o.minAlpha, -anyReal, anyReal);
    o.epochs = static_cast<std::size_t>(r.integer(QStringLiteral("epochs"), 5, 0, anyCount));
    const auto cores = static_cast<std::int64_t>(std::max(1u, std::thread::hardware_concurrency()));
    o.threads = static_cast<std::size_t>(r.integer(QStringLiteral("threads"), cores, 0, anyCount));
    o.seed = static_cast<std::uint64_t>(
            r.integer(QStringLiteral("seed"), 1, 0, std::numeric_limits<std::int64_t>::max()));
    o.weightDecay = r.real(QStringLiteral("l2"), 0.0, -anyReal, anyReal);

    const QString tokenizer = r.choice(QStringLiteral("tokenizer"), QStringLiteral("icu"),
                                       { QStringLiteral("icu"), QStringLiteral("whitespace") });
    request.tokenizer.mode = tokenizer == QLatin1String("whitespace")
            ? core::TokenizerOptions::Mode::Whitespace
            : core::TokenizerOptions::Mode::Icu;
    request.tokenizer.caseFold = !parser.isSet(QStringLiteral("keep-case"));

    request.format = r.vectorFormat(QStringLiteral("format"));
    if (!r.ok())
        return r.error();
    request.output = parser.value(QStringLiteral("output"));
    request.save = !parser.isSet(QStringLiteral("no-save"));
    request.name = parser.value(QStringLiteral("name"));
    if (!request.save && request.name.size() > 0)
        return QStringLiteral("--name needs the model to be saved: drop --no-save");
    request.lossLog = parser.value(QStringLiteral("loss-log"));
    request.json = parser.isSet(QStringLiteral("json"));
    return std::nullopt;
}

} // namespace ewb::cli
