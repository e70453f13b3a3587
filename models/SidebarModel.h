#pragma once

#include <QAbstractItemModel>
#include <QList>
#include <QString>

namespace lookout {

class Store;

// The sidebar: all issues; each Sentry account (its organisation) with its projects; the projects
// of imported data; and the saved searches. Counts are unresolved issues.
class SidebarModel : public QAbstractItemModel
{
    Q_OBJECT
public:
    enum class Kind { All, Account, Project, Imported, SavedSearches, SavedSearch };
    Q_ENUM(Kind)
    enum Roles {
        KindRole = Qt::UserRole, // Kind as int
        ProjectIdRole, // a project's id
        ProjectSlugsRole, // QStringList: the projects a row covers (empty: every project)
        UnresolvedCountRole,
        QueryRole, // a saved search's query
        SortRole, // a saved search's sort name
        SavedSearchIdRole,
    };

    explicit SidebarModel(Store *store, QObject *parent = nullptr);

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

    // The row of a project (or of "All" for 0).
    QModelIndex indexOfProject(qint64 projectId) const;

public Q_SLOTS:
    void reload();

private:
    struct Node
    {
        Kind kind = Kind::All;
        QString text;
        QString toolTip;
        qint64 projectId = 0;
        QStringList slugs;
        qint64 unresolved = 0;
        QString query;
        QString sort;
        qint64 searchId = 0;
        int parent = -1;
        QList<int> children;
    };
    int add(Node node);

    Store *m_store;
    QList<Node> m_nodes;
    QList<int> m_top;
};

} // namespace lookout
