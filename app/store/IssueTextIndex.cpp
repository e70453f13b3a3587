#include "store/IssueTextIndex.h"

#include "store/EventPayload.h"
#include "store/EventText.h"
#include "store/PreparedEvent.h"

#include <sqlite3.h>

#include <array>

namespace lookout {

static constexpr int issueShift = 32;
static constexpr qint64 maxEventRow = (qint64(1) << issueShift) - 1;
static constexpr qint64 maxIssue = (qint64(1) << (62 - issueShift)) - 1;
// A bound on the pairs remembered in memory; past it they are forgotten and the store answers.
static constexpr qsizetype maxKnown = 1 << 20;

// FNV-1a: stable across processes and Qt versions, as the hashes are stored.
static quint64 pieceHash(int column, QStringView piece)
{
    quint64 h = 14695981039346656037ULL ^ quint64(column);
    for (QChar c : piece) {
        h ^= c.unicode();
        h *= 1099511628211ULL;
    }
    return h;
}

IssueTextIndex::IssueTextIndex(sqlite3 *db)
    : m_db(db)
    , m_addPiece(db, "INSERT OR IGNORE INTO issue_text_pieces (issue_id, hash) VALUES (?1, ?2)")
    , m_insertText(
          db, "INSERT INTO issue_text_fts (rowid, message, exception, frames, breadcrumbs, tags) VALUES (?1, ?2, ?3, ?4, ?5, ?6)")
    , m_insertEventText(
          db, "INSERT INTO events_fts (rowid, message, exception, frames, breadcrumbs, tags) VALUES (?1, ?2, ?3, ?4, ?5, ?6)")
{ }

QByteArray IssueTextIndex::issueIdsMatching(const QByteArray &param)
{
    return "SELECT rowid >> 32 FROM issue_text_fts WHERE issue_text_fts MATCH " + param;
}

bool IssueTextIndex::fail(const Statement &statement)
{
    m_error = statement.errorString();
    return false;
}

bool IssueTextIndex::add(qint64 issueId, qint64 eventRowId, const EventText &text)
{
    const std::array<const QString *, 5> columns = {&text.message, &text.exception, &text.frames, &text.breadcrumbs, &text.tags};
    if (eventRowId > maxEventRow || issueId > maxIssue || issueId < 0) {
        // Not expressible in the issue index's rowid: this event is indexed on its own.
        m_insertEventText.bind(1, eventRowId);
        for (int c = 0; c < int(columns.size()); ++c)
            m_insertEventText.bind(c + 2, *columns[size_t(c)]);
        return m_insertEventText.exec() || fail(m_insertEventText);
    }
    std::array<QString, 5> fresh;
    bool any = false;
    const quint64 issueMix = quint64(issueId) * 0x9E3779B97F4A7C15ULL;
    for (int c = 0; c < int(columns.size()); ++c) {
        // A stack, a message and an exception are one piece each: an issue's events mostly
        // repeat them whole. Breadcrumbs and tags vary one line at a time.
        const bool whole = c < 3;
        const QString &column = *columns[size_t(c)];
        const auto pieces = whole ? QList<QStringView> {QStringView(column)} : QStringView(column).split(QLatin1Char('\n'));
        for (QStringView piece : pieces) {
            if (piece.trimmed().isEmpty())
                continue;
            const quint64 hash = pieceHash(c, piece);
            const quint64 key = hash ^ issueMix;
            if (m_known.contains(key))
                continue;
            // A message, an exception or a stack is remembered in the cache too, so that the next
            // process does not index it again for this issue: they are the big pieces, a few per
            // event, and mostly repeat. Breadcrumb and tag lines are many per event and mostly new:
            // a row for each cost more (an import ran at half the speed) than indexing a repeated
            // line once more after a restart, so they are remembered only here, in memory.
            bool isNew = true;
            if (whole) {
                if (!m_addPiece.bind(1, issueId).bind(2, qint64(hash)).exec())
                    return fail(m_addPiece);
                isNew = sqlite3_changes(m_db) > 0;
            }
            if (m_known.size() >= maxKnown)
                m_known.clear();
            m_known.insert(key);
            if (!isNew)
                continue;
            QString &out = fresh[size_t(c)];
            if (!out.isEmpty())
                out += QLatin1Char('\n');
            out += piece;
            any = true;
        }
    }
    if (!any)
        return true;
    m_insertText.bind(1, (issueId << issueShift) | eventRowId);
    for (int c = 0; c < int(fresh.size()); ++c)
        m_insertText.bind(c + 2, fresh[size_t(c)]);
    return m_insertText.exec() || fail(m_insertText);
}

bool IssueTextIndex::forgetIssue(qint64 issueId, const QList<qint64> &eventRowIds)
{
    Statement dropRow(m_db, "DELETE FROM issue_text_fts WHERE rowid = ?1");
    for (qint64 row : eventRowIds) {
        if (row > maxEventRow || issueId > maxIssue)
            continue; // indexed per event: that row follows the event wherever it goes
        if (!dropRow.bind(1, (issueId << issueShift) | row).exec())
            return fail(dropRow);
    }
    Statement dropPieces(m_db, "DELETE FROM issue_text_pieces WHERE issue_id = ?1");
    if (!dropPieces.bind(1, issueId).exec())
        return fail(dropPieces);
    m_known.clear();
    return true;
}

bool IssueTextIndex::reindexFromPayloads(qint64 issueId, const QList<qint64> &eventRowIds)
{
    Statement select(m_db, "SELECT payload, payload_format FROM events WHERE id = ?1");
    for (qint64 row : eventRowIds) {
        if (row > maxEventRow || issueId > maxIssue)
            continue;
        if (!select.bind(1, row).step()) {
            select.reset();
            continue;
        }
        const QByteArray payload = decompressPayload(select.blob(0), PayloadFormat(select.int64(1)));
        select.reset();
        QString error;
        const std::optional<Event> event = parseEventPayload(payload, &error);
        if (event && !add(issueId, row, EventText::from(*event)))
            return false;
    }
    return true;
}

bool IssueTextIndex::moveEvents(qint64 from, qint64 to, const QList<qint64> &eventRowIds, bool fromKeepsEvents)
{
    QList<qint64> remaining;
    if (fromKeepsEvents) {
        Statement rows(m_db, "SELECT id FROM events WHERE issue_id = ?1");
        rows.bind(1, from);
        while (rows.step())
            remaining.append(rows.int64(0));
    }
    if (!forgetIssue(from, eventRowIds + remaining))
        return false;
    return reindexFromPayloads(to, eventRowIds) && reindexFromPayloads(from, remaining);
}

} // namespace lookout
