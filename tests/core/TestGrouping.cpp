#include "GroupingCorpus.h"
#include "TestData.h"
#include "grouping/Enhancements.h"
#include "grouping/FingerprintRules.h"
#include "grouping/FunctionNames.h"
#include "grouping/Grouper.h"
#include "grouping/GroupingCaches.h"
#include "ingest/EventJsonParser.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QRegularExpression>
#include <QTest>

using namespace lookout;
using namespace lookout::test;

namespace {

// Cases from Sentry's own grouping tests (tests/data/grouping/SOURCES.md) that we do not match yet,
// with the reason. QEXPECT_FAIL makes the test fail both when another case regresses and when one
// of these starts to pass (XPASS): then remove it from the table.
const QMap<QString, QString> kExpectedFailures {};

struct ExpectedVariant
{
    std::optional<QString> hash;
};

// Reads a .pysnap: variant dumps ("name:" then "  hash: ...") or, for metadata snapshots, the
// "contributing variants:" section, which lists only the variants that produced a hash.
bool parsePysnap(const QString &text, QMap<QString, ExpectedVariant> *variants, bool *contributingOnly)
{
    static const QRegularExpression variantLine(QStringLiteral("^([a-z_]+):$"));
    static const QRegularExpression contributingLine(QStringLiteral("^  ([a-z_]+)\\*?$"));
    static const QRegularExpression hashLine(QStringLiteral("^ +hash: (null|\"([0-9a-f]{32})\")$"));
    *contributingOnly = text.contains(QStringLiteral("\ncontributing variants:\n"));
    bool inContributing = false;
    QString current;
    for (const QString &line : text.split(QLatin1Char('\n'))) {
        if (*contributingOnly) {
            if (line == u"contributing variants:") {
                inContributing = true;
                continue;
            }
            if (!inContributing)
                continue;
            if (const auto m = contributingLine.match(line); m.hasMatch()) {
                current = m.captured(1);
                continue;
            }
        } else if (const auto m = variantLine.match(line); m.hasMatch()) {
            current = m.captured(1);
            continue;
        }
        if (const auto m = hashLine.match(line); m.hasMatch() && !current.isEmpty() && !variants->contains(current)) {
            ExpectedVariant v;
            if (m.captured(1) != u"null")
                v.hash = m.captured(2);
            variants->insert(current, v);
        }
    }
    return !variants->isEmpty();
}

Event parseEvent(QJsonObject json)
{
    json.insert(QStringLiteral("event_id"), QStringLiteral("0123456789abcdef0123456789abcdef"));
    json.insert(QStringLiteral("timestamp"), 1700000000.0);
    QString error;
    const std::optional<Event> event = EventJsonParser::parse(json, &error);
    if (!event)
        qFatal("test event does not parse: %s", qPrintable(error));
    return *event;
}

// The events of Sentry's tests/sentry/grouping/test_builtin_fingerprinting.py.
QJsonObject chunkLoadErrorEvent()
{
    return QJsonDocument::fromJson(R"({
        "fingerprint": ["my-route", "{{ default }}"],
        "exception": {"values": [{
            "stacktrace": {"frames": [{"function": "main", "abs_path": "foo/bar.tsx", "module": "foo.bar",
                                       "filename": "bar.tsx", "lineno": 13, "in_app": false}]},
            "type": "ChunkLoadError",
            "value": "ChunkLoadError: something something..."}]},
        "platform": "javascript",
        "sdk": {"name": "sentry.javascript.nextjs", "version": "1.2.3"}})")
        .object();
}

QJsonObject hydrationErrorEvent()
{
    return QJsonDocument::fromJson(R"({
        "fingerprint": ["my-route", "{{ default }}"],
        "message": "Text content does not match server-rendered HTML.",
        "platform": "javascript",
        "sdk": {"name": "sentry.javascript.nextjs", "version": "1.2.3"},
        "tags": {"transaction": "/"}})")
        .object();
}

