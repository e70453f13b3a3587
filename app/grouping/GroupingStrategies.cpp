#include "grouping/GroupingStrategies.h"

#include "grouping/ExceptionGroups.h"
#include "grouping/Parameterizer.h"

#include <QRegularExpression>

#include <algorithm>

namespace lookout {

namespace {

const QString kApp = QStringLiteral("app");
const QString kSystem = QStringLiteral("system");
const QString kDefault = QStringLiteral("default");

} // namespace

void VariantComponents::insert(const QString &name, GroupingComponent component)
{
    auto at = std::lower_bound(
        m_entries.begin(), m_entries.end(), name, [](const Entry &e, const QString &n) { return e.first < n; });
    if (at != m_entries.end() && at->first == name)
        at->second = std::move(component);
    else
        m_entries.insert(at, Entry {name, std::move(component)});
}

GroupingComponent *VariantComponents::find(const QString &name)
{
    for (Entry &entry : m_entries) {
        if (entry.first == name)
            return &entry.second;
    }
    return nullptr;
}

const GroupingComponent *VariantComponents::find(const QString &name) const
{
    return const_cast<VariantComponents *>(this)->find(name);
}

GroupingStrategies::GroupingStrategies(const Event &event, const Enhancements &enhancements)
    : m_event(event)
    , m_stacks(enhancements, event.platform)
{ }

GroupingComponent GroupingStrategies::frameComponent(const Frame &frame, const Frame *previous) const
{
    return m_stacks.frameComponent(frame, previous);
}

GroupingComponent GroupingStrategies::stacktraceComponent(
    const Stacktrace &stacktrace, const QString &variant, const RuleException &exception) const
{
    StacktraceComponents components = m_stacks.build(stacktrace, exception);
    return variant == kApp ? components.app : components.system;
}

VariantComponents GroupingStrategies::exceptionVariants(const ExceptionValue &exception) const
{
    GroupingComponent type = exception.type.isEmpty() ? GroupingComponent::leaf(QStringLiteral("type"))
                                                      : GroupingComponent::leaf(QStringLiteral("type"), exception.type);
    std::optional<GroupingComponent> nsError;
    if (exception.mechanism) {
        if (exception.mechanism->synthetic.value_or(false))
            type.disable(QStringLiteral("ignored because exception is synthetic"));
        const QJsonValue ns = exception.mechanism->meta.value(u"ns_error");
        if (ns.isObject()) {
            const QJsonObject object = ns.toObject();
            QList<GroupingComponent> parts;
            parts.reserve(2);
            const QJsonValue domain = object.value(u"domain");
            parts.push_back(domain.isString() ? GroupingComponent::leaf(QStringLiteral("domain"), domain.toString())
                                              : GroupingComponent::leaf(QStringLiteral("domain")));
            const QJsonValue code = object.value(u"code");
            parts.push_back(code.isDouble() ? GroupingComponent::number(QStringLiteral("code"), qint64(code.toDouble()))
                    : code.isString()       ? GroupingComponent::leaf(QStringLiteral("code"), code.toString())
                                            : GroupingComponent::leaf(QStringLiteral("code")));
            nsError = GroupingComponent::node(QStringLiteral("ns_error"), std::move(parts));
        }
    }

    GroupingComponent value = GroupingComponent::leaf(QStringLiteral("value"));
    if (!exception.value.isEmpty()) {
        const QString normalized = Parameterizer::normalizeForGrouping(exception.value);
        if (!normalized.isEmpty()) {
            value = GroupingComponent::leaf(QStringLiteral("value"), normalized);
            if (normalized != exception.value)
                value.hint = QStringLiteral("stripped event-specific values");
        }
    }

    const auto component = [&](const GroupingComponent &stack) {
        GroupingComponent shownValue = value;
        if (stack.contributes && shownValue.contributes)
            shownValue.disable(QStringLiteral("ignored because stacktrace takes precedence"));
        if (nsError && nsError->contributes && shownValue.contributes)
            shownValue.disable(QStringLiteral("ignored because ns-error info takes precedence"));
        QList<GroupingComponent> children;
        children.reserve(4);
        children << type << shownValue;
        if (nsError)
            children << *nsError;
        children << stack;
        return GroupingComponent::node(QStringLiteral("exception"), std::move(children));
    };

    // Sentry's exception strategy has a system variant only where there is a stack trace to judge,
    // and it only gives an exception a stack trace when that has frames.
    VariantComponents result;
    if (exception.stacktrace && !exception.stacktrace->frames.isEmpty()) {
        const RuleException ruleException {
            exception.type, exception.value, exception.mechanism ? exception.mechanism->type : QString()};
        const StacktraceComponents stacks = m_stacks.build(*exception.stacktrace, ruleException);
        result.insert(kApp, component(stacks.app));
        result.insert(kSystem, component(stacks.system));
    } else {
        result.insert(kApp, component(GroupingComponent::leaf(QStringLiteral("stacktrace"))));
    }
    return result;
}

void GroupingStrategies::removeNonStacktraceVariants(VariantComponents &variants)
{
    QVarLengthArray<QString, 3> withStack;
    for (const auto &[name, component] : std::as_const(variants)) {
        if (component.anyContributing(QStringLiteral("stacktrace")))
            withStack << name;
    }
    if (withStack.isEmpty())
        return;
    const QString suffix = withStack.size() == 1 ? QStringLiteral("but the %1 variant does").arg(withStack.front())
                                                 : QStringLiteral("but other variants do");
    // A component that is already off keeps its own reason (the snapshots show "it contains no
    // in-app frames", not this one, on such a stack trace).
    for (auto &[name, component] : variants) {
        if (!withStack.contains(name) && component.contributes)
            component.disable(QStringLiteral("ignored because this variant does not have a contributing stacktrace, ") + suffix);
    }
}

void GroupingStrategies::dropSystemIfSameAsApp(VariantComponents &variants)
{
    const GroupingComponent *app = variants.find(kApp);
    GroupingComponent *system = variants.find(kSystem);
    if (!app || !system)
        return;
    const auto appHash = app->hash();
    if (appHash && system->hash() == appHash)
        system->disable(QStringLiteral("ignored because hash matches app variant"));
}

VariantComponents GroupingStrategies::chainedException() const
{
    VariantComponents result;
    if (m_event.exceptions.isEmpty())
        return result;
    QList<const ExceptionValue *> all;
    all.reserve(m_event.exceptions.size());
    std::vector<VariantComponents> components;
    components.reserve(size_t(m_event.exceptions.size()));
    for (const ExceptionValue &e : m_event.exceptions) {
        all << &e;
        components.push_back(exceptionVariants(e));
    }
    const auto of = [&](const ExceptionValue *e) -> const VariantComponents & {
        return components[size_t(e - m_event.exceptions.constData())];
    };
    // Sentry compares exceptions by the printed form of all their variants' trees, hints included.
    const auto identity = [&of](const ExceptionValue *e) {
        QString key;
        for (const auto &[name, component] : of(e))
            key += name + QLatin1Char('=') + component.structureKey();
        return key;
    };
    const QList<const ExceptionValue *> exceptions = filterExceptionGroups(m_event, all, identity);
    if (exceptions.size() == 1) {
        result = of(exceptions.constFirst());
    } else {
        // Each variant chains the exceptions that have it: those without a stack trace drop out of
        // the system variant rather than joining it with their type and value.
        QVarLengthArray<std::pair<QString, QList<GroupingComponent>>, 3> chains;
        for (const ExceptionValue *e : exceptions) {
            for (const auto &[name, component] : of(e)) {
                auto chain = std::find_if(chains.begin(), chains.end(), [&name](const auto &c) { return c.first == name; });
                if (chain == chains.end()) {
                    chains.append({name, {}});
                    chain = chains.end() - 1;
                    chain->second.reserve(exceptions.size());
                }
                chain->second.push_back(component);
            }
        }
        for (auto &[name, chain] : chains)
            result.insert(name, GroupingComponent::node(QStringLiteral("chained_exception"), std::move(chain)));
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
    const StacktraceComponents stacks = m_stacks.build(*thread->stacktrace);
    result.insert(kApp, GroupingComponent::node(QStringLiteral("threads"), {stacks.app}));
    result.insert(kSystem, GroupingComponent::node(QStringLiteral("threads"), {stacks.system}));
    dropSystemIfSameAsApp(result);
    removeNonStacktraceVariants(result);
    return result;
}

VariantComponents GroupingStrategies::stacktrace() const
{
    VariantComponents result;
    if (!m_event.stacktrace)
        return result;
    const StacktraceComponents stacks = m_stacks.build(*m_event.stacktrace);
    result.insert(kApp, stacks.app);
    result.insert(kSystem, stacks.system);
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
    GroupingComponent salt = GroupingComponent::leaf(QStringLiteral("salt"), directive);
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
    GroupingComponent uriComponent = GroupingComponent::leaf(QStringLiteral("uri"), uri);
    if (!localViolation.isEmpty()) {
        violation = GroupingComponent::leaf(QStringLiteral("violation"), localViolation);
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
    GroupingComponent component = GroupingComponent::leaf(QStringLiteral("message"), normalized);
    if (normalized != text)
        component.hint = QStringLiteral("stripped event-specific values");
    result.insert(kDefault, component);
    return result;
}

} // namespace lookout
