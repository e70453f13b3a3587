#include "grouping/FingerprintRules.h"

#include "grouping/FunctionNames.h"
#include "grouping/Parameterizer.h"

#include <QHash>
#include <QVarLengthArray>

#include <algorithm>

namespace lookout {

namespace {

using Scope = FingerprintRules::Scope;

// One piece of the event a rule's matchers are tested against together (Sentry's event_values):
// one exception, one frame, the message, the tags... Missing fields never match.
struct Values
{
    std::optional<QString> message, type, value, function, absPath, filename, module, package, logger, level, sdk, family,
        release;
    std::optional<bool> app;
    const KeyValueList *tags = nullptr;
};

std::optional<QString> present(const QString &text)
{
    return text.isEmpty() ? std::nullopt : std::optional<QString>(text);
}

std::optional<QString> stripped(const QString &text)
{
    return present(text.trimmed());
}

// Sentry's find_stack_frames: the exceptions' frames, else the event's stack trace, else the
// crashing thread's (the only thread, else the only crashed one, else the only current one).
QList<const Frame *> stackFrames(const Event &event)
{
    QList<const Frame *> frames;
    for (const ExceptionValue &exception : event.exceptions) {
        if (exception.stacktrace) {
            for (const Frame &frame : exception.stacktrace->frames)
                frames << &frame;
        }
    }
    const Stacktrace *fallback = event.stacktrace && !event.stacktrace->frames.isEmpty() ? &*event.stacktrace : nullptr;
    if (!frames.isEmpty())
        fallback = nullptr;
    else if (!fallback) {
        const auto only = [&event](auto predicate) -> const Thread * {
            const Thread *found = nullptr;
            int count = 0;
            for (const Thread &thread : event.threads) {
                if (predicate(thread)) {
                    found = &thread;
                    ++count;
                }
            }
            return count == 1 ? found : nullptr;
        };
        const Thread *thread = event.threads.size() == 1 ? &event.threads.constFirst() : nullptr;
        if (!thread)
            thread = only([](const Thread &t) { return t.crashed.value_or(false); });
        if (!thread)
            thread = only([](const Thread &t) { return t.current.value_or(false); });
        if (thread && thread->stacktrace)
            fallback = &*thread->stacktrace;
    }
    if (fallback) {
        for (const Frame &frame : fallback->frames)
            frames << &frame;
    }
    return frames;
}

QList<Values> valuesFor(Scope scope, const Event &event)
{
    QList<Values> sets;
    switch (scope) {
    case Scope::Toplevel:
        if (const auto message = stripped(event.logentry.text())) {
            Values v;
            v.message = message;
            sets << v;
        }
        [[fallthrough]];
    case Scope::Exceptions:
        for (const ExceptionValue &exception : event.exceptions) {
            Values v;
            v.type = present(exception.type);
            v.value = stripped(exception.value);
            sets << v;
        }
        break;
    case Scope::LogInfo: {
        Values v;
        v.logger = present(event.logger);
        v.level = present(levelToString(event.level));
        if (v.logger || v.level)
            sets << v;
        break;
    }
    case Scope::Frames:
        for (const Frame *frame : stackFrames(event)) {
            Values v;
            const QString platform = frame->platform.isEmpty() ? event.platform : frame->platform;
            // Sentry's get_function_name_for_frame: the client's name beside a raw one, else trimmed.
            v.function = frame->function.isEmpty()
                ? QStringLiteral("<unknown>")
                : (frame->rawFunction.isEmpty() ? FunctionNames::trim(frame->function, platform) : frame->function);
            v.absPath = present(frame->absPath.isEmpty() ? frame->filename : frame->absPath);
            v.filename = present(frame->filename);
            v.module = present(frame->module);
            v.package = present(frame->package);
            v.app = frame->inApp;
            sets << v;
        }
        break;
    case Scope::Tags: {
        Values v;
        v.tags = &event.tags;
        sets << v;
        break;
    }
    case Scope::Sdk: {
        Values v;
        v.sdk = present(event.sdk.name);
        sets << v;
        break;
    }
    case Scope::Family: {
        Values v;
        v.family = platformFamilyName(platformFamily(event.platform));
        sets << v;
        break;
    }
    case Scope::Release: {
        Values v;
        v.release = stripped(event.release);
        sets << v;
        break;
    }
    }
    return sets;
}

std::optional<bool> boolFromString(const QString &text)
{
    const QString lower = text.toLower();
    if (lower == u"1" || lower == u"yes" || lower == u"true")
        return true;
    if (lower == u"0" || lower == u"no" || lower == u"false")
        return false;
    return std::nullopt;
}

} // namespace

FingerprintRules FingerprintRules::fromJson(const QJsonArray &rules, bool builtIn)
{
    static const QHash<QString, QString> canonical {{QStringLiteral("error.type"), QStringLiteral("type")},
        {QStringLiteral("error.value"), QStringLiteral("value")}, {QStringLiteral("stack.module"), QStringLiteral("module")},
        {QStringLiteral("stack.abs_path"), QStringLiteral("path")}, {QStringLiteral("stack.package"), QStringLiteral("package")},
        {QStringLiteral("stack.function"), QStringLiteral("function")}};
    static const QHash<QString, Scope> scopes {{QStringLiteral("message"), Scope::Toplevel},
        {QStringLiteral("logger"), Scope::LogInfo}, {QStringLiteral("level"), Scope::LogInfo},
        {QStringLiteral("type"), Scope::Exceptions}, {QStringLiteral("value"), Scope::Exceptions},
        {QStringLiteral("function"), Scope::Frames}, {QStringLiteral("module"), Scope::Frames},
        {QStringLiteral("path"), Scope::Frames}, {QStringLiteral("package"), Scope::Frames},
        {QStringLiteral("app"), Scope::Frames}, {QStringLiteral("sdk"), Scope::Sdk}, {QStringLiteral("family"), Scope::Family},
        {QStringLiteral("release"), Scope::Release}};
    FingerprintRules result;
    result.m_builtIn = builtIn;
    for (const auto &value : rules) {
        const QJsonObject object = value.toObject();
        Rule rule;
        QStringList matcherTexts;
        bool known = true;
        for (const auto &m : object.value(u"matchers").toArray()) {
            const QJsonArray pair = m.toArray();
            Matcher matcher;
            matcher.key = pair.at(0).toString();
            matcher.pattern = pair.at(1).toString();
            if (matcher.key.startsWith(u'!')) {
                matcher.negated = true;
                matcher.key.remove(0, 1);
            }
            matcher.key = canonical.value(matcher.key, matcher.key);
            if (matcher.key.startsWith(QStringLiteral("tags.")))
                matcher.scope = Scope::Tags;
            else if (const auto scope = scopes.constFind(matcher.key); scope != scopes.cend())
                matcher.scope = *scope;
            else
                known = false; // thread.* and anything newer: not supported here
            // How Sentry's glob_match is called per field: paths like paths, some fields caseless.
            RuleGlob::Options options;
            options.multiline = true;
            options.pathLike = matcher.key == u"path" || matcher.key == u"package" || matcher.key == u"release";
            options.caseInsensitive
                = options.pathLike || matcher.key == u"message" || matcher.key == u"value" || matcher.key == u"level";
            matcher.glob = RuleGlob::compile(matcher.pattern, options);
            matcher.flags = matcher.pattern.split(u',');
            rule.matchers << matcher;
            matcherTexts << QStringLiteral("%1%2:\"%3\"")
                                .arg(matcher.negated ? QStringLiteral("!") : QString(), matcher.key, matcher.pattern);
        }
        for (const auto &f : object.value(u"fingerprint").toArray())
            rule.fingerprint << f.toString();
        rule.attributes = object.value(u"attributes").toObject();
        QStringList attributeTexts;
        for (auto it = rule.attributes.constBegin(); it != rule.attributes.constEnd(); ++it)
            attributeTexts << QStringLiteral("%1=\"%2\"").arg(it.key(), it.value().toString());
        // Sentry's FingerprintRule.text: the fingerprint entries are joined with nothing between them.
        rule.text = QStringLiteral("%1 -> \"%2\" %3")
                        .arg(matcherTexts.join(QLatin1Char(' ')), rule.fingerprint.join(QString()),
                            attributeTexts.join(QLatin1Char(' ')))
                        .trimmed();
        if (known && !rule.matchers.isEmpty())
            result.m_rules << rule;
    }
    return result;
}

const FingerprintRules &FingerprintRules::builtIn()
{
    // getsentry/sentry src/sentry/grouping/fingerprinting/configs/javascript@2024-02-02/
    // 001_chunkload_errors.txt and 002_hydration_errors.txt, in the config structure Sentry's own
    // test (tests/sentry/grouping/test_builtin_fingerprinting.py) expects them to load as. The
    // grouping config newstyle:2026-01-20 inherits this one base from newstyle:2023-01-11.
    static const FingerprintRules rules = [] {
        QJsonArray json;
        const auto rule = [&json](const QJsonArray &matchers, const QJsonArray &fingerprint) {
            json << QJsonObject {{QStringLiteral("matchers"), matchers}, {QStringLiteral("fingerprint"), fingerprint}};
        };
        const auto pair = [](const QString &key, const QString &pattern) { return QJsonArray {key, pattern}; };
        const QJsonArray javascript = pair(QStringLiteral("family"), QStringLiteral("javascript"));
        // A webpack/Next.js chunk that failed to load is one problem, whatever the stack says.
        const QJsonArray chunkLoadError {QStringLiteral("chunkloaderror")};
        rule({javascript, pair(QStringLiteral("type"), QStringLiteral("ChunkLoadError"))}, chunkLoadError);
        rule({javascript, pair(QStringLiteral("value"), QStringLiteral("ChunkLoadError*"))}, chunkLoadError);
        // React hydration mismatches: one issue per page (transaction), whatever the stack says.
        const QStringList hydrationMessages {
            QStringLiteral("Hydration failed because the initial UI does not match what was rendered on the server."),
            QStringLiteral("The server could not finish this Suspense boundary, likely due to an error during server "
                           "rendering. Switched to client rendering."),
            QStringLiteral("There was an error while hydrating this Suspense boundary. Switched to client rendering."),
            QStringLiteral("There was an error while hydrating. Because the error happened outside of a Suspense boundary, "
                           "the entire root will switch to client rendering."),
            QStringLiteral("Text content does not match server-rendered HTML."),
        };
        for (const QString &message : hydrationMessages) {
            rule({javascript, pair(QStringLiteral("tags.transaction"), QStringLiteral("*")),
                     pair(QStringLiteral("message"), message)},
                {QStringLiteral("hydrationerror"), QStringLiteral("{{tags.transaction}}")});
        }
        return fromJson(json, true);
    }();
    return rules;
}

std::optional<FingerprintMatch> FingerprintRules::match(const Event &event) const
{
    const auto positive = [](const Matcher &m, const Values &v) {
        const auto test = [&m](const std::optional<QString> &text) { return text && m.glob.matchesText(*text); };
        const auto flags = [&m](const std::optional<QString> &text) {
            return text && (m.flags.contains(QStringLiteral("all")) || m.flags.contains(*text));
        };
        const QString &key = m.key;
        if (key == u"path")
            return test(v.absPath) || test(v.filename);
        if (key == u"message") // also the exceptions' values, as users expect
            return test(v.message) || test(v.value);
        if (key.startsWith(QStringLiteral("tags."))) {
            std::optional<QString> tag;
            for (const auto &[name, value] : *v.tags) {
                if (name == QStringView(key).mid(5))
                    tag = stripped(value); // the last of repeated tags wins, as in a Python dict
            }
            return test(tag);
        }
        if (key == u"family")
            return flags(v.family);
        if (key == u"sdk")
            return flags(v.sdk);
        if (key == u"app")
            return v.app.has_value() && boolFromString(m.pattern) == v.app;
        const std::optional<QString> *field = key == u"type" ? &v.type
            : key == u"value"                                ? &v.value
            : key == u"function"                             ? &v.function
            : key == u"module"                               ? &v.module
            : key == u"package"                              ? &v.package
            : key == u"logger"                               ? &v.logger
            : key == u"level"                                ? &v.level
            : key == u"release"                              ? &v.release
                                                             : nullptr;
        return field && test(*field);
    };
    // What each scope offers of the event, made once per event rather than once per rule.
    std::optional<QList<Values>> byScope[int(Scope::Release) + 1];
    for (const Rule &rule : m_rules) {
        bool all = true;
        QVarLengthArray<Scope, 8> done;
        for (const Matcher &first : rule.matchers) {
            if (!all || done.contains(first.scope))
                continue;
            done << first.scope;
            std::optional<QList<Values>> &sets = byScope[int(first.scope)];
            if (!sets)
                sets = valuesFor(first.scope, event);
            bool found = false;
            for (const Values &values : std::as_const(*sets)) {
                found = std::all_of(rule.matchers.cbegin(), rule.matchers.cend(),
                    [&](const Matcher &m) { return m.scope != first.scope || positive(m, values) != m.negated; });
                if (found)
                    break;
            }
            all = found;
        }
        if (all)
            return FingerprintMatch {rule.fingerprint, m_builtIn, rule.text, rule.attributes};
    }
    return std::nullopt;
}

bool FingerprintRules::isDefaultVariable(const QString &entry)
{
    static const QRegularExpression re(QStringLiteral("^\\{\\{\\s*default\\s*\\}\\}$"));
    return re.match(entry).hasMatch();
}

FingerprintRules::Kind FingerprintRules::kind(const QStringList &fingerprint)
{
    if (fingerprint.isEmpty() || (fingerprint.size() == 1 && isDefaultVariable(fingerprint.constFirst())))
        return Kind::Default;
    for (const QString &entry : fingerprint) {
        if (isDefaultVariable(entry))
            return Kind::Hybrid;
    }
    return Kind::Custom;
}

QStringList FingerprintRules::resolve(const QStringList &fingerprint, const Event &event)
{
    static const QRegularExpression variable(QStringLiteral("^\\{\\{\\s*(\\S+)\\s*\\}\\}$"));
    const ExceptionValue *main = event.exceptions.isEmpty() ? nullptr : &event.exceptions.constLast();
    // Sentry's get_crash_frame_from_event_data: in the main stack, the in-app frame nearest the
    // crash, else the frame nearest the crash.
    const Frame *crashFrame = nullptr;
    const Thread *onlyThread = event.threads.size() == 1 ? &event.threads.constFirst() : nullptr;
    const Stacktrace *stack = main && main->stacktrace ? &*main->stacktrace
        : event.stacktrace                             ? &*event.stacktrace
        : onlyThread && onlyThread->stacktrace         ? &*onlyThread->stacktrace
                                                       : nullptr;
    if (stack) {
        for (auto it = stack->frames.crbegin(); it != stack->frames.crend(); ++it) {
            if (!crashFrame)
                crashFrame = &*it;
            if (it->inApp.value_or(false)) {
                crashFrame = &*it;
                break;
            }
        }
    }
    const QString platform = crashFrame && !crashFrame->platform.isEmpty() ? crashFrame->platform : event.platform;
    const auto orMissing = [](const QString &value, const QString &missing) { return value.isEmpty() ? missing : value; };
    const auto frameField = [crashFrame](QString Frame::*field) { return crashFrame ? crashFrame->*field : QString(); };
    QStringList result;
    for (const QString &entry : fingerprint) {
        const QRegularExpressionMatch m = variable.match(entry);
        if (!m.hasMatch() || isDefaultVariable(entry)) {
            result << entry;
            continue;
        }
        const QString name = m.captured(1); // case matters: {{ Message }} is no variable Sentry knows
        if (name == u"transaction") {
            result << orMissing(event.transaction, QStringLiteral("<no-transaction>"));
        } else if (name == u"message" || name == u"raw_message") {
            const QString text = !event.logentry.formatted.isEmpty() ? event.logentry.formatted
                : !event.logentry.message.isEmpty()                  ? event.logentry.message
                : main                                               ? main->value
                                                                     : QString();
            // Only {{ message }} is parameterised, and untrimmed: a fingerprint keeps every line.
            result << (text.isEmpty()    ? QStringLiteral("<no-message>")
                    : name == u"message" ? Parameterizer::parameterize(text)
                                         : text);
        } else if (name == u"type" || name == u"error.type") {
            result << orMissing(main ? main->type : QString(), QStringLiteral("<no-type>"));
        } else if (name == u"value" || name == u"raw_value" || name == u"error.value" || name == u"error.raw_value") {
            result << orMissing(main ? main->value : QString(), QStringLiteral("<no-value>"));
        } else if (name == u"function" || name == u"stack.function") {
            // Frames carry their trimmed function name by the time Sentry resolves this.
            const QString function = frameField(&Frame::function);
            result << orMissing(
                function.isEmpty() || !crashFrame->rawFunction.isEmpty() ? function : FunctionNames::trim(function, platform),
                QStringLiteral("<no-function>"));
        } else if (name == u"path" || name == u"stack.abs_path") {
            const QString absPath = frameField(&Frame::absPath);
            result << orMissing(absPath.isEmpty() ? frameField(&Frame::filename) : absPath, QStringLiteral("<no-abs-path>"));
        } else if (name == u"stack.filename") {
            const QString filename = frameField(&Frame::filename);
            result << orMissing(filename.isEmpty() ? frameField(&Frame::absPath) : filename, QStringLiteral("<no-filename>"));
        } else if (name == u"module" || name == u"stack.module") {
            result << orMissing(frameField(&Frame::module), QStringLiteral("<no-module>"));
        } else if (name == u"package" || name == u"stack.package") {
            // A package given as a POSIX or Windows path counts by its last segment.
            const QString package = frameField(&Frame::package).section(u'/', -1).section(u'\\', -1);
            result << orMissing(package, QStringLiteral("<no-package>"));
        } else if (name == u"level") {
            result << levelToString(event.level);
        } else if (name == u"logger") {
            result << orMissing(event.logger, QStringLiteral("<no-logger>"));
        } else if (name.startsWith(QStringLiteral("tags."))) {
            const QString tag = name.mid(5);
            std::optional<QString> value;
            for (const auto &[key, v] : event.tags) {
                if (key == tag && !value)
                    value = v;
            }
            result << value.value_or(QStringLiteral("<no-value-for-tag-%1>").arg(tag));
        } else {
            result << QStringLiteral("<unrecognized-variable-%1>").arg(name);
        }
    }
    return result;
}

} // namespace lookout
