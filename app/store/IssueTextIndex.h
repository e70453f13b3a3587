#pragma once

#include "store/Statement.h"

#include <QList>
#include <QSet>
#include <QString>

struct sqlite3;

namespace lookout {

struct EventText;

// Free-text search finds issues, so the text is indexed per issue: an event adds to issue_text_fts
// only the pieces of text (a message, an exception, a stack, one breadcrumb, one tag value) its
// issue has not had before, under a rowid that carries the issue id (issue << 32 | event row).
// Messages, exceptions and stacks are remembered in issue_text_pieces; breadcrumb and tag lines
// only in memory, so after a restart a line may be indexed once more for its issue. A
// search then reads issue ids straight from the index, without looking up one event per match: the
// events of an issue repeat most of their text, so an index per event made a common word cost a
// lookup for each of hundreds of thousands of events.
class IssueTextIndex
{
public:
    explicit IssueTextIndex(sqlite3 *db);

    // Indexes what of text is new to the issue. False on an SQL error (errorString()).
    bool add(qint64 issueId, qint64 eventRowId, const EventText &text);
    // The events moved from one issue to another (a merge, or Sentry regrouping): their text is
    // indexed again under `to`, from their stored payloads. When `from` keeps events, its own
    // index is rebuilt, as the text of the moved events no longer belongs to it.
    bool moveEvents(qint64 from, qint64 to, const QList<qint64> &eventRowIds, bool fromKeepsEvents);

    // The SQL that selects the ids of the issues whose text matches the FTS5 query `param`.
    static QByteArray issueIdsMatching(const QByteArray &param);

    QString errorString() const { return m_error; }

private:
    bool fail(const Statement &statement);
    bool forgetIssue(qint64 issueId, const QList<qint64> &eventRowIds);
    bool reindexFromPayloads(qint64 issueId, const QList<qint64> &eventRowIds);

    sqlite3 *m_db;
    Statement m_addPiece;
    Statement m_insertText;
    Statement m_insertEventText; // events_fts, for event rows too large for the issue rowid
    QSet<quint64> m_known; // (issue, piece) pairs known to be stored, to skip most of the SQL
    QString m_error;
};

} // namespace lookout
