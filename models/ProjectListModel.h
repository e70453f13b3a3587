#pragma once

#include "domain/IssueSummary.h"

#include <QAbstractListModel>
#include <QList>

namespace lookout {

class Store;

// The sidebar's projects, with "All projects" first; each shows its unresolved issue count.
class ProjectListModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Roles { ProjectIdRole = Qt::UserRole, SlugRole, UnresolvedCountRole, PlatformRole };

    explicit ProjectListModel(Store *store, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

public Q_SLOTS:
    void reload();

private:
    Store *m_store;
    QList<ProjectSummary> m_projects;
    qint64 m_totalUnresolved = 0;
};

} // namespace lookout
