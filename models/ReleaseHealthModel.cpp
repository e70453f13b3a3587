#include "ReleaseHealthModel.h"

#include "core/Clock.h"
#include "health/HealthStore.h"
#include "health/ReleaseVersion.h"
#include "store/Store.h"

#include <QGuiApplication>
#include <QLocale>
#include <QPalette>

#include <algorithm>
#include <cmath>

namespace lookout {

namespace {

QString percentText(std::optional<double> value, int decimals)
{
    if (!value)
        return QStringLiteral("—");
    // 99.996 would round to 100.00 % and hide that anything crashed.
    const double shown = *value < 100.0 ? std::min(*value, 100.0 - std::pow(10.0, -decimals)) : *value;
    return QLocale().toString(shown, 'f', decimals) + QStringLiteral(" %");
}

QVariant rate(std::optional<double> value)
{
    return value ? QVariant(*value) : QVariant();
}

QString age(const QDateTime &since, const QDateTime &now)
{
    if (!since.isValid())
        return QStringLiteral("—");
    const qint64 hours = since.secsTo(now) / 3600;
    if (hours < 1)
        return ReleaseHealthModel::tr("< 1 h");
    if (hours < 48)
        return ReleaseHealthModel::tr("%n h", nullptr, int(hours));
    const int days = int(hours / 24); // not inside tr(): lupdate 6.8 hangs on a division there
    return ReleaseHealthModel::tr("%n d", nullptr, days);
}

} // namespace

ReleaseHealthModel::ReleaseHealthModel(Store *store, const Clock *clock, QObject *parent)
    : QAbstractTableModel(parent)
    , m_store(store)
    , m_clock(clock)
{ }

int ReleaseHealthModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ReleaseHealthModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : NUM_COLUMNS;
}

QColor ReleaseHealthModel::statusColor(HealthThresholds::Status status, bool darkBackground)
{
    switch (status) {
    case HealthThresholds::Status::Critical:
        return darkBackground ? QColor(0xf8, 0x71, 0x71) : QColor(0xc6, 0x28, 0x28);
    case HealthThresholds::Status::Warning:
        return darkBackground ? QColor(0xfb, 0xbf, 0x24) : QColor(0xb4, 0x5f, 0x06);
    case HealthThresholds::Status::Healthy:
        return darkBackground ? QColor(0x4a, 0xde, 0x80) : QColor(0x2e, 0x7d, 0x32);
    case HealthThresholds::Status::NoData:
        break;
    }
    return {};
}

