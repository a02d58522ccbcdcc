#pragma once

#include "core/common/result.h"
#include "core/model/embeddingmodel.h"
#include "core/train/checkpoint.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <cstdint>
#include <memory>
#include <stop_token>
#include <vector>

namespace ewb::core {
class Database;
}

namespace ewb::ui {

/// One frame of a replayable run: where in the run it was taken and the vectors then, as a
/// model of the run's most frequent words.
struct TimelineFrame
{
    QString label;
    std::shared_ptr<const core::EmbeddingModel> model;
};

/// The stored checkpoints of a model's run as a timeline: saving the epoch-end checkpoints of a
/// finished run next to its model, and loading them back as frames for the projection's replay
/// slider. Runs on the store thread with its database; not thread-safe.
class RunTimeline
{
    Q_DECLARE_TR_FUNCTIONS(ewb::ui::RunTimeline)

public:
    /// Saves `checkpoints` under the run of model `modelId` (a model without run gets none).
    /// Each checkpoint is its own transaction: a failure keeps the model and earlier ones.
    static core::Result<void> save(core::Database &db, std::int64_t modelId,
                                   const std::vector<core::Checkpoint> &checkpoints);

    /// The frames of model `modelId`'s run, oldest first, each holding the first `rows` words
    /// (by frequency); the final model is the last frame. Empty when the run kept no checkpoint.
    static core::Result<QList<TimelineFrame>> load(core::Database &db, std::int64_t modelId,
                                                   std::size_t rows, std::stop_token stop);

    /// "Epoch 2 · 50 %" style label of a checkpoint.
    static QString label(std::uint32_t epoch, double fraction);
};

} // namespace ewb::ui
