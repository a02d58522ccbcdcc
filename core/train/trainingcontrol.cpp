#include "core/train/trainingcontrol.h"

namespace ewb::core {

void TrainingControl::pause()
{
    std::lock_guard lock(m_mutex);
    if (m_paused)
        return;
    m_paused = true;
    m_pausedHint.store(true, std::memory_order_relaxed);
    m_pausedSince = Clock::now();
}

void TrainingControl::resume()
{
    {
        std::lock_guard lock(m_mutex);
        if (!m_paused)
            return;
        m_paused = false;
        m_pausedHint.store(false, std::memory_order_relaxed);
        m_pausedTotal += Clock::now() - m_pausedSince;
    }
    m_resumed.notify_all();
}

bool TrainingControl::isPaused() const
{
    std::lock_guard lock(m_mutex);
    return m_paused;
}

TrainingControl::Clock::duration TrainingControl::pausedTime(Clock::time_point now) const
{
    std::lock_guard lock(m_mutex);
    return m_paused ? m_pausedTotal + (now - m_pausedSince) : m_pausedTotal;
}

bool TrainingControl::waitWhilePaused(std::stop_token stop)
{
    if (!m_pausedHint.load(std::memory_order_relaxed))
        return !stop.stop_requested();
    std::unique_lock lock(m_mutex);
    return m_resumed.wait(lock, stop, [this] { return !m_paused; });
}

} // namespace ewb::core