QVariant ReleaseHealthModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const ReleaseHealth &r = m_rows.at(index.row());
    const HealthThresholds::Status status = m_thresholds.status(r);
    const QDateTime now = m_clock->now();
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case VersionColumn:
            return r.version.isEmpty() ? tr("(no release)") : r.version;
        case FirstSeenColumn:
            return r.firstSeen.isValid() ? QLocale().toString(r.firstSeen.toLocalTime(), QLocale::ShortFormat) : QString();
        case AgeColumn:
            return age(r.firstSeen, now);
        case AdoptionColumn:
            return percentText(r.adoption(), 1);
        case CrashFreeSessionsColumn:
            return percentText(r.crashFreeSessions(), 2);
        case CrashFreeUsersColumn:
            return QString(
                (r.usersExact || !r.crashFreeUsers() ? QString() : QStringLiteral("≈ ")) + percentText(r.crashFreeUsers(), 2));
        case SessionsColumn:
            return QLocale().toString(r.sessions.total);
        case UsersColumn:
            return QString((r.usersExact ? QString() : QStringLiteral("≈ ")) + QLocale().toString(r.users.total));
        case NewIssuesColumn:
            return QLocale().toString(r.newIssues);
        case StatusColumn:
            switch (status) {
            case HealthThresholds::Status::NoData:
                return tr("No data");
            case HealthThresholds::Status::Healthy:
                return tr("Healthy");
            case HealthThresholds::Status::Warning:
                return tr("Warning");
            case HealthThresholds::Status::Critical:
                return tr("Critical");
            }
        }
        break;
    case Qt::ToolTipRole:
        switch (index.column()) {
        case CrashFreeSessionsColumn:
        case StatusColumn:
            return tr("%1 of %2 sessions crashed; %3 abnormal, %4 errored, %5 healthy")
                .arg(QLocale().toString(r.sessions.crashed), QLocale().toString(r.sessions.total),
                    QLocale().toString(r.sessions.abnormal), QLocale().toString(r.sessions.errored),
                    QLocale().toString(r.sessions.healthy()));
        case CrashFreeUsersColumn:
        case UsersColumn:
            return tr("%1 of %2 users had a crashed session%3")
                .arg(QLocale().toString(r.users.crashed), QLocale().toString(r.users.total),
                    r.usersExact ? QString()
                                 : tr(" (estimated from Sentry's hourly counts: a user active in several hours counts in each)"));
        case AdoptionColumn:
            return tr("%1 of the project's %2 sessions in this period")
                .arg(QLocale().toString(r.sessions.total), QLocale().toString(r.projectSessions));
        case NewIssuesColumn:
            return tr("Issues first seen in this release");
        case FirstSeenColumn:
            return r.firstSeen.isValid() ? QLocale().toString(r.firstSeen.toLocalTime(), QLocale::LongFormat) : QString();
        default:
            break;
        }
        break;
    case Qt::TextAlignmentRole:
        if (index.column() >= AdoptionColumn && index.column() <= NewIssuesColumn)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case Qt::ForegroundRole:
        if (index.column() == CrashFreeSessionsColumn || index.column() == StatusColumn) {
            const bool dark = QGuiApplication::palette().color(QPalette::Base).lightness() < 128;
            const QColor color = statusColor(status, dark);
            if (color.isValid() && status != HealthThresholds::Status::Healthy)
                return color;
            if (index.column() == StatusColumn && color.isValid())
                return color;
        }
        break;
    case VersionRole:
        return r.version;
    case StatusRole:
        return int(status);
    case ValueRole:
    case SortRole:
        switch (index.column()) {
        case VersionColumn:
            return r.version;
        case FirstSeenColumn:
        case AgeColumn:
            return r.firstSeen;
        case AdoptionColumn:
            return rate(r.adoption());
        case CrashFreeSessionsColumn:
            return rate(r.crashFreeSessions());
        case CrashFreeUsersColumn:
            return rate(r.crashFreeUsers());
        case SessionsColumn:
            return r.sessions.total;
        case UsersColumn:
            return r.users.total;
        case NewIssuesColumn:
            return r.newIssues;
        case StatusColumn:
            return int(status);
        }
        break;
    default:
        break;
    }
    return {};
}

QVariant ReleaseHealthModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= NUM_COLUMNS)
        return {};
    if (role == Qt::DisplayRole) {
        switch (section) {
        case VersionColumn:
            return tr("Release");
        case FirstSeenColumn:
            return tr("First seen");
        case AgeColumn:
            return tr("Age");
        case AdoptionColumn:
            return tr("Adoption");
        case CrashFreeSessionsColumn:
            return tr("Crash-free sessions");
        case CrashFreeUsersColumn:
            return tr("Crash-free users");
        case SessionsColumn:
            return tr("Sessions");
        case UsersColumn:
            return tr("Users");
        case NewIssuesColumn:
            return tr("New issues");
        case StatusColumn:
            return tr("Status");
        }
    }
    if (role == Qt::ToolTipRole && section == AdoptionColumn)
        return tr("Share of the project's sessions in the period");
    if (role == Qt::TextAlignmentRole && section >= AdoptionColumn && section <= NewIssuesColumn)
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

void ReleaseHealthModel::setWindow(const HealthWindow &window)
{
    m_window = window;
    reload();
}

