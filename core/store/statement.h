#pragma once

#include "core/common/result.h"

#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <span>
#include <string>
#include <string_view>

struct sqlite3;
struct sqlite3_stmt;

namespace ewb::core {

class Database;

/// One prepared SQL statement of a Database (RAII: finalized in the destructor). Bind values
/// with the bind*() calls (indexes start at 1, as in SQLite), then call step() until it yields
/// false. A failing bind is remembered and returned by the next step(), so a chain of binds needs
/// one check. Movable, not copyable. Not thread-safe: use it only on the thread that owns its
/// Database, and never after that Database is closed.
class Statement
{
public:
    Statement() = default;
    ~Statement();
    Statement(Statement &&other) noexcept;
    Statement &operator=(Statement &&other) noexcept;
    Statement(const Statement &) = delete;
    Statement &operator=(const Statement &) = delete;

    /// Compiles `sql` (one statement) on `db`. Fails with the mapped SQLite error.
    static Result<Statement> prepare(Database &db, std::string_view sql);

    /// Binds a 64-bit integer, a double (NaN becomes NULL, which is SQLite's behaviour), UTF-8
    /// text (copied), a BLOB that must stay alive until step() returns (not copied), or NULL.
    Statement &bind(int index, std::int64_t value);
    Statement &bind(int index, int value) { return bind(index, static_cast<std::int64_t>(value)); }
    Statement &bind(int index, double value);
    Statement &bind(int index, std::string_view text);
    Statement &bindBlob(int index, std::span<const std::byte> bytes);
    Statement &bindNull(int index);

    /// Runs one step: true when a result row is available, false when the statement is done.
    Result<bool> step();
    /// Runs a statement that returns no rows (INSERT, UPDATE, DDL) to completion.
    Result<void> run();
    /// Makes the statement ready to run again and clears its bindings.
    void reset();

    /// Column accessors for the current row (indexes start at 0). Text and blob views stay valid
    /// until the next step(), reset() or destruction.
    std::int64_t columnInt64(int column) const;
    double columnDouble(int column) const;
    std::string_view columnText(int column) const;
    std::span<const std::byte> columnBlob(int column) const;
    bool columnIsNull(int column) const;
    /// SQLite's storage class of the column value: SQLITE_INTEGER, SQLITE_FLOAT, SQLITE_TEXT,
    /// SQLITE_BLOB or SQLITE_NULL.
    int columnType(int column) const;

private:
    Statement(sqlite3_stmt *stmt, sqlite3 *db, std::filesystem::path path);
    void noteBindResult(int rc, int index);

    sqlite3_stmt *m_stmt = nullptr;
    sqlite3 *m_db = nullptr;
    std::filesystem::path m_path;
    Error m_bindError { ErrorCode::Ok, {} };
};

} // namespace ewb::core
