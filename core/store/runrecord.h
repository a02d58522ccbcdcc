#pragma once

#include "core/store/corpusrecord.h"

#include <cstdint>
#include <optional>
#include <string>

namespace ewb::core {

/// State of a training run.
enum class RunStatus { Running, Completed, Cancelled, Failed };

/// One training run: everything needed to reproduce it. The app maps its TrainingOptions to
/// `optionsJson` and back; the store keeps the text verbatim.
struct RunRecord
{
    std::int64_t id = 0; ///< assigned by the store
    std::optional<CorpusRecord> corpus; ///< the corpus, when trained from a file
    std::string optionsJson = "{}"; ///< all training options as a JSON object
    std::uint64_t seed = 0; ///< random seed; stored as the same 64 bits
    int threads = 1; ///< worker threads, >= 1
    std::string softwareVersion; ///< workbench version that ran it, e.g. "0.1.0"
    std::int64_t startedMs = 0; ///< Unix epoch milliseconds (UTC)
    std::int64_t finishedMs = 0; ///< 0 while running
    RunStatus status = RunStatus::Running;
    std::string message; ///< why it failed or was cancelled; empty otherwise
};

} // namespace ewb::core
