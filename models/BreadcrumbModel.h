#pragma once

#include "domain/Event.h"

#include <QAbstractTableModel>
#include <QTimeZone>

namespace lookout {

// An event's breadcrumbs as a timeline that ends with the error itself: each crumb's time (on the
// clock and relative to the error, "-2.31 s"), its kind (http, navigation, ui, console, query,
// error, ...) and category, level, and a description summarised per kind (http: method, URL and
// status; navigation: from -> to; query: the SQL).
class BreadcrumbModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Columns { KindColumn, CategoryColumn, DescriptionColumn, LevelColumn, RelativeTimeColumn, TimeColumn, NUM_COLUMNS };
    enum Roles {
        KindRole = Qt::UserRole, // "http", "navigation", "ui", "console", "query", "error", "user", "debug", "default", ...
        LevelRole, // lookout::Level as int
        TimestampRole, // QDateTime, UTC; invalid when the SDK sent none
        OffsetRole, // milliseconds relative to the error (negative before it); invalid when unknown
        IsEventRole, // the row of the error itself
        DataRole, // the crumb's data (QVariantMap)
        DetailRole, // everything about the crumb as text, for the detail view
        SearchTextRole, // lower-case text the filter searches
    };

    explicit BreadcrumbModel(QObject *parent = nullptr);

    void setEvent(const Event &event);
    void clear();
    // Absolute times are shown in this zone (the system's by default).
    void setTimeZone(const QTimeZone &zone);
    bool newestFirst() const { return m_newestFirst; }
    void setNewestFirst(bool newestFirst);
    // The kinds present, in a fixed order, for a filter's choices.
    QStringList kinds() const;
    // The breadcrumbs, not counting the error's own row.
    int breadcrumbCount() const { return int(m_rows.size()) - (m_rows.isEmpty() ? 0 : 1); }

    static QString kindOf(const Breadcrumb &crumb);
    static QString kindLabel(const QString &kind);
    static QString describe(const Breadcrumb &crumb, const QString &kind);
    static QString formatOffset(qint64 milliseconds);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Row
    {
        Breadcrumb crumb;
        QString kind;
        QString description;
        bool isEvent = false;
    };
    const Row &rowAt(int row) const;
    QString timeText(const QDateTime &when) const;
    QString detailText(const Row &row) const;

    QList<Row> m_rows; // oldest first, the error last
    QDateTime m_eventTime;
    QTimeZone m_zone = QTimeZone::systemTimeZone();
    bool m_newestFirst = false;
};

} // namespace lookout
