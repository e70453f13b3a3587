#include "FakeSeeder.h"

#include "FakeData.h"

#include <QRandomGenerator>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace lookout::fake {

namespace {

struct Template
{
    QString type;
    QString value; // "%1" is replaced by a number, so issues from one template differ
    QString module;
    QString transaction;
    QString mechanism;
    bool handled;
    QString level;
    QList<FakeFrame> frames;
};

struct Platform
{
    QString slug;
    QString platform;
    QString os;
    QString browser;
    QList<Template> templates;
};

QList<Platform> platforms()
{
    const auto f = [](const QString &file, const QString &function, const QString &module, int line, const QString &code,
                       bool inApp = true) { return FakeFrame {file, function, module, line, inApp, code}; };
    return {
        {u"backend-api"_s, u"python"_s, u"Linux"_s, QString(),
            {
                {u"KeyError"_s, u"'shipping_address_%1'"_s, QString(), u"/api/v2/checkout/"_s, u"django"_s, false, u"error"_s,
                    {f(u"django/core/handlers/base.py"_s, u"_get_response"_s, u"django.core.handlers.base"_s, 197,
                         u"response = wrapped_callback(request, *callback_args, **callback_kwargs)"_s, false),
                        f(u"app/views/checkout.py"_s, u"create_order"_s, u"app.views.checkout"_s, 42,
                            u"address = payload[\"shipping_address\"]"_s)}},
                {u"OperationalError"_s, u"connection to server at \"10.0.3.%1\", port 5432 failed"_s, u"django.db.utils"_s,
                    u"/api/v2/orders/"_s, u"django"_s, false, u"error"_s,
                    {f(u"app/services/orders.py"_s, u"list_orders"_s, u"app.services.orders"_s, 88,
                         u"return list(Order.objects.filter(customer=customer))"_s),
                        f(u"django/db/backends/base/base.py"_s, u"connect"_s, u"django.db.backends.base.base"_s, 270,
                            u"self.connection = self.get_new_connection(conn_params)"_s, false)}},
                {u"TypeError"_s, u"unsupported operand type(s) for -: 'decimal.Decimal' and 'float' (line %1)"_s, QString(),
                    u"/api/v2/invoices/"_s, u"django"_s, false, u"error"_s,
                    {f(u"app/billing/totals.py"_s, u"apply_discount"_s, u"app.billing.totals"_s, 31,
                        u"return total - discount * 0.1"_s)}},
            }},
        {u"web-frontend"_s, u"javascript"_s, u"Windows 10"_s, u"Chrome 120.0"_s,
            {
                {u"TypeError"_s, u"Cannot read properties of undefined (reading 'price%1')"_s, QString(), u"/checkout"_s,
                    u"onerror"_s, false, u"error"_s,
                    {f(u"./node_modules/react-dom/cjs/react-dom.production.min.js"_s, u"Ui"_s, QString(), 160, QString(), false),
                        f(u"./src/features/cart/CartSummary.tsx"_s, u"CartSummary"_s, QString(), 27,
                            u"const total = items.reduce((sum, item) => sum + item.product.price, 0);"_s)}},
                {u"ChunkLoadError"_s, u"Loading chunk %1 failed."_s, QString(), u"/account"_s, u"onunhandledrejection"_s, false,
                    u"error"_s,
                    {f(u"./src/router.tsx"_s, u"lazyRoute"_s, QString(), 12, u"return import(`./pages/${name}`);"_s)}},
                {u"ApiError"_s, u"Request failed with status code 5%1"_s, QString(), u"/account/orders"_s,
                    u"onunhandledrejection"_s, false, u"error"_s,
                    {f(u"./src/api/client.ts"_s, u"request"_s, QString(), 58,
                        u"throw new ApiError(res.status, `Request failed with status code ${res.status}`);"_s)}},
            }},
        {u"orders-service"_s, u"java"_s, u"Linux"_s, QString(),
            {
                {u"NullPointerException"_s, u"Cannot invoke \"Customer.getEmail()\" because \"customer%1\" is null"_s,
                    u"java.lang"_s, u"POST /api/orders"_s, u"HandlerExceptionResolver"_s, false, u"error"_s,
                    {f(u"OrderController.java"_s, u"create"_s, u"com.example.orders.web.OrderController"_s, 64,
                         u"notifier.confirm(order.getCustomer().getEmail(), order);"_s),
                        f(u"Notifier.java"_s, u"confirm"_s, u"com.example.orders.mail.Notifier"_s, 21,
                            u"mail.send(email.trim(), template);"_s)}},
                {u"InsufficientStockException"_s, u"SKU-%1: 0 available, 2 requested"_s, u"com.example.orders.inventory"_s,
                    u"POST /api/orders"_s, u"HandlerExceptionResolver"_s, false, u"warning"_s,
                    {f(u"InventoryClient.java"_s, u"reserve"_s, u"com.example.orders.inventory.InventoryClient"_s, 112,
                        u"throw new InsufficientStockException(sku, available, quantity);"_s)}},
            }},
        {u"ios-app"_s, u"cocoa"_s, u"iOS 17.2"_s, QString(),
            {
                {u"NSRangeException"_s, u"*** -[__NSArrayM objectAtIndex:]: index %1 beyond bounds [0 .. 2]"_s, QString(),
                    u"HomeViewController"_s, u"nsexception"_s, false, u"fatal"_s,
                    {f(u"HomeViewController.swift"_s, u"tableView(_:cellForRowAt:)"_s, u"Shop"_s, 88,
                        u"let item = items[indexPath.row]"_s)}},
                {u"NSURLErrorDomain"_s, u"Code: -100%1"_s, QString(), u"OrdersViewController"_s, u"NSError"_s, true, u"error"_s,
                    {f(u"APIClient.swift"_s, u"send(_:)"_s, u"Shop"_s, 143, u"throw APIError.timeout(endpoint.path)"_s)}},
            }},
        {u"billing-service"_s, u"php"_s, u"Linux"_s, QString(),
            {
                {u"Illuminate\\Database\\Eloquent\\ModelNotFoundException"_s,
                    u"No query results for model [App\\Models\\Invoice] %1"_s, QString(), u"GET /invoices/{id}"_s, u"generic"_s,
                    false, u"error"_s,
                    {f(u"/var/www/app/Http/Controllers/InvoiceController.php"_s,
                        u"App\\Http\\Controllers\\InvoiceController::show"_s, QString(), 37,
                        u"$invoice = Invoice::findOrFail($id);"_s)}},
                {u"Stripe\\Exception\\CardException"_s, u"Your card was declined. (%1)"_s, QString(), u"POST /payments"_s,
                    u"generic"_s, true, u"warning"_s,
                    {f(u"/var/www/app/Services/PaymentService.php"_s, u"App\\Services\\PaymentService::charge"_s, QString(), 58,
                        u"$charge = $this->stripe->charges->create($params);"_s)}},
            }},
    };
}

QString culpritOf(const FakeIssue &issue, const QString &platform)
{
    const FakeFrame &frame = issue.frames.last();
    if (platform == u"python"_s || platform == u"java"_s)
        return frame.module + u" in "_s + frame.function;
    return frame.function + u"("_s + frame.filename + u")"_s;
}

} // namespace

