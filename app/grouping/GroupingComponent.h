#pragma once

#include <QString>
#include <QStringList>
#include <QVariant>

#include <optional>
#include <vector>

namespace lookout {

// One node of a grouping tree, shaped like Sentry's: either a leaf holding plain values (strings or
// integers) or an inner node holding child components. Only contributing leaves feed the hash.
struct GroupingComponent
{
    QString id;
    QString hint;
    bool contributes = false;
    QVariantList leafValues; // QString or qint64
    std::vector<GroupingComponent> children;

    static GroupingComponent leaf(const QString &id, const QVariantList &values = {});
    static GroupingComponent node(const QString &id, std::vector<GroupingComponent> children);

    bool hasValues() const { return !leafValues.isEmpty() || !children.empty(); }
    void disable(const QString &newHint)
    {
        contributes = false;
        hint = newHint;
    }
    // Contributing leaf values, depth first, as text (what Sentry feeds into md5).
    void collectValues(QStringList &out) const;
    QStringList contributingValues() const;
    // md5 of the contributing values, or nullopt if this component does not contribute.
    std::optional<QString> hash() const;
    // Any descendant (or this) with that id that contributes.
    bool anyContributing(const QString &childId) const;
    const GroupingComponent *firstContributingChild() const;
    // The whole tree (ids, hints, flags, every value) as text: equal exactly when two trees are.
    QString structureKey() const;
};

QString md5OfValues(const QStringList &values);

} // namespace lookout