QString describe(const QMap<QString, ExpectedVariant> &variants)
{
    QStringList parts;
    for (auto it = variants.cbegin(); it != variants.cend(); ++it)
        parts << it.key() + QLatin1Char('=') + it.value().hash.value_or(QStringLiteral("null"));
    return parts.join(QStringLiteral(", "));
}

} // namespace

class TestGrouping : public QObject
{
    Q_OBJECT
private:
    int m_total = 0;
    int m_matched = 0;

private Q_SLOTS:
    void sentryCases_data()
    {
        QTest::addColumn<QString>("name");
        const QDir dir(test::dataPath(QStringLiteral("grouping/cases")));
        const QStringList inputs = dir.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
        QVERIFY(inputs.size() >= 40);
        for (const QString &input : inputs) {
            const QString name = input.chopped(5);
            QTest::newRow(qPrintable(name)) << name;
        }
    }

    void sentryCases()
    {
        QFETCH(QString, name);
        const QString base = test::dataPath(QStringLiteral("grouping/cases/")) + name;
        QFile input(base + QStringLiteral(".json"));
        QFile snapshot(base + QStringLiteral(".pysnap"));
        QVERIFY(input.open(QIODevice::ReadOnly));
        QVERIFY(snapshot.open(QIODevice::ReadOnly));

        QJsonObject json = QJsonDocument::fromJson(input.readAll()).object();
        QVERIFY(!json.isEmpty());
        // The inputs are bare grouping inputs: the parser wants an id and a time.
        json.insert(QStringLiteral("event_id"), QStringLiteral("0123456789abcdef0123456789abcdef"));
        json.insert(QStringLiteral("timestamp"), 1700000000.0);
        QString error;
        const std::optional<Event> event = EventJsonParser::parse(json, &error);
        QVERIFY2(event, qPrintable(error));

        QMap<QString, ExpectedVariant> expected;
        bool contributingOnly = false;
        QVERIFY(parsePysnap(QString::fromUtf8(snapshot.readAll()), &expected, &contributingOnly));

        const GroupingResult result = group(*event, GroupingConfig::fromTestInput(json));
        QMap<QString, ExpectedVariant> actual;
        for (const GroupingVariant &variant : result.variants) {
            if (!contributingOnly || variant.hash)
                actual.insert(variant.name, ExpectedVariant {variant.hash});
        }
        const bool same = describe(actual) == describe(expected);
        ++m_total;
        if (same)
            ++m_matched;
        if (!same)
            qInfo().noquote() << "\n"
                              << name << "\nexpected:" << describe(expected) << "\nactual:  " << describe(actual) << "\n"
                              << formatGroupingResult(result);
        if (kExpectedFailures.contains(name))
            QEXPECT_FAIL("", qPrintable(kExpectedFailures.value(name)), Continue);
        QCOMPARE(describe(actual), describe(expected));
    }

