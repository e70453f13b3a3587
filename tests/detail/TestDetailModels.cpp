#include "ContextsModel.h"
#include "DetailText.h"
#include "IssueMarkdown.h"
#include "JsonFormatter.h"
#include "RequestModel.h"
#include "TagDistributionModel.h"
#include "UserModel.h"
#include "ingest/EventJsonParser.h"
#include "store/Store.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

#include <sqlite3.h>

using namespace lookout;
using namespace Qt::StringLiterals;

namespace {

QByteArray eventJson(int n, const QString &browser, const QString &release, const QString &user)
{
    const QJsonObject frame {
        {u"function"_s, u"handler"_s}, {u"filename"_s, u"app/h.py"_s}, {u"lineno"_s, 3}, {u"in_app"_s, true}};
    QJsonObject event {{u"event_id"_s, u"%1"_s.arg(n, 32, 16, QLatin1Char('0'))}, {u"timestamp"_s, 1700000000 + n},
        {u"platform"_s, u"python"_s}, {u"release"_s, release},
        {u"exception"_s,
            QJsonObject {{u"values"_s,
                QJsonArray {QJsonObject {{u"type"_s, u"KeyError"_s}, {u"value"_s, u"'x'"_s},
                    {u"stacktrace"_s, QJsonObject {{u"frames"_s, QJsonArray {frame}}}}}}}}}};
    if (!browser.isNull())
        event.insert(u"tags"_s, QJsonObject {{u"browser"_s, browser}});
    if (!user.isEmpty())
        event.insert(u"user"_s, QJsonObject {{u"email"_s, user}});
    return QJsonDocument(event).toJson(QJsonDocument::Compact);
}

} // namespace

class TestDetailModels : public QObject
{
    Q_OBJECT
private:
    static Event fixture() { return test::loadEvent(u"detail/python-html-breadcrumbs.json"_s); }

private Q_SLOTS:
    void contextsInSentrysOrder()
    {
        ContextsModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setEvent(fixture());
        QCOMPARE(test::keyValueText(model),
            u"Operating System\n  name: Linux\n  version: 6.8\n"
            "Runtime\n  name: CPython\n  version: 3.12.7\n"
            "Browser\n  name: Firefox\n  version: 132.0\n"
            "Trace\n  op: http.server\n  span_id: 0123456789abcdef\n  trace_id: 0123456789abcdef0123456789abcdef\n"
            "Culture\n  locale: de-DE\n  timezone: Europe/Berlin\n"
            "zebra\n  flavour: <img src=x>\n  nested: 1 key\n    depth: 2\n"
            "SDK\n  Name: sentry.python.django\n  Version: 2.19.0\n  Integrations: django, redis\n"
            "  Package: pypi:sentry-sdk 2.19.0\n"
            "Additional Data\n  cart_id: 43463"_s);
        QVERIFY(model.index(0, 0).data(KeyValueTreeModel::IsSectionRole).toBool());
        model.clear();
        QVERIFY(model.isEmpty());
    }

    void requestMasksCredentials()
    {
        RequestModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setEvent(fixture());
        const QString text = test::keyValueText(model);
        QCOMPARE(text,
            u"Method: POST\nURL: https://shop.example.com/checkout/\nQuery: coupon=<script>\nFragment: pay\n"
            "Headers\n  Authorization: [masked]\n  Cookie: [masked]\n  set-cookie: [masked]\n"
            "  Proxy-Authorization: [masked]\n  X-Request-Id: r-42\n  User-Agent: Mozilla/5.0 <test>\n"
            "Cookies: [masked]\n"
            "Body\n  coupon: <script>alert(1)</script>\n  items: 1 item\n    0: 2 keys\n      qty: 2\n      sku: 12-0441\n"
            "Environment\n  REMOTE_ADDR: 203.0.113.7"_s);
        // Nothing of a secret is in the model, under any role.
        for (const QString &secret : {u"secret-token-123"_s, u"sessionid=abc"_s, u"csrftoken=def"_s, u"Zm9vOmJhcg=="_s})
            QVERIFY2(!text.contains(secret), qPrintable(secret));
        const QModelIndex headers = model.index(4, 0);
        const QModelIndex authorization = model.index(0, KeyValueTreeModel::ValueColumn, headers);
        QVERIFY(authorization.data(KeyValueTreeModel::IsMaskedRole).toBool());
        QVERIFY(!authorization.data(Qt::ToolTipRole).toString().contains(u"secret"_s));
        QVERIFY(RequestModel::isSecretHeader(u" COOKIE "_s));
        QVERIFY(!RequestModel::isSecretHeader(u"X-Cookie-Hint"_s));
    }

