#pragma once

#include "core/common/result.h"
#include "core/store/databaseoptions.h"
#include "core/store/lockfile.h"

#include <cstdint>
#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

struct sqlite3;

namespace ewb::core {

/// One connection to a workbench database file (RAII: closed in the destructor). open() follows
/// RELIABILITY R1-R3 and R8-R10: it rejects files that are not healthy workbench databases
/// without modifying them, takes "<file>.lock" for writing, upgrades older schemas (after a
/// backup copy), and falls back to read-only when writing is impossible or unsafe.
/// A Database is movable but must not be moved while Statements or Transactions of it exist.
/// Not thread-safe: one thread uses one Database; give each other thread (UI, REST, projection)
/// its own read-only Database on the same file.
class Database
{
public:
    Database(Database &&other) noexcept;
    Database &operator=(Database &&other) noexcept;
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;
    ~Database();

    /// Opens (or, with OpenMode::Create, creates) the database at `path`. Fails with NotFound,
    /// NotRegularFile, EmptyInput (0-byte file without Create), DatabaseCorrupt (not SQLite,
    /// truncated, quick_check failure), NotOurFile (another application's SQLite file),
    /// DatabaseBusy, IoError or DatabaseError; the file is then left exactly as it was.
    /// A file made by a newer schema opens read-only with readOnlyReason().code == NewerSchema.
    static Result<Database> open(const std::filesystem::path &path,
                                 const DatabaseOptions &options = {});

    sqlite3 *handle() const { return m_db; }
    const std::filesystem::path &path() const { return m_path; }

    /// True when writes are refused; readOnlyReason() then says why (ReadOnly: asked for or not
    /// writable; DatabaseBusy: another process holds the lock; NewerSchema: made by a newer
    /// version). Every mutating call of the store returns that reason as its error.
    bool isReadOnly() const { return m_readOnly; }
    const Error &readOnlyReason() const { return m_readOnlyReason; }
    /// The schema version of the file after opening (and upgrading).
    int schemaVersion() const { return m_schemaVersion; }
    /// "wal" normally; "delete" when WAL is unavailable (network file system, old file system).
    const std::string &journalMode() const { return m_journalMode; }
    /// Non-fatal findings of open() for the user (e.g. "network file system: WAL disabled").
    const std::vector<std::string> &warnings() const { return m_warnings; }
    /// True when open() created or initialised the file.
    bool wasCreated() const { return m_created; }

    /// Runs one or more SQL statements that return no rows.
    Result<void> exec(std::string_view sql);
    /// The first column of the first row of `sql` as an integer (NotFound when there is no row).
    Result<std::int64_t> queryInt64(std::string_view sql);
    /// Runs `PRAGMA integrity_check` (or quick_check when `quick`) and returns the problems found,
    /// at most `maxProblems`; an empty list means the file is healthy. Reads every page.
    Result<std::vector<std::string>> checkIntegrity(bool quick = false, int maxProblems = 100);
    /// Fails with DiskFull when the file system holding the database has fewer than `bytes`
    /// available to this user (std::filesystem::space).
    Result<void> requireFreeSpace(std::uint64_t bytes) const;
    /// For one large write to a WAL database that no other connection has open: switches to a
    /// rollback journal, with which SQLite appends new pages to the main file once, where WAL
    /// writes them twice (into the WAL, then again at the checkpoint). Still atomic and durable
    /// (synchronous=FULL; a crash leaves a hot journal that the next open rolls back). Returns
    /// false, changing nothing, when the file is read-only, not in WAL mode, or open elsewhere
    /// (another connection, another process). Call outside any transaction; endBulkWrite()
    /// switches back, and open() always returns a file to WAL.
    Result<bool> beginBulkWrite();
    /// Returns to WAL after beginBulkWrite() returned true.
    Result<void> endBulkWrite();
    /// Copies committed WAL content into the main file and truncates the WAL (after big saves).
    /// Best effort: a busy reader just delays it.
    Result<void> checkpoint();
    /// Writes a consistent copy of the whole database to `target` ("Save a copy", R6): SQLite's
    /// online backup into a temporary file in the target's folder, fsync, then an atomic rename,
    /// so `target` holds either its old bytes or the complete copy. Refuses `target` == path().
    Result<void> saveCopy(const std::filesystem::path &target);

    /// Row id of the last INSERT on this connection, and rows changed by the last statement.
    std::int64_t lastInsertRowId() const;
    std::int64_t changes() const;

private:
    Database() = default;
    void close();
    Result<void> setUp(const DatabaseOptions &options, bool exists);
    Result<void> setJournalMode();
    /// Asks for a journal mode; the mode SQLite then reports (the old one when refused).
    Result<std::string> requestJournalMode(std::string_view mode);
    static void rollBackHotJournal(const std::filesystem::path &path);
    Result<void> upgrade(const std::vector<MigrationStep> &steps, int fromVersion);

    sqlite3 *m_db = nullptr;
    std::filesystem::path m_path;
    LockFile m_lock;
    bool m_readOnly = false;
    Error m_readOnlyReason { ErrorCode::Ok, {} };
    int m_schemaVersion = 0;
    std::string m_journalMode;
    std::vector<std::string> m_warnings;
    bool m_created = false;
};

} // namespace ewb::core
