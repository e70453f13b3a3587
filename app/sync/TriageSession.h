#pragma once

#include "store/SyncStore.h"
#include "sync/TriageAction.h"

#include <QList>
#include <QObject>
#include <QString>

#include <memory>

namespace lookout {

class Clock;
class Store;

// The UI's way to triage: applies actions through the outbox (optimistic local change, queued for
// Sentry) and keeps what each changed, so the last ones can be taken back while Sentry has not been
// told yet. A merge folds issues together and is not taken back.
class TriageSession : public QObject
{
    Q_OBJECT
public:
    TriageSession(Store &store, const Clock &clock, QObject *parent = nullptr);
    ~TriageSession() override;

    bool apply(const TriageAction &action, QString *error);
    bool canUndo() const { return !m_undo.isEmpty(); }
    // "Undo resolve of 3 issues"
    QString undoText() const;
    // False with a reason when the action was sent meanwhile (its record is then dropped).
    bool undo(QString *error);

    static constexpr int maxUndo = 50;

Q_SIGNALS:
    // The store changed for these issues (after apply and undo): views re-read them.
    void issuesChanged(const QList<qint64> &issueIds);
    // Entries were written to the outbox: a sender may go.
    void outboxChanged();
    void undoChanged(bool canUndo, const QString &text);

private:
    // What the Undo item and its messages call the action, in the user's language.
    static QString describeFor(const TriageAction &action);

    struct Record
    {
        QString description;
        QList<qint64> entryIds;
        TriageSnapshot before;
    };

    SyncStore m_store;
    const Clock &m_clock;
    QList<Record> m_undo;
};

} // namespace lookout
