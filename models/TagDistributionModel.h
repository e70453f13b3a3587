#pragma once

#include "store/Store.h"

#include <QAbstractItemModel>

namespace lookout {

// An issue's tags over its cached events: one row per tag key (how many events carry it, its most
// common value and that value's share) with its top values as children, the rest summed up as
// "Other", the way Sentry's tag summary reads.
class TagDistributionModel : public QAbstractItemModel
{
    Q_OBJECT
public:
    enum Columns { NameColumn, CountColumn, ShareColumn, NUM_COLUMNS };
    enum Roles {
        FractionRole = Qt::UserRole, // the row's share of the events carrying the tag, 0..1
        TagKeyRole,
        IsTagRole, // a tag key's row rather than a value's
        IsOtherRole, // the row summing up values beyond the top ones
    };

    static constexpr int topValues = 10;

    explicit TagDistributionModel(QObject *parent = nullptr);

    void setDistribution(const Store::TagDistribution &distribution);
    qint64 sampledEvents() const { return m_sampled; }

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // A share as the locale writes percentages: "42%", "42 %" in German and French; "<1%" for a sliver.
    static QString shareText(double fraction);

private:
    struct Value
    {
        QString value;
        qint64 count = 0;
        bool other = false;
    };
    struct Tag
    {
        QString key;
        qint64 events = 0;
        qint64 distinct = 0;
        QList<Value> values;
    };

    QList<Tag> m_tags;
    qint64 m_sampled = 0;
};

} // namespace lookout
