#pragma once

#include "core/common/result.h"
#include "core/model/embeddingmodel.h"
#include "core/train/checkpoint.h"

#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>
#include <vector>

namespace ewb::core {
class Vocabulary;
}

namespace ewb::ui {

/// Turns the checkpoints of a training run into what the window shows and keeps: small snapshot
/// models of the most frequent words for the live projection and the watch words (built on the
/// training thread while the workers wait, so they must be cheap), and the epoch-end checkpoints
/// that the model store saves for replaying the run. Plain C++; used by one thread at a time.
class CheckpointCollector
{
public:
    /// snapshotRows: how many of the most frequent words a snapshot holds (raising it makes the
    /// live views see rarer words and costs a copy of rows x dim floats per checkpoint).
    /// keepBytes: memory budget for the epoch-end checkpoints kept for the store; once a further
    /// checkpoint would exceed it, it is dropped and droppedCount() counts it.
    explicit CheckpointCollector(std::size_t snapshotRows = 20000,
                                 std::size_t keepBytes = std::size_t { 256 } << 20);

    /// The vocabulary of the run (row order of every checkpoint). Call before the checkpoints.
    void setVocabulary(const core::Vocabulary &vocabulary);

    /// A model of the first snapshotRows words with their vectors at this checkpoint.
    core::Result<std::shared_ptr<const core::EmbeddingModel>>
    snapshot(const core::Checkpoint &checkpoint) const;

    /// Keeps an epoch-end checkpoint for the store (others are ignored), within the budget.
    void keep(const core::Checkpoint &checkpoint);
    /// The kept checkpoints, oldest first; the collector forgets them.
    std::vector<core::Checkpoint> takeKept();
    std::size_t droppedCount() const { return m_dropped; }

    /// A model of the first `rows` words of `words`/`counts` with the matching rows of
    /// `vectors` (all of them when rows is 0 or larger than the matrix).
    static core::Result<std::shared_ptr<const core::EmbeddingModel>>
    topRows(const std::vector<std::string> &words, const std::vector<std::uint64_t> &counts,
            const core::Matrix &vectors, std::size_t rows);

private:
    std::size_t m_snapshotRows;
    std::size_t m_keepBytes;
    std::size_t m_keptBytes = 0;
    std::size_t m_dropped = 0;
    std::vector<std::string> m_words;
    std::vector<std::uint64_t> m_counts;
    std::vector<core::Checkpoint> m_kept;
};

} // namespace ewb::ui
