#pragma once

#include <cstdint>
#include <string>

namespace ewb::core {

/// The result of one benchmark run on a stored model.
struct EvaluationRecord
{
    std::int64_t id = 0; ///< assigned by the store
    std::int64_t modelId = 0;
    std::string benchmark; ///< e.g. "questions-words" or "wordsim353"
    std::string settingsJson = "{}"; ///< benchmark settings (restrict_vocab, case handling...)
    double score = 0; ///< headline score (accuracy or Spearman rho); NaN when undefined
    std::string detailsJson = "{}"; ///< per-section results, OOV counts, ...
    std::int64_t createdMs = 0; ///< set by the store when 0
};

} // namespace ewb::core