void ReleaseHealthModel::setThresholds(const HealthThresholds &thresholds)
{
    m_thresholds = thresholds;
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, NUM_COLUMNS - 1));
    if (m_sortColumn == StatusColumn)
        sort(m_sortColumn, m_sortOrder);
}

int ReleaseHealthModel::rowOf(const QString &version) const
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).version == version)
            return row;
    }
    return -1;
}

void ReleaseHealthModel::reload()
{
    beginResetModel();
    m_rows = m_store && m_store->isOpen() && m_window.projectId != 0 ? HealthStore(*m_store).releases(m_window)
                                                                     : QList<ReleaseHealth>();
    applySort();
    endResetModel();
}

void ReleaseHealthModel::sort(int column, Qt::SortOrder order)
{
    if (column < 0 || column >= NUM_COLUMNS)
        return;
    m_sortColumn = column;
    m_sortOrder = order;
    Q_EMIT layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    const QModelIndexList before = persistentIndexList();
    QList<QString> versions;
    for (const QModelIndex &index : before)
        versions.append(m_rows.at(index.row()).version);
    applySort();
    QModelIndexList after;
    for (qsizetype i = 0; i < before.size(); ++i)
        after.append(index(rowOf(versions.at(i)), before.at(i).column()));
    changePersistentIndexList(before, after);
    Q_EMIT layoutChanged({}, QAbstractItemModel::VerticalSortHint);
}

void ReleaseHealthModel::applySort()
{
    const int column = m_sortColumn;
    const HealthThresholds thresholds = m_thresholds;
    // Rows without a value (no sessions, no users) go last whichever way the column is sorted.
    const auto less = [column, thresholds](const ReleaseHealth &a, const ReleaseHealth &b) -> int {
        const auto compareOptional = [](std::optional<double> x, std::optional<double> y) {
            if (!x || !y)
                return 0;
            return *x < *y ? -1 : (*y < *x ? 1 : 0);
        };
        switch (column) {
        case FirstSeenColumn:
        case AgeColumn:
            return a.firstSeen < b.firstSeen ? -1 : (b.firstSeen < a.firstSeen ? 1 : 0);
        case AdoptionColumn:
            return compareOptional(a.adoption(), b.adoption());
        case CrashFreeSessionsColumn:
            return compareOptional(a.crashFreeSessions(), b.crashFreeSessions());
        case CrashFreeUsersColumn:
            return compareOptional(a.crashFreeUsers(), b.crashFreeUsers());
        case SessionsColumn:
            return a.sessions.total < b.sessions.total ? -1 : (a.sessions.total > b.sessions.total ? 1 : 0);
        case UsersColumn:
            return a.users.total < b.users.total ? -1 : (a.users.total > b.users.total ? 1 : 0);
        case NewIssuesColumn:
            return a.newIssues < b.newIssues ? -1 : (a.newIssues > b.newIssues ? 1 : 0);
        case StatusColumn:
            return int(thresholds.status(a)) - int(thresholds.status(b));
        default:
            return 0;
        }
    };
    const auto missing = [column](const ReleaseHealth &r) {
        switch (column) {
        case AdoptionColumn:
            return !r.adoption().has_value();
        case CrashFreeSessionsColumn:
            return !r.crashFreeSessions().has_value();
        case CrashFreeUsersColumn:
            return !r.crashFreeUsers().has_value();
        default:
            return false;
        }
    };
    const bool descending = m_sortOrder == Qt::DescendingOrder;
    std::stable_sort(m_rows.begin(), m_rows.end(), [&](const ReleaseHealth &a, const ReleaseHealth &b) {
        if (missing(a) != missing(b))
            return missing(b);
        int c = less(a, b);
        if (c == 0) // ties, and the version column itself, by semver
            c = ReleaseVersion::compare(a.version, b.version);
        return descending ? c > 0 : c < 0;
    });
}

} // namespace lookout
