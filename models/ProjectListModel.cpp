#include "ProjectListModel.h"

#include "store/Store.h"

#include <QLocale>

namespace lookout {

ProjectListModel::ProjectListModel(Store *store, QObject *parent)
    : QAbstractListModel(parent)
    , m_store(store)
{
    reload();
}

int ProjectListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_projects.size()) + 1;
}

QVariant ProjectListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    if (index.row() == 0) {
        switch (role) {
        case Qt::DisplayRole:
            return tr("All projects (%1)").arg(QLocale().toString(m_totalUnresolved));
        case ProjectIdRole:
            return qint64(0);
        case UnresolvedCountRole:
            return m_totalUnresolved;
        default:
            return {};
        }
    }
    const ProjectSummary &project = m_projects.at(index.row() - 1);
    switch (role) {
    case Qt::DisplayRole:
        return QStringLiteral("%1 (%2)").arg(project.name, QLocale().toString(project.unresolvedCount));
    case Qt::ToolTipRole:
        return tr("%1 · %2 · %n unresolved", nullptr, int(project.unresolvedCount)).arg(project.slug, project.platform);
    case ProjectIdRole:
        return project.id;
    case SlugRole:
        return project.slug;
    case UnresolvedCountRole:
        return project.unresolvedCount;
    case PlatformRole:
        return project.platform;
    default:
        return {};
    }
}

void ProjectListModel::reload()
{
    beginResetModel();
    m_projects = m_store && m_store->isOpen() ? m_store->projects() : QList<ProjectSummary>();
    m_totalUnresolved = 0;
    for (const ProjectSummary &p : std::as_const(m_projects))
        m_totalUnresolved += p.unresolvedCount;
    endResetModel();
}

} // namespace lookout
