#include "grouping/Enhancements.h"

#include "grouping/BuiltInRules.h"

#include <QHash>

#include <algorithm>
#include <atomic>

namespace lookout {

namespace {

QString normalizedPath(const QString &path)
{
    QString p = path;
    p.replace(u'\\', u'/');
    return asciiLower(p);
}

quint64 nextRuleSetId()
{
    static std::atomic<quint64> next {1};
    return next.fetch_add(1);
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

namespace {

quint8 familyBit(const QString &family)
{
    return family == u"native" ? 1 : family == u"javascript" ? 2 : family == u"other" ? 4 : 0;
}

} // namespace

void RuleFrame::prepare()
{
    familyBit = lookout::familyBit(family);
    matchPackage = normalizedPath(package);
    matchPath = normalizedPath(absPath.isEmpty() ? filename : absPath);
}

bool Enhancements::Matcher::matches(const RuleFrame &frame) const
{
    bool result = false;
    switch (field) {
    case Field::Family:
        result = anyFamily || (frame.familyBit ? (familyMask & frame.familyBit) != 0 : families.contains(frame.family));
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

bool Enhancements::Rule::holds(
    RuleMatchBits::Position position, const QList<RuleFrame> &frames, qsizetype at, quint64 ruleSet) const
{
    const MatcherList &list = lists[position];
    if (list.isEmpty())
        return true;
    if (at < 0 || at >= frames.size())
        return false;
    const RuleFrame &frame = frames.at(at);
    if (frame.staticMatches && frame.staticMatches->ruleSet == ruleSet) {
        if (!frame.staticMatches->test(position, index))
            return false;
    } else {
        for (const Matcher &matcher : list.fixed) {
            if (!matcher.matches(frame))
                return false;
        }
    }
    for (const Matcher &matcher : list.changing) {
        if (!matcher.matches(frame))
            return false;
    }
    return true;
}

bool Enhancements::Rule::matches(const QList<RuleFrame> &frames, qsizetype idx, quint64 ruleSet) const
{
    return holds(RuleMatchBits::Own, frames, idx, ruleSet) && holds(RuleMatchBits::Caller, frames, idx - 1, ruleSet)
        && holds(RuleMatchBits::Callee, frames, idx + 1, ruleSet);
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
        QList<Matcher> own;
        QList<Matcher> caller;
        QList<Matcher> callee;
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
                    for (const QString &family : std::as_const(matcher.families))
                        matcher.familyMask |= familyBit(family);
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
                    caller << matcher;
                } else if (target == Target::Callee) {
                    callee << matcher;
                } else {
                    own << matcher;
                }
                seenFrameMatcher = true;
            } else {
                ok = false;
                break;
            }
        }
        const bool noMatchers = own.isEmpty() && caller.isEmpty() && callee.isEmpty() && rule.exceptionMatchers.isEmpty();
        if (!ok || noMatchers || rule.actions.isEmpty()) {
            if (error && error->isEmpty())
                *error = QStringLiteral("line %1: cannot parse rule \"%2\"").arg(lineNumber).arg(line.trimmed());
            continue;
        }
        // As Sentry prints a rule: exception matchers, the frame's own, then caller and callee.
        QStringList texts;
        for (const Matcher &m : std::as_const(rule.exceptionMatchers))
            texts << m.text;
        for (const Matcher &m : std::as_const(own))
            texts << m.text;
        for (const Matcher &m : std::as_const(caller))
            texts << QStringLiteral("[") + m.text + QStringLiteral("] |");
        for (const Matcher &m : std::as_const(callee))
            texts << QStringLiteral("| [") + m.text + QLatin1Char(']');
        rule.matcherText = texts.join(QLatin1Char(' '));
        // Cheap matchers first: most rules are for one platform family and fail on it at once.
        const auto split = [](const QList<Matcher> &matchers, MatcherList &list) {
            for (const Matcher &m : matchers)
                (m.isStatic() ? list.fixed : list.changing) << m;
            std::stable_partition(
                list.fixed.begin(), list.fixed.end(), [](const Matcher &m) { return m.field == Field::Family; });
        };
        split(own, rule.lists[RuleMatchBits::Own]);
        split(caller, rule.lists[RuleMatchBits::Caller]);
        split(callee, rule.lists[RuleMatchBits::Callee]);
        for (const Action &action : std::as_const(rule.actions)) {
            rule.modifies = rule.modifies || action.kind == Kind::App || action.kind == Kind::Category;
            rule.groups = rule.groups || action.kind == Kind::Group || action.kind == Kind::MaxFrames;
        }
        // Hints quote the rule; made once here rather than for every frame it changes.
        rule.appText = rule.describe(Kind::App);
        const QString groupText = rule.describe(Kind::Group);
        rule.ignoredHint = QStringLiteral("ignored by ") + groupText;
        rule.unignoredHint = QStringLiteral("un-ignored by ") + groupText;
        rule.index = result.m_rules.size();
        result.m_rules << rule;
    }
    result.m_id = nextRuleSetId();
    result.planFamilies();
    return result;
}

const Enhancements &Enhancements::builtIn()
{
    static const Enhancements rules = [] {
        Enhancements parsed = parse(builtInEnhancementRules(), true);
        // Cached answers are keyed by frames alone: rules about the exception would make that wrong.
        parsed.m_cacheable = std::all_of(
            parsed.m_rules.cbegin(), parsed.m_rules.cend(), [](const Rule &rule) { return rule.exceptionMatchers.isEmpty(); });
        return parsed;
    }();
    return rules;
}

void Enhancements::append(const Enhancements &other)
{
    if (other.m_rules.isEmpty())
        return;
    const qsizetype offset = m_rules.size();
    m_rules += other.m_rules;
    for (qsizetype i = offset; i < m_rules.size(); ++i)
        m_rules[i].index = i;
    m_id = nextRuleSetId();
    m_cacheable = false;
    planFamilies();
}

void Enhancements::planFamilies()
{
    m_familyPlans.assign(3, {});
    for (int family = 0; family < 3; ++family) {
        const auto bit = quint8(1 << family);
        for (const Rule &rule : std::as_const(m_rules)) {
            for (int position = 0; position < RuleMatchBits::Positions; ++position) {
                const QList<Matcher> &fixed = rule.lists[position].fixed;
                bool familyPasses = true;
                bool more = false;
                for (const Matcher &m : fixed) {
                    if (m.field == Field::Family)
                        familyPasses = familyPasses && m.familyPasses(bit);
                    else
                        more = true;
                }
                if (familyPasses)
                    (more ? m_familyPlans[size_t(family)].evaluate : m_familyPlans[size_t(family)].pass)
                        .emplace_back(rule.index, position);
            }
        }
    }
}

void Enhancements::matchStatic(RuleFrame &frame) const
{
    auto bits = std::make_shared<RuleMatchBits>();
    bits->ruleSet = m_id;
    bits->wordsPerPosition = (m_rules.size() + 63) / 64;
    bits->words.resize(RuleMatchBits::Positions * bits->wordsPerPosition);
    std::fill(bits->words.begin(), bits->words.end(), 0);
    const auto set = [&bits](qsizetype rule, int position) {
        bits->words[position * bits->wordsPerPosition + rule / 64] |= quint64(1) << (rule % 64);
    };
    const qsizetype family = frame.familyBit == 1 ? 0 : frame.familyBit == 2 ? 1 : frame.familyBit == 4 ? 2 : -1;
    if (family >= 0) {
        const FamilyPlan &plan = m_familyPlans[size_t(family)];
        for (const auto &[rule, position] : plan.pass)
            set(rule, position);
        for (const auto &[rule, position] : plan.evaluate) {
            const QList<Matcher> &fixed = m_rules.at(rule).lists[position].fixed;
            if (std::all_of(fixed.cbegin(), fixed.cend(),
                    [&frame](const Matcher &m) { return m.field == Field::Family || m.matches(frame); }))
                set(rule, position);
        }
    } else {
        for (const Rule &rule : m_rules) {
            for (int position = 0; position < RuleMatchBits::Positions; ++position) {
                const QList<Matcher> &fixed = rule.lists[position].fixed;
                if (std::all_of(fixed.cbegin(), fixed.cend(), [&frame](const Matcher &m) { return m.matches(frame); }))
                    set(rule.index, position);
            }
        }
    }
    frame.staticMatches = std::move(bits);
}

std::vector<quint64> Enhancements::candidates(const QList<RuleFrame> &frames) const
{
    std::vector<quint64> result;
    for (const RuleFrame &frame : frames) {
        if (!frame.staticMatches || frame.staticMatches->ruleSet != m_id)
            return {};
        const RuleMatchBits &bits = *frame.staticMatches;
        if (result.empty())
            result.assign(size_t(bits.wordsPerPosition), 0);
        for (qsizetype i = 0; i < bits.wordsPerPosition; ++i)
            result[size_t(i)] |= bits.words[RuleMatchBits::Own * bits.wordsPerPosition + i];
    }
    return result;
}

bool Enhancements::mayMatch(const std::vector<quint64> &candidates, const Rule &rule)
{
    // A rule with no matchers of its own may still match through its caller or callee.
    return candidates.empty() || rule.lists[RuleMatchBits::Own].isEmpty()
        || ((candidates[size_t(rule.index) / 64] >> (size_t(rule.index) % 64)) & 1);
}

void Enhancements::applyModifications(QList<RuleFrame> &frames, const RuleException &exception) const
{
    const std::vector<quint64> possible = candidates(frames);
    for (const Rule &rule : m_rules) {
        if (!rule.modifies || !mayMatch(possible, rule) || !rule.matchesException(exception))
            continue;
        for (qsizetype idx = 0; idx < frames.size(); ++idx) {
            if (!rule.matches(frames, idx, m_id))
                continue;
            for (const Action &action : rule.actions) {
                if (action.kind == Kind::Category) {
                    frames[idx].category = action.value;
                } else if (action.kind == Kind::App) {
                    const auto [begin, end] = action.frames(idx, frames.size());
                    for (qsizetype i = begin; i < end; ++i) {
                        frames[i].inApp = action.flag;
                        frames[i].inAppRule = rule.appText;
                    }
                }
            }
        }
    }
}

Enhancements::GroupingPlan Enhancements::planGrouping(const QList<RuleFrame> &frames, const RuleException &exception) const
{
    GroupingPlan plan;
    const std::vector<quint64> possible = candidates(frames);
    for (const Rule &rule : m_rules) {
        if (!rule.groups || !mayMatch(possible, rule) || !rule.matchesException(exception))
            continue;
        for (qsizetype idx = 0; idx < frames.size(); ++idx) {
            if (!rule.matches(frames, idx, m_id))
                continue;
            for (const Action &action : rule.actions) {
                if (action.kind == Kind::MaxFrames) {
                    plan.maxFrames = action.number;
                    continue;
                }
                if (action.kind != Kind::Group)
                    continue;
                const auto [begin, end] = action.frames(idx, frames.size());
                const QString &hint = action.flag ? rule.unignoredHint : rule.ignoredHint;
                for (qsizetype i = begin; i < end; ++i)
                    plan.steps.push_back({i, action.flag, hint});
            }
        }
    }
    return plan;
}

void Enhancements::applyGrouping(const GroupingPlan &plan, QList<GroupingComponent> &components)
{
    for (const GroupingStep &step : plan.steps) {
        if (step.index >= components.size())
            continue;
        GroupingComponent &component = components[step.index];
        if (component.contributes != step.flag) {
            component.contributes = step.flag;
            component.hint = step.hint;
        }
    }
    if (plan.maxFrames) {
        const int maxFrames = *plan.maxFrames;
        int kept = 0;
        for (auto it = components.rbegin(); it != components.rend(); ++it) {
            if (!it->contributes)
                continue;
            if (kept < maxFrames) {
                ++kept;
                continue;
            }
            it->disable(QStringLiteral("ignored because only %1 %2 considered")
                    .arg(maxFrames)
                    .arg(maxFrames == 1 ? QStringLiteral("frame is") : QStringLiteral("frames are")));
        }
    }
}

} // namespace lookout
