#pragma once

#include <QCoreApplication>
#include <QString>
#include <QUrl>

#include <optional>

namespace lookout {

class Store;

// A link to an issue in Sentry's web UI, as people paste them into chats and tickets:
//   https://ORG.sentry.io/issues/ID/                                   (sentry.io, an org's own host)
//   https://sentry.io/organizations/ORG/issues/ID/                     (sentry.io, older links)
//   https://sentry.example.com[/PREFIX]/organizations/ORG/issues/ID/   (self-hosted)
// each optionally followed by events/EVENTID/ and a query (?project=1&referrer=...) or fragment.
struct SentryIssueLink
{
    Q_DECLARE_TR_FUNCTIONS(SentryIssueLink)

public:
    QString org;
    QString issueId; // Sentry's numeric issue (group) id
    QString eventId; // 32 hex digits when the link names an event; empty otherwise
    QUrl server; // https://sentry.io or the self-hosted server's root (with its path prefix)

    // nullopt, with a sentence in *error, when text is not such a link.
    static std::optional<SentryIssueLink> parse(const QString &text, QString *error = nullptr);
    // Whether an account configured with this URL is on the link's server: for sentry.io any of its
    // hosts (sentry.io, us.sentry.io, ORG.sentry.io), otherwise the same host, port and path.
    bool sameServer(const QUrl &accountUrl) const;
    QString toDisplayString() const;

    // Where the link leads in the cache. accountId is the connected account for the link's org and
    // server (0: none); issueId the cached issue (0: not cached).
    struct Target
    {
        qint64 accountId = 0;
        qint64 issueId = 0;
    };
    Target resolve(Store &store) const;
};

} // namespace lookout