bool SeedOptions::parseKind(const QString &name, Kind *kind)
{
    if (name == u"demo"_s)
        *kind = Kind::Demo;
    else if (name == u"bench"_s)
        *kind = Kind::Bench;
    else if (name == u"empty"_s)
        *kind = Kind::Empty;
    else
        return false;
    return true;
}

void FakeSeeder::seed(FakeData &data, const SeedOptions &options)
{
    data.users = {
        {u"1"_s, u"Jane Doe"_s, u"jane@example.com"_s, u"jane"_s},
        {u"2"_s, u"Sam Lee"_s, u"sam@example.com"_s, u"sam"_s},
        {u"3"_s, u"Ana Silva"_s, u"ana@example.com"_s, u"ana"_s},
    };
    data.teams = {{u"1"_s, u"backend"_s, u"Backend"_s}, {u"2"_s, u"mobile"_s, u"Mobile"_s}};
    if (options.kind == SeedOptions::Kind::Empty)
        return;

    QRandomGenerator rng(options.seed);
    const bool bench = options.kind == SeedOptions::Kind::Bench;
    const int issueCount = options.issues >= 0 ? options.issues : (bench ? 1000 : 30);
    const int eventsPerIssue = options.eventsPerIssue >= 0 ? options.eventsPerIssue : (bench ? 1 : 3);
    const QDateTime anchor = options.anchor.toUTC();
    const QDateTime start = anchor.addDays(-14);
    const QList<Platform> all = platforms();

    // Three releases per project, 13, 7 and 2 days before the anchor.
    QHash<qint64, QList<const FakeRelease *>> projectReleases;
    for (const Platform &p : all) {
        const qint64 projectId = data.addProject(p.slug, p.platform).id;
        const QStringList versions {u"1.4.0"_s, u"1.5.0"_s, u"1.6.0"_s};
        const int ages[] = {13, 7, 2};
        for (qsizetype v = 0; v < versions.size(); ++v)
            data.addRelease(p.slug + u'@' + versions[v], {projectId}, anchor.addDays(-ages[v]));
    }
    for (const FakeRelease &r : std::as_const(data.releases))
        projectReleases[r.projectIds.first()].append(&r);
    const auto releaseAt = [&](qint64 projectId, const QDateTime &time) {
        QString version;
        for (const FakeRelease *r : projectReleases.value(projectId)) {
            if (r->dateCreated <= time)
                version = r->version;
        }
        return version.isEmpty() ? projectReleases.value(projectId).first()->version : version;
    };

    for (int i = 0; i < issueCount; ++i) {
        const Platform &p = all[i % all.size()];
        const Template &t = p.templates[(i / all.size()) % p.templates.size()];
        FakeIssue issue;
        issue.exceptionType = t.type;
        issue.exceptionValue = t.value.arg(i);
        issue.exceptionModule = t.module;
        issue.mechanism = t.mechanism;
        issue.handled = t.handled;
        issue.level = t.level;
        issue.frames = t.frames;
        issue.title = t.type.section(u'\\', -1) + u": "_s + issue.exceptionValue;
        issue.culprit = t.transaction.isEmpty() ? culpritOf(issue, p.platform) : t.transaction;
        issue.priority = t.level == u"fatal"_s ? u"high"_s : (t.level == u"warning"_s ? u"low"_s : u"medium"_s);
        FakeIssue &added = data.addIssue(p.slug, issue);

        const qint64 span = start.secsTo(anchor);
        const QDateTime first = start.addSecs(qint64(rng.bounded(quint64(span - 3600))));
        const qint64 rest = std::max<qint64>(1, first.secsTo(anchor));
        for (int e = 0; e < eventsPerIssue; ++e) {
            FakeEvent event;
            event.issueId = added.id;
            event.dateCreated = e == 0 ? first : first.addSecs(qint64(rng.bounded(quint64(rest))));
            event.environment = rng.bounded(5) == 0 ? u"staging"_s : u"production"_s;
            event.release = releaseAt(added.projectId, event.dateCreated);
            const int user = int(rng.bounded(500));
            event.userId = QString::number(1000 + user);
            event.userEmail = u"user%1@example.com"_s.arg(user);
            event.browser = p.browser;
            event.os = p.os;
            event.transaction = t.transaction;
            event.variant = e;
            event.eventId = FakeData::makeEventId((quint64(options.seed) << 40) ^ (quint64(i) << 16) ^ quint64(e));
            data.addEvent(event);
        }
        // Sentry keeps counting events after it stops storing them: totals exceed what is served.
        FakeIssue *stored = data.issue(QString::number(added.id));
        stored->count += bench ? 0 : qint64(rng.bounded(200));
        stored->userCount = std::max(stored->userCount, int(stored->count / 3));
        stored->hasSeen = rng.bounded(3) == 0;
        const quint32 state = rng.bounded(20);
        if (state < 3) {
            stored->status = u"resolved"_s;
            stored->substatus.clear();
        } else if (state < 5) {
            stored->status = u"ignored"_s;
            stored->substatus = u"archived_forever"_s;
        } else if (state < 10) {
            stored->substatus = u"ongoing"_s;
        }
        if (state % 4 == 1)
            stored->assignedTo = u"user:"_s + data.users[state % data.users.size()].id;
        stored->isBookmarked = state == 7;
    }

    // Hourly sessions of the 14 days, production only, for the release current at each hour.
    for (const FakeProject &project : data.projects()) {
        for (QDateTime hour = start; hour < anchor; hour = hour.addSecs(3600)) {
            FakeSessionBucket bucket;
            bucket.start = hour;
            bucket.projectId = project.id;
            bucket.release = releaseAt(project.id, hour);
            bucket.environment = u"production"_s;
            bucket.healthy = 150 + int(rng.bounded(100));
            bucket.errored = int(rng.bounded(8));
            bucket.crashed = int(rng.bounded(3));
            bucket.abnormal = rng.bounded(10) == 0 ? 1 : 0;
            bucket.users = bucket.total() / 3;
            data.sessions.append(bucket);
        }
    }
    for (FakeRelease &release : data.releases) {
        for (const FakeIssue &i : data.issues()) {
            if (i.firstRelease == release.version)
                ++release.newGroups;
        }
    }
}

} // namespace lookout::fake
