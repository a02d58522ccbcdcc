#include "ui/runtimeline.h"

#include "core/store/checkpointstore.h"
#include "core/store/modelstore.h"
#include "ui/checkpointcollector.h"

#include <QtMath>

namespace ewb::ui {

core::Result<void> RunTimeline::save(core::Database &db, std::int64_t modelId,
                                     const std::vector<core::Checkpoint> &checkpoints)
{
    if (checkpoints.empty())
        return {};
    core::ModelStore models(db);
    auto info = models.info(modelId);
    if (!info.ok())
        return info.error();
    if (info->runId == 0)
        return {};
    core::CheckpointStore store(db);
    for (const core::Checkpoint &checkpoint : checkpoints) {
        core::CheckpointInfo record;
        record.runId = info->runId;
        record.epoch = static_cast<std::uint32_t>(checkpoint.epoch);
        record.epochEnd = checkpoint.epochEnd;
        record.fraction = checkpoint.fraction;
        record.loss = checkpoint.epochLoss;
        if (auto added = store.add(record, checkpoint.vectors); !added.ok())
            return added.error();
    }
    return {};
}

core::Result<QList<TimelineFrame>> RunTimeline::load(core::Database &db, std::int64_t modelId,
                                                     std::size_t rows, std::stop_token stop)
{
    core::ModelStore models(db);
    auto info = models.info(modelId);
    if (!info.ok())
        return info.error();
    QList<TimelineFrame> frames;
    if (info->runId == 0)
        return frames;
    core::CheckpointStore store(db);
    auto list = store.list(info->runId);
    if (!list.ok())
        return list.error();
    if (list->empty())
        return frames;
    auto model = models.load(modelId, stop);
    if (!model.ok())
        return model.error();
    const auto &words = (*model)->words();
    const auto &counts = (*model)->counts();
    for (const core::CheckpointInfo &checkpoint : *list) {
        if (stop.stop_requested())
            return core::fail(core::ErrorCode::Cancelled, "loading the timeline was cancelled");
        // Checkpoints share the run's vocabulary: a mismatch means a damaged or foreign row set.
        if (checkpoint.rows != words.size())
            return core::fail(core::ErrorCode::DatabaseCorrupt,
                              "checkpoint " + std::to_string(checkpoint.id) + " has "
                                  + std::to_string(checkpoint.rows) + " rows, the model "
                                  + std::to_string(words.size()));
        auto vectors = store.load(checkpoint.id, stop);
        if (!vectors.ok())
            return vectors.error();
        auto frame = CheckpointCollector::topRows(words, counts, *vectors, rows);
        if (!frame.ok())
            return frame.error();
        frames.append({ label(checkpoint.epoch, checkpoint.fraction), *frame });
    }
    auto last = CheckpointCollector::topRows(words, counts, (*model)->vectors(), rows);
    if (!last.ok())
        return last.error();
    frames.append({ tr("Final model"), *last });
    return frames;
}

QString RunTimeline::label(std::uint32_t epoch, double fraction)
{
    return tr("Epoch %1 · %2 %").arg(epoch).arg(qRound(fraction * 100.0));
}

} // namespace ewb::ui
