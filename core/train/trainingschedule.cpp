#include "core/train/trainingschedule.h"

#include <algorithm>

namespace ewb::core {

TrainingSchedule::TrainingSchedule(double alpha, double minAlpha, std::uint64_t totalWords)
    : m_alpha(alpha), m_minAlpha(minAlpha), m_totalWords(totalWords)
{ }

void TrainingSchedule::startSegment(std::uint64_t first, std::uint64_t end)
{
    m_endChunk = end;
    m_nextChunk.store(first, std::memory_order_relaxed);
}

std::optional<std::uint64_t> TrainingSchedule::claimChunk()
{
    const std::uint64_t chunk = m_nextChunk.fetch_add(1, std::memory_order_relaxed);
    if (chunk >= m_endChunk)
        return std::nullopt;
    return chunk;
}

double TrainingSchedule::learningRate() const
{
    // Linear decay by words processed, as word2vec.c and gensim do.
    const double progress = m_totalWords == 0
        ? 1.0
        : static_cast<double>(wordsDone()) / static_cast<double>(m_totalWords);
    return std::max(m_minAlpha, m_alpha - (m_alpha - m_minAlpha) * progress);
}

} // namespace ewb::core
