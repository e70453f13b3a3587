#include "SidebarModel.h"

#include "store/Store.h"
#include "store/SyncStore.h"

#include <QFont>
#include <QLocale>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace lookout {

SidebarModel::SidebarModel(Store *store, QObject *parent)
    : QAbstractItemModel(parent)
    , m_store(store)
{
    reload();
}

int SidebarModel::add(Node node)
{
    const int id = int(m_nodes.size());
    if (node.parent < 0)
        m_top.append(id);
    else
        m_nodes[node.parent].children.append(id);
    m_nodes.append(std::move(node));
    return id;
}

void SidebarModel::reload()
{
    beginResetModel();
    m_nodes.clear();
    m_top.clear();
    const auto node = [](Kind kind, const QString &text, const QString &toolTip, int parent) {
        Node n;
        n.kind = kind;
        n.text = text;
        n.toolTip = toolTip;
        n.parent = parent;
        return n;
    };
    const bool open = m_store && m_store->isOpen();
    const QList<ProjectSummary> projects = open ? m_store->projects() : QList<ProjectSummary>();
    Node all = node(Kind::All, tr("All issues"), tr("Every project"), -1);
    for (const ProjectSummary &p : projects)
        all.unresolved += p.unresolvedCount;
    add(all);

    const auto addProjects = [&](int parent, qint64 accountId) {
        for (const ProjectSummary &p : projects) {
            if (p.accountId != accountId)
                continue;
            Node project = node(Kind::Project, p.name.isEmpty() ? p.slug : p.name,
                tr("%1 · %2 · %n unresolved", nullptr, int(p.unresolvedCount)).arg(p.slug, p.platform), parent);
            project.projectId = p.id;
            project.slugs = {p.slug};
            project.unresolved = p.unresolvedCount;
            add(project);
            m_nodes[parent].slugs.append(p.slug);
            m_nodes[parent].unresolved += p.unresolvedCount;
        }
    };
    if (open) {
        for (const SyncStore::Account &account : SyncStore(*m_store).accounts()) {
            const QString host = QUrl(account.url).host();
            const QString text = !host.isEmpty() && host != u"sentry.io"_s ? account.org + u" · "_s + host : account.org;
            addProjects(
                add(node(Kind::Account, text, tr("Organisation %1 at %2").arg(account.org, account.url), -1)), account.id);
        }
    }
    if (std::any_of(projects.cbegin(), projects.cend(), [](const ProjectSummary &p) { return p.accountId == 0; }))
        addProjects(
            add(node(Kind::Imported, tr("Imported"), tr("Events imported from files or sent to Lookout directly"), -1)), 0);
    const QList<SavedSearch> searches = open ? m_store->savedSearches() : QList<SavedSearch>();
    if (!searches.isEmpty()) {
        const int group = add(node(Kind::SavedSearches, tr("Saved searches"), {}, -1));
        for (const SavedSearch &search : searches) {
            Node saved = node(Kind::SavedSearch, search.name, search.query, group);
            saved.query = search.query;
            saved.sort = search.sort;
            saved.searchId = search.id;
            add(saved);
        }
    }
    endResetModel();
}

QModelIndex SidebarModel::index(int row, int column, const QModelIndex &parent) const
{
    if (column != 0 || row < 0)
        return {};
    const QList<int> &rows = parent.isValid() ? m_nodes.at(int(parent.internalId())).children : m_top;
    return row < rows.size() ? createIndex(row, 0, quintptr(rows.at(row))) : QModelIndex();
}

QModelIndex SidebarModel::parent(const QModelIndex &child) const
{
    if (!child.isValid())
        return {};
    const int parent = m_nodes.at(int(child.internalId())).parent;
    if (parent < 0)
        return {};
    const int grand = m_nodes.at(parent).parent;
    const QList<int> &siblings = grand < 0 ? m_top : m_nodes.at(grand).children;
    return createIndex(int(siblings.indexOf(parent)), 0, quintptr(parent));
}

int SidebarModel::rowCount(const QModelIndex &parent) const
{
    if (parent.column() > 0)
        return 0;
    return int(parent.isValid() ? m_nodes.at(int(parent.internalId())).children.size() : m_top.size());
}

int SidebarModel::columnCount(const QModelIndex &) const
{
    return 1;
}

QVariant SidebarModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Node &node = m_nodes.at(int(index.internalId()));
    const bool counted
        = node.kind == Kind::All || node.kind == Kind::Account || node.kind == Kind::Project || node.kind == Kind::Imported;
    switch (role) {
    case Qt::DisplayRole:
        return counted ? u"%1 (%2)"_s.arg(node.text, QLocale().toString(node.unresolved)) : node.text;
    case Qt::ToolTipRole:
        return node.toolTip.isEmpty() ? QVariant() : QVariant(node.toolTip);
    case Qt::FontRole:
        if (node.kind == Kind::Account || node.kind == Kind::Imported || node.kind == Kind::SavedSearches) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    case KindRole:
        return int(node.kind);
    case ProjectIdRole:
        return node.projectId;
    case ProjectSlugsRole:
        return node.slugs;
    case UnresolvedCountRole:
        return node.unresolved;
    case QueryRole:
        return node.query;
    case SortRole:
        return node.sort;
    case SavedSearchIdRole:
        return node.searchId;
    default:
        return {};
    }
}

QModelIndex SidebarModel::indexOfProject(qint64 projectId) const
{
    for (qsizetype i = 0; i < m_nodes.size(); ++i) {
        const Node &node = m_nodes.at(i);
        if ((projectId == 0 && node.kind == Kind::All)
            || (projectId != 0 && node.kind == Kind::Project && node.projectId == projectId)) {
            const QList<int> &siblings = node.parent < 0 ? m_top : m_nodes.at(node.parent).children;
            return createIndex(int(siblings.indexOf(int(i))), 0, quintptr(i));
        }
    }
    return {};
}

} // namespace lookout
