#pragma once

#include "core/store/migrationstep.h"

#include <vector>

namespace ewb::core {

/// How Database::open treats the file.
enum class OpenMode {
    /// Open an existing workbench file for reading and writing. Falls back to read-only (see
    /// Database::readOnlyReason()) when the file or its folder is not writable, another process
    /// holds "<file>.lock", or the file was made by a newer version.
    ReadWrite,
    /// Like ReadWrite, but a missing or empty file is created and initialised (File > New).
    Create,
    /// Never write (SQLITE_OPEN_READONLY): for viewers, second connections and Save As sources.
    ReadOnly,
};

/// Options of Database::open. Plain value; defaults are the production settings.
struct DatabaseOptions
{
    OpenMode mode = OpenMode::ReadWrite;
    /// Run `PRAGMA quick_check` on opening a file this process did not create (R1). It reads
    /// every page, about 1 s per GB; the application switches it off only for a file it created
    /// earlier in the same run. Newly created files are never checked.
    bool quickCheck = true;
    /// Schema history to apply; empty means the built-in Schema::steps(). Tests pass their own
    /// to exercise the migration machinery.
    std::vector<MigrationStep> migrations;
};

} // namespace ewb::core
