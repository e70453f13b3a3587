#pragma once

#include "store/Store.h"

#include <QAbstractListModel>
#include <QList>

namespace lookout {

// The sidebar's saved searches, in their order, over the store. Renaming is editing a row
// (Qt::EditRole); add, update, remove and move write to the store first and change the rows only
// when it succeeded (else errorOccurred says why).
class SavedSearchModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Roles { IdRole = Qt::UserRole, QueryRole, SortRole };

    explicit SavedSearchModel(Store *store, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

    const SavedSearch &search(int row) const { return m_searches.at(row); }
    int rowOf(qint64 id) const;

    // Returns the new row, or -1.
    int addSearch(const QString &name, const QString &query, const QString &sort);
    bool updateSearch(int row, const QString &query, const QString &sort);
    bool removeSearch(int row);
    // Moves row to be at position to (among the rows as they are before the move).
    bool moveSearch(int row, int to);

public Q_SLOTS:
    void reload();

Q_SIGNALS:
    void errorOccurred(const QString &message);

private:
    bool fail();

    Store *m_store;
    QList<SavedSearch> m_searches;
};

} // namespace lookout
