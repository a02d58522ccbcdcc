#include "core/store/statement.h"

#include "core/store/database.h"
#include "core/store/sqliteerror.h"

#include <sqlite3.h>

#include <cmath>
#include <limits>
#include <utility>

namespace ewb::core {

Statement::Statement(sqlite3_stmt *stmt, sqlite3 *db, std::filesystem::path path)
    : m_stmt(stmt), m_db(db), m_path(std::move(path))
{ }

Statement::~Statement()
{
    sqlite3_finalize(m_stmt);
}

Statement::Statement(Statement &&other) noexcept
    : m_stmt(std::exchange(other.m_stmt, nullptr))
    , m_db(other.m_db)
    , m_path(std::move(other.m_path))
    , m_bindError(std::move(other.m_bindError))
{ }

Statement &Statement::operator=(Statement &&other) noexcept
{
    if (this != &other) {
        sqlite3_finalize(m_stmt);
        m_stmt = std::exchange(other.m_stmt, nullptr);
        m_db = other.m_db;
        m_path = std::move(other.m_path);
        m_bindError = std::move(other.m_bindError);
    }
    return *this;
}

Result<Statement> Statement::prepare(Database &db, std::string_view sql)
{
    if (sql.size() > static_cast<std::size_t>(std::numeric_limits<int>::max()))
        return fail(ErrorCode::InvalidArgument, "SQL text too long");
    sqlite3_stmt *stmt = nullptr;
    const int rc
        = sqlite3_prepare_v2(db.handle(), sql.data(), static_cast<int>(sql.size()), &stmt, nullptr);
    if (rc != SQLITE_OK) {
        sqlite3_finalize(stmt);
        return sqliteError(rc, db.handle(), "preparing '" + std::string(sql.substr(0, 60)) + "'",
                           db.path());
    }
    return Statement(stmt, db.handle(), db.path());
}

void Statement::noteBindResult(int rc, int index)
{
    if (rc != SQLITE_OK && m_bindError.code == ErrorCode::Ok) {
        m_bindError = sqliteError(rc, m_db, "binding parameter " + std::to_string(index), m_path);
    }
}

Statement &Statement::bind(int index, std::int64_t value)
{
    noteBindResult(sqlite3_bind_int64(m_stmt, index, value), index);
    return *this;
}

Statement &Statement::bind(int index, double value)
{
    noteBindResult(sqlite3_bind_double(m_stmt, index, value), index);
    return *this;
}

Statement &Statement::bind(int index, std::string_view text)
{
    // sqlite3_bind_text64 takes the length, so embedded NULs and non-terminated views are fine.
    noteBindResult(
        sqlite3_bind_text64(m_stmt, index, text.data(), text.size(), SQLITE_TRANSIENT, SQLITE_UTF8),
        index);
    return *this;
}

Statement &Statement::bindBlob(int index, std::span<const std::byte> bytes)
{
    // A zero-length blob must still be a BLOB, not NULL, hence the non-null dummy pointer.
    static const std::byte empty {};
    const void *data = bytes.empty() ? static_cast<const void *>(&empty) : bytes.data();
    noteBindResult(sqlite3_bind_blob64(m_stmt, index, data, bytes.size(), SQLITE_STATIC), index);
    return *this;
}

Statement &Statement::bindNull(int index)
{
    noteBindResult(sqlite3_bind_null(m_stmt, index), index);
    return *this;
}

Result<bool> Statement::step()
{
    if (m_bindError.code != ErrorCode::Ok)
        return std::exchange(m_bindError, Error { ErrorCode::Ok, {} });
    const int rc = sqlite3_step(m_stmt);
    if (rc == SQLITE_ROW)
        return true;
    if (rc == SQLITE_DONE)
        return false;
    const char *sql = sqlite3_sql(m_stmt);
    std::string action = "running '" + std::string(sql != nullptr ? sql : "").substr(0, 60) + "'";
    Error error = sqliteError(rc, m_db, action, m_path);
    // Reset so that a failed statement releases its locks and can run again.
    sqlite3_reset(m_stmt);
    return error;
}

Result<void> Statement::run()
{
    for (;;) {
        auto row = step();
        if (!row)
            return row.error();
        if (!*row)
            return {};
    }
}

void Statement::reset()
{
    sqlite3_reset(m_stmt);
    sqlite3_clear_bindings(m_stmt);
    m_bindError = Error { ErrorCode::Ok, {} };
}

std::int64_t Statement::columnInt64(int column) const
{
    return sqlite3_column_int64(m_stmt, column);
}

double Statement::columnDouble(int column) const
{
    return sqlite3_column_double(m_stmt, column);
}

std::string_view Statement::columnText(int column) const
{
    // Ask for the text first, then its length, as the SQLite documentation requires.
    const auto *text = reinterpret_cast<const char *>(sqlite3_column_text(m_stmt, column));
    const int bytes = sqlite3_column_bytes(m_stmt, column);
    if (text == nullptr || bytes <= 0)
        return {};
    return { text, static_cast<std::size_t>(bytes) };
}

std::span<const std::byte> Statement::columnBlob(int column) const
{
    const auto *data = static_cast<const std::byte *>(sqlite3_column_blob(m_stmt, column));
    const int bytes = sqlite3_column_bytes(m_stmt, column);
    if (data == nullptr || bytes <= 0)
        return {};
    return { data, static_cast<std::size_t>(bytes) };
}

bool Statement::columnIsNull(int column) const
{
    return sqlite3_column_type(m_stmt, column) == SQLITE_NULL;
}

int Statement::columnType(int column) const
{
    return sqlite3_column_type(m_stmt, column);
}

} // namespace ewb::core
