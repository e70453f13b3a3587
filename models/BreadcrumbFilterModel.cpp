#include "BreadcrumbFilterModel.h"

#include "BreadcrumbModel.h"

#include <algorithm>

namespace lookout {

void BreadcrumbFilterModel::setKinds(const QStringList &kinds)
{
    m_kinds = kinds;
    invalidateRowsFilter();
}

void BreadcrumbFilterModel::setLevels(const QList<Level> &levels)
{
    m_levels = levels;
    invalidateRowsFilter();
}

void BreadcrumbFilterModel::setText(const QString &text)
{
    m_words = text.toLower().split(u' ', Qt::SkipEmptyParts);
    invalidateRowsFilter();
}

bool BreadcrumbFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    if (index.data(BreadcrumbModel::IsEventRole).toBool())
        return true;
    if (!m_kinds.isEmpty() && !m_kinds.contains(index.data(BreadcrumbModel::KindRole).toString()))
        return false;
    if (!m_levels.isEmpty() && !m_levels.contains(Level(index.data(BreadcrumbModel::LevelRole).toInt())))
        return false;
    if (m_words.isEmpty())
        return true;
    const QString text = index.data(BreadcrumbModel::SearchTextRole).toString();
    return std::all_of(m_words.cbegin(), m_words.cend(), [&](const QString &word) { return text.contains(word); });
}

} // namespace lookout
