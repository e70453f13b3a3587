#include "api/SentryIssueLink.h"
#include "store/Store.h"
#include "store/SyncStore.h"

#include <QTemporaryDir>
#include <QTest>

using namespace lookout;
using namespace Qt::StringLiterals;

class TestSentryIssueLink : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void parses_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("org");
        QTest::addColumn<QString>("issue");
        QTest::addColumn<QString>("event");
        QTest::addColumn<QString>("server");

        QTest::newRow("org host") << u"https://acme.sentry.io/issues/4509876543/"_s << u"acme"_s << u"4509876543"_s << QString()
                                  << u"https://sentry.io"_s;
        QTest::newRow("no trailing slash") << u"https://acme.sentry.io/issues/42"_s << u"acme"_s << u"42"_s << QString()
                                           << u"https://sentry.io"_s;
        QTest::newRow("query and fragment")
            << u"https://acme.sentry.io/issues/42/?project=1&query=is%3Aunresolved&referrer=slack#details"_s << u"acme"_s
            << u"42"_s << QString() << u"https://sentry.io"_s;
        QTest::newRow("event") << u"https://acme.sentry.io/issues/42/events/9FA6B1C2D3E4F5061728394A5B6C7D8E/?project=1"_s
                               << u"acme"_s << u"42"_s << u"9fa6b1c2d3e4f5061728394a5b6c7d8e"_s << u"https://sentry.io"_s;
        QTest::newRow("event with dashes") << u"https://acme.sentry.io/issues/42/events/9fa6b1c2-d3e4-f506-1728-394a5b6c7d8e/"_s
                                           << u"acme"_s << u"42"_s << u"9fa6b1c2d3e4f5061728394a5b6c7d8e"_s
                                           << u"https://sentry.io"_s;
        QTest::newRow("latest event is no event id") << u"https://acme.sentry.io/issues/42/events/latest/"_s << u"acme"_s
                                                     << u"42"_s << QString() << u"https://sentry.io"_s;
        QTest::newRow("detail tab") << u"https://acme.sentry.io/issues/42/tags/"_s << u"acme"_s << u"42"_s << QString()
                                    << u"https://sentry.io"_s;
        QTest::newRow("sentry.io organizations") << u"https://sentry.io/organizations/acme/issues/42/?project=3"_s << u"acme"_s
                                                 << u"42"_s << QString() << u"https://sentry.io"_s;
        QTest::newRow("self-hosted") << u"https://sentry.example.com/organizations/acme/issues/77/"_s << u"acme"_s << u"77"_s
                                     << QString() << u"https://sentry.example.com"_s;
        QTest::newRow("self-hosted with port and prefix")
            << u"http://intranet.example:9000/sentry/organizations/my-org_2/issues/77/events/0123456789abcdef0123456789abcdef/"_s
            << u"my-org_2"_s << u"77"_s << u"0123456789abcdef0123456789abcdef"_s << u"http://intranet.example:9000/sentry"_s;
        QTest::newRow("spaces around") << u"  https://acme.sentry.io/issues/42/\n"_s << u"acme"_s << u"42"_s << QString()
                                       << u"https://sentry.io"_s;
    }

    void parses()
    {
        QFETCH(QString, text);
        QString error;
        const std::optional<SentryIssueLink> link = SentryIssueLink::parse(text, &error);
        QVERIFY2(link, qPrintable(error));
        QTEST(link->org, "org");
        QTEST(link->issueId, "issue");
        QTEST(link->eventId, "event");
        QTEST(link->server.toString(), "server");
    }

    void refuses_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("why"); // a word the error must contain

        QTest::newRow("empty") << QString() << u"web address"_s;
        QTest::newRow("words") << u"hello world"_s << u"web address"_s;
        QTest::newRow("ftp") << u"ftp://acme.sentry.io/issues/42/"_s << u"http"_s;
        QTest::newRow("not an issue page") << u"https://acme.sentry.io/projects/"_s << u"not a link to a Sentry issue"_s;
        QTest::newRow("another site") << u"https://example.com/issues/42/"_s << u"not a link to a Sentry issue"_s;
        QTest::newRow("no id") << u"https://acme.sentry.io/issues/"_s << u"names no issue"_s;
        QTest::newRow("short id") << u"https://acme.sentry.io/issues/BACKEND-3/"_s << u"not a Sentry issue id"_s;
        QTest::newRow("huge id") << u"https://acme.sentry.io/issues/123456789012345678901234/"_s << u"not a Sentry issue id"_s;
        QTest::newRow("bad org") << u"https://sentry.io/organizations/%20x/issues/4/"_s << u"no Sentry organisation"_s;
    }

    void refuses()
    {
        QFETCH(QString, text);
        QFETCH(QString, why);
        QString error;
        QVERIFY(!SentryIssueLink::parse(text, &error));
        QVERIFY2(error.contains(why), qPrintable(error));
    }

    void matchesAccountsOnTheSameServer()
    {
        const auto saas = SentryIssueLink::parse(u"https://acme.sentry.io/issues/1/"_s);
        QVERIFY(saas);
        QVERIFY(saas->sameServer(QUrl(u"https://sentry.io"_s)));
        QVERIFY(saas->sameServer(QUrl(u"https://us.sentry.io/"_s)));
        QVERIFY(!saas->sameServer(QUrl(u"https://sentry.example.com"_s)));
        const auto hosted = SentryIssueLink::parse(u"https://sentry.example.com/organizations/acme/issues/1/"_s);
        QVERIFY(hosted);
        QVERIFY(hosted->sameServer(QUrl(u"https://sentry.example.com/"_s)));
        QVERIFY(hosted->sameServer(QUrl(u"https://SENTRY.example.com:443"_s)));
        QVERIFY(!hosted->sameServer(QUrl(u"https://sentry.example.com:8443"_s)));
        QVERIFY(!hosted->sameServer(QUrl(u"https://sentry.io"_s)));
    }

    void resolvesToTheCachedIssue()
    {
        QTemporaryDir dir;
        Store store;
        QVERIFY(store.open(dir.filePath(u"links.sqlite"_s)));
        SyncStore sync(store);
        const qint64 acme = sync.ensureAccount(u"https://sentry.io"_s, u"acme"_s);
        const qint64 other = sync.ensureAccount(u"https://sentry.io"_s, u"other"_s);
        const qint64 project = sync.ensureProject(acme, u"7"_s, u"api"_s, u"API"_s, u"python"_s);
        const qint64 otherProject = sync.ensureProject(other, u"8"_s, u"web"_s, u"Web"_s, u"javascript"_s);
        SyncedIssue issue;
        issue.sentryId = u"4242"_s;
        issue.shortId = u"API-1"_s;
        issue.title = u"ValueError"_s;
        issue.level = u"error"_s;
        issue.status = u"unresolved"_s;
        issue.projectSentryId = u"7"_s;
        issue.projectSlug = u"api"_s;
        issue.firstSeen = issue.lastSeen = QDateTime::fromSecsSinceEpoch(1700000000);
        QVERIFY(sync.begin());
        const auto stored = sync.upsertIssue(acme, project, issue);
        issue.sentryId = u"5555"_s;
        issue.projectSentryId = u"8"_s;
        QVERIFY(sync.upsertIssue(other, otherProject, issue));
        QVERIFY(sync.commit());
        QVERIFY(stored);

        auto target = SentryIssueLink::parse(u"https://acme.sentry.io/issues/4242/"_s)->resolve(store);
        QCOMPARE(target.accountId, acme);
        QCOMPARE(target.issueId, stored->issueId);
        // The same number in another organisation is another issue.
        target = SentryIssueLink::parse(u"https://other.sentry.io/issues/4242/"_s)->resolve(store);
        QCOMPARE(target.accountId, other);
        QCOMPARE(target.issueId, 0);
        target = SentryIssueLink::parse(u"https://nobody.sentry.io/issues/4242/"_s)->resolve(store);
        QCOMPARE(target.accountId, 0);
        // Same org name on a self-hosted server: not the sentry.io account.
        target = SentryIssueLink::parse(u"https://sentry.example.com/organizations/acme/issues/4242/"_s)->resolve(store);
        QCOMPARE(target.accountId, 0);
        QCOMPARE(target.issueId, 0);
    }
};

QTEST_GUILESS_MAIN(TestSentryIssueLink)
#include "TestSentryIssueLink.moc"
