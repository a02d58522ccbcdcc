#include "core/train/corpustrainer.h"

#include "core/vocab/vocabularybuilder.h"

#include <chrono>

namespace ewb::core {

Result<CorpusTrainer::Outcome> CorpusTrainer::run(const CorpusSource &source,
                                                  const TokenizerOptions &tokenizer,
                                                  std::stop_token stop)
{
    // Bad options must not cost a pass over a large corpus.
    if (auto valid = m_options.validate(); !valid.ok())
        return valid.error();

    const auto started = std::chrono::steady_clock::now();
    VocabularyBuilder builder;
    // The vocabulary counts the types itself; counting them twice would halve reading speed.
    TokenizerOptions reading = tokenizer;
    reading.countTypes = false;
    auto stats = tokenizeCorpus(
        source, reading, stop,
        [&builder](std::span<const std::string_view> tokens) { builder.addSentence(tokens); },
        m_onRead);
    if (!stats.ok())
        return stats.error();
    stats->types = builder.typeCount();
    auto built = builder.finish(m_options.minCount, m_options.maxVocab);
    if (!built.ok())
        return built.error();
    if (stop.stop_requested())
        return fail(ErrorCode::Cancelled, "training was cancelled");

    Outcome out;
    out.corpus = *stats;
    out.vocabularySize = built->vocabulary.size();
    out.tokensKept = built->corpus.tokenCount();
    out.readSeconds
        = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();

    if (m_onVocabulary)
        m_onVocabulary(built->vocabulary);
    Trainer trainer(m_options);
    trainer.setProgressCallback(m_onProgress);
    trainer.setCheckpointCallback(m_onCheckpoint);
    trainer.setControl(m_control);
    auto trained = trainer.train(built->vocabulary, built->corpus, stop);
    if (!trained.ok())
        return trained.error();
    out.training = std::move(trained).value();
    return out;
}

} // namespace ewb::core
