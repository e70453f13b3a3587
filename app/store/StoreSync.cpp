// The Store's side of Sentry sync: the handle SyncStore works on (see SyncStore.h).
#include "store/Store.h"

namespace lookout {

sqlite3 *Store::syncHandle()
{
    flushPending();
    return m_db;
}

} // namespace lookout
