#include "api/AccountConfig.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcessEnvironment>

using namespace Qt::StringLiterals;

namespace lookout {

namespace {

QString unquote(QString value)
{
    value = value.trimmed();
    if (value.size() >= 2
        && ((value.startsWith(u'"') && value.endsWith(u'"')) || (value.startsWith(u'\'') && value.endsWith(u'\''))))
        value = value.mid(1, value.size() - 2);
    return value;
}

void setUrl(AccountConfig &config, const QString &text, const QString &origin, QStringList *warnings)
{
    QString error;
    const QUrl url = AccountConfig::parseUrl(text, &error);
    if (!url.isValid()) {
        if (warnings)
            *warnings << u"%1: ignoring the Sentry URL: %2"_s.arg(origin, error);
        return;
    }
    config.url = url;
    config.origins.insert(u"url"_s, origin);
}

} // namespace

QString AccountConfig::missing() const
{
    QStringList parts;
    if (!url.isValid())
        parts << u"the Sentry URL (SENTRY_URL or [defaults] url in ~/.sentryclirc)"_s;
    if (org.isEmpty())
        parts << u"the organisation (SENTRY_ORG or [defaults] org in ~/.sentryclirc)"_s;
    if (token.isEmpty())
        parts << u"an auth token (SENTRY_AUTH_TOKEN or [auth] token in ~/.sentryclirc)"_s;
    return parts.isEmpty() ? QString() : u"Missing "_s + parts.join(u", "_s);
}

QString AccountConfig::describe() const
{
    QString text = (org.isEmpty() ? u"(no organisation)"_s : org) + u" at "_s + url.toDisplayString();
    if (!token.isEmpty())
        text += u" (token from %1)"_s.arg(origins.value(u"token"_s, u"settings"_s));
    else
        text += u" (no token)"_s;
    return text;
}

void AccountConfig::overrideWith(const AccountConfig &other)
{
    if (other.url.isValid()) {
        url = other.url;
        origins.insert(u"url"_s, other.origins.value(u"url"_s));
    }
    if (!other.org.isEmpty()) {
        org = other.org;
        origins.insert(u"org"_s, other.origins.value(u"org"_s));
    }
    if (!other.project.isEmpty()) {
        project = other.project;
        origins.insert(u"project"_s, other.origins.value(u"project"_s));
    }
    if (!other.token.isEmpty()) {
        token = other.token;
        origins.insert(u"token"_s, other.origins.value(u"token"_s));
    }
}

QUrl AccountConfig::defaultUrl()
{
    return QUrl(u"https://sentry.io"_s);
}

QUrl AccountConfig::regionUrl(const QString &region)
{
    return QUrl(u"https://%1.sentry.io"_s.arg(region.trimmed().toLower()));
}

bool AccountConfig::isTrustedRegion(const QUrl &accountUrl, const QUrl &region)
{
    if (!region.isValid() || region.host().isEmpty() || !accountUrl.isValid())
        return false;
    const QString scheme = region.scheme().toLower();
    if (scheme != u"https"_s && (scheme != u"http"_s || accountUrl.scheme().toLower() != u"http"_s))
        return false;
    const QString host = region.host().toLower();
    const QString own = accountUrl.host().toLower();
    const auto within = [](const QString &name, const QString &domain) { return name == domain || name.endsWith(u'.' + domain); };
    return within(host, own) || (within(own, u"sentry.io"_s) && within(host, u"sentry.io"_s));
}

QUrl AccountConfig::parseUrl(const QString &text, QString *error)
{
    QUrl url(text.trimmed(), QUrl::StrictMode);
    if (!url.isValid() || url.host().isEmpty() || (url.scheme() != u"https"_s && url.scheme() != u"http"_s)) {
        if (error)
            *error = u"\"%1\" is not an http(s) URL with a host"_s.arg(text.trimmed());
        return {};
    }
    if (url.hasQuery() || url.hasFragment() || !url.userInfo().isEmpty()) {
        if (error)
            *error = u"\"%1\" should be just the server's address (no query, fragment or user)"_s.arg(url.toDisplayString());
        return {};
    }
    QString path = url.path();
    while (path.endsWith(u'/'))
        path.chop(1);
    if (path.endsWith(u"/api/0"_s))
        path.chop(6);
    url.setPath(path);
    return url;
}

AccountConfig AccountConfig::fromEnvironment(const QProcessEnvironment &environment, QStringList *warnings)
{
    AccountConfig config;
    if (const QString value = environment.value(u"SENTRY_URL"_s).trimmed(); !value.isEmpty())
        setUrl(config, value, u"SENTRY_URL"_s, warnings);
    const auto take = [&](const QString &variable, QString &field, const QString &name) {
        const QString value = environment.value(variable).trimmed();
        if (value.isEmpty())
            return;
        field = value;
        config.origins.insert(name, variable);
    };
    take(u"SENTRY_ORG"_s, config.org, u"org"_s);
    take(u"SENTRY_PROJECT"_s, config.project, u"project"_s);
    take(u"SENTRY_AUTH_TOKEN"_s, config.token, u"token"_s);
    return config;
}

AccountConfig AccountConfig::fromSentryCliRc(const QString &path, QStringList *warnings)
{
    AccountConfig config;
    QFile file(path);
    if (!file.exists())
        return config;
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text)) {
        if (warnings)
            *warnings << u"%1: cannot be read: %2"_s.arg(path, file.errorString());
        return config;
    }
    QString section;
    int lineNumber = 0;
    while (!file.atEnd()) {
        ++lineNumber;
        const QString line = QString::fromUtf8(file.readLine()).trimmed();
        if (line.isEmpty() || line.startsWith(u'#') || line.startsWith(u';'))
            continue;
        if (line.startsWith(u'[')) {
            if (!line.endsWith(u']')) {
                if (warnings)
                    *warnings << u"%1:%2: unterminated section header"_s.arg(path).arg(lineNumber);
                section.clear();
                continue;
            }
            section = line.mid(1, line.size() - 2).trimmed().toLower();
            continue;
        }
        const qsizetype eq = line.indexOf(u'=');
        if (eq < 0) {
            if (warnings)
                *warnings << u"%1:%2: expected key = value"_s.arg(path).arg(lineNumber);
            continue;
        }
        const QString key = line.left(eq).trimmed().toLower();
        const QString value = unquote(line.mid(eq + 1));
        if (value.isEmpty())
            continue;
        const QString origin = u"%1:%2"_s.arg(path).arg(lineNumber);
        if (section == u"auth"_s && key == u"token"_s) {
            config.token = value;
            config.origins.insert(u"token"_s, path);
        } else if (section == u"defaults"_s && key == u"url"_s) {
            setUrl(config, value, origin, warnings);
        } else if (section == u"defaults"_s && key == u"org"_s) {
            config.org = value;
            config.origins.insert(u"org"_s, origin);
        } else if (section == u"defaults"_s && key == u"project"_s) {
            config.project = value;
            config.origins.insert(u"project"_s, origin);
        }
        // Other sections ([http], [log], ...) are sentry-cli's own business.
    }
    return config;
}

AccountConfig AccountConfig::discover(
    const QProcessEnvironment &environment, const QString &homeDir, const QString &workingDir, QStringList *warnings)
{
    AccountConfig config;
    config.url = defaultUrl();
    config.origins.insert(u"url"_s, u"default"_s);
    const QString homeRc = QDir(homeDir).absoluteFilePath(u".sentryclirc"_s);
    config.overrideWith(fromSentryCliRc(homeRc, warnings));

    // The nearest project-level .sentryclirc, as sentry-cli finds it: the working folder upwards.
    if (!workingDir.isEmpty()) {
        QDir dir(workingDir);
        for (;;) {
            const QString candidate = dir.absoluteFilePath(u".sentryclirc"_s);
            if (QFileInfo(candidate) != QFileInfo(homeRc) && QFileInfo::exists(candidate)) {
                config.overrideWith(fromSentryCliRc(candidate, warnings));
                break;
            }
            if (!dir.cdUp())
                break;
        }
    }
    config.overrideWith(fromEnvironment(environment, warnings));
    return config;
}

} // namespace lookout
