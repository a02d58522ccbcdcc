#pragma once

#include <string>

namespace ewb::core {

/// One step of the schema history: the SQL that turns a database of version toVersion - 1 into
/// version toVersion. Steps run in order inside one BEGIN IMMEDIATE transaction together with
/// the final `PRAGMA user_version`, so a file is always entirely at one version. Step 1 creates
/// the schema in an empty file. A released step is never edited; a change is a new step.
struct MigrationStep
{
    int toVersion = 0;
    std::string sql;
};

} // namespace ewb::core
