#pragma once

#include "core/train/checkpoint.h"
#include "core/train/corpustrainer.h"
#include "ui/trainingrequest.h"

#include <QtGlobal>

#include <vector>

namespace ewb::ui {

/// A finished training run as TrainingController::finished hands it over: the request that
/// started it, the core's outcome (model, effective options, loss history, corpus statistics)
/// and wall-clock start and end (Unix epoch milliseconds, UTC). Shared read-only between the
/// panes as std::shared_ptr<const TrainingOutcome>.
struct TrainingOutcome
{
    TrainingRequest request;
    core::CorpusTrainer::Outcome result;
    qint64 startedMs = 0;
    qint64 finishedMs = 0;
    /// The vectors at each epoch end, oldest first, for the store's replayable timeline (within
    /// a memory budget: checkpointsDropped counts those left out).
    std::vector<core::Checkpoint> checkpoints;
    std::size_t checkpointsDropped = 0;
};

} // namespace ewb::ui
