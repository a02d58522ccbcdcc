#pragma once

#include "core/store/losspoint.h"
#include "core/store/runrecord.h"
#include "core/text/corpussource.h"
#include "core/text/corpusstats.h"
#include "core/text/tokenizeroptions.h"
#include "core/train/trainingoptions.h"
#include "core/train/trainingprogress.h"

#include <cstdint>
#include <string>
#include <vector>

namespace ewb::core {

/// Turns what a training run used and produced into the store's plain records, so the CLI and
/// the window save runs the same way. Pure functions of their arguments; thread-safe.
class RunRecordBuilder {
public:
    /// Every training option as a flat JSON object with the CLI's option names
    /// ({"arch":"skipgram","dim":100,...}); numbers in shortest round-trip form.
    static std::string optionsJson(const TrainingOptions &options);
    /// The tokenizer settings as a flat JSON object ({"mode":"icu","case_fold":true,...}).
    static std::string tokenizerJson(const TokenizerOptions &options);
    /// The run record of a finished run: options, seed, threads, version, times (Unix ms),
    /// status and the corpus (file path and size, or the memory source's display name) with
    /// its statistics.
    static RunRecord record(const TrainingOptions &options, const TokenizerOptions &tokenizer,
                            const CorpusSource &source, const CorpusStats &stats,
                            std::uint64_t vocabularySize, std::string softwareVersion,
                            std::int64_t startedMs, std::int64_t finishedMs, RunStatus status);
    /// The loss curve as the store keeps it, one point per progress report.
    static std::vector<LossPoint> lossPoints(const std::vector<TrainingProgress> &progress);
};

} // namespace ewb::core
