#pragma once

#include <cstdint>

namespace ewb::core {

/// One point of a run's loss curve (from the trainer's progress reports). NaN losses (before
/// any pair finished, or after divergence) are stored as NULL and read back as NaN; the other
/// fields must be finite.
struct LossPoint
{
    double elapsedSeconds = 0; ///< active training time so far
    std::uint32_t epoch = 0; ///< 1-based epoch
    std::uint64_t wordsDone = 0; ///< raw words processed over all epochs
    double fraction = 0; ///< share of the run done, 0..1
    double learningRate = 0;
    double lossInterval = 0; ///< mean loss per training pair since the previous point
    double lossEpoch = 0; ///< mean loss per training pair since the start of the epoch
    double wordsPerSecond = 0;
};

} // namespace ewb::core
