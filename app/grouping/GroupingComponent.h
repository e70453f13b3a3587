#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace lookout {

// One node of a grouping tree, shaped like Sentry's: either a leaf holding at most one plain value
// (a string or an integer) or an inner node holding child components. Only contributing leaves feed
// the hash.
//
// Children are fixed when a node is made and shared between copies: stack traces repeat from event
// to event, and a cached subtree is handed out by copying its root. So that hashing need not walk
// such a subtree, a node made with keepValues (frames, stack traces) also keeps the UTF-8 of its
// contributing values, which only its children's flags decide; a component's own `contributes` and
// `hint` stay free to change.
class GroupingComponent
{
public:
    QString id;
    QString hint;
    bool contributes = false;

    static GroupingComponent leaf(const QString &id);
    static GroupingComponent leaf(const QString &id, const QString &value);
    static GroupingComponent number(const QString &id, qint64 value);
    static GroupingComponent node(const QString &id, QList<GroupingComponent> children, bool keepValues = false);

    bool hasValue() const { return m_kind != ValueKind::None; }
    bool valueIsNumber() const { return m_kind == ValueKind::Number; }
    const QString &value() const { return m_value; }
    // Replaces a leaf's value (a cleaned-up spelling); whether it contributes stays as it was.
    void setValue(const QString &value);
    const QList<GroupingComponent> &children() const { return m_children; }

    bool hasValues() const { return hasValue() || !m_children.isEmpty(); }
    void disable(const QString &newHint)
    {
        contributes = false;
        hint = newHint;
    }
    // What md5 is fed for this component when it contributes (its contributing values, depth first,
    // UTF-8, nothing between them, as Sentry hashes), as the pieces leaves and kept nodes hold.
    void appendValuePieces(std::vector<QByteArray> &out) const;
    QByteArray valueBytes() const;
    // Contributing leaf values, depth first, as text.
    QStringList contributingValues() const;
    // md5 of the contributing values, or nullopt if this component does not contribute.
    std::optional<QString> hash() const;
    // Any descendant (or this) with that id that contributes.
    bool anyContributing(const QString &childId) const;
    const GroupingComponent *firstContributingChild() const;
    // The whole tree (ids, hints, flags, every value) as text: equal exactly when two trees are.
    QString structureKey() const;

private:
    enum class ValueKind : quint8 { None, Text, Number };
    void collectValues(QStringList &out) const;

    ValueKind m_kind = ValueKind::None;
    bool m_keepsBytes = false; // a leaf with a value, or a node made with keepValues
    QString m_value;
    QByteArray m_bytes;
    // Implicitly shared: copying a component (a cached stack trace, say) copies no subtree.
    QList<GroupingComponent> m_children;
};

QString md5OfValues(const QStringList &values);
// md5 of the pieces one after the other, as lowercase hex; remembered per thread while grouping
// caches are on.
QString md5Hex(const std::vector<QByteArray> &pieces);

} // namespace lookout
