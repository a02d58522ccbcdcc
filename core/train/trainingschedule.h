#pragma once

#include <atomic>
#include <cstdint>
#include <optional>

namespace ewb::core {

/// The state the workers of one run share: which chunk of the corpus comes next, how many
/// words are done (the learning-rate clock) and whether the loss diverged. Chunks are numbered
/// across epochs (chunk k of epoch e is e * chunksPerEpoch + k). Every member is thread-safe;
/// counters are relaxed atomics on their own cache lines.
class TrainingSchedule
{
public:
    /// alpha decays linearly to minAlpha as wordsDone() goes from 0 to totalWords.
    TrainingSchedule(double alpha, double minAlpha, std::uint64_t totalWords);

    /// Makes chunks first..end-1 available. Only while no worker runs.
    void startSegment(std::uint64_t first, std::uint64_t end);
    /// The next chunk to train, or nothing when the segment is used up.
    std::optional<std::uint64_t> claimChunk();

    /// Adds words trained (vocabulary tokens, before subsampling).
    void addWords(std::uint64_t words) { m_wordsDone.fetch_add(words, std::memory_order_relaxed); }
    std::uint64_t wordsDone() const { return m_wordsDone.load(std::memory_order_relaxed); }
    std::uint64_t totalWords() const { return m_totalWords; }
    /// Learning rate for the words done so far, never below minAlpha.
    double learningRate() const;

    /// Records that a worker saw a NaN or infinite loss.
    void markDiverged() { m_diverged.store(true, std::memory_order_relaxed); }
    bool diverged() const { return m_diverged.load(std::memory_order_relaxed); }

private:
    const double m_alpha;
    const double m_minAlpha;
    const std::uint64_t m_totalWords;
    std::uint64_t m_endChunk = 0;
    alignas(64) std::atomic<std::uint64_t> m_nextChunk { 0 };
    alignas(64) std::atomic<std::uint64_t> m_wordsDone { 0 };
    std::atomic<bool> m_diverged { false };
};

} // namespace ewb::core
