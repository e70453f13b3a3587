#pragma once

#include <QHash>
#include <QString>
#include <QStringList>
#include <QUrl>

class QProcessEnvironment;

namespace lookout {

// One Sentry account: where it is, which organisation, and the token to use. Also reads the settings
// people already have for sentry-cli, with its precedence (lowest first):
//   ~/.sentryclirc, then .sentryclirc in the working folder or the nearest parent that has one,
//   then SENTRY_URL / SENTRY_ORG / SENTRY_PROJECT / SENTRY_AUTH_TOKEN.
// A .sentryclirc holds [auth] token=... and [defaults] url=... org=... project=...
// The token never appears in describe() or in any message from here.
struct AccountConfig
{
    QUrl url; // the base URL: https://sentry.io, https://de.sentry.io, https://sentry.example.com/prefix
    QString org;
    QString project; // sentry-cli's default project; optional
    QString token;
    // Where each setting came from ("url", "org", "project", "token" -> "SENTRY_ORG", a file path).
    QHash<QString, QString> origins;

    bool isComplete() const { return url.isValid() && !org.isEmpty() && !token.isEmpty(); }
    // What is missing for isComplete(), as a sentence for the user; empty when complete.
    QString missing() const;
    // "acme at https://sentry.io (token from SENTRY_AUTH_TOKEN)": safe to log and show.
    QString describe() const;

    // Settings set in other replace ours; unset ones leave ours alone.
    void overrideWith(const AccountConfig &other);

    static QUrl defaultUrl();
    // sentry.io's data-storage regions ("us", "de") have their own API hosts.
    static QUrl regionUrl(const QString &region);
    // Whether requests with the token of an account at accountUrl may go to region, an API host the
    // server named (the organisation's links.regionUrl): the same host (any port), a host below it,
    // or, for an account on sentry.io, another sentry.io host; never from https to http. Anything
    // else would hand the token to a site the user did not name.
    static bool isTrustedRegion(const QUrl &accountUrl, const QUrl &region);
    // Accepts "https://host[/prefix]" (a trailing "/" or "/api/0/" is dropped); anything that is not
    // http(s) with a host is refused with a reason.
    static QUrl parseUrl(const QString &text, QString *error);

    static AccountConfig fromEnvironment(const QProcessEnvironment &environment, QStringList *warnings = nullptr);
    // A file that does not exist gives an empty config and no warning.
    static AccountConfig fromSentryCliRc(const QString &path, QStringList *warnings = nullptr);
    // Everything above, merged in sentry-cli's order; url defaults to sentry.io.
    static AccountConfig discover(const QProcessEnvironment &environment, const QString &homeDir, const QString &workingDir,
        QStringList *warnings = nullptr);
};

} // namespace lookout
