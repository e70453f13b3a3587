#include "grouping/GroupingStrategies.h"

#include "grouping/ExceptionGroups.h"
#include "grouping/FunctionNames.h"
#include "grouping/Parameterizer.h"

#include <QHash>
#include <QRegularExpression>

#include <algorithm>

namespace lookout {

namespace {

const QString kApp = QStringLiteral("app");
const QString kSystem = QStringLiteral("system");
const QString kDefault = QStringLiteral("default");

bool hasUrlOrigin(const QString &path, bool allowFile)
{
    static const QStringList schemes {
        QStringLiteral("http:"), QStringLiteral("https:"), QStringLiteral("applewebdata:"), QStringLiteral("blob:")};
    for (const QString &scheme : schemes) {
        if (path.startsWith(scheme))
            return true;
    }
    return allowFile && path.startsWith(QStringLiteral("file:"));
}

// Sentry only gives an exception a stack trace when it has frames.
bool hasFrames(const ExceptionValue &exception)
{
    return exception.stacktrace && !exception.stacktrace->frames.isEmpty();
}

bool isRecursion(const Frame &a, const Frame *b)
{
    return b && a.absPath == b->absPath && a.package == b->package && a.module == b->module && a.filename == b->filename
        && a.function == b->function && a.lineno == b->lineno && a.colno == b->colno;
}

// Java code generators put run-specific numbers into class names; they must not split issues.
QString cleanJavaModule(const QString &module)
{
    static const QList<QRegularExpression> patterns {
        QRegularExpression(
            QStringLiteral("((?:sun|jdk\\.internal)\\.reflect\\.Generated(?:Serialization)?ConstructorAccessor)\\d+")),
        QRegularExpression(QStringLiteral("(\\$\\$[\\w_]+?CGLIB\\$\\$)[a-fA-F0-9]+(?:_[0-9]+)?")),
        QRegularExpression(QStringLiteral("(\\$\\$(?:FastClassByGuice|EnhancerByGuice)\\$\\$)[a-fA-F0-9]+")),
        QRegularExpression(QStringLiteral("(\\$HibernateProxy\\$)[\\w\\d]+")),
        QRegularExpression(QStringLiteral("(\\$\\$_javassist)(?:_seam)?(?:_[0-9]+)?")),
        QRegularExpression(QStringLiteral("(\\$fn__)\\d+")),
    };
    QString result = module;
    for (const QRegularExpression &re : patterns)
        result.replace(re, QStringLiteral("\\1<auto>"));
    return result;
}

// The function name stack-trace rules match (Sentry's get_function_name_for_frame): the client's
// own name when it also sent a raw one, otherwise the trimmed name; never the raw one.
QString ruleFunction(const Frame &frame, const QString &platform)
{
    if (frame.function.isEmpty())
        return QStringLiteral("<unknown>");
    return frame.rawFunction.isEmpty() ? FunctionNames::trim(frame.function, platform) : frame.function;
}

QString inAppHint(const RuleFrame &frame)
{
    const bool inApp = frame.inApp.value_or(false);
    if (!frame.inAppRule.isEmpty() && frame.clientInApp != frame.inApp)
        return (inApp ? QStringLiteral("marked in-app by ") : QStringLiteral("marked out of app by ")) + frame.inAppRule;
    if (frame.clientInApp == std::optional<bool>(true))
        return QStringLiteral("marked in-app by the client");
    if (frame.clientInApp == std::optional<bool>(false))
        return QStringLiteral("marked out of app by the client");
    return inApp ? QString() : QStringLiteral("non app frame");
}

} // namespace

GroupingStrategies::GroupingStrategies(const Event &event, const Enhancements &enhancements)
    : m_event(event)
    , m_enhancements(enhancements)
{ }

QString GroupingStrategies::platformOf(const Frame &frame) const
{
    return frame.platform.isEmpty() ? m_event.platform : frame.platform;
}

GroupingComponent GroupingStrategies::frameComponent(const Frame &frame, const Frame *previous) const
{
    const QString platform = platformOf(frame);
    const PlatformFamily family = platformFamily(platform);

    GroupingComponent filename = GroupingComponent::leaf(QStringLiteral("filename"));
    if (!frame.filename.isEmpty()) {
        static const QRegularExpression separators(QStringLiteral("[/\\\\]"));
        QString base = frame.filename.split(separators).constLast().toLower();
        filename = GroupingComponent::leaf(QStringLiteral("filename"), {base});
        if (hasUrlOrigin(frame.absPath, false)) {
            filename.disable(QStringLiteral("ignored because frame points to a URL"));
        } else if (base == u"<anonymous>") {
            filename.disable(QStringLiteral("ignored because filename is anonymous"));
        } else if (base == u"[native code]") {
            filename.disable(QStringLiteral("ignored because filename suggests native code"));
        } else if (platform == u"java") {
            static const QRegularExpression javassist(QStringLiteral("(\\$\\$_javassist)(?:_seam)?(?:_[0-9]+)?"));
            QString cleaned = base;
            cleaned.replace(javassist, QStringLiteral("\\1<auto>"));
            if (cleaned != base) {
                filename.leafValues = {cleaned};
                filename.hint = QStringLiteral("cleaned javassist parts");
            }
        }
    }

    GroupingComponent module = GroupingComponent::leaf(QStringLiteral("module"));
    if (!frame.module.isEmpty()) {
        module = GroupingComponent::leaf(QStringLiteral("module"), {frame.module});
        if (family == PlatformFamily::JavaScript && frame.module.contains(u'/') && frame.absPath.endsWith(frame.module)) {
            module.disable(QStringLiteral("ignored bad javascript module"));
        } else if (platform == u"java") {
            if (frame.module.contains(QStringLiteral("$$Lambda$")))
                module.disable(QStringLiteral("ignored java lambda"));
            static const QStringList reflection {QStringLiteral("sun.reflect.GeneratedMethodAccessor"),
                QStringLiteral("jdk.internal.reflect.GeneratedMethodAccessor")};
            bool handled = false;
            for (const QString &prefix : reflection) {
                if (frame.module.startsWith(prefix)) {
                    module.leafValues = {prefix};
                    module.hint = QStringLiteral("removed reflection marker");
                    handled = true;
                }
            }
            const QString cleaned = cleanJavaModule(frame.module);
            if (!handled && cleaned != frame.module) {
                module.leafValues = {cleaned};
                module.hint = QStringLiteral("removed codegen marker");
            }
        }
    }
    if (module.contributes && filename.contributes)
        filename.disable(QStringLiteral("ignored because module takes precedence"));

    std::optional<GroupingComponent> contextLine;
    static const QStringList contextLinePlatforms {QStringLiteral("javascript"), QStringLiteral("node"), QStringLiteral("python"),
        QStringLiteral("php"), QStringLiteral("ruby")};
    if (contextLinePlatforms.contains(platform)) {
        const QString line = frame.contextLine.simplified();
        contextLine
            = GroupingComponent::leaf(QStringLiteral("context_line"), line.isEmpty() ? QVariantList() : QVariantList {line});
        if (!line.isEmpty()) {
            if (frame.contextLine.size() > 120)
                contextLine->disable(QStringLiteral("ignored because line is too long"));
            else if (family == PlatformFamily::JavaScript && frame.function.isEmpty() && hasUrlOrigin(frame.absPath, true))
                contextLine->disable(QStringLiteral("ignored because file path is a URL and function name is missing"));
        }
    }

    // Function: C# prefers the raw name untouched; elsewhere the name, trimmed unless a raw one exists.
    QString func;
    if (platform == u"csharp") {
        func = frame.rawFunction.isEmpty() ? frame.function : frame.rawFunction;
    } else {
        func = frame.function.isEmpty() ? frame.rawFunction : frame.function;
        if (frame.rawFunction.isEmpty() && !frame.function.isEmpty())
            func = FunctionNames::trim(func, platform);
    }
    GroupingComponent function = GroupingComponent::leaf(QStringLiteral("function"));
    if (!func.isEmpty()) {
        function = GroupingComponent::leaf(QStringLiteral("function"), {func});
        if (platform == u"ruby") {
            static const QRegularExpression erb(QStringLiteral("__\\d{4,}_\\d{4,}$"));
            if (func.startsWith(QStringLiteral("block "))) {
                function.leafValues = {QStringLiteral("block")};
                function.hint = QStringLiteral("ruby block");
            } else if (QString cleaned = QString(func).remove(erb); cleaned != func) {
                function.leafValues = {cleaned};
                function.hint = QStringLiteral("removed generated erb template suffix");
            }
        } else if (platform == u"php") {
            if (func.startsWith(QStringLiteral("[Anonymous")) || func.startsWith(QStringLiteral("class@anonymous\u0000")))
                function.disable(QStringLiteral("ignored anonymous function"));
            if (func.startsWith(QStringLiteral("class@anonymous"))) {
                const QString method = func.section(QStringLiteral("::"), -1);
                if (method != func) {
                    function.leafValues = {method};
                    function.hint = QStringLiteral("anonymous class method");
                }
            }
        } else if (platform == u"java") {
            if (func.startsWith(QStringLiteral("lambda$")))
                function.disable(QStringLiteral("ignored lambda function"));
        } else if (family == PlatformFamily::Native) {
            if (func == u"<redacted>" || func == u"<unknown>")
                function.disable(QStringLiteral("ignored unknown function"));
        } else if (family == PlatformFamily::JavaScript) {
            const QString last = func.section(u'.', -1);
            if (last != func) {
                function.leafValues = {last};
                function.hint = QStringLiteral("trimmed javascript function");
            }
            if (!frame.data.value(u"sourcemap").isUndefined() && !frame.data.value(u"sourcemap").isNull() && contextLine
                && contextLine->contributes)
                function.disable(QStringLiteral("ignored because sourcemap used and context line available"));
        }
    }

    std::vector<GroupingComponent> children {module, filename, function};
    if (contextLine)
        children.push_back(*contextLine);
    GroupingComponent result = GroupingComponent::node(QStringLiteral("frame"), children);

    if (family == PlatformFamily::JavaScript) {
        GroupingComponent &fn = result.children[2];
        QString name = frame.rawFunction.isEmpty() ? frame.function : frame.rawFunction;
        name = name.section(u'.', -1);
        static const QStringList unknown {QStringLiteral("?"), QStringLiteral("<anonymous function>"),
            QStringLiteral("<anonymous>"), QStringLiteral("Anonymous function")};
        if (name.isEmpty())
            fn.contributes = false;
        else if (unknown.contains(name) || name.endsWith(QStringLiteral("/<")))
            fn.disable(QStringLiteral("ignored unknown function name"));
        result = GroupingComponent::node(QStringLiteral("frame"), result.children);
        static const QStringList lowQuality {QStringLiteral("[native code]"), QStringLiteral("native code"),
            QStringLiteral("eval code"), QStringLiteral("<anonymous>")};
        if (name == u"eval" || lowQuality.contains(frame.absPath))
            result.disable(QStringLiteral("ignored low quality javascript frame"));
    }
    if (isRecursion(frame, previous))
        result.disable(QStringLiteral("ignored due to recursion"));
    return result;
}

GroupingComponent GroupingStrategies::stacktraceComponent(
    const Stacktrace &stacktrace, const QString &variant, const RuleException &exception) const
{
    const bool appVariant = variant == kApp;
    QList<RuleFrame> ruleFrames;
    std::vector<GroupingComponent> frames;
    const Frame *previous = nullptr;
    for (const Frame &frame : stacktrace.frames) {
        RuleFrame rf;
        rf.family = platformFamilyName(platformFamily(platformOf(frame)));
        rf.function = ruleFunction(frame, platformOf(frame));
        rf.module = frame.module;
        rf.package = frame.package;
        rf.absPath = frame.absPath;
        rf.filename = frame.filename;
        rf.clientInApp = frame.inApp;
        rf.inApp = frame.inApp;
        rf.prepare();
        ruleFrames << rf;
        frames.push_back(frameComponent(frame, previous));
        previous = &frame;
    }
    m_enhancements.applyModifications(ruleFrames, exception);

    if (appVariant) {
        for (size_t i = 0; i < frames.size(); ++i) {
            if (!ruleFrames.at(qsizetype(i)).inApp.value_or(false))
                frames[i].contributes = false;
        }
    }
    // A lone JavaScript frame without a function and without a URL says too little to group by.
    if (frames.size() == 1 && frames[0].contributes && ruleFrames.constFirst().family == u"javascript"
        && stacktrace.frames.constFirst().function.isEmpty() && !hasUrlOrigin(stacktrace.frames.constFirst().absPath, true))
        frames[0].disable(QStringLiteral("ignored single non-URL JavaScript frame"));

    m_enhancements.applyGrouping(ruleFrames, frames, exception);

    bool anyInApp = false;
    if (appVariant) {
        for (size_t i = 0; i < frames.size(); ++i) {
            const RuleFrame &rf = ruleFrames.at(qsizetype(i));
            const bool inApp = rf.inApp.value_or(false);
            anyInApp = anyInApp || inApp;
            if (!inApp)
                frames[i].contributes = false; // +group cannot make an out-of-app frame count here
            const QString reason = frames[i].hint;
            QString hint = inAppHint(rf);
            if (inApp && !frames[i].contributes && !reason.isEmpty())
                hint = hint.isEmpty() ? reason : hint + QStringLiteral(" but ") + reason;
            frames[i].hint = hint;
        }
    }

    GroupingComponent result = GroupingComponent::node(QStringLiteral("stacktrace"), frames);
    if (frames.empty())
        result.disable(QStringLiteral("ignored because it contains no frames"));
    else if (appVariant && !anyInApp)
        result.disable(QStringLiteral("ignored because it contains no in-app frames"));
    else if (!result.contributes)
        result.disable(QStringLiteral("ignored because it contains no contributing frames"));
    return result;
}

GroupingComponent GroupingStrategies::exceptionComponent(const ExceptionValue &exception, const QString &variant) const
{
    GroupingComponent type = GroupingComponent::leaf(
        QStringLiteral("type"), exception.type.isEmpty() ? QVariantList() : QVariantList {exception.type});
    std::optional<GroupingComponent> nsError;
    if (exception.mechanism) {
        if (exception.mechanism->synthetic.value_or(false))
            type.disable(QStringLiteral("ignored because exception is synthetic"));
        const QJsonValue ns = exception.mechanism->meta.value(u"ns_error");
        if (ns.isObject()) {
            const QJsonObject object = ns.toObject();
            std::vector<GroupingComponent> parts;
            const QJsonValue domain = object.value(u"domain");
            parts.push_back(GroupingComponent::leaf(
                QStringLiteral("domain"), domain.isString() ? QVariantList {domain.toString()} : QVariantList()));
            const QJsonValue code = object.value(u"code");
            parts.push_back(GroupingComponent::leaf(QStringLiteral("code"),
                code.isDouble() ? QVariantList {qint64(code.toDouble())}
                                : (code.isString() ? QVariantList {code.toString()} : QVariantList())));
            nsError = GroupingComponent::node(QStringLiteral("ns_error"), parts);
        }
    }

    const RuleException ruleException {
        exception.type, exception.value, exception.mechanism ? exception.mechanism->type : QString()};
    GroupingComponent stack = hasFrames(exception) ? stacktraceComponent(*exception.stacktrace, variant, ruleException)
                                                   : GroupingComponent::leaf(QStringLiteral("stacktrace"));

    GroupingComponent value = GroupingComponent::leaf(QStringLiteral("value"));
    if (!exception.value.isEmpty()) {
        const QString normalized = Parameterizer::normalizeForGrouping(exception.value);
        if (!normalized.isEmpty()) {
            value = GroupingComponent::leaf(QStringLiteral("value"), {normalized});
            if (normalized != exception.value)
                value.hint = QStringLiteral("stripped event-specific values");
        }
    }
    if (stack.contributes && value.contributes)
        value.disable(QStringLiteral("ignored because stacktrace takes precedence"));
    if (nsError && nsError->contributes && value.contributes)
        value.disable(QStringLiteral("ignored because ns-error info takes precedence"));

    std::vector<GroupingComponent> children {type, value};
    if (nsError)
        children.push_back(*nsError);
    children.push_back(stack);
    return GroupingComponent::node(QStringLiteral("exception"), children);
}

VariantComponents GroupingStrategies::exceptionVariants(const ExceptionValue &exception) const
{
    // Sentry's exception strategy has a system variant only where there is a stack trace to judge.
    VariantComponents result;
    result.insert(kApp, exceptionComponent(exception, kApp));
    if (hasFrames(exception))
        result.insert(kSystem, exceptionComponent(exception, kSystem));
    return result;
}

void GroupingStrategies::removeNonStacktraceVariants(VariantComponents &variants)
{
    QStringList withStack;
    for (auto it = variants.cbegin(); it != variants.cend(); ++it) {
        if (it.value().anyContributing(QStringLiteral("stacktrace")))
            withStack << it.key();
    }
    if (withStack.isEmpty())
        return;
    const QString suffix = withStack.size() == 1 ? QStringLiteral("but the %1 variant does").arg(withStack.constFirst())
                                                 : QStringLiteral("but other variants do");
    // A component that is already off keeps its own reason (the snapshots show "it contains no
    // in-app frames", not this one, on such a stack trace).
    for (auto it = variants.begin(); it != variants.end(); ++it) {
        if (!withStack.contains(it.key()) && it.value().contributes)
            it.value().disable(QStringLiteral("ignored because this variant does not have a contributing stacktrace, ") + suffix);
    }
}

void GroupingStrategies::dropSystemIfSameAsApp(VariantComponents &variants)
{
    if (!variants.contains(kApp) || !variants.contains(kSystem))
        return;
    const auto app = variants.value(kApp).hash();
    GroupingComponent &system = variants[kSystem];
    if (app && system.hash() == app)
        system.disable(QStringLiteral("ignored because hash matches app variant"));
}

VariantComponents GroupingStrategies::chainedException() const
{
    VariantComponents result;
    if (m_event.exceptions.isEmpty())
        return result;
    QList<const ExceptionValue *> all;
    QHash<const ExceptionValue *, VariantComponents> components;
    for (const ExceptionValue &e : m_event.exceptions) {
        all << &e;
        components.insert(&e, exceptionVariants(e));
    }
    // Sentry compares exceptions by the printed form of all their variants' trees, hints included.
    const auto identity = [&components](const ExceptionValue *e) {
        QString key;
        const VariantComponents &variants = components[e];
        for (auto it = variants.cbegin(); it != variants.cend(); ++it)
            key += it.key() + QLatin1Char('=') + it.value().structureKey();
        return key;
    };
    const QList<const ExceptionValue *> exceptions = filterExceptionGroups(m_event, all, identity);
    if (exceptions.size() == 1) {
        result = components.value(exceptions.constFirst());
    } else {
        // Each variant chains the exceptions that have it: those without a stack trace drop out of
        // the system variant rather than joining it with their type and value.
        QMap<QString, std::vector<GroupingComponent>> chains;
        for (const ExceptionValue *e : exceptions) {
            const VariantComponents &variants = components[e];
            for (auto it = variants.cbegin(); it != variants.cend(); ++it)
                chains[it.key()].push_back(it.value());
        }
        for (auto it = chains.begin(); it != chains.end(); ++it)
            result.insert(it.key(), GroupingComponent::node(QStringLiteral("chained_exception"), std::move(it.value())));
    }
    dropSystemIfSameAsApp(result);
    removeNonStacktraceVariants(result);
    return result;
}

VariantComponents GroupingStrategies::threads() const
{
    VariantComponents result;
    if (m_event.threads.isEmpty())
        return result;
    auto pick = [this](auto predicate) -> const Thread * {
        const Thread *found = nullptr;
        int count = 0;
        for (const Thread &t : m_event.threads) {
            if (predicate(t)) {
                found = &t;
                ++count;
            }
        }
        return count == 1 ? found : nullptr;
    };
    const Thread *thread = pick([](const Thread &t) { return t.crashed.value_or(false); });
    if (!thread)
        thread = pick([](const Thread &t) { return t.current.value_or(false); });
    if (!thread && m_event.threads.size() == 1)
        thread = &m_event.threads.constFirst();
    if (!thread) {
        const auto count
            = [this](auto predicate) { return std::count_if(m_event.threads.cbegin(), m_event.threads.cend(), predicate); };
        GroupingComponent off = GroupingComponent::leaf(QStringLiteral("threads"));
        off.hint = QStringLiteral("ignored because it contains neither a single thread nor multiple threads with exactly one "
                                  "crashing or current thread; instead contains %1 crashing, %2 current, and %3 total threads")
                       .arg(count([](const Thread &t) { return t.crashed.value_or(false); }))
                       .arg(count([](const Thread &t) { return t.current.value_or(false); }))
                       .arg(m_event.threads.size());
        result.insert(kApp, off);
        return result;
    }
    if (!thread->stacktrace) {
        GroupingComponent off = GroupingComponent::leaf(QStringLiteral("threads"));
        off.hint = QStringLiteral("ignored because thread has no stacktrace");
        result.insert(kApp, off);
        return result;
    }
    for (const QString &variant : {kApp, kSystem})
        result.insert(
            variant, GroupingComponent::node(QStringLiteral("threads"), {stacktraceComponent(*thread->stacktrace, variant)}));
    dropSystemIfSameAsApp(result);
    removeNonStacktraceVariants(result);
    return result;
}

VariantComponents GroupingStrategies::stacktrace() const
{
    VariantComponents result;
    if (!m_event.stacktrace)
        return result;
    for (const QString &variant : {kApp, kSystem})
        result.insert(variant, stacktraceComponent(*m_event.stacktrace, variant));
    dropSystemIfSameAsApp(result);
    removeNonStacktraceVariants(result);
    return result;
}

VariantComponents GroupingStrategies::csp() const
{
    VariantComponents result;
    if (m_event.csp.isEmpty())
        return result;
    const QString directive = m_event.csp.value(u"effective_directive").toString();
    const QString blocked = m_event.csp.value(u"blocked_uri").toString();
    GroupingComponent salt = GroupingComponent::leaf(QStringLiteral("salt"), {directive});
    salt.hint = QStringLiteral("a static salt");

    // Local script violations (inline code, eval) group by what was violated, anything else by origin.
    QString localViolation;
    static const QStringList scriptDirectives {
        QStringLiteral("script-src"), QStringLiteral("script-src-elem"), QStringLiteral("script-src-attr")};
    if (scriptDirectives.contains(directive)) {
        if (blocked.isEmpty() || blocked == u"inline" || blocked == u"self")
            localViolation = QStringLiteral("'unsafe-inline'");
        else if (blocked == u"eval")
            localViolation = QStringLiteral("'unsafe-eval'");
    }
    QString uri;
    if (blocked.isEmpty() || blocked == u"self" || blocked == u"'self'") {
        uri = QStringLiteral("'self'");
    } else {
        // The origin as written (no case folding): scheme-less host[:port], or the scheme for data/blob.
        const qsizetype schemeEnd = blocked.indexOf(QStringLiteral("://"));
        const QString scheme = blocked.section(u':', 0, 0);
        if (scheme == u"data" || scheme == u"blob") {
            uri = scheme;
        } else if (schemeEnd > 0) {
            static const QRegularExpression pathStart(QStringLiteral("[/?#]"));
            const QString rest = blocked.mid(schemeEnd + 3);
            const qsizetype end = rest.indexOf(pathStart);
            uri = end < 0 ? rest : rest.left(end);
        } else {
            uri = blocked;
        }
    }
    GroupingComponent violation = GroupingComponent::leaf(QStringLiteral("violation"));
    GroupingComponent uriComponent = GroupingComponent::leaf(QStringLiteral("uri"), {uri});
    if (!localViolation.isEmpty()) {
        violation = GroupingComponent::leaf(QStringLiteral("violation"), {localViolation});
        uriComponent.disable(QStringLiteral("ignored because violation takes precedence"));
    } else {
        violation.disable(QStringLiteral("ignored because it's not a local script violation"));
    }
    result.insert(kDefault, GroupingComponent::node(QStringLiteral("csp"), {salt, violation, uriComponent}));
    return result;
}

VariantComponents GroupingStrategies::message() const
{
    VariantComponents result;
    const QString text = m_event.logentry.message.isEmpty() ? m_event.logentry.formatted : m_event.logentry.message;
    if (text.isEmpty())
        return result;
    const QString normalized = Parameterizer::normalizeForGrouping(text);
    GroupingComponent component = GroupingComponent::leaf(QStringLiteral("message"), {normalized});
    if (normalized != text)
        component.hint = QStringLiteral("stripped event-specific values");
    result.insert(kDefault, component);
    return result;
}

} // namespace lookout
