#include "grouping/ExceptionGroups.h"

#include <QHash>
#include <QSet>

#include <algorithm>

namespace lookout {

namespace {

struct Tree
{
    QHash<qint64, const ExceptionValue *> byId;
    QHash<qint64, QList<const ExceptionValue *>> children;

    QList<const ExceptionValue *> childrenOf(const ExceptionValue *e) const { return children.value(*e->mechanism->exceptionId); }

    // Sentry walks the tree with unguarded recursion, so a cycle raises there and the caller falls
    // back to the whole list; returning false here stands for that.
    bool collectTopLevel(const ExceptionValue *e, QSet<const ExceptionValue *> &onPath, QList<const ExceptionValue *> &out) const
    {
        if (!e->mechanism->isExceptionGroup) {
            out << e;
            return true;
        }
        if (onPath.contains(e))
            return false;
        onPath.insert(e);
        for (const ExceptionValue *child : childrenOf(e)) {
            if (!collectTopLevel(child, onPath, out))
                return false;
        }
        onPath.remove(e);
        return true;
    }
};

} // namespace

QList<const ExceptionValue *> filterExceptionGroups(const Event &event, const QList<const ExceptionValue *> &exceptions,
    const std::function<QString(const ExceptionValue *)> &identity)
{
    if (exceptions.size() < 2)
        return exceptions;
    // Sentry keeps Python SDK 3.x events out of this, so their existing issues keep their hashes.
    if (event.platform == u"python" && event.sdk.version.startsWith(u'3'))
        return exceptions;

    // Built from the last exception to the first, as Sentry does: children keep that order.
    Tree tree;
    for (auto it = exceptions.crbegin(); it != exceptions.crend(); ++it) {
        const ExceptionValue *e = *it;
        if (!e->mechanism || !e->mechanism->exceptionId)
            return exceptions;
        const qint64 id = *e->mechanism->exceptionId;
        if (tree.byId.contains(id) || e->mechanism->parentId == id)
            return exceptions;
        tree.byId.insert(id, e);
        if (e->mechanism->parentId)
            tree.children[*e->mechanism->parentId] << e;
    }
    const ExceptionValue *root = tree.byId.value(0);
    if (!root)
        return exceptions;

    QList<const ExceptionValue *> topLevel;
    QSet<const ExceptionValue *> onPath;
    if (!tree.collectTopLevel(root, onPath, topLevel) || topLevel.isEmpty())
        return exceptions;
    // Python's str(None) is what a missing type sorts as.
    const auto sortKey = [](const ExceptionValue *e) { return e->type.isEmpty() ? QStringLiteral("None") : e->type; };
    std::stable_sort(topLevel.begin(), topLevel.end(),
        [&sortKey](const ExceptionValue *a, const ExceptionValue *b) { return sortKey(a) > sortKey(b); });

    QList<const ExceptionValue *> distinct;
    QString previous;
    for (qsizetype i = 0; i < topLevel.size(); ++i) {
        const QString key = identity(topLevel.at(i));
        if (i == 0 || key != previous)
            distinct << topLevel.at(i);
        previous = key;
    }
    if (distinct.size() > 1)
        return distinct << root;

    // One kind of error inside the group: that error and its chain of first causes, no wrapper.
    QList<const ExceptionValue *> path;
    for (const ExceptionValue *e = distinct.constFirst(); e;) {
        if (path.contains(e))
            return exceptions;
        path << e;
        const QList<const ExceptionValue *> kids = tree.childrenOf(e);
        e = kids.isEmpty() ? nullptr : kids.constFirst();
    }
    return path;
}

} // namespace lookout
