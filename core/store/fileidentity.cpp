#include "core/store/fileidentity.h"

#include "core/store/schema.h"
#include "core/store/sqliteerror.h"

#include <sqlite3.h>

#include <cstdio>
#include <string>

#include <sys/vfs.h>

namespace ewb::core {

namespace {

    Result<std::int64_t> pragmaInt(sqlite3 *db, const char *sql, const std::filesystem::path &path)
    {
        sqlite3_stmt *stmt = nullptr;
        int rc = sqlite3_prepare_v2(db, sql, -1, &stmt, nullptr);
        if (rc == SQLITE_OK)
            rc = sqlite3_step(stmt);
        if (rc != SQLITE_ROW) {
            Error error = sqliteError(rc, db, "reading the file header", path);
            sqlite3_finalize(stmt);
            return error;
        }
        const std::int64_t value = sqlite3_column_int64(stmt, 0);
        sqlite3_finalize(stmt);
        return value;
    }

} // namespace

Result<FileIdentity> FileIdentity::read(sqlite3 *db, const std::filesystem::path &path)
{
    FileIdentity id;
    auto appId = pragmaInt(db, "PRAGMA application_id", path);
    if (!appId)
        return appId.error();
    auto version = pragmaInt(db, "PRAGMA user_version", path);
    if (!version)
        return version.error();
    // sqlite_master rather than sqlite_schema: the newer name needs SQLite 3.33.
    auto objects = pragmaInt(db, "SELECT count(*) FROM sqlite_master", path);
    if (!objects)
        return objects.error();
    id.m_applicationId = *appId;
    id.m_userVersion = *version;
    id.m_schemaObjects = *objects;
    return id;
}

Result<FileIdentity::Verdict> FileIdentity::classify(int knownVersion,
                                                     const std::filesystem::path &path) const
{
    if (m_applicationId != 0 && m_applicationId != Schema::applicationId) {
        char hex[16];
        std::snprintf(hex, sizeof hex, "0x%08x", static_cast<unsigned>(m_applicationId));
        return fail(ErrorCode::NotOurFile,
                    path.string() + " is not a workbench file: it belongs to another application "
                        + "(application_id " + hex + ")");
    }
    if (m_applicationId == 0) {
        if (m_schemaObjects == 0 && m_userVersion == 0)
            return Verdict::Empty;
        return fail(ErrorCode::NotOurFile,
                    path.string() + " is not a workbench file: an SQLite database of another "
                        + "application (" + std::to_string(m_schemaObjects)
                        + " schema objects, no workbench application_id)");
    }
    if (m_userVersion > knownVersion)
        return Verdict::Newer;
    return m_userVersion < knownVersion ? Verdict::Older : Verdict::Current;
}

Result<sqlite3 *> openSqliteConnection(const std::filesystem::path &path, int flags)
{
    sqlite3 *db = nullptr;
    const int rc = sqlite3_open_v2(path.c_str(), &db, flags, nullptr);
    if (rc != SQLITE_OK) {
        Error error = sqliteError(rc, db, "opening", path);
        sqlite3_close(db);
        return error;
    }
    sqlite3_extended_result_codes(db, 1);
    // R1: a crafted file must not be able to run functions or corrupt memory through its schema.
    sqlite3_db_config(db, SQLITE_DBCONFIG_DEFENSIVE, 1, nullptr);
    sqlite3_busy_timeout(db, 5000);
    char *message = nullptr;
    const int prc = sqlite3_exec(db, "PRAGMA trusted_schema = OFF; PRAGMA foreign_keys = ON;",
                                 nullptr, nullptr, &message);
    sqlite3_free(message);
    if (prc != SQLITE_OK) {
        Error error = sqliteError(prc, db, "configuring", path);
        sqlite3_close(db);
        return error;
    }
    return db;
}

bool onNetworkFileSystem(const std::filesystem::path &folder)
{
    struct statfs fs
    {
    };
    if (::statfs(folder.c_str(), &fs) != 0)
        return false;
    // NFS, SMB, CIFS and SMB2 magic numbers from linux/magic.h.
    const auto type = static_cast<unsigned long>(fs.f_type);
    return type == 0x6969ul || type == 0x517Bul || type == 0xFF534D42ul || type == 0xFE534D42ul;
}

} // namespace ewb::core
