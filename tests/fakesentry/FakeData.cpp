#include "FakeData.h"

#include <QCryptographicHash>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace lookout::fake {

namespace {

QString toBase36Upper(int n)
{
    return QString::number(n, 36).toUpper();
}

} // namespace

FakeProject &FakeData::addProject(const QString &slug, const QString &platform, const QString &name)
{
    FakeProject project;
    project.id = m_projects.isEmpty() ? 4'500'000'000'000'001 : m_projects.last().id + 1;
    project.slug = slug;
    project.platform = platform;
    if (name.isEmpty()) {
        QStringList words = slug.split(u'-');
        for (QString &word : words)
            word[0] = word[0].toUpper();
        project.name = words.join(u' ');
    } else {
        project.name = name;
    }
    project.dateCreated = orgCreated;
    project.environments = {u"production"_s, u"staging"_s};
    m_projects.append(project);
    return m_projects.last();
}

FakeIssue &FakeData::addIssue(const QString &projectSlug, FakeIssue issue)
{
    FakeProject *owner = project(projectSlug);
    Q_ASSERT_X(owner, "FakeData::addIssue", "unknown project");
    issue.id = m_nextIssueId++;
    issue.projectId = owner->id;
    issue.shortId = owner->slug.toUpper() + u'-' + toBase36Upper(owner->nextShortId++);
    issue.events.clear();
    m_issueIndex.insert(issue.id, m_issues.size());
    m_issues.append(std::move(issue));
    return m_issues.last();
}

FakeEvent &FakeData::addEvent(FakeEvent event)
{
    FakeIssue *owner = issue(QString::number(event.issueId));
    Q_ASSERT_X(owner, "FakeData::addEvent", "unknown issue");
    event.projectId = owner->projectId;
    if (event.eventId.isEmpty())
        event.eventId = makeEventId(quint64(m_events.size()) * 7919 + quint64(event.issueId));
    if (event.level.isEmpty())
        event.level = owner->level;
    m_eventIndex.insert(event.eventId, m_events.size());
    m_events.append(std::move(event));
    const FakeEvent &added = m_events.last();

    // Kept oldest first, so "oldest", "latest" and the listings need no sorting.
    const auto at = std::upper_bound(owner->events.begin(), owner->events.end(), added.dateCreated,
        [this](const QDateTime &time, int index) { return time < m_events[index].dateCreated; });
    owner->events.insert(at, int(m_events.size() - 1));
    ++owner->count;
    if (!added.userId.isEmpty() && !m_issueUsers[owner->id].contains(added.userId)) {
        m_issueUsers[owner->id].insert(added.userId);
        ++owner->userCount;
    }
    if (!owner->firstSeen.isValid() || added.dateCreated < owner->firstSeen) {
        owner->firstSeen = added.dateCreated;
        owner->firstRelease = added.release;
    }
    if (!owner->lastSeen.isValid() || added.dateCreated >= owner->lastSeen) {
        owner->lastSeen = added.dateCreated;
        owner->lastRelease = added.release;
        if (owner->status == u"resolved"_s) {
            owner->status = u"unresolved"_s;
            owner->substatus = u"regressed"_s;
            owner->statusDetails = {};
        }
    }
    return m_events.last();
}

FakeRelease &FakeData::addRelease(const QString &version, const QList<qint64> &projectIds, const QDateTime &created)
{
    FakeRelease release;
    release.id = releases.size() + 1;
    release.version = version;
    release.projectIds = projectIds;
    release.dateCreated = created;
    release.dateReleased = created.addSecs(600);
    releases.append(release);
    return releases.last();
}

FakeProject *FakeData::project(const QString &idOrSlug)
{
    for (FakeProject &p : m_projects) {
        if (p.slug == idOrSlug || QString::number(p.id) == idOrSlug)
            return &p;
    }
    return nullptr;
}

const FakeProject *FakeData::project(qint64 id) const
{
    for (const FakeProject &p : m_projects) {
        if (p.id == id)
            return &p;
    }
    return nullptr;
}

