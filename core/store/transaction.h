#pragma once

#include "core/common/result.h"

namespace ewb::core {

class Database;

/// A write transaction (RAII). At top level it is `BEGIN IMMEDIATE`, which takes the write lock
/// at once (waiting up to the busy timeout, then DatabaseBusy), so a transaction never fails
/// half-way because another process started writing. Begun while another transaction of the same
/// connection is open, it becomes a SAVEPOINT nested in it, so functions that need atomicity can
/// be composed into a larger atomic operation. The destructor rolls back unless commit()
/// succeeded. Movable, not copyable; use it on the thread that owns the Database.
class Transaction
{
public:
    ~Transaction();
    Transaction(Transaction &&other) noexcept;
    Transaction &operator=(Transaction &&) = delete;
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    /// Starts a transaction (or a savepoint when one is already open). Fails with ReadOnly (or
    /// the reason the database is read-only) without touching the file.
    static Result<Transaction> begin(Database &db);

    /// Makes the changes permanent (COMMIT, or RELEASE of the savepoint). With synchronous=FULL a
    /// successful top-level commit is durable. After a failure the transaction is rolled back.
    Result<void> commit();
    /// Undoes the changes now rather than in the destructor. Safe to call twice.
    void rollback();

    /// True when this is a savepoint inside an enclosing transaction.
    bool isNested() const { return m_nested; }

private:
    Transaction(Database *db, bool nested) : m_db(db), m_nested(nested) { }

    Database *m_db = nullptr;
    bool m_nested = false;
    bool m_open = true;
};

} // namespace ewb::core
