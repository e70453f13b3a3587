#include "DetailText.h"
#include "RawStackTrace.h"
#include "StackTraceModel.h"
#include "source/SourceMapping.h"
#include "store/EventPayload.h"

#include <QAbstractItemModelTester>
#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace lookout;
using namespace Qt::StringLiterals;
using Kind = StackTraceModel::RowKind;

namespace {

Event eventFrom(const QByteArray &json)
{
    QString error;
    const std::optional<Event> event = parseEventPayload(json, &error);
    if (!event)
        qFatal("bad test event: %s", qPrintable(error));
    return *event;
}

// Two chained Python exceptions: the cause (KeyError) first, as Sentry stores them.
const QByteArray chained = R"json({"event_id": "0123456789abcdef0123456789abcdef", "timestamp": 1700000000, "platform": "python",
  "exception": {"values": [
    {"type": "KeyError", "value": "'price'", "mechanism": {"type": "chained", "source": "__cause__"},
     "stacktrace": {"frames": [
       {"filename": "app/pricing.py", "abs_path": "/srv/app/app/pricing.py", "function": "price_of", "lineno": 12,
        "context_line": "    return line['price']", "in_app": true}]}},
    {"type": "CheckoutError", "value": "no price", "module": "app.errors",
     "mechanism": {"type": "django", "handled": false},
     "stacktrace": {"frames": [
       {"filename": "django/core/handlers/base.py", "function": "_get_response", "lineno": 197, "in_app": false},
       {"filename": "django/views/csrf.py", "function": "_view_wrapper", "lineno": 65, "in_app": false},
       {"filename": "app/views.py", "abs_path": "/srv/app/app/views.py", "function": "checkout", "lineno": 40, "colno": 8,
        "pre_context": ["@login_required", "def checkout(request):"], "context_line": "    total = cart_total(request.cart)",
        "post_context": ["    return total"], "in_app": true,
        "vars": {"request": "<WSGIRequest>", "cart": {"lines": [1, 2], "owner": null}}},
       {"filename": "app/cart.py", "abs_path": "/srv/app/app/cart.py", "function": "cart_total", "lineno": 8, "in_app": true},
       {"filename": "app/errors.py", "function": "wrap", "lineno": 3, "in_app": false}]}}]}})json";

QModelIndex child(const QAbstractItemModel &model, const QModelIndex &parent, int row)
{
    return model.index(row, 0, parent);
}

Kind kindAt(const QModelIndex &index)
{
    return Kind(index.data(StackTraceModel::RowKindRole).toInt());
}

} // namespace

class TestStackTraceModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void outermostExceptionFirstWithBadges()
    {
        StackTraceModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setEvent(eventFrom(chained));
        QCOMPARE(model.rowCount(), 2);
        const QModelIndex outer = model.index(0, 0);
        QCOMPARE(outer.data().toString(), u"CheckoutError: no price"_s);
        QCOMPARE(outer.data(StackTraceModel::MechanismRole).toString(), u"django"_s);
        QCOMPARE(outer.data(StackTraceModel::HandledRole), QVariant(false));
        QCOMPARE(outer.data(StackTraceModel::FrameCountRole).toInt(), 5);
        const QModelIndex cause = model.index(1, 0);
        QCOMPARE(cause.data(StackTraceModel::ExceptionTypeRole).toString(), u"KeyError"_s);
        QVERIFY(!cause.data(StackTraceModel::HandledRole).isValid()); // the SDK did not say

        model.setNewestFirst(false);
        QCOMPARE(model.index(0, 0).data(StackTraceModel::ExceptionTypeRole).toString(), u"KeyError"_s);
    }

    void inAppOnlyFoldsSystemFrames()
    {
        StackTraceModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setEvent(eventFrom(chained));
        const QModelIndex outer = model.index(0, 0);
        // Newest first: wrap (system), cart_total, checkout, then two system frames folded.
        QCOMPARE(model.rowCount(outer), 4);
        QCOMPARE(kindAt(child(model, outer, 0)), Kind::SystemFrames);
        QCOMPARE(child(model, outer, 0).data().toString(), u"1 system frame"_s);
        QCOMPARE(child(model, outer, 1).data().toString(), u"cart_total"_s);
        QCOMPARE(child(model, outer, 2).data().toString(), u"checkout"_s);
        const QModelIndex group = child(model, outer, 3);
        QCOMPARE(group.data().toString(), u"2 system frames"_s);
        QCOMPARE(model.rowCount(group), 2);
        QCOMPARE(child(model, group, 0).data().toString(), u"_view_wrapper"_s);

        model.setInAppOnly(false);
        QCOMPARE(model.rowCount(model.index(0, 0)), 5);
        QCOMPARE(child(model, model.index(0, 0), 0).data().toString(), u"wrap"_s);
        model.setNewestFirst(false); // the cause first now, each stack from its oldest call
        QCOMPARE(child(model, model.index(1, 0), 0).data().toString(), u"_get_response"_s);
    }

    void frameColumnsAndChildren()
    {
        StackTraceModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setEvent(eventFrom(chained));
        const QModelIndex checkout = child(model, model.index(0, 0), 2);
        QCOMPARE(checkout.siblingAtColumn(StackTraceModel::LocationColumn).data().toString(), u"app/views.py"_s);
        QCOMPARE(checkout.siblingAtColumn(StackTraceModel::LineColumn).data().toString(), u"40:8"_s);
        QVERIFY(checkout.data(StackTraceModel::InAppRole).toBool());
        QCOMPARE(model.rowCount(checkout), 2);

        const QModelIndex source = child(model, checkout, 0);
        QCOMPARE(kindAt(source), Kind::Source);
        QCOMPARE(source.data(StackTraceModel::SourceLinesRole).toStringList(),
            QStringList({u"@login_required"_s, u"def checkout(request):"_s, u"    total = cart_total(request.cart)"_s,
                u"    return total"_s}));
        QCOMPARE(source.data(StackTraceModel::SourceFirstLineRole).toInt(), 38);
        QCOMPARE(source.data(StackTraceModel::SourceErrorIndexRole).toInt(), 2);
        QCOMPARE(source.data(StackTraceModel::FileNameRole).toString(), u"/srv/app/app/views.py"_s);
        QCOMPARE(source.data(StackTraceModel::PlatformRole).toString(), u"python"_s);
        QVERIFY(!source.data(StackTraceModel::SourceIsLocalRole).toBool());

        const QModelIndex vars = child(model, checkout, 1);
        QCOMPARE(kindAt(vars), Kind::Variables);
        QCOMPARE(model.rowCount(vars), 2);
        const QModelIndex cart = child(model, vars, 0);
        QCOMPARE(cart.data().toString(), u"cart"_s);
        QCOMPARE(cart.siblingAtColumn(StackTraceModel::LocationColumn).data().toString(),
            QStringLiteral(R"({"lines":[1,2],"owner":null})"));
        QCOMPARE(model.rowCount(cart), 2);
        const QModelIndex lines = child(model, cart, 0);
        QCOMPARE(model.rowCount(lines), 2);
        QCOMPARE(child(model, lines, 1).data().toString(), u"[1]"_s);
        QCOMPARE(child(model, lines, 1).siblingAtColumn(StackTraceModel::LocationColumn).data().toString(), u"2"_s);
        QCOMPARE(child(model, cart, 1).siblingAtColumn(StackTraceModel::LocationColumn).data().toString(), u"null"_s);

        // A frame without context or variables has nothing to expand.
        QCOMPARE(model.rowCount(child(model, model.index(0, 0), 1)), 0);
    }

    void crashingFrameIsTheInnermostInAppOne()
    {
        StackTraceModel model;
        model.setEvent(eventFrom(chained));
        QCOMPARE(model.crashingFrame().data().toString(), u"cart_total"_s);
        model.setNewestFirst(false);
        QCOMPARE(model.crashingFrame().data().toString(), u"price_of"_s); // the cause is shown first now
    }

    void keysSurviveToggles()
    {
        StackTraceModel model;
        model.setEvent(eventFrom(chained));
        const QModelIndex wrapper = child(model, child(model, model.index(0, 0), 3), 0);
        const QString key = wrapper.data(StackTraceModel::RowKeyRole).toString();
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        model.setInAppOnly(false);
        model.setNewestFirst(false);
        QCOMPARE(resets.size(), 2);
        const QModelIndex again = model.indexForKey(key);
        QVERIFY(again.isValid());
        QCOMPARE(again.data().toString(), u"_view_wrapper"_s);
        QCOMPARE(again.parent(), model.index(1, 0)); // not folded any more, in the second section
        QVERIFY(model.frameAt(again));
        QCOMPARE(model.frameAt(again)->lineno.value_or(0), 65);
    }

    void threadsCrashedFirstAfterTheException()
    {
        const Event event = eventFrom(R"json({"event_id": "0123456789abcdef0123456789abcdef", "timestamp": 1, "platform": "cocoa",
          "exception": {"values": [{"type": "EXC_BAD_ACCESS", "value": "KERN_INVALID_ADDRESS", "thread_id": 2,
            "mechanism": {"type": "mach", "handled": false}}]},
          "threads": {"values": [
            {"id": 0, "name": "main", "current": false, "stacktrace": {"frames": [{"function": "main", "package": "/usr/lib/dyld"}]}},
            {"id": 1, "name": "worker"},
            {"id": 2, "crashed": true, "stacktrace": {"frames": [
               {"function": "start", "package": "/usr/lib/system/libdyld.dylib", "instruction_addr": "0x1000"},
               {"function": "-[Cache image]", "package": "/var/containers/Shop.app/Shop", "filename": "Cache.m", "lineno": 9,
                "instruction_addr": "0x2010", "symbol_addr": "0x2000", "in_app": true}],
              "registers": {"pc": "0x2010", "sp": "0x16f"}}}]}})json");
        StackTraceModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setEvent(event);
        QCOMPARE(model.rowCount(), 3); // the exception, then threads with frames: crashed 2, then 0
        QCOMPARE(model.index(0, 0).data(StackTraceModel::SectionKindRole).toString(), u"exception"_s);
        QCOMPARE(model.index(1, 0).data().toString(), u"Thread 2"_s);
        QVERIFY(model.index(1, 0).data(StackTraceModel::CrashedRole).toBool());
        QCOMPARE(model.index(2, 0).data().toString(), u"Thread 0 \"main\""_s);
        const QModelIndex crashed = model.index(1, 0);
        QCOMPARE(child(model, crashed, 0).siblingAtColumn(StackTraceModel::PackageColumn).data().toString(), u"Shop"_s);
        const QModelIndex registers = child(model, crashed, 2);
        QCOMPARE(kindAt(registers), Kind::Registers);
        QCOMPARE(model.rowCount(registers), 2);
        // The exception has no frames, so the crashed thread's innermost in-app frame raised.
        QCOMPARE(model.crashingFrame().data().toString(), u"-[Cache image]"_s);
    }

    void rawTextInEachPlatformsFormat_data()
    {
        QTest::addColumn<QString>("platform");
        QTest::addColumn<QString>("expected");
        QTest::newRow("python") << u"python"_s
                                << u"Traceback (most recent call last):\n"
                                   "  File \"/srv/app/app/pricing.py\", line 12, in price_of\n"
                                   "    return line['price']\n"
                                   "KeyError: 'price'\n\n"
                                   "The above exception was the direct cause of the following exception:\n\n"
                                   "Traceback (most recent call last):\n"
                                   "  File \"django/core/handlers/base.py\", line 197, in _get_response\n"
                                   "  File \"django/views/csrf.py\", line 65, in _view_wrapper\n"
                                   "  File \"/srv/app/app/views.py\", line 40, in checkout\n"
                                   "    total = cart_total(request.cart)\n"
                                   "  File \"/srv/app/app/cart.py\", line 8, in cart_total\n"
                                   "  File \"app/errors.py\", line 3, in wrap\n"
                                   "app.errors.CheckoutError: no price"_s;
        QTest::newRow("javascript") << u"javascript"_s
                                    << u"CheckoutError: no price\n"
                                       "    at wrap (app/errors.py:3)\n"
                                       "    at cart_total (/srv/app/app/cart.py:8)\n"
                                       "    at checkout (/srv/app/app/views.py:40:8)\n"
                                       "    at _view_wrapper (django/views/csrf.py:65)\n"
                                       "    at _get_response (django/core/handlers/base.py:197)\n"
                                       "Caused by: KeyError: 'price'\n"
                                       "    at price_of (/srv/app/app/pricing.py:12)"_s;
        QTest::newRow("java") << u"java"_s
                              << u"app.errors.CheckoutError: no price\n"
                                 "\tat wrap(app/errors.py:3)\n"
                                 "\tat cart_total(app/cart.py:8)\n"
                                 "\tat checkout(app/views.py:40)\n"
                                 "\tat _view_wrapper(django/views/csrf.py:65)\n"
                                 "\tat _get_response(django/core/handlers/base.py:197)\n"
                                 "Caused by: KeyError: 'price'\n"
                                 "\tat price_of(app/pricing.py:12)"_s;
        QTest::newRow("ruby") << u"ruby"_s
                              << u"app/errors.py:3:in `wrap': no price (CheckoutError)\n"
                                 "\tfrom /srv/app/app/cart.py:8:in `cart_total'\n"
                                 "\tfrom /srv/app/app/views.py:40:in `checkout'\n"
                                 "\tfrom django/views/csrf.py:65:in `_view_wrapper'\n"
                                 "\tfrom django/core/handlers/base.py:197:in `_get_response'\n\n"
                                 "/srv/app/app/pricing.py:12:in `price_of': 'price' (KeyError)"_s;
        QTest::newRow("php") << u"php"_s
                             << u"KeyError: 'price' in /srv/app/app/pricing.py:12\n"
                                "Stack trace:\n"
                                "#0 /srv/app/app/pricing.py(12): price_of()\n"
                                "#1 {main}\n\n"
                                "Next CheckoutError: no price in app/errors.py:3\n"
                                "Stack trace:\n"
                                "#0 app/errors.py(3): wrap()\n"
                                "#1 /srv/app/app/cart.py(8): cart_total()\n"
                                "#2 /srv/app/app/views.py(40): checkout()\n"
                                "#3 django/views/csrf.py(65): _view_wrapper()\n"
                                "#4 django/core/handlers/base.py(197): _get_response()\n"
                                "#5 {main}"_s;
        QTest::newRow("csharp") << u"csharp"_s
                                << u"CheckoutError: no price\n"
                                   " ---> KeyError: 'price'\n"
                                   "   at price_of in /srv/app/app/pricing.py:line 12\n"
                                   "   --- End of inner exception stack trace ---\n"
                                   "   at wrap in app/errors.py:line 3\n"
                                   "   at cart_total in /srv/app/app/cart.py:line 8\n"
                                   "   at checkout in /srv/app/app/views.py:line 40\n"
                                   "   at _view_wrapper in django/views/csrf.py:line 65\n"
                                   "   at _get_response in django/core/handlers/base.py:line 197"_s;
        QTest::newRow("go") << u"go"_s
                            << u"CheckoutError: no price\n\n"
                               "wrap(...)\n\tapp/errors.py:3\n"
                               "cart_total(...)\n\t/srv/app/app/cart.py:8\n"
                               "checkout(...)\n\t/srv/app/app/views.py:40\n"
                               "_view_wrapper(...)\n\tdjango/views/csrf.py:65\n"
                               "_get_response(...)\n\tdjango/core/handlers/base.py:197\n\n"
                               "Caused by: KeyError: 'price'\n\n"
                               "price_of(...)\n\t/srv/app/app/pricing.py:12"_s;
    }

    void rawTextInEachPlatformsFormat()
    {
        QFETCH(QString, platform);
        QFETCH(QString, expected);
        Event event = eventFrom(chained);
        event.platform = platform;
        StackTraceModel model;
        model.setEvent(event);
        QCOMPARE(model.toRawText(), expected);
    }

    void rawNativeBacktraceWithOffsets()
    {
        const Event event
            = eventFrom(R"json({"event_id": "0123456789abcdef0123456789abcdef", "timestamp": 1, "platform": "native",
          "exception": {"values": [{"type": "SIGSEGV", "value": "Segfault", "stacktrace": {"frames": [
            {"function": "main", "package": "/system/bin/app_process", "instruction_addr": "0x1100", "symbol_addr": "0x1000"},
            {"instruction_addr": "0xe625e154"},
            {"function": "crash", "package": "C:\\app\\libcrash.so", "instruction_addr": "0x20", "symbol_addr": "0x10",
             "filename": "crash.c", "lineno": 7}]}}]}})json");
        QCOMPARE(RawStackTrace::render(event),
            u"SIGSEGV: Segfault\n"
            "0   libcrash.so                      0x20 crash + 16 (crash.c:7)\n"
            "1   ???                              0xe625e154\n"
            "2   app_process                      0x1100 main + 256"_s);
    }

    void localSourceForFramesWithoutContext()
    {
        QTemporaryDir checkout;
        QVERIFY(checkout.isValid());
        QDir(checkout.path()).mkpath(u"app"_s);
        QFile file(checkout.filePath(u"app/cart.py"_s));
        QVERIFY(file.open(QIODevice::WriteOnly));
        for (int line = 1; line <= 30; ++line)
            file.write("line " + QByteArray::number(line) + '\n');
        file.close();
        SourceMapping mapping;
        mapping.setMappings(u"shop"_s, {{u"/srv/app/"_s, checkout.path()}});

        StackTraceModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setSourceMapping(&mapping, u"shop"_s);
        model.setEvent(eventFrom(chained));
        const QModelIndex cartTotal = child(model, model.index(0, 0), 1);
        QCOMPARE(cartTotal.data().toString(), u"cart_total"_s);
        QCOMPARE(model.rowCount(cartTotal), 1); // mapped: a source row even without context lines
        const QModelIndex source = child(model, cartTotal, 0);
        QVERIFY(source.data(StackTraceModel::SourceIsLocalRole).toBool());
        QCOMPARE(source.data(StackTraceModel::SourceFirstLineRole).toInt(), 3);
        QCOMPARE(source.data(StackTraceModel::SourceLinesRole).toStringList().size(), 11);
        QCOMPARE(source.data(StackTraceModel::SourceLinesRole)
                     .toStringList()
                     .at(source.data(StackTraceModel::SourceErrorIndexRole).toInt()),
            u"line 8"_s);
        QVERIFY(source.data(StackTraceModel::SourceNoteRole).toString().contains(u"may differ from the deployed code"_s));
        QVERIFY(model.localFile(cartTotal).ok());

        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QVERIFY(model.showMoreContext(cartTotal, 10));
        QCOMPARE(changed.size(), 1);
        QCOMPARE(source.data(StackTraceModel::SourceFirstLineRole).toInt(), 1);
        QCOMPARE(source.data(StackTraceModel::SourceLinesRole).toStringList().size(), 23);

        // Frames the mapping does not cover get no source row; a covered file that is missing says why.
        const QModelIndex wrap = child(model, child(model, model.index(0, 0), 0), 0);
        QCOMPARE(wrap.data().toString(), u"wrap"_s);
        QCOMPARE(model.rowCount(wrap), 0);
        QVERIFY(!model.showMoreContext(wrap));
    }

    void missingLocalFileIsExplained()
    {
        QTemporaryDir checkout;
        SourceMapping mapping;
        mapping.setMappings(u"shop"_s, {{u"/srv/app/"_s, checkout.path()}});
        StackTraceModel model;
        model.setSourceMapping(&mapping, u"shop"_s);
        model.setEvent(eventFrom(chained));
        const QModelIndex source = child(model, child(model, model.index(0, 0), 1), 0);
        QCOMPARE(kindAt(source), Kind::Source);
        QVERIFY(source.data(StackTraceModel::SourceLinesRole).toStringList().isEmpty());
        QCOMPARE(source.data(StackTraceModel::SourceNoteRole).toString(),
            u"No source context: the file is not in the local checkout."_s);
    }

    void emptyEvent()
    {
        StackTraceModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setEvent(eventFrom(R"json({"event_id": "0123456789abcdef0123456789abcdef", "timestamp": 1, "message": "hi"})json"));
        QCOMPARE(model.rowCount(), 0);
        QVERIFY(!model.crashingFrame().isValid());
        QCOMPARE(model.toRawText(), QString());
        model.clear();
        QCOMPARE(model.rowCount(), 0);
    }
};

QTEST_MAIN(TestStackTraceModel)
#include "TestStackTraceModel.moc"
