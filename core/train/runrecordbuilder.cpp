#include "core/train/runrecordbuilder.h"

#include <charconv>
#include <system_error>

namespace ewb::core {

namespace {

// A minimal JSON object writer: flat objects of numbers, booleans and strings are all a run
// record needs, and core has no JSON library.
class JsonObjectWriter {
public:
    void add(std::string_view key, std::string_view value)
    {
        start(key);
        quote(value);
    }
    // Without this, a string literal would convert to bool (a standard conversion) rather than
    // to std::string_view.
    void add(std::string_view key, const char *value) { add(key, std::string_view(value)); }
    void add(std::string_view key, bool value)
    {
        start(key);
        m_text += value ? "true" : "false";
    }
    void add(std::string_view key, double value)
    {
        start(key);
        char buffer[32];
        const auto [end, ec] = std::to_chars(buffer, buffer + sizeof buffer, value);
        m_text.append(buffer, ec == std::errc() ? end : buffer);
    }
    void add(std::string_view key, std::uint64_t value)
    {
        start(key);
        m_text += std::to_string(value);
    }
    std::string finish() { return m_text.empty() ? "{}" : m_text + "}"; }

private:
    void start(std::string_view key)
    {
        m_text += m_text.empty() ? "{" : ",";
        quote(key);
        m_text += ':';
    }
    void quote(std::string_view s)
    {
        m_text += '"';
        for (const char c : s) {
            const auto u = static_cast<unsigned char>(c);
            if (c == '"' || c == '\\') {
                m_text += '\\';
                m_text += c;
            } else if (u < 0x20) {
                static constexpr char hex[] = "0123456789abcdef";
                m_text += "\\u00";
                m_text += hex[u >> 4];
                m_text += hex[u & 15];
            } else {
                m_text += c;
            }
        }
        m_text += '"';
    }

    std::string m_text;
};

} // namespace

std::string RunRecordBuilder::optionsJson(const TrainingOptions &o)
{
    JsonObjectWriter json;
    json.add("arch", TrainingOptions::architectureName(o.architecture));
    json.add("dim", std::uint64_t { o.dim });
    json.add("window", std::uint64_t { o.window });
    json.add("negative", std::uint64_t { o.negative });
    json.add("ns_exponent", o.nsExponent);
    json.add("sample", o.sample);
    json.add("min_count", std::uint64_t { o.minCount });
    json.add("max_vocab", std::uint64_t { o.maxVocab });
    json.add("alpha", o.alpha);
    json.add("min_alpha", o.minAlpha);
    json.add("epochs", std::uint64_t { o.epochs });
    json.add("threads", std::uint64_t { o.threads });
    // As text: JSON readers hold numbers as doubles and would round seeds above 2^53.
    json.add("seed", std::string_view(std::to_string(o.seed)));
    json.add("l2", o.weightDecay);
    return json.finish();
}

std::string RunRecordBuilder::tokenizerJson(const TokenizerOptions &o)
{
    JsonObjectWriter json;
    json.add("mode", o.mode == TokenizerOptions::Mode::Icu ? "icu" : "whitespace");
    json.add("case_fold", o.caseFold);
    json.add("nfkc", o.nfkc);
    using Invalid = TokenizerOptions::InvalidUtf8;
    json.add("invalid_utf8", o.invalidUtf8 == Invalid::Reject       ? "reject"
                     : o.invalidUtf8 == Invalid::SkipLine ? "skip-line"
                                                          : "replace");
    json.add("max_sentence_tokens", std::uint64_t { o.maxSentenceTokens });
    json.add("max_token_bytes", std::uint64_t { o.maxTokenBytes });
    return json.finish();
}

RunRecord RunRecordBuilder::record(const TrainingOptions &options, const TokenizerOptions &tokenizer,
                                   const CorpusSource &source, const CorpusStats &stats,
                                   std::uint64_t vocabularySize, std::string softwareVersion,
                                   std::int64_t startedMs, std::int64_t finishedMs, RunStatus status)
{
    RunRecord run;
    CorpusRecord corpus;
    corpus.path = source.displayName();
    corpus.sizeBytes = stats.bytes;
    // Line, token and type counts of the exact bytes read identify the text well enough to
    // tell whether a file at the same path changed since.
    corpus.fingerprint = std::to_string(stats.bytes) + ":" + std::to_string(stats.lines) + ":"
            + std::to_string(stats.tokens) + ":" + std::to_string(stats.types);
    corpus.lines = stats.lines;
    corpus.tokens = stats.tokens;
    corpus.distinctWords = stats.types != 0 ? stats.types : vocabularySize;
    corpus.tokenizerJson = tokenizerJson(tokenizer);
    run.corpus = corpus;
    run.optionsJson = optionsJson(options);
    run.seed = options.seed;
    run.threads = static_cast<int>(options.threads);
    run.softwareVersion = std::move(softwareVersion);
    run.startedMs = startedMs;
    run.finishedMs = finishedMs;
    run.status = status;
    return run;
}

std::vector<LossPoint> RunRecordBuilder::lossPoints(const std::vector<TrainingProgress> &progress)
{
    std::vector<LossPoint> points;
    points.reserve(progress.size());
    for (const auto &p : progress) {
        LossPoint point;
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

} // namespace ewb::core
