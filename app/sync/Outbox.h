#pragma once

#include "sync/TriageAction.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace lookout {

class SyncStore;

// Queues triage actions: the change is applied to the local store at once (optimistic) and, for
// issues synced from Sentry, written to the outbox in the same transaction, to be sent by an
// OutboxSender (SyncEngine::sendOutbox). Issues imported locally have no Sentry identity and only
// change locally. Works on any Store connection (the UI's own is fine: it is one short transaction).
class Outbox
{
public:
    struct Queued
    {
        QList<qint64> entryIds; // outbox entries written (one per account and 100 issues)
        int localOnly = 0; // issues changed only locally
    };

    static std::optional<Queued> queue(SyncStore &store, const TriageAction &action, const QDateTime &now, QString *error);
};

} // namespace lookout
