#include "core/train/trainingmonitor.h"

#include "core/train/trainingschedule.h"

#include <algorithm>
#include <chrono>

namespace ewb::core {

TrainingMonitor::TrainingMonitor(std::size_t epochs, std::uint64_t wordsPerEpoch,
                                 std::uint64_t rawWordsPerEpoch, const TrainingSchedule &schedule,
                                 std::span<const std::unique_ptr<TrainingWorker>> workers,
                                 const TrainingControl *control, double initialLoss)
    : m_epochs(epochs)
    , m_wordsPerEpoch(wordsPerEpoch)
    , m_rawWordsPerEpoch(rawWordsPerEpoch)
    , m_schedule(schedule)
    , m_workers(workers)
    , m_control(control)
    , m_start(TrainingControl::Clock::now())
    , m_lastIntervalMean(initialLoss)
    , m_lastEpochMean(initialLoss)
{
    if (m_control)
        m_pausedAtStart = m_control->pausedTime(m_start);
}

void TrainingMonitor::startEpoch(std::size_t epoch)
{
    m_epoch = epoch;
    const TrainingWorker::Totals now = totals();
    m_epochPairs = now.pairs;
    m_epochLoss = now.loss;
}

double TrainingMonitor::activeSeconds() const
{
    const auto now = TrainingControl::Clock::now();
    auto active = now - m_start;
    if (m_control)
        active -= m_control->pausedTime(now) - m_pausedAtStart;
    return std::max(0.0, std::chrono::duration<double>(active).count());
}

TrainingWorker::Totals TrainingMonitor::totals() const
{
    TrainingWorker::Totals sum;
    for (const auto &worker : m_workers) {
        const TrainingWorker::Totals t = worker->totals();
        sum.pairs += t.pairs;
        sum.loss += t.loss;
        sum.effectiveWords += t.effectiveWords;
    }
    return sum;
}

const TrainingProgress &TrainingMonitor::sample(bool epochEnd)
{
    const TrainingWorker::Totals now = totals();
    const double loss = now.loss;
    const std::uint64_t pairCount = now.pairs;

    TrainingProgress p;
    p.epoch = m_epoch;
    p.epochs = m_epochs;
    p.epochEnd = epochEnd;
    const double totalWords = static_cast<double>(m_wordsPerEpoch) * static_cast<double>(m_epochs);
    const auto done = static_cast<double>(m_schedule.wordsDone());
    p.fraction = totalWords > 0 ? std::min(1.0, done / totalWords) : 1.0;
    const double rawPerWord = m_wordsPerEpoch > 0
        ? static_cast<double>(m_rawWordsPerEpoch) / static_cast<double>(m_wordsPerEpoch)
        : 0.0;
    p.wordsDone = static_cast<std::uint64_t>(done * rawPerWord + 0.5);
    p.elapsedSeconds = activeSeconds();
    p.wordsPerSecond
        = p.elapsedSeconds > 0 ? static_cast<double>(p.wordsDone) / p.elapsedSeconds : 0.0;
    p.etaSeconds = p.fraction > 0 ? p.elapsedSeconds * (1 - p.fraction) / p.fraction : 0.0;
    p.learningRate = m_schedule.learningRate();
    if (pairCount > m_lastPairs)
        m_lastIntervalMean = (loss - m_lastLoss) / static_cast<double>(pairCount - m_lastPairs);
    if (pairCount > m_epochPairs)
        m_lastEpochMean = (loss - m_epochLoss) / static_cast<double>(pairCount - m_epochPairs);
    p.intervalLoss = m_lastIntervalMean;
    p.epochLoss = m_lastEpochMean;
    p.pairs = pairCount;
    p.paused = m_control && m_control->isPaused();
    m_lastPairs = pairCount;
    m_lastLoss = loss;
    m_history.push_back(p);
    return m_history.back();
}

} // namespace ewb::core
