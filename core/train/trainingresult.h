#pragma once

#include "core/model/embeddingmodel.h"
#include "core/train/trainingoptions.h"
#include "core/train/trainingprogress.h"

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

namespace ewb::core {

/// What a finished training run hands back.
struct TrainingResult
{
    /// Counts of the run.
    struct Stats
    {
        std::uint64_t rawWords = 0; ///< raw corpus tokens processed, all epochs
        std::uint64_t effectiveWords = 0; ///< tokens trained on after subsampling, all epochs
        std::uint64_t pairs = 0; ///< training pairs, all epochs
        double trainSeconds = 0; ///< active training time (paused time excluded)
        double wordsPerSecond = 0; ///< rawWords / trainSeconds
    };

    /// The input vectors with the vocabulary's words and counts.
    std::shared_ptr<const EmbeddingModel> model;
    /// The options the run used (negative possibly clamped).
    TrainingOptions options;
    /// Every progress point that was reported, in order.
    std::vector<TrainingProgress> lossHistory;
    Stats stats;
    /// Adjustments the run made to the options, in English.
    std::vector<std::string> warnings;
};

} // namespace ewb::core
