// Measures training speed on a corpus with the settings of the gensim comparison and
// optionally writes the vectors as word2vec text for the external evaluator.
//
// usage: ewb_bench_train CORPUS [--arch skipgram|cbow] [--threads N] [--epochs N] [--dim N]
//                        [--seed N] [--out VECTORS.vec]
// Prints one JSON line; raw_words_per_s counts every corpus token, as gensim's does.

#include "core/text/corpustokenizer.h"
#include "core/train/trainer.h"
#include "core/vocab/vocabularybuilder.h"

#include <charconv>
#include <chrono>
#include <cstdio>
#include <cstring>
#include <ctime>
#include <fstream>
#include <iostream>
#include <string>

using namespace ewb::core;

namespace {

// CPU seconds of all threads of the process: on a shared machine this is the fair measure,
// wall-clock time depends on what else runs.
double processCpuSeconds()
{
    timespec t {};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t);
    return static_cast<double>(t.tv_sec) + static_cast<double>(t.tv_nsec) * 1e-9;
}

bool writeVec(const std::string &path, const EmbeddingModel &model)
{
    std::ofstream out(path, std::ios::binary);
    out << model.size() << ' ' << model.dim() << '\n';
    char buffer[64];
    for (std::size_t r = 0; r < model.size(); ++r) {
        out << model.word(r);
        for (std::size_t c = 0; c < model.dim(); ++c) {
            const float v
                = model.vectors()(static_cast<Eigen::Index>(r), static_cast<Eigen::Index>(c));
            const auto end = std::to_chars(buffer, buffer + sizeof buffer, v).ptr;
            out << ' ' << std::string_view(buffer, static_cast<std::size_t>(end - buffer));
        }
        out << '\n';
    }
    return static_cast<bool>(out);
}

} // namespace

int main(int argc, char **argv)
{
    if (argc < 2) {
        std::cerr << "usage: ewb_bench_train CORPUS [--arch skipgram|cbow] [--threads N] "
                     "[--epochs N] [--dim N] [--seed N] [--out VECTORS.vec]\n";
        return 64;
    }
    TrainingOptions options;
    options.threads = 2;
    options.epochs = 1;
    std::string out;
    for (int i = 2; i + 1 < argc; i += 2) {
        const std::string key = argv[i];
        const std::string value = argv[i + 1];
        if (key == "--arch")
            options.architecture = value == "cbow" ? TrainingOptions::Architecture::Cbow
                                                   : TrainingOptions::Architecture::SkipGram;
        else if (key == "--threads")
            options.threads = std::stoul(value);
        else if (key == "--epochs")
            options.epochs = std::stoul(value);
        else if (key == "--dim")
            options.dim = std::stoul(value);
        else if (key == "--seed")
            options.seed = std::stoull(value);
        else if (key == "--out")
            out = value;
    }
    options.alpha = TrainingOptions::defaultAlpha(options.architecture);

    TokenizerOptions tokenizer;
    tokenizer.mode = TokenizerOptions::Mode::Whitespace;
    tokenizer.caseFold = false;
    const auto readStart = std::chrono::steady_clock::now();
    VocabularyBuilder builder;
    auto stats = tokenizeCorpus(
        CorpusSource::fromFile(argv[1]), tokenizer, {},
        [&builder](std::span<const std::string_view> tokens) { builder.addSentence(tokens); });
    if (!stats) {
        std::cerr << errorCodeName(stats.error().code) << ": " << stats.error().detail << '\n';
        return 65;
    }
    auto built = builder.finish(options.minCount, options.maxVocab);
    if (!built) {
        std::cerr << errorCodeName(built.error().code) << ": " << built.error().detail << '\n';
        return 65;
    }
    const double readSeconds
        = std::chrono::duration<double>(std::chrono::steady_clock::now() - readStart).count();

    Trainer trainer(options);
    trainer.setKeepLastGoodState(false);
    const double cpuStart = processCpuSeconds();
    auto result = trainer.train(built->vocabulary, built->corpus);
    const double cpuSeconds = processCpuSeconds() - cpuStart;
    if (!result) {
        std::cerr << errorCodeName(result.error().code) << ": " << result.error().detail << '\n';
        return 65;
    }
    const TrainingResult &r = *result;
    double lastLoss = 0;
    for (const TrainingProgress &p : r.lossHistory) {
        if (p.epochEnd)
            lastLoss = p.epochLoss;
    }
    std::printf("{\"arch\": \"%s\", \"raw_words_per_s\": %.0f, \"train_s\": %.3f, \"read_s\": "
                "%.3f, \"vocab\": %zu, \"raw_words\": %llu, \"effective_words\": %llu, "
                "\"pairs\": %llu, \"last_epoch_loss\": %.5f, \"train_cpu_s\": %.3f, "
                "\"raw_words_per_cpu_s\": %.0f}\n",
                std::string(TrainingOptions::architectureName(options.architecture)).c_str(),
                r.stats.wordsPerSecond, r.stats.trainSeconds, readSeconds, r.model->size(),
                static_cast<unsigned long long>(r.stats.rawWords),
                static_cast<unsigned long long>(r.stats.effectiveWords),
                static_cast<unsigned long long>(r.stats.pairs), lastLoss, cpuSeconds,
                static_cast<double>(r.stats.rawWords) / cpuSeconds);
    if (!out.empty() && !writeVec(out, *r.model)) {
        std::cerr << "cannot write " << out << '\n';
        return 74;
    }
    return 0;
}
