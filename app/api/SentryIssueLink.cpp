#include "SentryIssueLink.h"

#include "store/SyncStore.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace lookout {

namespace {

bool isSentryIo(const QString &host)
{
    return host == u"sentry.io"_s || host.endsWith(u".sentry.io"_s);
}

} // namespace

std::optional<SentryIssueLink> SentryIssueLink::parse(const QString &text, QString *error)
{
    auto failed = [error](const QString &why) -> std::optional<SentryIssueLink> {
        if (error)
            *error = why;
        return std::nullopt;
    };
    const QString trimmed = text.trimmed();
    const QUrl url(trimmed, QUrl::StrictMode);
    if (trimmed.isEmpty() || !url.isValid() || url.host().isEmpty())
        return failed(tr("\"%1\" is not a web address").arg(trimmed.left(200)));
    if (url.scheme() != u"https"_s && url.scheme() != u"http"_s)
        return failed(tr("%1 is not an http(s) address").arg(url.toDisplayString().left(200)));

    const QStringList parts = url.path().split(u'/', Qt::SkipEmptyParts);
    SentryIssueLink link;
    qsizetype issues = -1; // the index of "issues" in parts
    const qsizetype organizations = parts.indexOf(u"organizations"_s);
    if (organizations >= 0 && organizations + 2 < parts.size() && parts.at(organizations + 2) == u"issues"_s) {
        link.org = parts.at(organizations + 1);
        issues = organizations + 2;
        QUrl server;
        server.setScheme(url.scheme());
        server.setHost(url.host());
        server.setPort(url.port());
        server.setPath(parts.mid(0, organizations).isEmpty() ? QString() : u"/"_s + parts.mid(0, organizations).join(u'/'));
        link.server = server;
    } else if (url.host().endsWith(u".sentry.io"_s) && !parts.isEmpty() && parts.constFirst() == u"issues"_s) {
        link.org = url.host().chopped(qsizetype(sizeof(".sentry.io") - 1));
        issues = 0;
        link.server = QUrl(u"https://sentry.io"_s);
    } else {
        return failed(tr("%1 is not a link to a Sentry issue (…/issues/ID/)").arg(url.toDisplayString().left(200)));
    }
    static const QRegularExpression slug(u"^[A-Za-z0-9][A-Za-z0-9_-]*$"_s);
    if (!slug.match(link.org).hasMatch())
        return failed(tr("%1 names no Sentry organisation").arg(url.toDisplayString().left(200)));
    if (issues + 1 >= parts.size())
        return failed(tr("%1 names no issue").arg(url.toDisplayString().left(200)));
    link.issueId = parts.at(issues + 1);
    static const QRegularExpression number(u"^[0-9]{1,19}$"_s);
    if (!number.match(link.issueId).hasMatch())
        return failed(
            tr("\"%1\" in %2 is not a Sentry issue id (a number)").arg(link.issueId.left(40), url.toDisplayString().left(200)));
    // …/issues/ID/events/EVENTID/: "latest", "oldest" and "recommended" say which, not an event.
    if (issues + 3 < parts.size() && parts.at(issues + 2) == u"events"_s) {
        static const QRegularExpression hex(u"^[0-9a-fA-F]{32}$"_s);
        const QString event = QString(parts.at(issues + 3)).remove(u'-');
        if (hex.match(event).hasMatch())
            link.eventId = event.toLower();
    }
    return link;
}

bool SentryIssueLink::sameServer(const QUrl &accountUrl) const
{
    if (isSentryIo(server.host()))
        return isSentryIo(accountUrl.host());
    const auto path = [](const QUrl &url) {
        QString p = url.path();
        while (p.endsWith(u'/'))
            p.chop(1);
        return p;
    };
    return accountUrl.host().compare(server.host(), Qt::CaseInsensitive) == 0
        && accountUrl.port(accountUrl.scheme() == u"http"_s ? 80 : 443) == server.port(server.scheme() == u"http"_s ? 80 : 443)
        && path(accountUrl) == path(server);
}

QString SentryIssueLink::toDisplayString() const
{
    return tr("issue %1 of %2").arg(issueId, org);
}

SentryIssueLink::Target SentryIssueLink::resolve(Store &store) const
{
    Target target;
    SyncStore sync(store);
    const QList<SyncStore::Account> accounts = sync.accounts();
    for (const SyncStore::Account &account : accounts) {
        if (account.org.compare(org, Qt::CaseInsensitive) != 0 || !sameServer(QUrl(account.url)))
            continue;
        target.accountId = account.id;
        target.issueId = sync.issueBySentryId(account.id, issueId);
        if (target.issueId != 0)
            break;
    }
    return target;
}

} // namespace lookout