    void user()
    {
        UserModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setEvent(fixture());
        QCOMPARE(test::keyValueText(model),
            u"ID: 42\nEmail: ada@example.com\nUsername: ada<b>\nIP Address: 203.0.113.7\n"
            "Location\n  city: Berlin\n  country_code: DE\nData\n  plan: pro"_s);
        model.setEvent(Event {});
        QCOMPARE(model.rowCount(), 0);
    }

    void tagDistributionOverCachedEvents()
    {
        Store store;
        QVERIFY(store.open(u":memory:"_s));
        const qint64 project = store.ensureProject(u"shop"_s);
        const QList<std::tuple<QString, QString, QString>> rows {{u"Firefox"_s, u"1.0"_s, u"a@x"_s},
            {u"Firefox"_s, u"1.0"_s, u"b@x"_s}, {u"Chrome"_s, u"1.1"_s, u"a@x"_s}, {QString(), u"1.1"_s, QString()}};
        QVERIFY(store.begin());
        for (int i = 0; i < rows.size(); ++i) {
            const auto &[browser, release, user] = rows.at(i);
            const QByteArray json = eventJson(i + 1, browser, release, user);
            QString error;
            const std::optional<Event> event = EventJsonParser::parse(json, &error);
            QVERIFY2(event, qPrintable(error));
            QCOMPARE(store.insertEvent(project, *event, json), Store::InsertResult::Inserted);
        }
        QVERIFY(store.commit());
        const qint64 issue = store.issues({}, 0, 1).constFirst().id;

        const Store::TagDistribution distribution = store.tagDistribution(issue);
        QCOMPARE(distribution.sampledEvents, 4);
        QStringList keys;
        for (const Store::TagCounts &tag : distribution.tags)
            keys << tag.key;
        QCOMPARE(keys, QStringList({u"browser"_s, u"release"_s, u"user"_s}));
        QCOMPARE(distribution.tags.at(0).eventsWithTag, 3);
        QCOMPARE(distribution.tags.at(0).values.at(0).value, u"Firefox"_s);
        QCOMPARE(distribution.tags.at(0).values.at(0).count, 2);
        QCOMPARE(distribution.tags.at(2).values.at(0).value, u"email:a@x"_s);
        QCOMPARE(store.tagDistribution(issue, 2).sampledEvents, 2); // the newest two only

        TagDistributionModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setDistribution(distribution);
        QCOMPARE(model.rowCount(), 3);
        const QModelIndex browser = model.index(0, 0);
        QCOMPARE(browser.data().toString(), u"browser"_s);
        QCOMPARE(browser.siblingAtColumn(TagDistributionModel::ShareColumn).data().toString(), u"Firefox  67%"_s);
        QCOMPARE(model.rowCount(browser), 2);
        QCOMPARE(model.index(1, TagDistributionModel::ShareColumn, browser).data().toString(), u"33%"_s);
        QCOMPARE(model.index(1, 0, browser).data(TagDistributionModel::FractionRole).toDouble(), 1.0 / 3.0);
        QVERIFY(model.index(0, 0, browser).data(TagDistributionModel::IsTagRole) == false);
    }

    void manyValuesEndInOther()
    {
        Store::TagDistribution distribution;
        distribution.sampledEvents = 15;
        Store::TagCounts tag {u"url"_s, 15, {}};
        for (int i = 0; i < 15; ++i)
            tag.values.append({u"/page/%1"_s.arg(i), 1});
        distribution.tags.append(tag);
        TagDistributionModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setDistribution(distribution);
        const QModelIndex url = model.index(0, 0);
        QCOMPARE(model.rowCount(url), TagDistributionModel::topValues + 1);
        const QModelIndex other = model.index(TagDistributionModel::topValues, 0, url);
        QVERIFY(other.data(TagDistributionModel::IsOtherRole).toBool());
        QCOMPARE(other.data().toString(), u"Other (5 values)"_s);
        QCOMPARE(other.siblingAtColumn(TagDistributionModel::CountColumn).data().toLongLong(), 5);
    }

