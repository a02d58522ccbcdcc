#include "core/store/readsnapshot.h"

#include "core/store/database.h"

#include <sqlite3.h>

namespace ewb::core {

ReadSnapshot::ReadSnapshot(Database &db) : m_db(db)
{
    if (sqlite3_get_autocommit(db.handle()) == 0)
        return;
    m_status = db.exec("BEGIN");
    m_owns = m_status.ok();
}

ReadSnapshot::~ReadSnapshot()
{
    // A read transaction has nothing to keep: ending it either way just releases the snapshot.
    if (m_owns && sqlite3_get_autocommit(m_db.handle()) == 0)
        (void)m_db.exec("ROLLBACK");
}

} // namespace ewb::core
