#include "sync/TriageSession.h"

#include "core/Clock.h"
#include "sync/Outbox.h"

using namespace Qt::StringLiterals;

namespace lookout {

TriageSession::TriageSession(Store &store, const Clock &clock, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_clock(clock)
{ }

TriageSession::~TriageSession() = default;

QString TriageSession::describeFor(const TriageAction &action)
{
    const int n = int(action.issueIds.size());
    return n == 1 ? action.describe() : tr("%1 (%Ln issues)", nullptr, n).arg(action.describe());
}

bool TriageSession::apply(const TriageAction &action, QString *error)
{
    std::optional<TriageSnapshot> before;
    if (action.kind != TriageAction::Kind::Merge) {
        before = m_store.triageSnapshot(action.issueIds);
        if (!before) {
            *error = m_store.errorString();
            return false;
        }
    }
    const std::optional<Outbox::Queued> queued = Outbox::queue(m_store, action, m_clock.now(), error);
    if (!queued)
        return false;
    if (before) {
        m_undo.append({describeFor(action), queued->entryIds, *before});
        if (m_undo.size() > maxUndo)
            m_undo.removeFirst();
    } else {
        m_undo.clear(); // what came before a merge no longer describes the merged issues
    }
    Q_EMIT issuesChanged(action.issueIds);
    if (!queued->entryIds.isEmpty())
        Q_EMIT outboxChanged();
    Q_EMIT undoChanged(canUndo(), undoText());
    return true;
}

QString TriageSession::undoText() const
{
    return m_undo.isEmpty() ? QString() : tr("Undo %1").arg(m_undo.constLast().description);
}

bool TriageSession::undo(QString *error)
{
    if (m_undo.isEmpty()) {
        *error = tr("Nothing to undo.");
        return false;
    }
    const Record record = m_undo.takeLast();
    bool sent = false;
    const bool ok = m_store.begin() && m_store.withdrawOutbox(record.entryIds, &sent) && m_store.restoreTriage(record.before)
        && m_store.commit();
    if (!ok) {
        m_store.rollback();
        *error = sent ? tr("“%1” has already been sent to Sentry; it can no longer be undone.").arg(record.description)
                      : m_store.errorString();
        Q_EMIT undoChanged(canUndo(), undoText());
        return false;
    }
    QList<qint64> ids;
    for (const TriageSnapshot::Row &row : record.before.rows)
        ids << row.issueId;
    Q_EMIT issuesChanged(ids);
    if (!record.entryIds.isEmpty())
        Q_EMIT outboxChanged();
    Q_EMIT undoChanged(canUndo(), undoText());
    return true;
}

} // namespace lookout
