#include "api/AccountConfig.h"

#include <QDir>
#include <QFile>
#include <QProcessEnvironment>
#include <QTemporaryDir>
#include <QTest>

using namespace lookout;
using namespace Qt::StringLiterals;

namespace {

void writeFile(const QString &path, const QByteArray &content)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(content);
}

QProcessEnvironment environment(const QList<std::pair<QString, QString>> &values)
{
    QProcessEnvironment env;
    for (const auto &[key, value] : values)
        env.insert(key, value);
    return env;
}

} // namespace

class TestAccountConfig : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void readsSentryCliRc()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u".sentryclirc"_s);
        writeFile(path,
            "# sentry-cli settings\n"
            "[auth]\n"
            "token = sntrys_abc123\n"
            "\n"
            "[defaults]\n"
            "url = https://sentry.example.com/\n"
            "org=acme\n"
            "project = \"backend\"\n"
            "[http]\n"
            "keepalive = false\n");
        QStringList warnings;
        const AccountConfig config = AccountConfig::fromSentryCliRc(path, &warnings);
        QVERIFY2(warnings.isEmpty(), qPrintable(warnings.join(u'\n')));
        QCOMPARE(config.token, u"sntrys_abc123"_s);
        QCOMPARE(config.url, QUrl(u"https://sentry.example.com"_s));
        QCOMPARE(config.org, u"acme"_s);
        QCOMPARE(config.project, u"backend"_s);
        QCOMPARE(config.origins.value(u"token"_s), path);
        QVERIFY(config.isComplete());
    }

    void missingFileIsEmptyAndQuiet()
    {
        QTemporaryDir dir;
        QStringList warnings;
        const AccountConfig config = AccountConfig::fromSentryCliRc(dir.filePath(u"nope"_s), &warnings);
        QVERIFY(warnings.isEmpty());
        QVERIFY(config.token.isEmpty());
        QVERIFY(!config.url.isValid());
    }

    void badLinesAndUrlsAreReported()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u".sentryclirc"_s);
        writeFile(path, "[defaults\njunk line\n[defaults]\nurl = ftp://example.com\norg = acme\n");
        QStringList warnings;
        const AccountConfig config = AccountConfig::fromSentryCliRc(path, &warnings);
        QCOMPARE(warnings.size(), 3);
        QVERIFY(warnings[0].contains(u":1:"_s));
        QVERIFY(warnings[1].contains(u":2:"_s));
        QVERIFY(warnings[2].contains(u"ftp://example.com"_s));
        QCOMPARE(config.org, u"acme"_s);
        QVERIFY(!config.url.isValid());
    }

    void readsEnvironment()
    {
        const AccountConfig config = AccountConfig::fromEnvironment(environment({{u"SENTRY_AUTH_TOKEN"_s, u"tok"_s},
            {u"SENTRY_URL"_s, u"https://de.sentry.io/api/0/"_s}, {u"SENTRY_ORG"_s, u"acme"_s}, {u"SENTRY_PROJECT"_s, u"web"_s}}));
        QCOMPARE(config.token, u"tok"_s);
        QCOMPARE(config.url, QUrl(u"https://de.sentry.io"_s));
        QCOMPARE(config.org, u"acme"_s);
        QCOMPARE(config.project, u"web"_s);
        QCOMPARE(config.origins.value(u"org"_s), u"SENTRY_ORG"_s);
    }

    // sentry-cli's order: ~/.sentryclirc < the nearest project .sentryclirc < environment.
    void discoverMergesInSentryCliOrder()
    {
        QTemporaryDir dir;
        const QString home = dir.filePath(u"home"_s);
        const QString project = dir.filePath(u"work/project"_s);
        const QString sub = project + u"/src/deep"_s;
        QVERIFY(QDir().mkpath(home));
        QVERIFY(QDir().mkpath(sub));
        writeFile(home + u"/.sentryclirc"_s, "[auth]\ntoken = home-token\n[defaults]\norg = home-org\nproject = home-project\n");
        writeFile(project + u"/.sentryclirc"_s, "[defaults]\norg = project-org\nurl = https://sentry.internal:9000/sentry\n");

        AccountConfig config = AccountConfig::discover(QProcessEnvironment(), home, sub);
        QCOMPARE(config.token, u"home-token"_s);
        QCOMPARE(config.org, u"project-org"_s);
        QCOMPARE(config.project, u"home-project"_s);
        QCOMPARE(config.url, QUrl(u"https://sentry.internal:9000/sentry"_s));
        QCOMPARE(config.origins.value(u"org"_s), project + u"/.sentryclirc:2"_s);

        config = AccountConfig::discover(
            environment({{u"SENTRY_ORG"_s, u"env-org"_s}, {u"SENTRY_AUTH_TOKEN"_s, u"env-token"_s}}), home, sub);
        QCOMPARE(config.org, u"env-org"_s);
        QCOMPARE(config.token, u"env-token"_s);
        QCOMPARE(config.origins.value(u"token"_s), u"SENTRY_AUTH_TOKEN"_s);
        QCOMPARE(config.url, QUrl(u"https://sentry.internal:9000/sentry"_s));
    }

    void defaultsToSentryIo()
    {
        QTemporaryDir dir;
        const AccountConfig config = AccountConfig::discover(QProcessEnvironment(), dir.path(), dir.path());
        QCOMPARE(config.url, QUrl(u"https://sentry.io"_s));
        QVERIFY(!config.isComplete());
        QVERIFY(config.missing().contains(u"auth token"_s));
        QVERIFY(config.missing().contains(u"organisation"_s));
    }

    void urls()
    {
        QString error;
        QCOMPARE(AccountConfig::parseUrl(u" https://sentry.io/ "_s, &error), QUrl(u"https://sentry.io"_s));
        QCOMPARE(AccountConfig::parseUrl(u"http://127.0.0.1:9000/api/0/"_s, &error), QUrl(u"http://127.0.0.1:9000"_s));
        QVERIFY(!AccountConfig::parseUrl(u"sentry.io"_s, &error).isValid());
        QVERIFY(error.contains(u"sentry.io"_s));
        QVERIFY(!AccountConfig::parseUrl(u"https://user:secret@sentry.io"_s, &error).isValid());
        QVERIFY(!error.contains(u"secret"_s));
        QCOMPARE(AccountConfig::regionUrl(u"DE"_s), QUrl(u"https://de.sentry.io"_s));
    }

    void regionsStayOnTheAccountsSite_data()
    {
        QTest::addColumn<QString>("account");
        QTest::addColumn<QString>("region");
        QTest::addColumn<bool>("trusted");
        QTest::newRow("sentry.io region") << u"https://sentry.io"_s << u"https://us.sentry.io"_s << true;
        QTest::newRow("org subdomain to region") << u"https://acme.sentry.io"_s << u"https://de.sentry.io"_s << true;
        QTest::newRow("self-hosted, itself") << u"https://sentry.example.com"_s << u"https://sentry.example.com"_s << true;
        QTest::newRow("below the account's host")
            << u"https://sentry.example.com"_s << u"https://eu.sentry.example.com"_s << true;
        QTest::newRow("same host, other port") << u"http://127.0.0.1:9000"_s << u"http://127.0.0.1:9001"_s << true;
        QTest::newRow("sibling host") << u"https://sentry.example.com"_s << u"https://evil.example.com"_s << false;
        QTest::newRow("another site") << u"https://sentry.io"_s << u"https://sentry.io.evil.com"_s << false;
        QTest::newRow("suffix, not a subdomain") << u"https://sentry.io"_s << u"https://notsentry.io"_s << false;
        QTest::newRow("https to http") << u"https://sentry.io"_s << u"http://us.sentry.io"_s << false;
        QTest::newRow("not a URL") << u"https://sentry.io"_s << QString() << false;
    }
    void regionsStayOnTheAccountsSite()
    {
        QFETCH(QString, account);
        QFETCH(QString, region);
        QFETCH(bool, trusted);
        QCOMPARE(AccountConfig::isTrustedRegion(QUrl(account), QUrl(region)), trusted);
    }

    void describeNeverShowsTheToken()
    {
        AccountConfig config;
        config.url = QUrl(u"https://sentry.io"_s);
        config.org = u"acme"_s;
        config.token = u"sntryu_secret_value"_s;
        config.origins.insert(u"token"_s, u"SENTRY_AUTH_TOKEN"_s);
        const QString text = config.describe();
        QVERIFY(!text.contains(config.token));
        QVERIFY(text.contains(u"SENTRY_AUTH_TOKEN"_s));
        QVERIFY(text.contains(u"acme"_s));
    }
};

QTEST_GUILESS_MAIN(TestAccountConfig)
#include "TestAccountConfig.moc"