    // What one stack-trace rule matches, as Sentry's enhancer (ophio + globset) would.
    void enhancementMatchers_data()
    {
        QTest::addColumn<QString>("rule");
        QTest::addColumn<QString>("family");
        QTest::addColumn<QString>("function");
        QTest::addColumn<QString>("package");
        QTest::addColumn<QString>("absPath");
        QTest::addColumn<QString>("filename");
        QTest::addColumn<bool>("matches");
        const QString js = QStringLiteral("javascript");
        const QString native = QStringLiteral("native");
        const QString none;
        const QString testJs = QStringLiteral("path:**/test.js +app");
        // path: Sentry matches abs_path, or the filename only when there is no abs_path.
        QTest::newRow("path: abs_path") << testJs << js << none << none << QStringLiteral("http://example.com/foo/test.js")
                                        << QStringLiteral("/foo/test.js") << true;
        QTest::newRow("path: neither") << testJs << js << none << none << QStringLiteral("http://example.com/foo/bar.js")
                                       << QStringLiteral("/foo/bar.js") << false;
        QTest::newRow("path: filename not tried beside abs_path")
            << testJs << js << none << none << QStringLiteral("http://example.com/foo/bar.js") << QStringLiteral("/foo/test.js")
            << false;
        QTest::newRow("path: filename when no abs_path")
            << testJs << js << none << none << none << QStringLiteral("/foo/test.js") << true;
        QTest::newRow("path: other filename") << testJs << js << none << none << none << QStringLiteral("/foo/bar.js") << false;
        QTest::newRow("path: case") << testJs << js << none << none << QStringLiteral("http://example.com/foo/TEST.js") << none
                                    << true;
        QTest::newRow("path: backslashes") << testJs << js << none << none << none << QStringLiteral("C:\\src\\Test.js") << true;
        QTest::newRow("path: relative value tried as rooted") << QStringLiteral("path:/usr/local/lib/** +app") << native << none
                                                              << none << QStringLiteral("usr/local/lib/libz.so") << none << true;
        QTest::newRow("path: x/**/y takes no directory") << QStringLiteral("path:src/**/main.c +app") << native << none << none
                                                         << QStringLiteral("src/main.c") << none << true;
        QTest::newRow("path: * stops at /") << QStringLiteral("path:src/*.c +app") << native << none << none
                                            << QStringLiteral("src/a/main.c") << none << false;
        QTest::newRow("path: url with **") << QStringLiteral("path:**https://unpkg.com/** +app") << js << none << none
                                           << QStringLiteral("https://unpkg.com/react@18/index.js") << none << true;
        // package: the same path rules, from ophio's own tests.
        const QString var = QStringLiteral("family:native package:/var/**/Frameworks/** +app");
        QTest::newRow("package: nested") << var << native << none
                                         << QStringLiteral("/var/containers/MyApp/Frameworks/libsomething") << none << none
                                         << true;
        QTest::newRow("package: other root")
            << var << native << none << QStringLiteral("/var2/containers/MyApp/Frameworks/libsomething") << none << none << false;
        QTest::newRow("package: windows drive") << QStringLiteral("family:native package:?:/Windows/** +app") << native << none
                                                << QStringLiteral("D:\\Windows\\System32\\kernel32.dll") << none << none << true;
        QTest::newRow("package: ** inside a name is two *")
            << QStringLiteral("family:native package:**.app/Contents/** +app") << native << none
            << QStringLiteral("/Applications/MyStuff.app/Contents/MacOS/MyStuff") << none << none << false;
        QTest::newRow("package: **/ before a name")
            << QStringLiteral("family:native package:**/*.app/Contents/** +app") << native << none
            << QStringLiteral("/Applications/MyStuff.app/Contents/MacOS/MyStuff") << none << none << true;
        QTest::newRow("package: wrong family")
            << var << js << none << QStringLiteral("/var/containers/MyApp/Frameworks/lib") << none << none << false;
        // function: case matters, * crosses everything, escapes and classes as in globset.
        QTest::newRow("function: prefix") << QStringLiteral("family:native function:std::* +app") << native
                                          << QStringLiteral("std::vector<T>::at") << none << none << none << true;
        QTest::newRow("function: case") << QStringLiteral("family:native function:std::* +app") << native
                                        << QStringLiteral("STD::terminate") << none << none << none << false;
        QTest::newRow("function: escaped braces") << QStringLiteral("family:native function:\"*::\\\\{dtor\\\\}\" +app") << native
                                                  << QStringLiteral("Foo::{dtor}") << none << none << none << true;
        QTest::newRow("function: class") << QStringLiteral("family:native function:\"?[[]Sentry*\" +app") << native
                                         << QStringLiteral("-[SentryClient capture]") << none << none << none << true;
        QTest::newRow("function: alternatives") << QStringLiteral("function:{run,call}Task +app") << native
                                                << QStringLiteral("callTask") << none << none << none << true;
        QTest::newRow("function: missing reads <unknown>")
            << QStringLiteral("function:<unknown> +app") << native << none << none << none << none << true;
    }

