#include "BreadcrumbModel.h"

#include "IssueListModel.h"
#include "PlainText.h"

#include <QColor>
#include <QJsonDocument>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace lookout {

BreadcrumbModel::BreadcrumbModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void BreadcrumbModel::setEvent(const Event &event)
{
    beginResetModel();
    m_rows.clear();
    m_eventTime = event.timestamp;
    for (const Breadcrumb &crumb : event.breadcrumbs) {
        const QString kind = kindOf(crumb);
        m_rows.append({crumb, kind, describe(crumb, kind), false});
    }
    // The timeline ends with what the breadcrumbs led to: the error itself.
    Breadcrumb error;
    error.timestamp = event.timestamp;
    error.type = u"error"_s;
    error.category = event.exceptions.isEmpty() ? u"message"_s : u"exception"_s;
    error.level = event.level;
    error.message = event.title();
    m_rows.append({error, u"error"_s, error.message, true});
    endResetModel();
}

void BreadcrumbModel::clear()
{
    beginResetModel();
    m_rows.clear();
    m_eventTime = {};
    endResetModel();
}

void BreadcrumbModel::setTimeZone(const QTimeZone &zone)
{
    m_zone = zone;
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, TimeColumn), index(rowCount() - 1, TimeColumn));
}

void BreadcrumbModel::setNewestFirst(bool newestFirst)
{
    if (m_newestFirst == newestFirst)
        return;
    beginResetModel();
    m_newestFirst = newestFirst;
    endResetModel();
}

QStringList BreadcrumbModel::kinds() const
{
    static const QStringList order {u"navigation"_s, u"http"_s, u"ui"_s, u"console"_s, u"query"_s, u"user"_s, u"transaction"_s,
        u"debug"_s, u"info"_s, u"default"_s, u"error"_s};
    QStringList present;
    for (const QString &kind : order) {
        if (std::any_of(m_rows.cbegin(), m_rows.cend(), [&](const Row &row) { return row.kind == kind; }))
            present.append(kind);
    }
    return present;
}

QString BreadcrumbModel::kindOf(const Breadcrumb &crumb)
{
    const QString type = crumb.type.toLower();
    const QString category = crumb.category.toLower();
    static const QStringList httpCategories {u"http"_s, u"fetch"_s, u"xhr"_s, u"httplib"_s, u"requests"_s, u"urllib3"_s,
        u"net.http"_s, u"okhttp"_s, u"guzzle"_s, u"httpclient"_s};
    static const QStringList errorCategories {u"sentry.event"_s, u"sentry.exception"_s, u"exception"_s, u"error"_s};
    // Console crumbs come as "debug" or "default"; the category says what they are.
    if (category == u"console")
        return u"console"_s;
    static const QStringList types {
        u"navigation"_s, u"http"_s, u"query"_s, u"ui"_s, u"user"_s, u"error"_s, u"debug"_s, u"info"_s, u"transaction"_s};
    if (types.contains(type))
        return type;
    // Otherwise (type "default", none, or one of an SDK's own) the category tells.
    if (category.startsWith(u"ui."))
        return u"ui"_s;
    if (category == u"navigation")
        return u"navigation"_s;
    if (httpCategories.contains(category))
        return u"http"_s;
    if (category.contains(u"query") || category.startsWith(u"db.") || category == u"sql")
        return u"query"_s;
    if (errorCategories.contains(category))
        return u"error"_s;
    return u"default"_s;
}

QString BreadcrumbModel::kindLabel(const QString &kind)
{
    if (kind == u"http")
        return u"HTTP"_s;
    if (kind == u"ui")
        return u"UI"_s;
    if (kind.isEmpty())
        return {};
    return kind.at(0).toUpper() + kind.mid(1);
}

static QString jsonText(const QVariant &value)
{
    if (value.typeId() == QMetaType::QVariantMap || value.typeId() == QMetaType::QVariantList)
        return QString::fromUtf8(QJsonDocument::fromVariant(value).toJson(QJsonDocument::Compact));
    return value.toString();
}

QString BreadcrumbModel::describe(const Breadcrumb &crumb, const QString &kind)
{
    const QVariantMap data = crumb.data.toVariantMap();
    if (kind == u"http") {
        QStringList parts;
        for (const QString &key : {u"method"_s, u"url"_s}) {
            if (!data.value(key).toString().isEmpty())
                parts << data.value(key).toString();
        }
        const QString status = data.value(u"status_code"_s).toString();
        if (!status.isEmpty())
            parts << u'[' + status + u']';
        if (!parts.isEmpty())
            return parts.join(u' ');
    } else if (kind == u"navigation") {
        const QString from = data.value(u"from"_s).toString();
        const QString to = data.value(u"to"_s).toString();
        if (!from.isEmpty() || !to.isEmpty())
            return (from.isEmpty() ? u"?"_s : from) + u" → "_s + (to.isEmpty() ? u"?"_s : to);
    } else if (kind == u"query" && crumb.message.isEmpty()) {
        for (const QString &key : {u"query"_s, u"db.statement"_s, u"sql"_s}) {
            if (!data.value(key).toString().isEmpty())
                return data.value(key).toString();
        }
    }
    if (!crumb.message.isEmpty())
        return crumb.message;
    if (kind == u"error" && data.contains(u"type"_s))
        return data.value(u"type"_s).toString() + u": "_s + data.value(u"value"_s).toString();
    QStringList pairs;
    for (auto it = data.cbegin(); it != data.cend(); ++it)
        pairs << it.key() + u": "_s + jsonText(it.value());
    return pairs.join(u", "_s);
}

