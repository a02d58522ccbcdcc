#pragma once

#include "core/common/result.h"
#include "core/text/corpussource.h"
#include "core/text/corpusstats.h"
#include "core/text/corpustokenizer.h"
#include "core/text/tokenizeroptions.h"
#include "core/train/trainer.h"
#include "core/train/trainingresult.h"

#include <functional>
#include <stop_token>

namespace ewb::core {

class TrainingControl;

/// A whole training run from a corpus: options checked first, then one streaming pass that
/// tokenizes the corpus, counts the vocabulary and keeps the corpus encoded as word ids, then
/// the epochs of Trainer over the encoded corpus (never tokenizing again). This is the entry
/// point of the CLI and the GUI. Callbacks are called on the thread that calls run().
class CorpusTrainer
{
public:
    /// Everything a run from a corpus hands back.
    struct Outcome
    {
        TrainingResult training;
        CorpusStats corpus; ///< what the reading pass saw
        std::size_t vocabularySize = 0; ///< words kept after min_count / max_vocab
        std::uint64_t tokensKept = 0; ///< corpus tokens whose word is in the vocabulary
        double readSeconds = 0; ///< the reading and counting pass
    };

    explicit CorpusTrainer(TrainingOptions options) : m_options(std::move(options)) { }

    /// Reading progress: bytes consumed and the total (0 when unknown).
    void setReadProgressCallback(ByteProgress callback) { m_onRead = std::move(callback); }
    /// Training progress (see Trainer::setProgressCallback).
    void setProgressCallback(Trainer::ProgressCallback callback)
    {
        m_onProgress = std::move(callback);
    }
    /// Checkpoints (see Trainer::setCheckpointCallback).
    void setCheckpointCallback(Trainer::CheckpointCallback callback)
    {
        m_onCheckpoint = std::move(callback);
    }
    /// Called once, after the reading pass and before the first epoch, with the vocabulary the
    /// run trains (its row order is the row order of every checkpoint and of the model).
    using VocabularyCallback = std::function<void(const Vocabulary &)>;
    void setVocabularyCallback(VocabularyCallback callback)
    {
        m_onVocabulary = std::move(callback);
    }
    /// Pause and resume of the training phase; null for none. Must outlive run().
    void setControl(TrainingControl *control) { m_control = control; }

    /// Runs the whole pipeline. Fails with InvalidArgument before reading anything when an
    /// option is out of range, with the errors of tokenizeCorpus (empty, binary, bad encoding,
    /// no tokens, ...), of VocabularyBuilder::finish (VocabularyTooSmall with the counts) and of
    /// Trainer::train; Cancelled within ~200 ms of stop in any phase.
    Result<Outcome> run(const CorpusSource &source, const TokenizerOptions &tokenizer,
                        std::stop_token stop = {});

private:
    TrainingOptions m_options;
    ByteProgress m_onRead;
    Trainer::ProgressCallback m_onProgress;
    Trainer::CheckpointCallback m_onCheckpoint;
    VocabularyCallback m_onVocabulary;
    TrainingControl *m_control = nullptr;
};

} // namespace ewb::core
