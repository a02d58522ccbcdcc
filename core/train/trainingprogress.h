#pragma once

#include <cstdint>

namespace ewb::core {

/// One progress point of a training run, reported by the monitor (the thread that called
/// Trainer::train) about every 100 ms and at the end of each epoch. Words are raw corpus
/// tokens (words later dropped by min_count or subsampling included), as gensim counts them.
struct TrainingProgress
{
    std::size_t epoch = 0; ///< current epoch, 1-based
    std::size_t epochs = 0; ///< epochs of the whole run
    bool epochEnd = false; ///< true for the last point of an epoch (its epochLoss is final)
    double fraction = 0; ///< share of the whole run done, 0..1
    std::uint64_t wordsDone = 0; ///< raw words processed over all epochs
    double wordsPerSecond = 0; ///< raw words per second of active (not paused) time
    double elapsedSeconds = 0; ///< active training time, paused time excluded
    double etaSeconds = 0; ///< estimated active time left
    double learningRate = 0; ///< current linearly decayed learning rate
    /// Mean loss per training pair since the previous point: -log s(u.v) - sum over the noise
    /// words of log s(-u_n.v), where a pair is (context, centre) for skip-gram and (window,
    /// centre) for CBOW. Independent of the thread count. With the zero-initialised output
    /// layer it starts at (1 + negative) ln 2. Equals the previous value when no pair finished
    /// in the interval.
    double intervalLoss = 0;
    /// Mean loss per training pair since the start of the current epoch.
    double epochLoss = 0;
    std::uint64_t pairs = 0; ///< training pairs processed over all epochs
    bool paused = false; ///< true while TrainingControl holds the workers
};

} // namespace ewb::core
