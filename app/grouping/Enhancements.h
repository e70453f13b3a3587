#pragma once

#include "grouping/GroupingComponent.h"
#include "grouping/RuleGlob.h"

#include <QList>
#include <QString>
#include <QVarLengthArray>

#include <memory>
#include <optional>
#include <utility>
#include <vector>

namespace lookout {

// Per rule, one bit for each of its matcher lists (the frame's own, the caller's, the callee's):
// set when the list's static matchers all hold for the frame. Valid only for the rule set it names.
struct RuleMatchBits
{
    enum Position { Own, Caller, Callee, Positions };
    quint64 ruleSet = 0;
    qsizetype wordsPerPosition = 0;
    QVarLengthArray<quint64, 12> words; // Positions rows of wordsPerPosition: one allocation in all
    bool test(Position position, qsizetype rule) const
    {
        return (words[position * wordsPerPosition + rule / 64] >> (rule % 64)) & 1;
    }
};

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
    quint8 familyBit = 0; // the family as a bit (native 1, javascript 2, other 4), 0 for anything else
    void prepare();

    // What Enhancements::matchStatic() found for the fields above that rules never change (family,
    // function, module, package, path), so that a frame seen again need not run every glob once
    // more. Null: every matcher is evaluated.
    std::shared_ptr<const RuleMatchBits> staticMatches;
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

    void append(const Enhancements &other);
    qsizetype size() const { return m_rules.size(); }
    // The built-in set alone: its answers depend on the frames alone (it has no exception matchers),
    // so grouping may remember them per stack and per frame.
    bool isCacheable() const { return m_cacheable; }

    // Fills frame.staticMatches for this rule set (after RuleFrame::prepare()).
    void matchStatic(RuleFrame &frame) const;

    // Phase 1 (Sentry does this during normalisation): categories and in_app.
    void applyModifications(QList<RuleFrame> &frames, const RuleException &exception = {}) const;

    // Phase 2, per variant: +group/-group and max-frames on already built frame components. The
    // components' hints receive the rule that ignored (or un-ignored) them. The decisions depend on
    // the frames alone, so they are worked out once (planGrouping) and applied to each variant.
    struct GroupingStep
    {
        qsizetype index;
        bool flag;
        QString hint;
    };
    struct GroupingPlan
    {
        std::vector<GroupingStep> steps; // in the order rules make them
        std::optional<int> maxFrames;
    };
    GroupingPlan planGrouping(const QList<RuleFrame> &frames, const RuleException &exception = {}) const;
    static void applyGrouping(const GroupingPlan &plan, QList<GroupingComponent> &components);
    void applyGrouping(
        const QList<RuleFrame> &frames, QList<GroupingComponent> &components, const RuleException &exception = {}) const
    {
        applyGrouping(planGrouping(frames, exception), components);
    }

private:
    enum class Range { Self, Up, Down };
    enum class Kind { App, Group, Category, MaxFrames };
    enum class Field { Family, Function, Module, Package, Path, Category, App, Type, Value, Mechanism };
    struct Matcher
    {
        Field field = Field::Family;
        bool anyFamily = false;
        quint8 familyMask = 0; // families as RuleFrame::familyBit bits
        QString key;
        RuleGlob pattern;
        QStringList families;
        bool negated = false;
        QString text;
        bool matches(const RuleFrame &frame) const;
        // Reads nothing that rules change (category, in_app).
        bool isStatic() const { return field != Field::Category && field != Field::App; }
        // A family matcher's answer for a frame of the family with that RuleFrame::familyBit.
        bool familyPasses(quint8 bit) const { return (anyFamily || (familyMask & bit) != 0) != negated; }
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
    // The matchers about one frame (the rule's own, its caller or its callee), split by whether
    // they read what rules change.
    struct MatcherList
    {
        QList<Matcher> fixed;
        QList<Matcher> changing;
        bool isEmpty() const { return fixed.isEmpty() && changing.isEmpty(); }
    };
    struct Rule
    {
        MatcherList lists[RuleMatchBits::Positions];
        QList<Matcher> exceptionMatchers;
        QList<Action> actions;
        QString matcherText; // the matchers as Sentry prints them, for hints
        bool builtIn = false;
        qsizetype index = 0;
        bool modifies = false; // has an app or category action
        bool groups = false; // has a group or max-frames action
        QString appText; // hints: "... stacktrace rule (MATCHERS +app)"
        QString ignoredHint;
        QString unignoredHint;
        bool matches(const QList<RuleFrame> &frames, qsizetype idx, quint64 ruleSet) const;
        bool holds(RuleMatchBits::Position position, const QList<RuleFrame> &frames, qsizetype at, quint64 ruleSet) const;
        bool matchesException(const RuleException &exception) const;
        QString describe(Kind kind) const;
    };
    // Rules that may match some frame of these: those whose own fixed matchers hold for one of
    // them. Empty (no filter) when a frame has no static matches for this rule set.
    std::vector<quint64> candidates(const QList<RuleFrame> &frames) const;
    static bool mayMatch(const std::vector<quint64> &candidates, const Rule &rule);

    // For a frame of one family (RuleFrame::familyBit), which matcher lists matchStatic() has to
    // evaluate: those whose family matchers pass it, without them. The lists that have nothing else
    // are set at once; the rest, whose family matchers fail, are not.
    struct FamilyPlan
    {
        std::vector<std::pair<qsizetype, int>> evaluate; // rule index, RuleMatchBits::Position
        std::vector<std::pair<qsizetype, int>> pass;
    };
    void planFamilies();

    QList<Rule> m_rules;
    std::vector<FamilyPlan> m_familyPlans; // by familyBit: 1, 2, 4 at 0, 1, 2
    quint64 m_id = 0; // tells rule sets apart for RuleFrame::staticMatches
    bool m_cacheable = false;
};

} // namespace lookout
