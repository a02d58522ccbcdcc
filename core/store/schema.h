#pragma once

#include "core/store/migrationstep.h"

#include <cstdint>
#include <vector>

namespace ewb::core {

/// The workbench database schema: its identity and its history of versions. Thread-safe
/// (immutable data).
class Schema
{
public:
    /// PRAGMA application_id of every workbench file: the ASCII bytes "EWBD". A SQLite file with
    /// another nonzero id belongs to another application.
    static constexpr std::int32_t applicationId = 0x45574244;

    /// All migration steps, oldest first; steps().back().toVersion is the current version.
    static const std::vector<MigrationStep> &steps();
    /// The schema version this build writes (PRAGMA user_version).
    static int currentVersion();
};

} // namespace ewb::core
