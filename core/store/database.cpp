#include "core/store/database.h"

#include "core/store/fileidentity.h"
#include "core/store/fileprobe.h"
#include "core/store/onlinebackup.h"
#include "core/store/schema.h"
#include "core/store/sqliteerror.h"
#include "core/store/statement.h"
#include "core/store/transaction.h"

#include <sqlite3.h>

#include <cstdio>
#include <system_error>
#include <utility>

#include <unistd.h>

namespace ewb::core {

namespace {

    // RELIABILITY R10: the oldest SQLite whose behaviour we rely on (trusted_schema arrived
    // in 3.31).
    constexpr int kMinimumSqlite = 3031000;

    std::filesystem::path folderOf(const std::filesystem::path &path)
    {
        return path.has_parent_path() ? path.parent_path() : std::filesystem::path(".");
    }

} // namespace

Database::Database(Database &&other) noexcept
    : m_db(std::exchange(other.m_db, nullptr))
    , m_path(std::move(other.m_path))
    , m_lock(std::move(other.m_lock))
    , m_readOnly(other.m_readOnly)
    , m_readOnlyReason(std::move(other.m_readOnlyReason))
    , m_schemaVersion(other.m_schemaVersion)
    , m_journalMode(std::move(other.m_journalMode))
    , m_warnings(std::move(other.m_warnings))
    , m_created(other.m_created)
{ }

Database &Database::operator=(Database &&other) noexcept
{
    if (this != &other) {
        close();
        m_db = std::exchange(other.m_db, nullptr);
        m_path = std::move(other.m_path);
        m_lock = std::move(other.m_lock);
        m_readOnly = other.m_readOnly;
        m_readOnlyReason = std::move(other.m_readOnlyReason);
        m_schemaVersion = other.m_schemaVersion;
        m_journalMode = std::move(other.m_journalMode);
        m_warnings = std::move(other.m_warnings);
        m_created = other.m_created;
    }
    return *this;
}

Database::~Database()
{
    close();
}

void Database::close()
{
    // sqlite3_close_v2 defers the close until leftover statements are finalized, so a forgotten
    // Statement cannot make the handle leak.
    sqlite3_close_v2(m_db);
    m_db = nullptr;
    m_lock.release();
}

void Database::rollBackHotJournal(const std::filesystem::path &path)
{
    std::error_code ec;
    if (!std::filesystem::exists(path.string() + "-journal", ec)
        || ::access(path.c_str(), W_OK) != 0)
        return;
    // Any read through a writable connection makes SQLite roll a hot journal back (a journal
    // whose writer is still alive is not hot, and is left alone). Failures are left to the
    // read-only probe that follows, which reports them.
    auto conn = openSqliteConnection(path, SQLITE_OPEN_READWRITE);
    if (!conn)
        return;
    sqlite3_busy_timeout(*conn, 5000);
    (void)sqlite3_exec(*conn, "PRAGMA schema_version", nullptr, nullptr, nullptr);
    sqlite3_close_v2(*conn);
}

Result<Database> Database::open(const std::filesystem::path &path, const DatabaseOptions &options)
{
    if (sqlite3_libversion_number() < kMinimumSqlite) {
        return fail(ErrorCode::DatabaseError,
                    std::string("SQLite ") + sqlite3_libversion() + " is older than 3.31.0");
    }
    auto probe = FileProbe::inspect(path);
    if (!probe)
        return probe.error();
    const bool create = options.mode == OpenMode::Create;
    if (!probe->exists() && !create)
        return fail(ErrorCode::NotFound, path.string() + " does not exist");
    if (probe->exists() && probe->size() == 0 && !create) {
        return fail(ErrorCode::EmptyInput,
                    path.string() + " is empty (0 bytes), not a workbench database");
    }
    const std::vector<MigrationStep> &steps
        = options.migrations.empty() ? Schema::steps() : options.migrations;
    const int known = steps.back().toVersion;

    // A process killed during a bulk write (Database::beginBulkWrite) leaves a hot rollback
    // journal, which only a writable connection can roll back; until then no read-only
    // connection can read the file. Roll it back first, for our own files only (the header's
    // application_id, which no write of ours changes), as SQLite would at the next write.
    if (probe->size() > 0 && options.mode != OpenMode::ReadOnly
        && probe->applicationId() == static_cast<std::uint32_t>(Schema::applicationId))
        rollBackHotJournal(path);

    // Judge an existing file through a read-only connection first, so that a file we must
    // reject is not even given a lock file or a journal.
    if (probe->size() > 0) {
        Database reader;
        reader.m_path = path;
        auto conn = openSqliteConnection(path, SQLITE_OPEN_READONLY);
        if (!conn)
            return conn.error();
        reader.m_db = *conn;
        auto id = FileIdentity::read(reader.m_db, path);
        if (!id)
            return id.error();
        auto verdict = id->classify(known, path);
        if (!verdict)
            return verdict.error();
        if (*verdict == FileIdentity::Verdict::Empty && !create) {
            return fail(ErrorCode::NotOurFile,
                        path.string() + " is an empty SQLite database, not a workbench file");
        }
        // R1: a file this process did not just create is checked before we write to it.
        if (*verdict != FileIdentity::Verdict::Empty && options.quickCheck) {
            auto problems = reader.checkIntegrity(true, 10);
            if (!problems)
                return problems.error();
            if (!problems->empty()) {
                return fail(ErrorCode::DatabaseCorrupt,
                            "quick_check of " + path.string() + " failed: " + problems->front());
            }
        }
    }

    Database db;
    db.m_path = path;
    if (options.mode == OpenMode::ReadOnly) {
        db.m_readOnlyReason = fail(ErrorCode::ReadOnly, path.string() + " was opened read-only");
    } else if (::access(folderOf(path).c_str(), W_OK) != 0) {
        db.m_readOnlyReason = fail(ErrorCode::ReadOnly,
                                   "the folder " + folderOf(path).string() + " is not writable, so "
                                       + path.string() + " is opened read-only");
    } else if (probe->exists() && ::access(path.c_str(), W_OK) != 0) {
        db.m_readOnlyReason
            = fail(ErrorCode::ReadOnly, path.string() + " is not writable and is opened read-only");
    } else if (auto lock = LockFile::acquire(path.string() + ".lock"); !lock) {
        db.m_readOnlyReason = lock.error();
        db.m_readOnlyReason.detail += "; opened read-only";
    } else {
        db.m_lock = std::move(*lock);
    }
    db.m_readOnly = db.m_readOnlyReason.code != ErrorCode::Ok;
    if (auto done = db.setUp(options, probe->exists()); !done)
        return done.error();
    return db;
}

Result<void> Database::setUp(const DatabaseOptions &options, bool exists)
{
    const std::vector<MigrationStep> &steps
        = options.migrations.empty() ? Schema::steps() : options.migrations;
    const int known = steps.back().toVersion;
    const bool create = options.mode == OpenMode::Create;
    if (m_readOnly && !exists) {
        return fail(m_readOnlyReason.code,
                    "cannot create " + m_path.string() + ": " + m_readOnlyReason.detail);
    }
    int flags = m_readOnly ? SQLITE_OPEN_READONLY : SQLITE_OPEN_READWRITE;
    if (!m_readOnly && create)
        flags |= SQLITE_OPEN_CREATE;
    auto conn = openSqliteConnection(m_path, flags);
    if (!conn)
        return conn.error();
    m_db = *conn;

    // Read again through the connection we keep: under the lock, this is the authoritative view.
    auto id = FileIdentity::read(m_db, m_path);
    if (!id)
        return id.error();
    using Verdict = FileIdentity::Verdict;
    auto verdict = id->classify(known, m_path);
    if (!verdict)
        return verdict.error();
    if (*verdict == Verdict::Empty && (!create || m_readOnly)) {
        return fail(create ? m_readOnlyReason.code : ErrorCode::NotOurFile,
                    m_path.string() + " is an empty SQLite database and cannot be initialised"
                        + (m_readOnly ? ": " + m_readOnlyReason.detail : std::string()));
    }
    if (*verdict == Verdict::Newer) {
        // R2: never write to, let alone downgrade, a file of a newer version.
        m_readOnlyReason
            = fail(ErrorCode::NewerSchema,
                   m_path.string() + " was made by a newer version of the workbench " + "(schema "
                       + std::to_string(id->userVersion()) + ", this version knows up to "
                       + std::to_string(known) + ") and is opened read-only");
        if (!m_readOnly) {
            sqlite3_close(m_db);
            m_db = nullptr;
            m_lock.release();
            m_readOnly = true;
            auto again = openSqliteConnection(m_path, SQLITE_OPEN_READONLY);
            if (!again)
                return again.error();
            m_db = *again;
        }
    }
    m_created = *verdict == Verdict::Empty;
    m_schemaVersion = static_cast<int>(id->userVersion());
    if (m_created) {
        // The file is dominated by vector BLOBs of up to 16 MiB; big pages mean fewer overflow
        // pages and reads per BLOB. Only possible before the first page is written.
        if (auto done = exec("PRAGMA page_size = 32768"); !done)
            return done.error();
    }

    if (m_readOnly) {
        Statement mode;
        if (auto stmt = Statement::prepare(*this, "PRAGMA journal_mode"); stmt)
            mode = std::move(*stmt);
        if (auto row = mode.step(); row && *row)
            m_journalMode = std::string(mode.columnText(0));
    } else if (auto done = setJournalMode(); !done) {
        return done.error();
    }
    if (*verdict == Verdict::Empty || *verdict == Verdict::Older) {
        if (m_readOnly) {
            return fail(m_readOnlyReason.code,
                        m_path.string() + " has schema " + std::to_string(m_schemaVersion)
                            + " and needs an upgrade, which is impossible now: "
                            + m_readOnlyReason.detail);
        }
        return upgrade(steps, m_schemaVersion);
    }
    return {};
}

Result<void> Database::setJournalMode()
{
    if (onNetworkFileSystem(folderOf(m_path))) {
        m_warnings.push_back(m_path.string()
                             + " is on a network file system: WAL is disabled and a rollback "
                               "journal is used; do not open it from two computers at once");
    } else {
        auto mode = requestJournalMode("WAL");
        if (!mode)
            return mode.error();
        if (*mode == "wal") {
            m_journalMode = "wal";
            return exec("PRAGMA synchronous = FULL");
        }
        m_warnings.push_back("WAL journal mode is unavailable for " + m_path.string()
                             + "; a rollback journal is used");
    }
    if (auto done = exec("PRAGMA journal_mode = DELETE"); !done)
        return done.error();
    m_journalMode = "delete";
    return exec("PRAGMA synchronous = FULL");
}

Result<void> Database::upgrade(const std::vector<MigrationStep> &steps, int fromVersion)
{
    if (fromVersion > 0) {
        // R2: a copy of the old version comes first, so a failed or regretted upgrade loses
        // nothing.
        const std::string backup = m_path.string() + ".v" + std::to_string(fromVersion) + ".bak";
        if (auto copied = saveCopy(backup); !copied)
            return copied.error();
    }
    auto tx = Transaction::begin(*this);
    if (!tx)
        return tx.error();
    if (fromVersion == 0) {
        if (auto done = exec("PRAGMA application_id = " + std::to_string(Schema::applicationId));
            !done)
            return done.error();
    }
    int version = fromVersion;
    for (const MigrationStep &step : steps) {
        if (step.toVersion <= fromVersion)
            continue;
        if (auto done = exec(step.sql); !done) {
            Error error = done.error();
            error.detail = "upgrading " + m_path.string() + " to schema "
                + std::to_string(step.toVersion) + ": " + error.detail;
            return error;
        }
        version = step.toVersion;
    }
    if (auto done = exec("PRAGMA user_version = " + std::to_string(version)); !done)
        return done.error();
    if (auto done = tx->commit(); !done)
        return done.error();
    m_schemaVersion = version;
    return {};
}

Result<void> Database::exec(std::string_view sql)
{
    char *message = nullptr;
    const std::string text(sql);
    const int rc = sqlite3_exec(m_db, text.c_str(), nullptr, nullptr, &message);
    sqlite3_free(message);
    if (rc != SQLITE_OK)
        return sqliteError(rc, m_db, "running '" + text.substr(0, 60) + "'", m_path);
    return {};
}

Result<std::int64_t> Database::queryInt64(std::string_view sql)
{
    auto stmt = Statement::prepare(*this, sql);
    if (!stmt)
        return stmt.error();
    auto row = stmt->step();
    if (!row)
        return row.error();
    if (!*row)
        return fail(ErrorCode::NotFound, "no result for '" + std::string(sql) + "'");
    return stmt->columnInt64(0);
}

Result<std::vector<std::string>> Database::checkIntegrity(bool quick, int maxProblems)
{
    const std::string sql = std::string(quick ? "PRAGMA quick_check(" : "PRAGMA integrity_check(")
        + std::to_string(maxProblems) + ")";
    auto stmt = Statement::prepare(*this, sql);
    if (!stmt)
        return stmt.error();
    std::vector<std::string> problems;
    for (;;) {
        auto row = stmt->step();
        if (!row) {
            // A page too damaged to even walk is itself the finding.
            if (row.error().code == ErrorCode::DatabaseCorrupt) {
                problems.push_back(row.error().detail);
                return problems;
            }
            return row.error();
        }
        if (!*row)
            break;
        const std::string_view line = stmt->columnText(0);
        if (line != "ok")
            problems.emplace_back(line);
    }
    return problems;
}

Result<void> Database::requireFreeSpace(std::uint64_t bytes) const
{
    std::error_code ec;
    const std::filesystem::space_info info = std::filesystem::space(folderOf(m_path), ec);
    if (ec)
        return {}; // unknown free space: let the write itself report a full disk
    if (info.available < bytes) {
        return fail(ErrorCode::DiskFull,
                    "not enough free space next to " + m_path.string() + ": "
                        + std::to_string(bytes / (1024 * 1024)) + " MiB needed, "
                        + std::to_string(info.available / (1024 * 1024)) + " MiB available");
    }
    return {};
}

Result<std::string> Database::requestJournalMode(std::string_view mode)
{
    auto stmt = Statement::prepare(*this, "PRAGMA journal_mode = " + std::string(mode));
    if (!stmt)
        return stmt.error();
    auto row = stmt->step();
    if (!row)
        return row.error();
    // SQLite answers with the mode in force, which is the old one when the change was refused.
    return *row ? std::string(stmt->columnText(0)) : std::string();
}

Result<bool> Database::beginBulkWrite()
{
    if (m_readOnly || m_journalMode != "wal")
        return false;
    auto mode = requestJournalMode("DELETE");
    // Another connection holding the file answers BUSY or leaves the mode at "wal": stay in WAL.
    if (!mode)
        return mode.error().code == ErrorCode::DatabaseBusy ? Result<bool>(false) : mode.error();
    if (*mode != "delete")
        return false;
    m_journalMode = "delete";
    return true;
}

Result<void> Database::endBulkWrite()
{
    if (m_journalMode != "delete")
        return {};
    auto mode = requestJournalMode("WAL");
    if (!mode)
        return mode.error();
    if (*mode == "wal")
        m_journalMode = "wal";
    return {};
}

Result<void> Database::checkpoint()
{
    if (m_readOnly || m_journalMode != "wal")
        return {};
    const int rc
        = sqlite3_wal_checkpoint_v2(m_db, nullptr, SQLITE_CHECKPOINT_TRUNCATE, nullptr, nullptr);
    // BUSY means a reader still needs old WAL frames; the next checkpoint will catch up.
    if (rc != SQLITE_OK && (rc & 0xFF) != SQLITE_BUSY)
        return sqliteError(rc, m_db, "checkpointing the WAL", m_path);
    return {};
}

Result<void> Database::saveCopy(const std::filesystem::path &target)
{
    return writeOnlineBackup(m_db, m_path, target);
}

std::int64_t Database::lastInsertRowId() const
{
    return sqlite3_last_insert_rowid(m_db);
}

std::int64_t Database::changes() const
{
    return sqlite3_changes(m_db);
}

} // namespace ewb::core
