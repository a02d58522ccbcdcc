#pragma once

#include "core/train/trainingprogress.h"

#include <cstdint>

namespace ewb::ui {

/// One point of a run's history as the charts draw it: a plain value, copied freely, built from
/// a live core::TrainingProgress or from the loss history the store keeps.
struct LossPoint
{
    /// Position in the run in epochs (0 at the start, the epoch count at the end): the x axis of
    /// every chart, so runs of different corpus sizes overlay.
    double epochs = 0;
    /// Mean loss per training pair since the previous point (noisy).
    double intervalLoss = 0;
    /// Mean loss per training pair since the start of the current epoch.
    double epochLoss = 0;
    /// True for the last point of an epoch: its epochLoss is that epoch's final loss.
    bool epochEnd = false;
    /// 1-based epoch the point belongs to.
    std::uint32_t epoch = 0;
    /// Learning rate in effect at the point.
    double learningRate = 0;
    /// Raw corpus words per second of active training time.
    double wordsPerSecond = 0;
    /// Raw words processed over all epochs so far.
    std::uint64_t wordsDone = 0;

    /// The point a core progress report describes (x = fraction of the run times its epochs).
    static LossPoint fromProgress(const core::TrainingProgress &progress)
    {
        LossPoint point;
        point.epochs = progress.fraction * static_cast<double>(progress.epochs);
        point.intervalLoss = progress.intervalLoss;
        point.epochLoss = progress.epochLoss;
        point.epochEnd = progress.epochEnd;
        point.epoch = static_cast<std::uint32_t>(progress.epoch);
        point.learningRate = progress.learningRate;
        point.wordsPerSecond = progress.wordsPerSecond;
        point.wordsDone = progress.wordsDone;
        return point;
    }
};

} // namespace ewb::ui
