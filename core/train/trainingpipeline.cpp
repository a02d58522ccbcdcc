#include "core/train/trainingpipeline.h"

#include "core/vocab/vocabularybuilder.h"

#include <chrono>

namespace ewb::core {

TrainingPipeline::TrainingPipeline(TokenizerOptions tokenizer, TrainingOptions training)
    : m_tokenizer(std::move(tokenizer))
    , m_training(std::move(training))
{
}

Result<TrainingResult> TrainingPipeline::run(const CorpusSource &source, std::stop_token stop)
{
    m_stats = {};
    // Bad options fail before the corpus is read, not minutes later.
    if (auto valid = m_training.validate(); !valid)
        return valid.error();

    const auto readStart = std::chrono::steady_clock::now();
    VocabularyBuilder builder;
    auto stats = tokenizeCorpus(
            source, m_tokenizer, stop,
            [&builder](std::span<const std::string_view> tokens) { builder.addSentence(tokens); },
            m_onRead);
    if (!stats)
        return stats.error();
    m_stats = *stats;
    auto built = builder.finish(m_training.minCount, m_training.maxVocab);
    m_readSeconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - readStart)
                            .count();
    if (!built)
        return built.error();
    if (stop.stop_requested())
        return fail(ErrorCode::Cancelled, "training cancelled");

    Trainer trainer(m_training);
    trainer.setProgressCallback(m_onProgress);
    trainer.setCheckpointCallback(m_onCheckpoint);
    trainer.setControl(m_control);
    return trainer.train(built->vocabulary, built->corpus, stop);
}

} // namespace ewb::core
