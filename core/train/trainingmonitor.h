#pragma once

#include "core/train/trainingcontrol.h"
#include "core/train/trainingprogress.h"
#include "core/train/trainingworker.h"

#include <cstdint>
#include <memory>
#include <span>
#include <vector>

namespace ewb::core {

class TrainingSchedule;

/// Turns the counters the workers publish into TrainingProgress points: interval and epoch
/// loss means (sums in double over all workers, so the thread count does not change them),
/// words/s on active time (paused time of the TrainingControl excluded), ETA. Used by the
/// thread that runs Trainer::train only.
class TrainingMonitor
{
public:
    /// wordsPerEpoch: vocabulary tokens of one epoch; rawWordsPerEpoch: tokens before min_count.
    /// initialLoss is reported until the first pair is done.
    TrainingMonitor(std::size_t epochs, std::uint64_t wordsPerEpoch, std::uint64_t rawWordsPerEpoch,
                    const TrainingSchedule &schedule,
                    std::span<const std::unique_ptr<TrainingWorker>> workers,
                    const TrainingControl *control, double initialLoss);

    /// Marks the start of epoch (1-based): the epoch loss restarts from here.
    void startEpoch(std::size_t epoch);
    /// Measures a point now, appends it to history() and returns it.
    const TrainingProgress &sample(bool epochEnd);

    const std::vector<TrainingProgress> &history() const { return m_history; }
    /// Active seconds since construction.
    double activeSeconds() const;
    /// Pairs, loss sum and effective words of all workers together.
    TrainingWorker::Totals totals() const;

private:
    std::size_t m_epochs;
    std::uint64_t m_wordsPerEpoch;
    std::uint64_t m_rawWordsPerEpoch;
    const TrainingSchedule &m_schedule;
    std::span<const std::unique_ptr<TrainingWorker>> m_workers;
    const TrainingControl *m_control;
    TrainingControl::Clock::time_point m_start;
    TrainingControl::Clock::duration m_pausedAtStart {};
    std::size_t m_epoch = 1;
    std::uint64_t m_epochPairs = 0;
    double m_epochLoss = 0;
    std::uint64_t m_lastPairs = 0;
    double m_lastLoss = 0;
    double m_lastIntervalMean;
    double m_lastEpochMean;
    std::vector<TrainingProgress> m_history;
};

} // namespace ewb::core
