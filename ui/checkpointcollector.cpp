#include "ui/checkpointcollector.h"

#include "core/vocab/vocabulary.h"

#include <algorithm>
#include <utility>

namespace ewb::ui {

CheckpointCollector::CheckpointCollector(std::size_t snapshotRows, std::size_t keepBytes)
    : m_snapshotRows(snapshotRows), m_keepBytes(keepBytes)
{ }

void CheckpointCollector::setVocabulary(const core::Vocabulary &vocabulary)
{
    const std::size_t rows = std::min(vocabulary.size(), m_snapshotRows);
    m_words.assign(vocabulary.words().begin(),
                   vocabulary.words().begin() + static_cast<std::ptrdiff_t>(rows));
    m_counts.assign(vocabulary.counts().begin(),
                    vocabulary.counts().begin() + static_cast<std::ptrdiff_t>(rows));
}

core::Result<std::shared_ptr<const core::EmbeddingModel>>
CheckpointCollector::snapshot(const core::Checkpoint &checkpoint) const
{
    return topRows(m_words, m_counts, checkpoint.vectors, m_words.size());
}

void CheckpointCollector::keep(const core::Checkpoint &checkpoint)
{
    if (!checkpoint.epochEnd)
        return;
    const std::size_t bytes = static_cast<std::size_t>(checkpoint.vectors.size()) * sizeof(float);
    if (m_keptBytes + bytes > m_keepBytes) {
        ++m_dropped;
        return;
    }
    m_keptBytes += bytes;
    m_kept.push_back(checkpoint);
}

std::vector<core::Checkpoint> CheckpointCollector::takeKept()
{
    m_keptBytes = 0;
    return std::exchange(m_kept, {});
}

core::Result<std::shared_ptr<const core::EmbeddingModel>>
CheckpointCollector::topRows(const std::vector<std::string> &words,
                             const std::vector<std::uint64_t> &counts, const core::Matrix &vectors,
                             std::size_t rows)
{
    const auto available = static_cast<std::size_t>(vectors.rows());
    if (rows == 0 || rows > available)
        rows = available;
    rows = std::min(rows, words.size());
    const auto n = static_cast<std::ptrdiff_t>(rows);
    std::vector<std::string> keptWords(words.begin(), words.begin() + n);
    std::vector<std::uint64_t> keptCounts;
    if (counts.size() >= rows)
        keptCounts.assign(counts.begin(), counts.begin() + n);
    core::Matrix top = vectors.topRows(n);
    return core::EmbeddingModel::create(std::move(keptWords), std::move(keptCounts),
                                        std::move(top));
}

} // namespace ewb::ui
