#pragma once

#include <cstdint>
#include <string>

namespace ewb::core {

/// Where a stored model came from.
enum class ModelSource {
    Trained, ///< trained by the workbench (usually with a run record)
    Imported, ///< read from a word2vec, GloVe or similar file
};

/// What the caller says about a model it saves; the store adds id, sizes, checksums and time.
struct ModelMetadata
{
    /// Display name, unique among complete models; 1..1000 bytes of UTF-8.
    std::string name;
    ModelSource source = ModelSource::Trained;
    /// Free text the user attached.
    std::string notes;
    /// JSON object written by the caller (e.g. import file and options); stored verbatim.
    std::string paramsJson = "{}";
    /// Id of an existing run that produced the model, 0 for none. ModelStore::save with a run
    /// record fills it itself.
    std::int64_t runId = 0;
    /// When a complete model already has `name`: false fails with InvalidArgument; true replaces
    /// it in the same transaction (the old rows are deleted, never updated in place; R4).
    bool replaceExisting = false;
};

} // namespace ewb::core