    void eventNavigationReads()
    {
        Store store;
        QVERIFY(store.open(u":memory:"_s));
        const qint64 project = store.ensureProject(u"shop"_s);
        for (int i = 1; i <= 3; ++i)
            test::addEvent(store, project, u"%1"_s.arg(i, 32, 10, QLatin1Char('0')), 1700000000 + i, u"KeyError"_s);
        const qint64 issue = store.issues({}, 0, 1).constFirst().id;
        const QString first = u"%1"_s.arg(1, 32, 10, QLatin1Char('0'));
        const QString second = u"%1"_s.arg(2, 32, 10, QLatin1Char('0'));
        const QString third = u"%1"_s.arg(3, 32, 10, QLatin1Char('0'));
        QCOMPARE(store.oldestEvent(issue)->eventId, first);
        QCOMPARE(store.latestEvent(issue)->eventId, third);
        QCOMPARE(store.adjacentEvent(issue, second, true)->eventId, third);
        QCOMPARE(store.adjacentEvent(issue, second, false)->eventId, first);
        QVERIFY(!store.adjacentEvent(issue, third, true));
        QVERIFY(!store.adjacentEvent(issue, first, false));
        QCOMPARE(store.cachedEventCount(issue), 3);
        QCOMPARE(store.eventPosition(issue, third), 1);
        QCOMPARE(store.eventPosition(issue, first), 3);
        QCOMPARE(store.eventPosition(issue + 1, first), 0);
        QCOMPARE(store.issueWebUrl(issue), QString()); // a local issue has no page on Sentry
    }

    void syncedIssueHasItsSentryUrl()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"cache.sqlite"_s);
        qint64 issue = 0;
        {
            Store store;
            QVERIFY(store.open(path));
            const qint64 project = store.ensureProject(u"shop"_s);
            test::addEvent(store, project, u"%1"_s.arg(1, 32, 10, QLatin1Char('0')), 1700000000, u"KeyError"_s);
            issue = store.issues({}, 0, 1).constFirst().id;
        }
        sqlite3 *db = nullptr;
        QCOMPARE(sqlite3_open(path.toUtf8().constData(), &db), SQLITE_OK);
        const QByteArray sql = "INSERT INTO sync_accounts (id, url, org) VALUES (1, 'https://sentry.example.com/', 'acme co');"
                               "UPDATE issues SET account_id = 1, sentry_id = '4711' WHERE id = "
            + QByteArray::number(issue);
        const int rc = sqlite3_exec(db, sql.constData(), nullptr, nullptr, nullptr);
        sqlite3_close(db);
        if (rc != SQLITE_OK)
            QSKIP("this cache has no sync tables");
        Store store;
        QVERIFY(store.open(path));
        QCOMPARE(store.issueWebUrl(issue), u"https://sentry.example.com/organizations/acme%20co/issues/4711/"_s);
    }

    void rawJsonKeepsOrderAndNumbers()
    {
        const QByteArray json
            = "{\"z\":1,\"a\":[],\"n\":12345678901234567890,\"s\":\"x, y: {\\\"q\\\"} [ ]\",\"o\":{\"k\":[1,{}]}}";
        QCOMPARE(JsonFormatter::indent(json, 2),
            u"{\n  \"z\": 1,\n  \"a\": [],\n  \"n\": 12345678901234567890,\n  \"s\": \"x, y: {\\\"q\\\"} [ ]\",\n"
            "  \"o\": {\n    \"k\": [\n      1,\n      {}\n    ]\n  }\n}"_s);
        QCOMPARE(JsonFormatter::indent("{ \"a\" :\n 1 }"), u"{\n    \"a\": 1\n}"_s); // its own layout replaced
    }

    void markdownForChatsAndTickets()
    {
        const Event event = fixture();
        IssueSummary issue;
        issue.shortId = u"SHOP-1A"_s;
        issue.title = event.title();
        issue.culprit = u"app.views in checkout"_s;
        issue.level = Level::Error;
        issue.timesSeen = 12;
        issue.userCount = 3;
        issue.lastSeen = QDateTime::fromSecsSinceEpoch(1700000000, QTimeZone::UTC);
        QCOMPARE(IssueMarkdown::render(issue, event, u"https://sentry.example.com/organizations/acme/issues/4711/"_s),
            u"**SHOP-1A** [CheckoutError: \\<a href=\"file:///etc/passwd\"\\>price missing\\</a\\>]"
            "(https://sentry.example.com/organizations/acme/issues/4711/)\n"
            "`app.views in checkout`\n"
            "error · 12 events · 3 users · last seen 2023-11-14 22:13 UTC · release shop@1.2.3 · staging\n"
            "Event `5c4a1d0b9e2f4c7a8b3d6e1f2a3b4c5d`\n"
            "\n```\ncart_total (app/cart.py:8)\ncheckout (app/views.py:40)\n```\n"_s);
        QVERIFY(IssueMarkdown::render(issue, event, {}).startsWith(u"**SHOP-1A** CheckoutError: \\<a"_s));
        QCOMPARE(IssueMarkdown::escape(u"a_b*c[d]"_s), u"a\\_b\\*c\\[d\\]"_s);
    }
};

QTEST_MAIN(TestDetailModels)
#include "TestDetailModels.moc"
