#pragma once

#include "core/train/fastrandom.h"
#include "core/train/sgdkernel.h"
#include "core/train/trainingoptions.h"

#include <atomic>
#include <cstdint>
#include <span>
#include <stop_token>
#include <vector>

namespace ewb::core {

class EncodedCorpus;
class NoiseDistribution;
class SubsamplingTable;
class TrainingControl;
class TrainingSchedule;

/// One Hogwild worker: claims chunks of sentences from the schedule and trains on them with
/// its own random generator, kernel and buffers. The object lives for the whole run (its
/// generator continues across epochs); run() is called once per stretch of work on a thread of
/// its own. The published counters may be read from any thread at any time.
class alignas(64) TrainingWorker
{
public:
    /// What every worker of a run reads; owned by the Trainer, outlives the workers.
    struct Inputs
    {
        const EncodedCorpus &corpus;
        /// Sentence index at which each chunk of an epoch starts, plus the sentence count.
        std::span<const std::size_t> chunkStarts;
        const SubsamplingTable &subsampling;
        const NoiseDistribution &noise;
        const SigmoidTable &sigmoid;
        const TrainingOptions &options;
        TrainingSchedule &schedule;
        TrainingControl *control; ///< may be null
        float *input;
        float *output;
        std::size_t stride;
    };

    /// threadIndex picks the random stream: seed + 1 + threadIndex.
    TrainingWorker(const Inputs &inputs, std::size_t threadIndex);

    /// Trains chunks until the schedule's segment is used up, stop is requested, or the loss
    /// turns NaN or infinite (then the schedule is marked diverged).
    void run(std::stop_token stop);

    /// What a worker has done so far in the whole run.
    struct Totals
    {
        std::uint64_t pairs = 0; ///< training pairs
        double loss = 0; ///< sum of the loss of those pairs
        std::uint64_t effectiveWords = 0; ///< tokens kept by subsampling and trained on
    };

    /// A consistent snapshot of the totals, published after every sentence; callable from any
    /// thread at any time (a sequence lock: the reader retries while the worker writes).
    Totals totals() const;

private:
    /// Trains one sentence; returns its loss and adds its pairs to `pairs`.
    double trainSentence(std::span<const std::uint32_t> sentence, float alpha, float decay,
                         std::uint64_t &pairs);

    /// Asks the cache for the output rows the word at `position` of m_kept will train.
    void prefetchOutputRows(std::size_t position) const;

    const Inputs &m_in;
    FastRandom m_random;
    SgdKernel m_kernel;
    std::vector<std::uint32_t> m_kept;
    std::vector<std::uint32_t> m_widths;
    std::vector<std::uint32_t> m_noise;
    std::vector<std::uint32_t> m_contexts;
    std::vector<std::uint32_t> m_targets;
    void publish();

    Totals m_local;
    // Sequence lock around the published copy: odd while the worker writes it.
    alignas(64) std::atomic<std::uint64_t> m_sequence { 0 };
    std::atomic<std::uint64_t> m_pairs { 0 };
    std::atomic<double> m_loss { 0 };
    std::atomic<std::uint64_t> m_effectiveWords { 0 };
};

} // namespace ewb::core
