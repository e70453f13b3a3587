#include "grouping/GroupingComponent.h"

#include <QCryptographicHash>

namespace lookout {

GroupingComponent GroupingComponent::leaf(const QString &id, const QVariantList &values)
{
    GroupingComponent c;
    c.id = id;
    c.leafValues = values;
    c.contributes = !values.isEmpty();
    return c;
}

GroupingComponent GroupingComponent::node(const QString &id, std::vector<GroupingComponent> children)
{
    GroupingComponent c;
    c.id = id;
    c.children = std::move(children);
    for (const GroupingComponent &child : c.children)
        c.contributes = c.contributes || child.contributes;
    return c;
}

void GroupingComponent::collectValues(QStringList &out) const
{
    if (!contributes)
        return;
    for (const QVariant &value : leafValues)
        out << value.toString();
    for (const GroupingComponent &child : children)
        child.collectValues(out);
}

QStringList GroupingComponent::contributingValues() const
{
    QStringList out;
    collectValues(out);
    return out;
}

QString md5OfValues(const QStringList &values)
{
    // No separator between values: that is how Sentry hashes, so hashes stay comparable.
    QCryptographicHash md5(QCryptographicHash::Md5);
    for (const QString &value : values)
        md5.addData(value.toUtf8());
    return QString::fromLatin1(md5.result().toHex());
}

std::optional<QString> GroupingComponent::hash() const
{
    if (!contributes)
        return std::nullopt;
    return md5OfValues(contributingValues());
}

bool GroupingComponent::anyContributing(const QString &childId) const
{
    if (id == childId && contributes)
        return true;
    for (const GroupingComponent &child : children) {
        if (child.anyContributing(childId))
            return true;
    }
    return false;
}

const GroupingComponent *GroupingComponent::firstContributingChild() const
{
    for (const GroupingComponent &child : children) {
        if (child.contributes)
            return &child;
    }
    return nullptr;
}

QString GroupingComponent::structureKey() const
{
    // Strings and numbers are marked apart, as Python's repr tells "2" from 2.
    QString key = id + QLatin1Char('(') + hint + (contributes ? u'*' : u'-');
    for (const QVariant &value : leafValues)
        key += (value.typeId() == QMetaType::QString ? u'"' : u'#') + value.toString() + QChar(0x1f);
    for (const GroupingComponent &child : children)
        key += child.structureKey();
    return key + QLatin1Char(')');
}

} // namespace lookout
