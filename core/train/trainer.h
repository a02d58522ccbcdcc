#pragma once

#include "core/common/result.h"
#include "core/train/checkpoint.h"
#include "core/train/trainingoptions.h"
#include "core/train/trainingprogress.h"
#include "core/train/trainingresult.h"

#include <functional>
#include <optional>
#include <stop_token>

namespace ewb::core {

class EncodedCorpus;
class TrainingControl;
class Vocabulary;

/// Trains word2vec (skip-gram or CBOW with negative sampling) on an encoded corpus.
/// train() runs options.threads Hogwild workers (std::jthread, each with its own random
/// generator and buffers) over chunks of about 10,000 words, and uses the calling thread as the
/// monitor: about every 100 ms, and at the end of each epoch, it calls the progress callback
/// (always from that thread, never concurrently). The learning rate decays linearly over all
/// epochs by words processed. Input vectors start uniform in [-0.5/dim, 0.5/dim) from the seed,
/// output vectors at zero. With threads = 1 and the same seed, results are bit-identical run
/// after run. A Trainer runs one train() at a time; the callbacks must not call into it.
class Trainer
{
public:
    using ProgressCallback = std::function<void(const TrainingProgress &)>;
    using CheckpointCallback = std::function<void(const Checkpoint &)>;

    explicit Trainer(TrainingOptions options);

    /// Receives every progress point (also kept in TrainingResult::lossHistory).
    void setProgressCallback(ProgressCallback callback) { m_onProgress = std::move(callback); }
    /// Receives a copy of the input vectors at the end of every epoch, and every
    /// options.checkpointPercent of the run when that is set; the workers wait meanwhile.
    void setCheckpointCallback(CheckpointCallback callback)
    {
        m_onCheckpoint = std::move(callback);
    }
    /// Pause and resume; null (default) for none. Must outlive train().
    void setControl(TrainingControl *control) { m_control = control; }
    /// Keep a copy of the input vectors at every epoch end (default on; costs words x dim x 4
    /// bytes), so that lastGoodState() has something after a NumericError.
    void setKeepLastGoodState(bool keep) { m_keepLastGood = keep; }

    /// Trains and returns the model of the vocabulary's words. The corpus must be encoded with
    /// that vocabulary. Fails with the errors of TrainingOptions::effectiveFor, NoTokens for an
    /// empty corpus, OutOfMemory, Cancelled within ~200 ms of a stop request (nothing is
    /// returned then), and NumericError when the loss becomes NaN or infinite (training stops;
    /// lastGoodState() holds the last finite epoch-end vectors).
    Result<TrainingResult> train(const Vocabulary &vocabulary, const EncodedCorpus &corpus,
                                 std::stop_token stop = {});

    /// The input vectors at the last epoch end or checkpoint whose loss was finite, from the
    /// last train() call; empty when none was reached or keeping was switched off.
    const std::optional<Checkpoint> &lastGoodState() const { return m_lastGood; }

private:
    TrainingOptions m_options;
    ProgressCallback m_onProgress;
    CheckpointCallback m_onCheckpoint;
    TrainingControl *m_control = nullptr;
    bool m_keepLastGood = true;
    std::optional<Checkpoint> m_lastGood;
};

} // namespace ewb::core
