#pragma once

#include "core/store/losspoint.h"
#include "core/store/modelmetadata.h"
#include "core/store/runrecord.h"
#include "ui/runseries.h"
#include "ui/trainingoutcome.h"

#include <QString>

#include <string>
#include <vector>

namespace ewb::ui {

/// Translates between what the ui holds and the store's records: a finished training run
/// becomes a RunRecord, model metadata and loss points; a stored loss history becomes a
/// RunSeries for the charts. Pure functions, callable from any thread.
class StoreMapping
{
public:
    /// The run record of a finished training: all options as JSON, seed, threads, corpus
    /// (path or display name, size, a fingerprint, its statistics, the tokenizer settings),
    /// this application's version and the wall-clock times.
    static core::RunRecord runRecord(const TrainingOutcome &outcome);
    /// Metadata for saving the model under `name`, with the options as parameters.
    static core::ModelMetadata metadata(const TrainingOutcome &outcome, const std::string &name);
    /// The loss history of the run as the store keeps it.
    static std::vector<core::LossPoint> lossPoints(const TrainingOutcome &outcome);
    /// A stored loss history as a chart run named `name`. The store does not keep the epoch
    /// count or epoch ends: the epoch count is the last point's epoch, and a point ends an
    /// epoch when the next point belongs to a later epoch (or when it is the last point).
    static RunSeries series(const QString &name, const std::vector<core::LossPoint> &points);
    /// The training options as a JSON object (the keys the CLI uses: arch, dim, window, ...).
    static std::string optionsJson(const core::TrainingOptions &options);
    /// The tokenizer options as a JSON object.
    static std::string tokenizerJson(const core::TokenizerOptions &options);
};

} // namespace ewb::ui