QString BreadcrumbModel::formatOffset(qint64 ms)
{
    const QString sign = ms < 0 ? u"-"_s : ms > 0 ? u"+"_s : QString();
    const qint64 a = qAbs(ms);
    const QLocale locale;
    // The parts are worked out first: lupdate 6.8 hangs on a division inside tr()'s arguments.
    const QString seconds = locale.toString(double(a) / 1000.0, 'f', 2); // "0,25" in German
    // Whole units without grouping: "-2742 d 5 h" reads as one number, not "2.742".
    const QString major = QString::number(a < 3'600'000 ? a / 60'000 : a < 86'400'000 ? a / 3'600'000 : a / 86'400'000);
    const QString minor = QString::number(a < 3'600'000 ? a % 60'000 / 1000
            : a < 86'400'000                            ? a % 3'600'000 / 60'000
                                                        : a % 86'400'000 / 3'600'000);
    if (a < 60'000)
        return sign + tr("%1 s", "seconds before or after the event").arg(seconds);
    if (a < 3'600'000)
        return sign + tr("%1 min %2 s", "minutes and seconds before or after the event").arg(major, minor);
    if (a < 86'400'000)
        return sign + tr("%1 h %2 min", "hours and minutes before or after the event").arg(major, minor);
    return sign + tr("%1 d %2 h", "days and hours before or after the event").arg(major, minor);
}

const BreadcrumbModel::Row &BreadcrumbModel::rowAt(int row) const
{
    return m_rows.at(m_newestFirst ? m_rows.size() - 1 - row : row);
}

QString BreadcrumbModel::timeText(const QDateTime &when) const
{
    if (!when.isValid())
        return {};
    const QDateTime local = when.toTimeZone(m_zone);
    // A crumb from another day than the error says which day.
    const bool sameDay = m_eventTime.isValid() && m_eventTime.toTimeZone(m_zone).date() == local.date();
    // To the millisecond, which no locale format has: 24-hour time with the locale's decimal sign,
    // the day (when shown) in the locale's short form.
    const QLocale locale;
    const QString time = local.toString(u"HH:mm:ss"_s) + locale.decimalPoint() + local.toString(u"zzz"_s);
    return sameDay ? time : locale.toString(local.date(), QLocale::ShortFormat) + u' ' + time;
}

QString BreadcrumbModel::detailText(const Row &row) const
{
    const Breadcrumb &crumb = row.crumb;
    QStringList lines;
    lines << tr("Type: %1    Category: %2    Level: %3")
                 .arg(kindLabel(row.kind), crumb.category.isEmpty() ? u"-"_s : crumb.category, levelToString(crumb.level));
    if (crumb.timestamp.isValid()) {
        QString time = crumb.timestamp.toTimeZone(m_zone).toString(Qt::ISODateWithMs);
        if (m_eventTime.isValid())
            time += u" ("_s + formatOffset(m_eventTime.msecsTo(crumb.timestamp)) + u')';
        lines << tr("Time: %1").arg(time);
    }
    if (!crumb.message.isEmpty())
        lines << QString() << crumb.message;
    if (!crumb.data.isEmpty())
        lines << QString() << QString::fromUtf8(QJsonDocument(crumb.data).toJson(QJsonDocument::Indented)).trimmed();
    return lines.join(u'\n');
}

int BreadcrumbModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int BreadcrumbModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : NUM_COLUMNS;
}

QVariant BreadcrumbModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Row &row = rowAt(index.row());
    const Breadcrumb &crumb = row.crumb;
    const bool timed = crumb.timestamp.isValid() && m_eventTime.isValid();
    switch (role) {
    case Qt::DisplayRole:
        switch (Columns(index.column())) {
        case KindColumn:
            return kindLabel(row.kind);
        case CategoryColumn:
            return crumb.category;
        case DescriptionColumn:
            return row.description;
        case LevelColumn:
            return levelToString(crumb.level);
        case RelativeTimeColumn:
            return timed ? formatOffset(m_eventTime.msecsTo(crumb.timestamp)) : QString();
        case TimeColumn:
            return timeText(crumb.timestamp);
        case NUM_COLUMNS:
            break;
        }
        return {};
    case Qt::ToolTipRole:
        if (index.column() == DescriptionColumn)
            return plainToolTip(row.description.left(2000));
        if (index.column() == TimeColumn && crumb.timestamp.isValid())
            return crumb.timestamp.toTimeZone(m_zone).toString(Qt::ISODateWithMs);
        return {};
    case Qt::ForegroundRole:
        if (index.column() == LevelColumn && crumb.level >= Level::Warning)
            return levelColor(crumb.level);
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == RelativeTimeColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case KindRole:
        return row.kind;
    case LevelRole:
        return int(crumb.level);
    case TimestampRole:
        return crumb.timestamp;
    case OffsetRole:
        return timed ? QVariant(m_eventTime.msecsTo(crumb.timestamp)) : QVariant();
    case IsEventRole:
        return row.isEvent;
    case DataRole:
        return crumb.data.toVariantMap();
    case DetailRole:
        return detailText(row);
    case SearchTextRole:
        return QStringList({row.kind, crumb.type, crumb.category, crumb.message, row.description,
                               QString::fromUtf8(QJsonDocument(crumb.data).toJson(QJsonDocument::Compact))})
            .join(u'\n')
            .toLower();
    default:
        return {};
    }
}

QVariant BreadcrumbModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Columns(section)) {
    case KindColumn:
        return tr("Type");
    case CategoryColumn:
        return tr("Category");
    case DescriptionColumn:
        return tr("Description");
    case LevelColumn:
        return tr("Level");
    case RelativeTimeColumn:
        return tr("Relative");
    case TimeColumn:
        return tr("Time");
    case NUM_COLUMNS:
        break;
    }
    return {};
}

} // namespace lookout
