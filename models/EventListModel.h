#pragma once

#include "store/Store.h"

#include <QAbstractTableModel>
#include <QList>

namespace lookout {

class Clock;

// The events table of an issue: its cached events, newest first, a page at a time as the view
// scrolls. Payloads stay in the store; the row has what the table shows.
class EventListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Columns {
        EventIdColumn,
        TimeColumn,
        LevelColumn,
        ReleaseColumn,
        EnvironmentColumn,
        UserColumn,
        TagsColumn,
        NUM_COLUMNS
    };
    Q_ENUM(Columns)
    enum Roles {
        EventIdRole = Qt::UserRole,
        TimestampRole, // the event's time (QDateTime, UTC): what sorts, where the text is the locale's
    };

    static constexpr int pageSize = 100;

    EventListModel(Store *store, const Clock *clock, QObject *parent = nullptr);

    void setIssue(qint64 issueId);
    // Reads the issue's cached events again after some were added (fetched from Sentry): the new
    // ones are inserted where they sort among the rows loaded so far, or appended after them, never
    // by a reset, so the selection and scroll position stay. New ones beyond the loaded rows come
    // with fetchMore(). Returns how many rows were inserted.
    int refresh();
    qint64 issueId() const { return m_issueId; }
    qint64 totalCount() const { return m_total; }
    int rowOf(const QString &eventId) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

private:
    Store *m_store;
    const Clock *m_clock;
    qint64 m_issueId = 0;
    qint64 m_total = 0;
    QList<Store::EventRow> m_rows;
    struct Tags
    {
        QString summary; // the key tags, "browser=Chrome 120 · os=Linux"
        QString all; // every tag, a line each
    };
    const Tags &tagsOf(const QString &eventId) const;
    // Read from the payloads of the rows shown, once each: the table's rows carry no payload.
    mutable QHash<QString, Tags> m_tags;
    bool m_updating = false; // resetting or merging: fetchMore() waits
};

} // namespace lookout
