#include "core/store/sqliteerror.h"

#include "core/common/result.h"

#include <sqlite3.h>

#include <string>

namespace ewb::core {

ErrorCode errorCodeForSqlite(int resultCode)
{
    switch (resultCode & 0xFF) {
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
        return ErrorCode::DatabaseBusy;
    case SQLITE_NOTADB:
    case SQLITE_CORRUPT:
        return ErrorCode::DatabaseCorrupt;
    case SQLITE_FULL:
        return ErrorCode::DiskFull;
    case SQLITE_READONLY:
        return ErrorCode::ReadOnly;
    case SQLITE_IOERR:
        // Out-of-memory while doing I/O is reported as an I/O error by SQLite.
        return resultCode == SQLITE_IOERR_NOMEM ? ErrorCode::OutOfMemory : ErrorCode::IoError;
    case SQLITE_CANTOPEN:
    case SQLITE_PERM:
        return ErrorCode::IoError;
    case SQLITE_NOMEM:
        return ErrorCode::OutOfMemory;
    case SQLITE_INTERRUPT:
        return ErrorCode::Cancelled;
    default:
        return ErrorCode::DatabaseError;
    }
}

Error sqliteError(int resultCode, sqlite3 *db, std::string_view action,
                  const std::filesystem::path &path)
{
    std::string detail(action);
    detail += ": ";
    // sqlite3_errmsg describes the most recent failure on this connection, which is the one the
    // caller just saw; without a connection only the generic text of the code is known.
    detail += db != nullptr ? sqlite3_errmsg(db) : sqlite3_errstr(resultCode);
    detail += " (";
    detail += sqlite3_errstr(resultCode);
    detail += ", code " + std::to_string(resultCode) + ") in " + path.string();
    return fail(errorCodeForSqlite(resultCode), std::move(detail));
}

} // namespace ewb::core
