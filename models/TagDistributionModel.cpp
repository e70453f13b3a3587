#include "TagDistributionModel.h"

#include "PlainText.h"

#include <QFont>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace lookout {

// Value rows carry their tag's row + 1 as internal id; tag rows carry 0.
TagDistributionModel::TagDistributionModel(QObject *parent)
    : QAbstractItemModel(parent)
{ }

void TagDistributionModel::setDistribution(const Store::TagDistribution &distribution)
{
    beginResetModel();
    m_tags.clear();
    m_sampled = distribution.sampledEvents;
    for (const Store::TagCounts &counts : distribution.tags) {
        Tag tag {counts.key, counts.eventsWithTag, counts.values.size(), {}};
        qint64 rest = 0;
        for (qsizetype i = 0; i < counts.values.size(); ++i) {
            if (i < topValues)
                tag.values.append({counts.values.at(i).value, counts.values.at(i).count, false});
            else
                rest += counts.values.at(i).count;
        }
        if (rest > 0) {
            const int others = int(counts.values.size() - topValues);
            tag.values.append({others == 1 ? tr("Other (1 value)") : tr("Other (%n values)", nullptr, others), rest, true});
        }
        m_tags.append(tag);
    }
    endResetModel();
}

QModelIndex TagDistributionModel::index(int row, int column, const QModelIndex &parent) const
{
    if (row < 0 || column < 0 || column >= NUM_COLUMNS)
        return {};
    if (!parent.isValid())
        return row < m_tags.size() ? createIndex(row, column, quintptr(0)) : QModelIndex();
    if (parent.internalId() != 0 || parent.column() != 0 || row >= m_tags.at(parent.row()).values.size())
        return {};
    return createIndex(row, column, quintptr(parent.row() + 1));
}

QModelIndex TagDistributionModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == 0)
        return {};
    return createIndex(int(child.internalId() - 1), 0, quintptr(0));
}

int TagDistributionModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_tags.size());
    if (parent.internalId() != 0 || parent.column() != 0)
        return 0;
    return int(m_tags.at(parent.row()).values.size());
}

int TagDistributionModel::columnCount(const QModelIndex &) const
{
    return NUM_COLUMNS;
}

QString TagDistributionModel::shareText(double fraction)
{
    const double percent = fraction * 100.0;
    // "<1%" says a value exists without rounding it away to 0%.
    if (percent > 0 && percent < 1)
        return tr("<1%");
    return tr("%1%", "a share in percent").arg(QLocale().toString(percent, 'f', 0));
}

QVariant TagDistributionModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const bool isTag = index.internalId() == 0;
    const Tag &tag = m_tags.at(isTag ? index.row() : int(index.internalId() - 1));
    const Value *value = isTag ? nullptr : &tag.values.at(index.row());
    const Value *top = tag.values.isEmpty() ? nullptr : &tag.values.constFirst();
    const auto fraction = [&tag](const Value *v) { return v && tag.events > 0 ? double(v->count) / double(tag.events) : 0.0; };
    switch (role) {
    case Qt::DisplayRole:
        switch (Columns(index.column())) {
        case NameColumn:
            return isTag ? tag.key : value->value.isEmpty() ? tr("(empty)") : value->value;
        case CountColumn:
            return isTag ? tag.events : value->count;
        case ShareColumn:
            if (isTag)
                return top ? top->value + u"  "_s + shareText(fraction(top)) : QString();
            return shareText(fraction(value));
        case NUM_COLUMNS:
            break;
        }
        return {};
    case Qt::ToolTipRole:
        if (isTag)
            return plainToolTip((tag.distinct == 1 ? tr("%1: 1 value over %2 events")
                                                   : tr("%1: %n values over %2 events", nullptr, int(tag.distinct)))
                    .arg(tag.key)
                    .arg(tag.events)); // tag keys come from events
        return plainToolTip(value->value);
    case Qt::TextAlignmentRole:
        return index.column() == CountColumn ? QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    case Qt::FontRole:
        if (isTag || value->other) {
            QFont font;
            font.setBold(isTag);
            font.setItalic(!isTag);
            return font;
        }
        return {};
    case FractionRole:
        return fraction(isTag ? top : value);
    case TagKeyRole:
        return tag.key;
    case IsTagRole:
        return isTag;
    case IsOtherRole:
        return value && value->other;
    default:
        return {};
    }
}

QVariant TagDistributionModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Columns(section)) {
    case NameColumn:
        return tr("Tag");
    case CountColumn:
        return tr("Events");
    case ShareColumn:
        return tr("Share");
    case NUM_COLUMNS:
        break;
    }
    return {};
}

} // namespace lookout