    void enhancementMatchers()
    {
        QFETCH(QString, rule);
        QFETCH(QString, family);
        QFETCH(QString, function);
        QFETCH(QString, package);
        QFETCH(QString, absPath);
        QFETCH(QString, filename);
        QFETCH(bool, matches);
        QString error;
        const Enhancements rules = Enhancements::parse(rule, false, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(rules.size(), 1);
        RuleFrame frame;
        frame.family = family;
        frame.function = function.isEmpty() ? QStringLiteral("<unknown>") : function;
        frame.package = package;
        frame.absPath = absPath;
        frame.filename = filename;
        frame.prepare();
        QList<RuleFrame> frames {frame};
        rules.applyModifications(frames);
        QCOMPARE(frames.constFirst().inApp.value_or(false), matches);
    }

    void globShortcuts()
    {
        for (const GlobCase &c : globShortcutCases()) {
            const RuleGlob glob = RuleGlob::compile(QString::fromUtf16(c.pattern), c.pathLike);
            QVERIFY2(glob.matchesText(QString::fromUtf16(c.value)) == c.matches,
                qPrintable(QString::fromUtf16(c.pattern) + QStringLiteral(" | ") + QString::fromUtf16(c.value)));
        }
    }

    void enhancementExceptionMatchers()
    {
        const Enhancements rules = Enhancements::parse(QStringLiteral("error.type:ValueError function:handle +app\n"
                                                                      "mechanism:promise* !value:\"*timeout*\" -group\n"
                                                                      "function:outer | [ function:handle ] category=wrapper\n"),
            false);
        QCOMPARE(rules.size(), 3);
        const auto frames = [] {
            QList<RuleFrame> list;
            for (const QString &function : {QStringLiteral("outer"), QStringLiteral("handle")}) {
                RuleFrame frame;
                frame.family = QStringLiteral("other");
                frame.function = function;
                frame.prepare();
                list << frame;
            }
            return list;
        };
        QList<RuleFrame> valueError = frames();
        rules.applyModifications(valueError, RuleException {QStringLiteral("ValueError"), QStringLiteral("x"), QString()});
        QVERIFY(!valueError.at(0).inApp);
        QCOMPARE(valueError.at(1).inApp, std::optional<bool>(true));
        QCOMPARE(valueError.at(1).inAppRule, QStringLiteral("custom stacktrace rule (type:ValueError function:handle +app)"));
        QCOMPARE(valueError.at(0).category, QStringLiteral("wrapper")); // the callee matcher
        QList<RuleFrame> typeError = frames();
        rules.applyModifications(typeError, RuleException {QStringLiteral("TypeError"), QString(), QString()});
        QVERIFY(!typeError.at(1).inApp);

        // Grouping rules see the exception too; a missing value reads "<unknown>".
        const auto contributing = [&rules, &frames](const RuleException &exception) {
            QList<GroupingComponent> components(2, GroupingComponent::leaf(QStringLiteral("frame"), QStringLiteral("x")));
            rules.applyGrouping(frames(), components, exception);
            return components.at(0).contributes;
        };
        QVERIFY(!contributing(RuleException {QString(), QString(), QStringLiteral("promise")}));
        QVERIFY(contributing(RuleException {QString(), QStringLiteral("a timeout"), QStringLiteral("promise")}));
        QVERIFY(contributing(RuleException {QString(), QString(), QStringLiteral("onerror")}));
    }

    // Whatever the caches remember (stack traces, frames, rule matches, hashes, messages, patterns)
    // must give what grouping from scratch gives, to the last hint: every event of the test data and
    // the demo is grouped without caches, then twice with them (the second time from the caches).
    void cachesChangeNothing()
    {
        const QList<CorpusEvent> corpus = groupingCorpus();
        QVERIFY2(corpus.size() > 1000, qPrintable(QString::number(corpus.size())));
        QStringList plain;
        for (const CorpusEvent &item : corpus)
            plain << groupedWithoutCaches(item.event, item.config);
        GroupingCaches::clear();
        for (int round = 0; round < 2; ++round) {
            for (qsizetype i = 0; i < corpus.size(); ++i) {
                const QString diff
                    = difference(corpus.at(i).label, plain.at(i), groupedText(corpus.at(i).event, corpus.at(i).config));
                QVERIFY2(diff.isEmpty(), qPrintable(diff));
            }
        }
        // The importer groups on several threads at once, each with its own caches.
        const QList<QStringList> perThread = groupOnThreads(corpus, 4);
        for (const QStringList &results : perThread) {
            for (qsizetype i = 0; i < corpus.size(); ++i) {
                const QString diff = difference(corpus.at(i).label, plain.at(i), results.at(i));
                QVERIFY2(diff.isEmpty(), qPrintable(diff));
            }
        }
        qInfo().noquote() << QStringLiteral("caches: %1 events grouped the same with and without them").arg(corpus.size());
    }

    // The caches key a stack trace by what grouping reads of its frames: change any one of those
    // in one frame of a stack trace the caches already know, and the answer must follow.
    void cacheKeysSeeEveryFrameField()
    {
        const QStringList samples = QDir(test::dataPath(QStringLiteral("samples"))).entryList({QStringLiteral("*.json")});
        int checked = 0;
        for (const QString &name : samples) {
            QFile file(test::dataPath(QStringLiteral("samples/") + name));
            QVERIFY(file.open(QIODevice::ReadOnly));
            const QString diff
                = frameMutationDifference(name, parseEvent(QJsonDocument::fromJson(file.readAll()).object()), checked);
            QVERIFY2(diff.isEmpty(), qPrintable(diff));
        }
        QVERIFY2(checked >= 8 * 9 * 14, qPrintable(QString::number(checked)));
    }

    void builtInFingerprintRules()
    {
        // Sentry loads its built-in base javascript@2024-02-02 as exactly these rules, in this order.
        const QStringList expected {
            QStringLiteral("family:\"javascript\" type:\"ChunkLoadError\" -> \"chunkloaderror\""),
            QStringLiteral("family:\"javascript\" value:\"ChunkLoadError*\" -> \"chunkloaderror\""),
            QStringLiteral("family:\"javascript\" tags.transaction:\"*\" message:\"Hydration failed because the initial UI does "
                           "not match what was rendered on the server.\" -> \"hydrationerror{{tags.transaction}}\""),
            QStringLiteral("family:\"javascript\" tags.transaction:\"*\" message:\"The server could not finish this Suspense "
                           "boundary, likely due to an error during server rendering. Switched to client rendering.\" -> "
                           "\"hydrationerror{{tags.transaction}}\""),
            QStringLiteral("family:\"javascript\" tags.transaction:\"*\" message:\"There was an error while hydrating this "
                           "Suspense boundary. Switched to client rendering.\" -> \"hydrationerror{{tags.transaction}}\""),
            QStringLiteral("family:\"javascript\" tags.transaction:\"*\" message:\"There was an error while hydrating. Because "
                           "the error happened outside of a Suspense boundary, the entire root will switch to client "
                           "rendering.\" -> \"hydrationerror{{tags.transaction}}\""),
            QStringLiteral("family:\"javascript\" tags.transaction:\"*\" message:\"Text content does not match server-rendered "
                           "HTML.\" -> \"hydrationerror{{tags.transaction}}\""),
        };
        QCOMPARE(FingerprintRules::builtIn().size(), expected.size());
        // Each rule, shown an event made for it alone, is the one that answers.
        const QStringList hydrationMessages {QStringLiteral("Hydration failed because the initial UI does not match what was "
                                                            "rendered on the server."),
            QStringLiteral("The server could not finish this Suspense boundary, likely due to an error during server rendering. "
                           "Switched to client rendering."),
            QStringLiteral("There was an error while hydrating this Suspense boundary. Switched to client rendering."),
            QStringLiteral("There was an error while hydrating. Because the error happened outside of a Suspense boundary, the "
                           "entire root will switch to client rendering."),
            QStringLiteral("Text content does not match server-rendered HTML.")};
        QJsonObject valueOnly = chunkLoadErrorEvent();
        valueOnly[u"exception"]
            = QJsonDocument::fromJson(R"({"values": [{"type": "chunky", "value": "ChunkLoadError: something something..."}]})")
                  .object();
        QList<QJsonObject> events {chunkLoadErrorEvent(), valueOnly};
        for (const QString &message : hydrationMessages) {
            QJsonObject event = hydrationErrorEvent();
            event[u"message"] = message;
            events << event;
        }
        for (qsizetype i = 0; i < events.size(); ++i) {
            const auto match = FingerprintRules::builtIn().match(parseEvent(events.at(i)));
            QVERIFY(match);
            QVERIFY(match->builtIn);
            QCOMPARE(match->text, expected.at(i));
            const QStringList fingerprint = i < 2
                ? QStringList {QStringLiteral("chunkloaderror")}
                : QStringList {QStringLiteral("hydrationerror"), QStringLiteral("{{tags.transaction}}")};
            QCOMPARE(match->fingerprint, fingerprint);
        }
    }

    void builtInChunkLoadError()
    {
        QJsonObject json = chunkLoadErrorEvent();
        const GroupingResult result = group(parseEvent(json));
        const GroupingVariant *variant = result.variant(QStringLiteral("built_in_fingerprint"));
        QVERIFY(variant);
        QCOMPARE(variant->fingerprintValues, QStringList {QStringLiteral("chunkloaderror")});
        QCOMPARE(result.hashes(), QStringList {*variant->hash});
        // Whatever the SDK says.
        json[u"sdk"] = QJsonObject {{QStringLiteral("name"), QStringLiteral("not.a.real.SDK")}};
        QCOMPARE(group(parseEvent(json)).primaryHash(), *variant->hash);
        // Not outside JavaScript: the family is the event's platform.
        json[u"platform"] = QStringLiteral("python");
        QVERIFY(!group(parseEvent(json)).variant(QStringLiteral("built_in_fingerprint")));
    }

    void builtInHydrationErrors()
    {
        const QJsonObject text = hydrationErrorEvent();
        QJsonObject failed = text;
        failed[u"message"]
            = QStringLiteral("Hydration failed because the initial UI does not match what was rendered on the server.");
        const GroupingResult first = group(parseEvent(text));
        const GroupingVariant *variant = first.variant(QStringLiteral("built_in_fingerprint"));
        QVERIFY(variant);
        QCOMPARE(variant->fingerprintValues, (QStringList {QStringLiteral("hydrationerror"), QStringLiteral("/")}));
        // One issue per transaction, whichever of the messages.
        QCOMPARE(group(parseEvent(failed)).primaryHash(), first.primaryHash());
        QJsonObject otherPage = text;
        otherPage[u"tags"] = QJsonObject {{QStringLiteral("transaction"), QStringLiteral("/text/")}};
        QVERIFY(group(parseEvent(otherPage)).primaryHash() != first.primaryHash());
        // No transaction tag, no built-in rule: the client's hybrid fingerprint stays.
        QJsonObject untagged = text;
        untagged.remove(u"tags");
        const GroupingResult plain = group(parseEvent(untagged));
        QVERIFY(!plain.variant(QStringLiteral("built_in_fingerprint")));
        QCOMPARE(plain.variant(QStringLiteral("default"))->fingerprintValues,
            (QStringList {QStringLiteral("my-route"), QStringLiteral("{{ default }}")}));
    }

    void fingerprintRuleMatchers()
    {
        // A project rule spelled as in Sentry's test_hydration_rule_w_family_matcher.
        const QJsonArray rules = QJsonDocument::fromJson(R"([{"matchers": [["family", "javascript"],
            ["tags.transaction", "*"], ["message", "Text content does not match server-rendered HTML."]],
            "fingerprint": ["hydrationerror", "{{tags.transaction}}"]}])")
                                     .array();
        const auto match = FingerprintRules::fromJson(rules).match(parseEvent(hydrationErrorEvent()));
        QVERIFY(match);
        QVERIFY(!match->builtIn);
        QCOMPARE(match->text,
            QStringLiteral("family:\"javascript\" tags.transaction:\"*\" message:\"Text content does not match "
                           "server-rendered HTML.\" -> \"hydrationerror{{tags.transaction}}\""));
        // type and value must hold for one and the same exception.
        const Event twoErrors = parseEvent(QJsonDocument::fromJson(R"({"exception": {"values": [
            {"type": "DatabaseError", "value": "timeout"}, {"type": "ValueError", "value": "bad input"}]}})")
                .object());
        const auto rule = [](const QString &type, const QString &value) {
            return FingerprintRules::fromJson(
                QJsonArray {QJsonObject {{QStringLiteral("matchers"),
                                             QJsonArray {QJsonArray {QStringLiteral("error.type"), type},
                                                 QJsonArray {QStringLiteral("error.value"), value}}},
                    {QStringLiteral("fingerprint"), QJsonArray {QStringLiteral("x")}}}});
        };
        QVERIFY(rule(QStringLiteral("DatabaseError"), QStringLiteral("TIME*")).match(twoErrors)); // value ignores case
        QVERIFY(!rule(QStringLiteral("DatabaseError"), QStringLiteral("bad*")).match(twoErrors));
        QVERIFY(!rule(QStringLiteral("databaseerror"), QStringLiteral("*")).match(twoErrors)); // type does not
    }

    void functionNames_data()
    {
        QTest::addColumn<QString>("platform");
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("expected");
        QTest::newRow("rust trait impl") << QStringLiteral("native")
                                         << QStringLiteral("<sentry::integrations::log::Logger as log::Log>::log")
                                         << QStringLiteral("sentry::integrations::log::Logger::log");
        QTest::newRow("msvc anonymous namespace") << QStringLiteral("native") << QStringLiteral("?A0x1f2e3d4c::crash")
                                                  << QStringLiteral("`anonymous namespace'::crash");
        QTest::newRow("arguments and return type")
            << QStringLiteral("native") << QStringLiteral("void foo::bar(int, char const*) const") << QStringLiteral("foo::bar");
        QTest::newRow("templates") << QStringLiteral("native") << QStringLiteral("std::vector<int>::push_back(int&&)")
                                   << QStringLiteral("std::vector<T>::push_back");
        QTest::newRow("gcc lambda") << QStringLiteral("native") << QStringLiteral("main::{lambda(int)#1}::operator()(int) const")
                                    << QStringLiteral("main::lambda::operator()");
        QTest::newRow("objc selector in a block name")
            << QStringLiteral("cocoa") << QStringLiteral("__44-[SentryBreadcrumbTracker swizzleSendAction]_block_invoke_2")
            << QStringLiteral("__44-[SentryBreadcrumbTracker swizzleSendAction]_block_invoke_2");
        QTest::newRow("objc untouched") << QStringLiteral("cocoa") << QStringLiteral("-[NSObject foo:bar:]")
                                        << QStringLiteral("-[NSObject foo:bar:]");
        QTest::newRow("swift return") << QStringLiteral("swift") << QStringLiteral("Foo.bar() -> Swift.Int")
                                      << QStringLiteral("Foo.bar");
        QTest::newRow("rust hash") << QStringLiteral("native") << QStringLiteral("log_demo::main::h0123456789abcdef")
                                   << QStringLiteral("log_demo::main");
        QTest::newRow("operator<<") << QStringLiteral("native") << QStringLiteral("std::ostream::operator<<(int)")
                                    << QStringLiteral("std::ostream::operator<<");
        QTest::newRow("csharp signature") << QStringLiteral("csharp") << QStringLiteral("Foo.Bar (System.String x)")
                                          << QStringLiteral("Foo.Bar");
        QTest::newRow("other untouched") << QStringLiteral("python") << QStringLiteral("foo(bar)") << QStringLiteral("foo(bar)");
    }

    void functionNames()
    {
        QFETCH(QString, platform);
        QFETCH(QString, input);
        QFETCH(QString, expected);
        QCOMPARE(FunctionNames::trim(input, platform), expected);
    }

    void cleanupTestCase()
    {
        qInfo().noquote() << QStringLiteral("grouping cases: %1/%2 match Sentry").arg(m_matched).arg(m_total);
    }
};

QTEST_GUILESS_MAIN(TestGrouping)
#include "TestGrouping.moc"
