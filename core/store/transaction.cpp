#include "core/store/transaction.h"

#include "core/store/database.h"
#include "core/store/sqliteerror.h"

#include <sqlite3.h>

#include <utility>

namespace ewb::core {

namespace {

    // One fixed savepoint name is enough: SQLite savepoints form a stack, and RELEASE or ROLLBACK
    // TO a repeated name acts on the innermost one, which is always ours.
    constexpr const char *kSavepoint = "ewb_nested";

} // namespace

Result<Transaction> Transaction::begin(Database &db)
{
    if (db.isReadOnly())
        return db.readOnlyReason();
    const bool nested = sqlite3_get_autocommit(db.handle()) == 0;
    const std::string sql = nested ? std::string("SAVEPOINT ") + kSavepoint : "BEGIN IMMEDIATE";
    if (auto done = db.exec(sql); !done)
        return done.error();
    return Transaction(&db, nested);
}

Transaction::Transaction(Transaction &&other) noexcept
    : m_db(other.m_db), m_nested(other.m_nested), m_open(std::exchange(other.m_open, false))
{ }

Transaction::~Transaction()
{
    rollback();
}

Result<void> Transaction::commit()
{
    if (!m_open)
        return fail(ErrorCode::Internal, "commit of a transaction that is no longer open");
    const std::string sql = m_nested ? std::string("RELEASE ") + kSavepoint : "COMMIT";
    auto done = m_db->exec(sql);
    if (!done) {
        rollback();
        return done.error();
    }
    m_open = false;
    return {};
}

void Transaction::rollback()
{
    if (!m_open)
        return;
    m_open = false;
    // A failed COMMIT (disk full, I/O error) may already have rolled back the whole transaction;
    // then autocommit is on again and there is nothing left to undo.
    if (sqlite3_get_autocommit(m_db->handle()) != 0)
        return;
    if (m_nested) {
        const std::string sql
            = std::string("ROLLBACK TO ") + kSavepoint + "; RELEASE " + kSavepoint;
        (void)m_db->exec(sql);
    } else {
        (void)m_db->exec("ROLLBACK");
    }
}

} // namespace ewb::core
