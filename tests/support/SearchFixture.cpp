#include "SearchFixture.h"

#include "ingest/EventJsonParser.h"
#include "store/Store.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <sqlite3.h>

namespace lookout::test {

namespace {

struct Spec
{
    const char *type;
    const char *value;
    const char *platform;
    const char *level;
    const char *release; // nullptr: none
    const char *environment;
    const char *function;
    const char *user;
    const char *breadcrumb;
    const char *browser;
    int users; // distinct users its events rotate through
};

void add(Store &store, qint64 project, int n, const Spec &spec, qint64 secondsAgo, const QDateTime &now)
{
    const QJsonObject frame {{QStringLiteral("function"), QString::fromLatin1(spec.function)},
        {QStringLiteral("module"), QStringLiteral("app.views")}, {QStringLiteral("filename"), QStringLiteral("app/views.py")},
        {QStringLiteral("lineno"), 10}, {QStringLiteral("in_app"), true}};
    const QJsonObject exception {{QStringLiteral("type"), QString::fromLatin1(spec.type)},
        {QStringLiteral("value"), QString::fromLatin1(spec.value)},
        {QStringLiteral("stacktrace"), QJsonObject {{QStringLiteral("frames"), QJsonArray {frame}}}}};
    QJsonObject event {{QStringLiteral("event_id"), QStringLiteral("%1").arg(n, 32, 16, QLatin1Char('0'))},
        {QStringLiteral("timestamp"), double(now.toSecsSinceEpoch() - secondsAgo)},
        {QStringLiteral("platform"), QString::fromLatin1(spec.platform)},
        {QStringLiteral("level"), QString::fromLatin1(spec.level)},
        {QStringLiteral("exception"), QJsonObject {{QStringLiteral("values"), QJsonArray {exception}}}}};
    if (spec.release)
        event.insert(QStringLiteral("release"), QString::fromLatin1(spec.release));
    if (spec.environment)
        event.insert(QStringLiteral("environment"), QString::fromLatin1(spec.environment));
    if (spec.user)
        event.insert(QStringLiteral("user"),
            QJsonObject {
                {QStringLiteral("id"), QStringLiteral("%1-%2").arg(QString::fromLatin1(spec.user)).arg(n % spec.users)}});
    if (spec.breadcrumb)
        event.insert(QStringLiteral("breadcrumbs"),
            QJsonArray {QJsonObject {{QStringLiteral("message"), QString::fromLatin1(spec.breadcrumb)}}});
    if (spec.browser)
        event.insert(QStringLiteral("tags"), QJsonObject {{QStringLiteral("browser"), QString::fromLatin1(spec.browser)}});
    const QByteArray line = QJsonDocument(event).toJson(QJsonDocument::Compact);
    QString error;
    const std::optional<Event> parsed = EventJsonParser::parse(line, &error);
    QVERIFY2(parsed, qPrintable(error));
    QCOMPARE(store.insertEvent(project, *parsed, line), Store::InsertResult::Inserted);
}

void exec(Store &store, const char *sql)
{
    char *message = nullptr;
    const int rc = sqlite3_exec(store.syncHandle(), sql, nullptr, nullptr, &message);
    QVERIFY2(rc == SQLITE_OK, message);
}

} // namespace

void seedSearchStore(Store &store, const QDateTime &now)
{
    const qint64 shop = store.ensureProject(QStringLiteral("shop"));
    const qint64 web = store.ensureProject(QStringLiteral("web"));
    const Spec alpha {
        "Alpha", "null pointer in cart", "python", "error", "shop@2.0", "production", "add_to_cart", "u", nullptr, "Chrome", 2};
    const Spec bravo {
        "Bravo", "query took 5s", "python", "warning", "shop@1.0", "staging", "run_query", nullptr, nullptr, nullptr, 1};
    const Spec charlie {"Charlie", "undefined is not a function", "javascript", "error", nullptr, "production", "checkout_view",
        nullptr, "clicked checkout button", nullptr, 1};
    const Spec delta {"Delta", "out of memory", "python", "fatal", "web@3.1", "canary", "allocate", "d", nullptr, nullptr, 1};
    const Spec echo {"Echo", "cache miss", "python", "info", nullptr, nullptr, "lookup", nullptr, nullptr, nullptr, 1};
    QVERIFY(store.begin());
    int n = 1;
    for (const qint64 hours : {3, 2, 1}) // 2 users
        add(store, shop, n++, alpha, hours * 3600, now);
    add(store, shop, n++, bravo, 3 * 86400, now);
    add(store, web, n++, charlie, 10 * 86400, now);
    add(store, web, n++, delta, 5 * 86400, now);
    for (const qint64 minutes : {240, 180, 120, 30})
        add(store, web, n++, delta, minutes * 60, now);
    for (int i = 0; i < 20; ++i) // two a day for ten days, the last 26 h ago
        add(store, shop, n++, echo, 26 * 3600 + i * 12 * 3600, now);
    QVERIFY(store.commit());
    exec(store,
        "UPDATE issues SET assignee = 'jane@example.com', is_bookmarked = 1 WHERE title LIKE 'Alpha%';"
        "UPDATE issues SET status = 'resolved', has_seen = 1 WHERE title LIKE 'Bravo%';"
        "UPDATE issues SET status = 'ignored', assignee = '#frontend' WHERE title LIKE 'Charlie%';"
        "UPDATE issues SET substatus = 'regressed', assignee = 'me@example.com' WHERE title LIKE 'Delta%';");
}

} // namespace lookout::test
