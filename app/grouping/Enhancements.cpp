#include "grouping/Enhancements.h"

#include "grouping/BuiltInRules.h"

#include <QHash>

#include <algorithm>

namespace lookout {

namespace {

QString normalizedPath(const QString &path)
{
    QString p = path;
    p.replace(u'\\', u'/');
    return asciiLower(p);
}

// Splits a rule line into tokens; quotes group a value with spaces, # starts a comment.
QStringList tokenize(const QString &line)
{
    QStringList tokens;
    QString current;
    bool quoted = false;
    for (qsizetype i = 0; i < line.size(); ++i) {
        const QChar c = line.at(i);
        if (quoted) {
            // As in Sentry, a quoted value runs to the next quote; backslashes stay for the glob.
            if (c == u'"')
                quoted = false;
            else
                current += c;
        } else if (c == u'"') {
            quoted = true;
        } else if (c == u'#' && current.isEmpty()) {
            break;
        } else if (c.isSpace()) {
            if (!current.isEmpty())
                tokens << current;
            current.clear();
        } else {
            current += c;
        }
    }
    if (!current.isEmpty())
        tokens << current;
    return tokens;
}

} // namespace

void RuleFrame::prepare()
{
    matchPackage = normalizedPath(package);
    matchPath = normalizedPath(absPath.isEmpty() ? filename : absPath);
}

bool Enhancements::Matcher::matches(const RuleFrame &frame) const
{
    bool result = false;
    switch (field) {
    case Field::Family:
        result = anyFamily || families.contains(frame.family);
        break;
    case Field::Function:
        result = pattern.matches(frame.function);
        break;
    case Field::Module:
        result = pattern.matches(frame.module);
        break;
    case Field::Package:
        result = !frame.matchPackage.isEmpty() && pattern.matches(frame.matchPackage);
        break;
    case Field::Path:
        result = !frame.matchPath.isEmpty() && pattern.matches(frame.matchPath);
        break;
    case Field::Category:
        result = pattern.matches(frame.category);
        break;
    case Field::App:
        result = !families.isEmpty() && frame.inApp.value_or(false) == (families.constFirst() == u"yes");
        break;
    case Field::Type:
    case Field::Value:
    case Field::Mechanism:
        return true; // Rule::matchesException() answers these, once per stack trace
    }
    return result != negated;
}

bool Enhancements::Rule::matches(const QList<RuleFrame> &frames, qsizetype idx) const
{
    auto all = [&frames](const QList<Matcher> &list, qsizetype at) {
        if (list.isEmpty())
            return true;
        if (at < 0 || at >= frames.size())
            return false;
        for (const Matcher &matcher : list) {
            if (!matcher.matches(frames.at(at)))
                return false;
        }
        return true;
    };
    return all(matchers, idx) && all(callerMatchers, idx - 1) && all(calleeMatchers, idx + 1);
}

bool Enhancements::Rule::matchesException(const RuleException &exception) const
{
    for (const Matcher &matcher : exceptionMatchers) {
        const QString &field = matcher.field == Field::Type ? exception.type
            : matcher.field == Field::Value                 ? exception.value
                                                            : exception.mechanism;
        if (matcher.pattern.matches(field.isEmpty() ? QStringLiteral("<unknown>") : field) == matcher.negated)
            return false;
    }
    return true;
}

QString Enhancements::Rule::describe(Kind kind) const
{
    QStringList parts {matcherText};
    for (const Action &action : actions) {
        if (action.kind == kind)
            parts << action.text;
    }
    return QStringLiteral("%1 stacktrace rule (%2)")
        .arg(builtIn ? QStringLiteral("built-in") : QStringLiteral("custom"), parts.join(QLatin1Char(' ')));
}

Enhancements Enhancements::parse(const QString &text, bool builtIn, QString *error)
{
    Enhancements result;
    int lineNumber = 0;
    for (const QString &line : text.split(QLatin1Char('\n'))) {
        ++lineNumber;
        const QStringList tokens = tokenize(line);
        if (tokens.isEmpty())
            continue;
        Rule rule;
        rule.builtIn = builtIn;
        bool ok = true;
        // Context brackets: "[ ... ] |" before the frame's own matchers, "| [ ... ]" after them.
        enum class Target { Caller, Frame, Callee } target = Target::Frame;
        bool seenFrameMatcher = false;
        for (const QString &token : tokens) {
            if (token == u"[") {
                target = seenFrameMatcher ? Target::Callee : Target::Caller;
                continue;
            }
            if (token == u"]") {
                target = Target::Frame;
                continue;
            }
            if (token == u"|")
                continue;
            const QChar first = token.at(0);
            if (first == u'+' || first == u'-'
                || ((first == u'^' || first == u'v') && token.size() > 1 && (token.at(1) == u'+' || token.at(1) == u'-'))) {
                Action action;
                QString body = token;
                if (first == u'^' || first == u'v') {
                    action.range = first == u'^' ? Range::Up : Range::Down;
                    body.remove(0, 1);
                }
                action.flag = body.startsWith(u'+');
                const QString name = body.mid(1);
                if (name == u"app")
                    action.kind = Kind::App;
                else if (name == u"group")
                    action.kind = Kind::Group;
                else {
                    ok = false;
                    break;
                }
                action.text = token;
                rule.actions << action;
            } else if (token.contains(u'=') && !token.contains(u':')) {
                const QString key = token.section(u'=', 0, 0);
                Action action;
                action.value = token.section(u'=', 1);
                action.text = token;
                if (key == u"category") {
                    action.kind = Kind::Category;
                } else if (key == u"max-frames") {
                    action.kind = Kind::MaxFrames;
                    action.number = action.value.toInt();
                } else {
                    continue; // min-frames, invert-stacktrace, ...: no effect on hashes we compute
                }
                rule.actions << action;
            } else if (token.contains(u':')) {
                Matcher matcher;
                QString body = token;
                matcher.negated = body.startsWith(u'!');
                if (matcher.negated)
                    body.remove(0, 1);
                QString key = body.section(u':', 0, 0);
                // Sentry's rule parser undoes one level of backslash escaping ("\\\\" reads "\\").
                const QString value = body.section(u':', 1).replace(QStringLiteral("\\\\"), QStringLiteral("\\"));
                static const QHash<QString, QString> aliases {{QStringLiteral("stack.function"), QStringLiteral("function")},
                    {QStringLiteral("stack.module"), QStringLiteral("module")},
                    {QStringLiteral("stack.abs_path"), QStringLiteral("path")},
                    {QStringLiteral("stack.package"), QStringLiteral("package")},
                    {QStringLiteral("error.type"), QStringLiteral("type")},
                    {QStringLiteral("error.value"), QStringLiteral("value")},
                    {QStringLiteral("error.mechanism"), QStringLiteral("mechanism")}};
                key = aliases.value(key, key);
                matcher.key = key;
                // Hints name the matcher by its canonical key ("stack.function:x" reads "function:x").
                matcher.text = (matcher.negated ? QStringLiteral("!") : QString()) + key + QLatin1Char(':') + value;
                if (key == u"family") {
                    matcher.field = Field::Family;
                    matcher.families = value.split(u',');
                    matcher.anyFamily = matcher.families.contains(QStringLiteral("all"));
                } else if (key == u"app") {
                    // Anything but these spellings makes a matcher that never matches, as in Sentry.
                    matcher.field = Field::App;
                    if (value == u"1" || value == u"true" || value == u"yes")
                        matcher.families = {QStringLiteral("yes")};
                    else if (value == u"0" || value == u"false" || value == u"no")
                        matcher.families = {QStringLiteral("no")};
                } else if (key == u"path" || key == u"package") {
                    matcher.field = key == u"path" ? Field::Path : Field::Package;
                    matcher.pattern = RuleGlob::compile(value, true);
                } else if (key == u"function" || key == u"module" || key == u"category") {
                    matcher.field = key == u"function" ? Field::Function : key == u"module" ? Field::Module : Field::Category;
                    matcher.pattern = RuleGlob::compile(value, false);
                } else if (key == u"type" || key == u"value" || key == u"mechanism") {
                    matcher.field = key == u"type" ? Field::Type : key == u"value" ? Field::Value : Field::Mechanism;
                    matcher.pattern = RuleGlob::compile(value, false);
                } else {
                    ok = false;
                    break;
                }
                if (matcher.field == Field::Type || matcher.field == Field::Value || matcher.field == Field::Mechanism) {
                    rule.exceptionMatchers << matcher; // about the exception, wherever written
                } else if (target == Target::Caller) {
                    rule.callerMatchers << matcher;
                } else if (target == Target::Callee) {
                    rule.calleeMatchers << matcher;
                } else {
                    rule.matchers << matcher;
                }
                seenFrameMatcher = true;
            } else {
                ok = false;
                break;
            }
        }
        const bool noMatchers = rule.matchers.isEmpty() && rule.callerMatchers.isEmpty() && rule.calleeMatchers.isEmpty()
            && rule.exceptionMatchers.isEmpty();
        if (!ok || noMatchers || rule.actions.isEmpty()) {
            if (error && error->isEmpty())
                *error = QStringLiteral("line %1: cannot parse rule \"%2\"").arg(lineNumber).arg(line.trimmed());
            continue;
        }
        // As Sentry prints a rule: exception matchers, the frame's own, then caller and callee.
        QStringList texts;
        for (const Matcher &m : std::as_const(rule.exceptionMatchers))
            texts << m.text;
        for (const Matcher &m : std::as_const(rule.matchers))
            texts << m.text;
        for (const Matcher &m : std::as_const(rule.callerMatchers))
            texts << QStringLiteral("[") + m.text + QStringLiteral("] |");
        for (const Matcher &m : std::as_const(rule.calleeMatchers))
            texts << QStringLiteral("| [") + m.text + QLatin1Char(']');
        rule.matcherText = texts.join(QLatin1Char(' '));
        // Cheap matchers first: most rules are for one platform family and fail on it at once.
        const auto cheapFirst = [](QList<Matcher> &list) {
            std::stable_partition(
                list.begin(), list.end(), [](const Matcher &m) { return m.field == Field::Family || m.field == Field::App; });
        };
        cheapFirst(rule.matchers);
        cheapFirst(rule.callerMatchers);
        cheapFirst(rule.calleeMatchers);
        result.m_rules << rule;
    }
    return result;
}

const Enhancements &Enhancements::builtIn()
{
    static const Enhancements rules = [] {
        Enhancements parsed = parse(builtInEnhancementRules(), true);
        // The memo is keyed by frames alone: rules about the exception would make that wrong.
        parsed.m_memoize = std::all_of(
            parsed.m_rules.cbegin(), parsed.m_rules.cend(), [](const Rule &rule) { return rule.exceptionMatchers.isEmpty(); });
        return parsed;
    }();
    return rules;
}

void Enhancements::computeModifications(QList<RuleFrame> &frames, const RuleException &exception) const
{
    for (const Rule &rule : m_rules) {
        bool relevant = false;
        for (const Action &action : rule.actions)
            relevant = relevant || action.kind == Kind::App || action.kind == Kind::Category;
        if (!relevant || !rule.matchesException(exception))
            continue;
        for (qsizetype idx = 0; idx < frames.size(); ++idx) {
            if (!rule.matches(frames, idx))
                continue;
            for (const Action &action : rule.actions) {
                if (action.kind == Kind::Category) {
                    frames[idx].category = action.value;
                } else if (action.kind == Kind::App) {
                    const auto [begin, end] = action.frames(idx, frames.size());
                    for (qsizetype i = begin; i < end; ++i) {
                        frames[i].inApp = action.flag;
                        frames[i].inAppRule = rule.describe(Kind::App);
                    }
                }
            }
        }
    }
}

std::vector<Enhancements::GroupingStep> Enhancements::computeGrouping(
    const QList<RuleFrame> &frames, const RuleException &exception, std::optional<int> *maxFrames) const
{
    std::vector<GroupingStep> steps;
    for (const Rule &rule : m_rules) {
        if (!rule.matchesException(exception))
            continue;
        for (qsizetype idx = 0; idx < frames.size(); ++idx) {
            if (!rule.matches(frames, idx))
                continue;
            for (const Action &action : rule.actions) {
                if (action.kind == Kind::MaxFrames) {
                    *maxFrames = action.number;
                    continue;
                }
                if (action.kind != Kind::Group)
                    continue;
                const auto [begin, end] = action.frames(idx, frames.size());
                const QString hint = (action.flag ? QStringLiteral("un-ignored by ") : QStringLiteral("ignored by "))
                    + rule.describe(Kind::Group);
                for (qsizetype i = begin; i < end; ++i)
                    steps.push_back({i, action.flag, hint});
            }
        }
    }
    return steps;
}

namespace {

// What the rules read of a frame, as one key; two stacks with equal keys get equal answers.
QByteArray stackKey(const QList<RuleFrame> &frames, bool withResults)
{
    QByteArray key;
    key.reserve(frames.size() * 96);
    for (const RuleFrame &f : frames) {
        for (const QString *field : {&f.family, &f.function, &f.module, &f.package, &f.absPath, &f.filename}) {
            key += field->toUtf8();
            key += '\x1f';
        }
        key += f.clientInApp ? (*f.clientInApp ? '1' : '0') : '-';
        if (withResults) {
            key += f.category.toUtf8();
            key += f.inApp ? (*f.inApp ? '1' : '0') : '-';
        }
        key += '\x1e';
    }
    return key;
}

struct ModificationResult
{
    QString category;
    std::optional<bool> inApp;
    QString inAppRule;
};

struct Memo
{
    QHash<QByteArray, QList<ModificationResult>> modifications;
    QHash<QByteArray, std::pair<std::vector<Enhancements::GroupingStep>, std::optional<int>>> grouping;
    void bound()
    {
        // Enough for the distinct stacks of a large import; cleared rather than grown without end.
        constexpr qsizetype limit = 20000;
        if (modifications.size() > limit)
            modifications.clear();
        if (grouping.size() > limit)
            grouping.clear();
    }
};

Memo &memo()
{
    thread_local Memo instance;
    return instance;
}

} // namespace

void Enhancements::applyModifications(QList<RuleFrame> &frames, const RuleException &exception) const
{
    if (!m_memoize) {
        computeModifications(frames, exception);
        return;
    }
    Memo &cache = memo();
    const QByteArray key = stackKey(frames, false);
    const auto found = cache.modifications.constFind(key);
    if (found != cache.modifications.cend()) {
        for (qsizetype i = 0; i < frames.size(); ++i) {
            frames[i].category = found->at(i).category;
            frames[i].inApp = found->at(i).inApp;
            frames[i].inAppRule = found->at(i).inAppRule;
        }
        return;
    }
    computeModifications(frames, exception);
    QList<ModificationResult> results;
    results.reserve(frames.size());
    for (const RuleFrame &f : std::as_const(frames))
        results.append({f.category, f.inApp, f.inAppRule});
    cache.bound();
    cache.modifications.insert(key, results);
}

void Enhancements::applyGrouping(
    const QList<RuleFrame> &frames, std::vector<GroupingComponent> &components, const RuleException &exception) const
{
    std::optional<int> maxFrames;
    std::vector<GroupingStep> steps;
    if (m_memoize) {
        Memo &cache = memo();
        const QByteArray key = stackKey(frames, true);
        const auto found = cache.grouping.constFind(key);
        if (found != cache.grouping.cend()) {
            steps = found->first;
            maxFrames = found->second;
        } else {
            steps = computeGrouping(frames, exception, &maxFrames);
            cache.bound();
            cache.grouping.insert(key, {steps, maxFrames});
        }
    } else {
        steps = computeGrouping(frames, exception, &maxFrames);
    }
    for (const GroupingStep &step : steps) {
        if (step.index >= qsizetype(components.size()))
            continue;
        GroupingComponent &component = components[size_t(step.index)];
        if (component.contributes != step.flag) {
            component.contributes = step.flag;
            component.hint = step.hint;
        }
    }
    if (maxFrames) {
        int kept = 0;
        for (auto it = components.rbegin(); it != components.rend(); ++it) {
            if (!it->contributes)
                continue;
            if (kept < *maxFrames) {
                ++kept;
                continue;
            }
            it->disable(QStringLiteral("ignored because only %1 %2 considered")
                    .arg(*maxFrames)
                    .arg(*maxFrames == 1 ? QStringLiteral("frame is") : QStringLiteral("frames are")));
        }
    }
}

} // namespace lookout
