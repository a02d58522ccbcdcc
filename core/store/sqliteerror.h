#pragma once

#include "core/common/error.h"

#include <filesystem>
#include <string_view>

struct sqlite3;

namespace ewb::core {

/// The ErrorCode for an SQLite result code (primary or extended): BUSY and LOCKED ->
/// DatabaseBusy, NOTADB and CORRUPT -> DatabaseCorrupt, FULL -> DiskFull, READONLY -> ReadOnly,
/// IOERR and CANTOPEN -> IoError, NOMEM -> OutOfMemory, INTERRUPT -> Cancelled, anything else ->
/// DatabaseError. Pure function, thread-safe.
ErrorCode errorCodeForSqlite(int resultCode);

/// An Error for a failed SQLite call: "<action>: <SQLite message> (<code name>, code N) in
/// <path>". `db` may be null (then only the code's generic text is used). Call it on the thread
/// that made the failing call, before any other call on `db`, or the message is lost.
Error sqliteError(int resultCode, sqlite3 *db, std::string_view action,
                  const std::filesystem::path &path);

} // namespace ewb::core
