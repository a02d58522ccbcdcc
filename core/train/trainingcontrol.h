#pragma once

#include <atomic>
#include <chrono>
#include <condition_variable>
#include <mutex>
#include <stop_token>

namespace ewb::core {

/// Pause and resume for a running Trainer. The workers check it between sentences, so they
/// hold within about 100 ms of pause() and go on at once after resume(); paused time does not
/// count in words/s, elapsed time or ETA. Every member is thread-safe; create it before
/// training and keep it alive until Trainer::train returns. Cancelling is not its job: use the
/// stop_token given to train().
class TrainingControl
{
public:
    using Clock = std::chrono::steady_clock;

    /// Asks the workers to hold. No effect when already paused.
    void pause();
    /// Lets held workers go on. No effect when not paused.
    void resume();
    bool isPaused() const;
    /// Total time spent paused until `now`, the current pause included (up to `now`), so that
    /// active time = now - start - pausedTime(now) stands exactly still while paused.
    Clock::duration pausedTime(Clock::time_point now = Clock::now()) const;

    /// For workers: returns at once when not paused, otherwise blocks until resume() or a stop
    /// request. Returns false when stop was requested.
    bool waitWhilePaused(std::stop_token stop);

private:
    mutable std::mutex m_mutex;
    std::condition_variable_any m_resumed;
    bool m_paused = false;
    // Mirrors m_paused so that the workers' frequent check takes no lock when running.
    std::atomic<bool> m_pausedHint { false };
    Clock::time_point m_pausedSince;
    Clock::duration m_pausedTotal {};
};

} // namespace ewb::core
