#pragma once

#include "core/common/result.h"

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace ewb::core {

/// Everything that shapes a word2vec training run (negative sampling only). Defaults follow
/// gensim 4.2 so that results compare. Plain value type: copy it freely.
struct TrainingOptions
{
    /// Skip-gram predicts each context word from the centre word's vector: slower, better for
    /// rare words and semantic analogies. CBOW predicts the centre word from the mean of its
    /// context vectors: several times faster, better for frequent words and syntax.
    enum class Architecture { SkipGram, Cbow };

    Architecture architecture = Architecture::SkipGram;
    /// Vector length, 1..4096. Raising it captures more, costs time and memory linearly, and
    /// needs more data; 100..300 is usual.
    std::size_t dim = 100;
    /// Maximum distance between centre and context word, 1..1000. Each centre word draws its
    /// own window uniformly from 1..window (word2vec's shrinking), so near words weigh more.
    /// Larger windows favour topical similarity, smaller ones syntactic similarity.
    std::size_t window = 5;
    /// Noise words per positive pair, 1..1000 (must stay below the vocabulary size, else it is
    /// clamped with a warning). 5..20 suit small corpora, 2..5 large ones; cost is linear.
    std::size_t negative = 5;
    /// Exponent of the noise distribution count^ns_exponent; finite. 0.75 (Mikolov et al.)
    /// draws rare words more often than the unigram (1.0) does; 0 is uniform.
    double nsExponent = 0.75;
    /// Subsampling threshold in [0, 1): frequent words are dropped with the word2vec formula.
    /// 1e-3..1e-5 are usual; lower drops more (faster, favours rare words); 0 disables it.
    double sample = 1e-3;
    /// Words occurring fewer times are ignored (0 and 1 keep every word). Raising it shrinks
    /// the vocabulary and removes noisy rare-word vectors.
    std::uint64_t minCount = 5;
    /// Keep only this many of the most frequent words (0 = no limit).
    std::size_t maxVocab = 0;
    /// Initial learning rate, finite and > 0, decayed linearly to minAlpha over all epochs by
    /// words processed. Too high diverges (the loss goes NaN and training stops), too low
    /// learns slowly. gensim uses 0.025 for skip-gram and 0.05 for CBOW (see defaultAlpha()).
    double alpha = 0.025;
    /// Final learning rate, finite, 0 <= minAlpha <= alpha.
    double minAlpha = 0.0001;
    /// Passes over the corpus, 1..10000. More epochs help small corpora.
    std::size_t epochs = 5;
    /// Worker threads, 1..256. Results are bit-identical run after run only with 1 thread;
    /// more threads update the shared matrices without locks (Hogwild), as word2vec does.
    std::size_t threads = 1;
    /// Seed of the initial vectors (drawn from seed) and of every random draw (thread i draws
    /// from seed + 1 + i).
    std::uint64_t seed = 1;
    /// L2 weight decay lambda >= 0 applied to every updated row (v -= alpha * lambda * v);
    /// 0 (default) is plain word2vec. Raising it shrinks vectors and fights overfitting.
    /// alpha * lambda must stay below 1.
    double weightDecay = 0;
    /// Hand a checkpoint to the checkpoint callback every this many percent of the run, 0..100
    /// (0 = only at the end of each epoch).
    unsigned checkpointPercent = 0;

    /// gensim's default learning rate: 0.025 for skip-gram, 0.05 for CBOW.
    static double defaultAlpha(Architecture architecture);
    /// Default options for an architecture (alpha from defaultAlpha()).
    static TrainingOptions defaults(Architecture architecture);
    /// "skipgram" or "cbow".
    static std::string_view architectureName(Architecture architecture);
    /// Installed physical memory in bytes (0 when unknown).
    static std::uint64_t physicalMemoryBytes();

    /// Checks every value on its own; fails with InvalidArgument naming the option, its valid
    /// range and the value given.
    Result<void> validate() const;

    /// The options a run on a vocabulary of vocabularySize words actually uses: validate(),
    /// then negative is clamped to vocabularySize - 1 (with a warning appended to warnings),
    /// and the two matrices (2 * words * dim * 4 bytes) must fit in physicalMemory (OutOfMemory
    /// otherwise; 0 skips that check). Fails with VocabularyTooSmall below 2 words.
    Result<TrainingOptions> effectiveFor(std::size_t vocabularySize, std::uint64_t physicalMemory,
                                         std::vector<std::string> &warnings) const;
};

} // namespace ewb::core
