#pragma once

#include "domain/Level.h"

#include <QSortFilterProxyModel>
#include <QStringList>

namespace lookout {

// Narrows a BreadcrumbModel by kind, level and text. The error's own row always stays: it is
// what the remaining breadcrumbs are read against.
class BreadcrumbFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;

    // Empty lists let everything through.
    void setKinds(const QStringList &kinds);
    QStringList kinds() const { return m_kinds; }
    void setLevels(const QList<Level> &levels);
    QList<Level> levels() const { return m_levels; }
    // Every word must occur (case-insensitively) in the crumb's type, category, message or data.
    void setText(const QString &text);
    QString text() const { return m_words.join(u' '); }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QStringList m_kinds;
    QList<Level> m_levels;
    QStringList m_words;
};

} // namespace lookout
