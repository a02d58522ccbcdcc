#pragma once

#include "core/common/result.h"
#include "core/text/corpussource.h"
#include "core/text/corpusstats.h"
#include "core/text/corpustokenizer.h"
#include "core/text/tokenizeroptions.h"
#include "core/train/trainer.h"
#include "core/train/trainingoptions.h"
#include "core/train/trainingresult.h"

#include <stop_token>

namespace ewb::core {

class TrainingControl;

/// The whole training pipeline in one call, for the CLI and the GUI: one pass of the tokenizer
/// over the corpus builds the vocabulary and the encoded corpus (nothing is tokenized twice),
/// then a Trainer trains on it. Threading as Trainer: callbacks come on the calling thread.
class TrainingPipeline {
public:
    TrainingPipeline(TokenizerOptions tokenizer, TrainingOptions training);

    /// Reading progress of the tokenizing pass (bytes done, bytes total or 0).
    void setReadProgressCallback(ByteProgress callback) { m_onRead = std::move(callback); }
    /// See Trainer::setProgressCallback.
    void setProgressCallback(Trainer::ProgressCallback callback)
    {
        m_onProgress = std::move(callback);
    }
    /// See Trainer::setCheckpointCallback.
    void setCheckpointCallback(Trainer::CheckpointCallback callback)
    {
        m_onCheckpoint = std::move(callback);
    }
    /// See Trainer::setControl; pausing affects the training phase only.
    void setControl(TrainingControl *control) { m_control = control; }

    /// Reads, counts and trains. Fails with the errors of tokenizeCorpus (EmptyInput,
    /// BinaryInput, InvalidEncoding, NoTokens, IoError, ...), of VocabularyBuilder::finish
    /// (VocabularyTooSmall) and of Trainer::train; Cancelled within ~200 ms of a stop request
    /// in either phase.
    Result<TrainingResult> run(const CorpusSource &source, std::stop_token stop = {});

    /// What the tokenizing pass of the last run() saw.
    const CorpusStats &corpusStats() const { return m_stats; }
    /// Seconds the last run() spent reading and counting.
    double readSeconds() const { return m_readSeconds; }

private:
    TokenizerOptions m_tokenizer;
    TrainingOptions m_training;
    ByteProgress m_onRead;
    Trainer::ProgressCallback m_onProgress;
    Trainer::CheckpointCallback m_onCheckpoint;
    TrainingControl *m_control = nullptr;
    CorpusStats m_stats;
    double m_readSeconds = 0;
};

} // namespace ewb::core
