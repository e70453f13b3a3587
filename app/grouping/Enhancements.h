#pragma once

#include "grouping/GroupingComponent.h"
#include "grouping/RuleGlob.h"

#include <QList>
#include <QString>

#include <optional>
#include <utility>
#include <vector>

namespace lookout {

// What the stack-trace rules see of one frame; in_app and category change as rules apply.
struct RuleFrame
{
    QString family; // native, javascript, other
    QString function; // as Sentry's rules see it: trimmed, "<unknown>" when missing
    QString module;
    QString package;
    QString absPath;
    QString filename;
    QString category;
    std::optional<bool> clientInApp;
    std::optional<bool> inApp;
    QString inAppRule; // description of the rule that last set in_app

    // What the path and package matchers compare against, computed once per frame by prepare()
    // rather than once per rule: lowercased, forward-slashed, and for path the abs_path or, only
    // when there is none, the filename (Sentry matches one of them, not both).
    QString matchPackage;
    QString matchPath;
    void prepare();
};

// The exception whose stack trace the rules look at (none for thread and event stack traces):
// "type:", "value:" and "mechanism:" matchers read it, "<unknown>" standing in for what is missing.
struct RuleException
{
    QString type;
    QString value;
    QString mechanism; // mechanism.type
};

// Sentry's stack-trace rules ("grouping enhancements"): one rule per line, matchers then actions,
//   family:native function:std::* -app
//   path:**/release_webhook.py v-group
//   category:threadbase -group v-group
// Matchers: family, function, module, package, path, category, app, and of the exception type,
// value, mechanism (each may be negated with !);
// actions: +app/-app, +group/-group (prefixed ^ = the frames towards the crash, v = towards the
// callers), category=NAME, max-frames=N. "[ matchers ] |" before a rule constrains the calling
// frame (the one before in the list), "| [ matchers ]" after it the called frame.
class Enhancements
{
public:
    static Enhancements parse(const QString &text, bool builtIn, QString *error = nullptr);
    // Sentry's built-in rule set for config newstyle:2026-01-20, as far as Lookout implements it.
    static const Enhancements &builtIn();

    void append(const Enhancements &other)
    {
        m_rules += other.m_rules;
        m_memoize = m_memoize && other.m_rules.isEmpty();
    }
    qsizetype size() const { return m_rules.size(); }

    // Phase 1 (Sentry does this during normalisation): categories and in_app.
    void applyModifications(QList<RuleFrame> &frames, const RuleException &exception = {}) const;
    // Phase 2, per variant: +group/-group and max-frames on already built frame components. The
    // components' hints receive the rule that ignored (or un-ignored) them.
    void applyGrouping(
        const QList<RuleFrame> &frames, std::vector<GroupingComponent> &components, const RuleException &exception = {}) const;

    // One +group/-group decision for the frame at index, in the order rules make them.
    struct GroupingStep
    {
        qsizetype index;
        bool flag;
        QString hint;
    };

private:
    enum class Range { Self, Up, Down };
    enum class Kind { App, Group, Category, MaxFrames };
    enum class Field { Family, Function, Module, Package, Path, Category, App, Type, Value, Mechanism };
    struct Matcher
    {
        Field field = Field::Family;
        bool anyFamily = false;
        QString key;
        RuleGlob pattern;
        QStringList families;
        bool negated = false;
        QString text;
        bool matches(const RuleFrame &frame) const;
    };
    struct Action
    {
        Kind kind;
        Range range = Range::Self;
        bool flag = false;
        QString value;
        int number = 0;
        QString text;
        // [begin, end) of the frames this action changes when the rule matched frame idx.
        std::pair<qsizetype, qsizetype> frames(qsizetype idx, qsizetype count) const
        {
            switch (range) {
            case Range::Up: // ^: towards the crash
                return {idx + 1, count};
            case Range::Down: // v: towards the callers
                return {0, idx};
            case Range::Self:
                break;
            }
            return {idx, idx + 1};
        }
    };
    struct Rule
    {
        QList<Matcher> matchers;
        QList<Matcher> callerMatchers;
        QList<Matcher> calleeMatchers;
        QList<Matcher> exceptionMatchers;
        QList<Action> actions;
        QString matcherText; // the matchers as Sentry prints them, for hints
        bool builtIn = false;
        bool matches(const QList<RuleFrame> &frames, qsizetype idx) const;
        bool matchesException(const RuleException &exception) const;
        QString describe(Kind kind) const;
    };
    void computeModifications(QList<RuleFrame> &frames, const RuleException &exception) const;
    std::vector<GroupingStep> computeGrouping(
        const QList<RuleFrame> &frames, const RuleException &exception, std::optional<int> *maxFrames) const;

    QList<Rule> m_rules;
    // The built-in set alone gives the same answer for the same frames, and real imports repeat
    // the same stacks again and again: its results are remembered per stack (see Enhancements.cpp).
    bool m_memoize = false;
};

} // namespace lookout
