#pragma once

#include "core/common/result.h"

#include <cstdint>
#include <filesystem>

struct sqlite3;

namespace ewb::core {

/// Who a database file belongs to and which schema it has, read through an open SQLite
/// connection (so it also sees a header change still held in the WAL). Used by Database::open to
/// decide between "initialise", "use", "upgrade", "read-only: newer" and "reject: not ours".
/// A value type; functions are thread-safe for distinct connections.
class FileIdentity
{
public:
    /// What Database::open should do with the file.
    enum class Verdict {
        Empty, ///< an SQLite file without any schema: may be initialised (File > New)
        Current, ///< a workbench file at the version this build knows
        Older, ///< a workbench file that needs upgrading
        Newer, ///< a workbench file from a newer version: read-only
    };

    /// Reads PRAGMA application_id, PRAGMA user_version and the number of schema objects. Fails
    /// with the mapped SQLite error (DatabaseCorrupt for a damaged header).
    static Result<FileIdentity> read(sqlite3 *db, const std::filesystem::path &path);

    /// Judges the file against `knownVersion`, the newest schema this build understands. Fails
    /// with NotOurFile for another application's SQLite file (a foreign application_id, or no id
    /// but tables).
    Result<Verdict> classify(int knownVersion, const std::filesystem::path &path) const;

    std::int64_t applicationId() const { return m_applicationId; }
    std::int64_t userVersion() const { return m_userVersion; }

private:
    std::int64_t m_applicationId = 0;
    std::int64_t m_userVersion = 0;
    std::int64_t m_schemaObjects = 0;
};

/// Opens an SQLite connection with `flags` and applies the settings of RELIABILITY R1 (extended
/// result codes, DEFENSIVE, trusted_schema=OFF, busy_timeout=5000 ms, foreign_keys=ON). The
/// caller owns the returned handle (sqlite3_close). Reads nothing from the file.
Result<sqlite3 *> openSqliteConnection(const std::filesystem::path &path, int flags);

/// True when `folder` is on NFS or SMB/CIFS, where WAL's shared-memory locking is unreliable.
bool onNetworkFileSystem(const std::filesystem::path &folder);

} // namespace ewb::core