FakeIssue *FakeData::issue(const QString &idOrShortId)
{
    bool numeric = false;
    const qint64 id = idOrShortId.toLongLong(&numeric);
    FakeIssue *found = nullptr;
    if (numeric) {
        const auto it = m_issueIndex.constFind(id);
        if (it != m_issueIndex.constEnd())
            found = &m_issues[*it];
    } else {
        for (FakeIssue &i : m_issues) {
            if (i.shortId.compare(idOrShortId, Qt::CaseInsensitive) == 0)
                found = &i;
        }
    }
    return found && found->mergedInto == 0 ? found : nullptr;
}

const FakeEvent *FakeData::event(const QString &eventId) const
{
    const auto it = m_eventIndex.constFind(eventId.toLower().remove(u'-'));
    return it == m_eventIndex.constEnd() ? nullptr : &m_events[*it];
}

const FakeUser *FakeData::user(const QString &id) const
{
    for (const FakeUser &u : users) {
        if (u.id == id || u.email == id || u.username == id)
            return &u;
    }
    return nullptr;
}

const FakeTeam *FakeData::team(const QString &id) const
{
    for (const FakeTeam &t : teams) {
        if (t.id == id || t.slug == id)
            return &t;
    }
    return nullptr;
}

const FakeRelease *FakeData::release(const QString &version) const
{
    for (const FakeRelease &r : releases) {
        if (r.version == version)
            return &r;
    }
    return nullptr;
}

QList<const FakeEvent *> FakeData::issueEvents(qint64 issueId) const
{
    QList<const FakeEvent *> result;
    const auto it = m_issueIndex.constFind(issueId);
    if (it == m_issueIndex.constEnd())
        return result;
    const QList<int> &indexes = m_issues[*it].events;
    result.reserve(indexes.size());
    for (auto i = indexes.crbegin(); i != indexes.crend(); ++i)
        result.append(&m_events[*i]);
    return result;
}

QList<const FakeEvent *> FakeData::projectEvents(qint64 projectId) const
{
    QList<const FakeEvent *> result;
    for (const FakeEvent &e : m_events) {
        const auto it = m_issueIndex.constFind(e.issueId);
        if (e.projectId == projectId && it != m_issueIndex.constEnd() && m_issues[*it].mergedInto == 0)
            result.append(&e);
    }
    std::stable_sort(
        result.begin(), result.end(), [](const FakeEvent *a, const FakeEvent *b) { return a->dateCreated > b->dateCreated; });
    return result;
}

QList<FakeIssue *> FakeData::findIssues(const std::function<bool(const FakeIssue &)> &filter)
{
    QList<FakeIssue *> result;
    for (FakeIssue &i : m_issues) {
        if (i.mergedInto == 0 && (!filter || filter(i)))
            result.append(&i);
    }
    return result;
}

void FakeData::merge(qint64 parentId, const QList<qint64> &childIds)
{
    FakeIssue *parent = issue(QString::number(parentId));
    if (!parent)
        return;
    for (qint64 childId : childIds) {
        FakeIssue *child = issue(QString::number(childId));
        if (!child || child == parent)
            continue;
        const QList<int> moved = child->events;
        child->mergedInto = parentId;
        child->events.clear();
        for (int index : moved) {
            m_events[index].issueId = parentId;
            parent->events.append(index);
        }
        std::sort(parent->events.begin(), parent->events.end(),
            [this](int a, int b) { return m_events[a].dateCreated < m_events[b].dateCreated; });
        parent->count += child->count;
        parent->userCount += child->userCount;
        parent->firstSeen = std::min(parent->firstSeen, child->firstSeen);
        parent->lastSeen = std::max(parent->lastSeen, child->lastSeen);
    }
}

QString FakeData::makeEventId(quint64 seed)
{
    QByteArray bytes;
    bytes.setNum(seed);
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Md5).toHex());
}

} // namespace lookout::fake
