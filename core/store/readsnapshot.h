#pragma once

#include "core/common/result.h"

namespace ewb::core {

class Database;

/// A read transaction (RAII): everything read while it lives comes from one consistent snapshot
/// of the file, even if another connection commits meanwhile. Works on read-only databases.
/// Does nothing when the connection is already inside a transaction (that one is the snapshot).
/// Not copyable or movable; use it on the thread that owns the Database.
class ReadSnapshot
{
public:
    explicit ReadSnapshot(Database &db);
    ~ReadSnapshot();
    ReadSnapshot(const ReadSnapshot &) = delete;
    ReadSnapshot &operator=(const ReadSnapshot &) = delete;

    /// The outcome of starting the snapshot (DatabaseBusy and the like); check before reading.
    const Result<void> &status() const { return m_status; }

private:
    Database &m_db;
    Result<void> m_status;
    bool m_owns = false;
};

} // namespace ewb::core
