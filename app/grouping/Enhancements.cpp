#include "grouping/Enhancements.h"

#include "grouping/BuiltInRules.h"

#include <QHash>

#include <algorithm>

namespace lookout {

namespace {

// Sentry's globs: ** crosses path separators, * and ? do not (for path-like fields), [..] is a
// character class ([[] is how rules spell a literal bracket), \x is a literal x.
QString globToRegex(const QString &glob, bool pathLike)
{
    QString re = QStringLiteral("^");
    qsizetype i = 0;
    if (pathLike && glob.startsWith(QStringLiteral("**/"))) {
        re += QStringLiteral("(?:.*/)?"); // "**/x" also matches a bare "x"
        i = 3;
    }
    for (; i < glob.size(); ++i) {
        const QChar c = glob.at(i);
        if (c == u'*') {
            if (i + 1 < glob.size() && glob.at(i + 1) == u'*') {
                re += QStringLiteral(".*");
                ++i;
            } else {
                re += pathLike ? QStringLiteral("[^/]*") : QStringLiteral(".*");
            }
        } else if (c == u'?') {
            re += pathLike ? QStringLiteral("[^/]") : QStringLiteral(".");
        } else if (c == u'[') {
            const qsizetype end = glob.indexOf(u']', i + 2);
            if (end < 0) {
                re += QStringLiteral("\\[");
                continue;
            }
            QString cls = glob.mid(i + 1, end - i - 1);
            const bool negate = cls.startsWith(u'!');
            if (negate)
                cls.remove(0, 1);
            cls.replace(QStringLiteral("\\"), QStringLiteral("\\\\"));
            cls.replace(QStringLiteral("["), QStringLiteral("\\["));
            re += QStringLiteral("[") + (negate ? QStringLiteral("^") : QString()) + cls + QStringLiteral("]");
            i = end;
        } else if (c == u'\\' && i + 1 < glob.size()) {
            re += QRegularExpression::escape(QString(glob.at(++i)));
        } else {
            re += QRegularExpression::escape(QString(c));
        }
    }
    return re + QLatin1Char('$');
}

QString normalizedPath(const QString &path)
{
    QString p = path;
    p.replace(u'\\', u'/');
    return p.toLower();
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
            if (c == u'\\' && i + 1 < line.size()) {
                current += c;
                current += line.at(++i);
            } else if (c == u'"') {
                quoted = false;
            } else {
                current += c;
            }
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

Enhancements::Glob Enhancements::Glob::compile(const QString &glob, bool pathLike)
{
    Glob result;
    QString text = glob;
    bool pathSuffix = false;
    bool leadingAny = false;
    bool trailingAny = false;
    if (pathLike && text.startsWith(u"**/")) {
        pathSuffix = true;
        text.remove(0, 3);
    } else if (text.startsWith(u"**")) {
        leadingAny = true;
        text.remove(0, 2);
    } else if (!pathLike && text.startsWith(u'*')) {
        leadingAny = true;
        text.remove(0, 1);
    }
    if (text.endsWith(u"**") && !text.endsWith(u"\\**")) {
        trailingAny = true;
        text.chop(2);
    } else if (!pathLike && text.endsWith(u'*') && !text.endsWith(u"\\*")) {
        trailingAny = true;
        text.chop(1);
    }
    const bool literal
        = std::none_of(text.cbegin(), text.cend(), [](QChar c) { return c == u'*' || c == u'?' || c == u'[' || c == u'\\'; });
    if (!literal || (pathSuffix && text.isEmpty())) {
        result.regex = QRegularExpression(globToRegex(glob, pathLike));
        result.regex.optimize();
        return result;
    }
    result.literal = text;
    if (pathSuffix)
        result.kind = trailingAny ? Kind::PathContains : Kind::PathSuffix;
    else if (leadingAny)
        result.kind = trailingAny ? Kind::Contains : Kind::Suffix;
    else
        result.kind = trailingAny ? Kind::Prefix : Kind::Exact;
    return result;
}

bool Enhancements::Glob::matches(const QString &value) const
{
    switch (kind) {
    case Kind::Exact:
        return value == literal;
    case Kind::Prefix:
        return value.startsWith(literal);
    case Kind::Suffix:
        return value.endsWith(literal);
    case Kind::Contains:
        return value.contains(literal);
    case Kind::PathSuffix: // "**/x": x itself, or x after any directory
        return value.endsWith(literal) && (value.size() == literal.size() || value.at(value.size() - literal.size() - 1) == u'/');
    case Kind::PathContains: { // "**/x/**": x at the start, or after any directory
        if (value.startsWith(literal))
            return true;
        for (qsizetype at = value.indexOf(literal, 1); at > 0; at = value.indexOf(literal, at + 1)) {
            if (value.at(at - 1) == u'/')
                return true;
        }
        return false;
    }
    case Kind::Regex:
        break;
    }
    return regex.match(value).hasMatch();
}

void RuleFrame::prepare()
{
    matchPackage = normalizedPath(package);
    matchAbsPath = normalizedPath(absPath);
    matchFilename = normalizedPath(filename);
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
        result = pattern.matches(frame.matchPackage);
        break;
    case Field::Path:
        result = pattern.matches(frame.matchAbsPath) || pattern.matches(frame.matchFilename);
        break;
    case Field::Category:
        result = pattern.matches(frame.category);
        break;
    case Field::App:
        result = frame.inApp.value_or(false) == families.contains(QStringLiteral("yes"));
        break;
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

QString Enhancements::Rule::describe(Kind kind) const
{
    QStringList parts;
    for (const Matcher &matcher : matchers)
        parts << matcher.text;
    for (const Action &action : actions) {
        if (action.kind == kind)
            parts << action.text;
    }
    return QStringLiteral("%1 stack trace rule (%2)")
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
                const QString value = body.section(u':', 1);
                if (key.startsWith(QStringLiteral("stack.")))
                    key = key.mid(6);
                if (key == u"abs_path")
                    key = QStringLiteral("path");
                matcher.key = key;
                // Hints name the matcher by its canonical key ("stack.function:x" reads "function:x").
                matcher.text = (matcher.negated ? QStringLiteral("!") : QString()) + key + QLatin1Char(':') + value;
                if (key == u"family" || key == u"app") {
                    matcher.field = key == u"family" ? Field::Family : Field::App;
                    matcher.families = value.toLower().split(u',');
                    matcher.anyFamily = matcher.families.contains(QStringLiteral("all"));
                    if (key == u"app" && (value == u"1" || value == u"true"))
                        matcher.families = {QStringLiteral("yes")};
                } else if (key == u"path" || key == u"package") {
                    matcher.field = key == u"path" ? Field::Path : Field::Package;
                    matcher.pattern = Glob::compile(value.toLower(), true);
                } else if (key == u"function" || key == u"module" || key == u"category") {
                    matcher.field = key == u"function" ? Field::Function : key == u"module" ? Field::Module : Field::Category;
                    matcher.pattern = Glob::compile(value, false);
                } else {
                    ok = false;
                    break;
                }
                if (target == Target::Caller) {
                    rule.callerMatchers << matcher;
                } else if (target == Target::Callee) {
                    rule.calleeMatchers << matcher;
                } else {
                    rule.matchers << matcher;
                    seenFrameMatcher = true;
                }
            } else {
                ok = false;
                break;
            }
        }
        if (!ok || rule.matchers.isEmpty() || rule.actions.isEmpty()) {
            if (error && error->isEmpty())
                *error = QStringLiteral("line %1: cannot parse rule \"%2\"").arg(lineNumber).arg(line.trimmed());
            continue;
        }
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
        parsed.m_memoize = true;
        return parsed;
    }();
    return rules;
}

void Enhancements::computeModifications(QList<RuleFrame> &frames) const
{
    for (const Rule &rule : m_rules) {
        bool relevant = false;
        for (const Action &action : rule.actions)
            relevant = relevant || action.kind == Kind::App || action.kind == Kind::Category;
        if (!relevant)
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
    const QList<RuleFrame> &frames, std::optional<int> *maxFrames) const
{
    std::vector<GroupingStep> steps;
    for (const Rule &rule : m_rules) {
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

void Enhancements::applyModifications(QList<RuleFrame> &frames) const
{
    if (!m_memoize) {
        computeModifications(frames);
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
    computeModifications(frames);
    QList<ModificationResult> results;
    results.reserve(frames.size());
    for (const RuleFrame &f : std::as_const(frames))
        results.append({f.category, f.inApp, f.inAppRule});
    cache.bound();
    cache.modifications.insert(key, results);
}

void Enhancements::applyGrouping(const QList<RuleFrame> &frames, std::vector<GroupingComponent> &components) const
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
            steps = computeGrouping(frames, &maxFrames);
            cache.bound();
            cache.grouping.insert(key, {steps, maxFrames});
        }
    } else {
        steps = computeGrouping(frames, &maxFrames);
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
