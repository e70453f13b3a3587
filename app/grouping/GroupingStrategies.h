#pragma once

#include "domain/Event.h"
#include "grouping/Enhancements.h"
#include "grouping/GroupingComponent.h"
#include "grouping/StacktraceGrouping.h"

#include <QVarLengthArray>

#include <utility>

namespace lookout {

// Variant name (app, system, default) -> the component one strategy built for that variant, in name
// order. There are at most three, so a sorted array does what a map would, without allocating.
class VariantComponents
{
public:
    using Entry = std::pair<QString, GroupingComponent>;
    // Adds the variant, or replaces it.
    void insert(const QString &name, GroupingComponent component);
    GroupingComponent *find(const QString &name);
    const GroupingComponent *find(const QString &name) const;
    bool isEmpty() const { return m_entries.isEmpty(); }
    Entry *begin() { return m_entries.begin(); }
    Entry *end() { return m_entries.end(); }
    const Entry *begin() const { return m_entries.cbegin(); }
    const Entry *end() const { return m_entries.cend(); }

private:
    QVarLengthArray<Entry, 3> m_entries;
};

// The strategies of Sentry's newstyle:2026-01-20 grouping config, one method per strategy. Each
// returns a component per variant, or nothing when the event lacks that interface; deciding which
// strategy wins is the Grouper's job.
class GroupingStrategies
{
public:
    GroupingStrategies(const Event &event, const Enhancements &enhancements);

    VariantComponents chainedException() const;
    VariantComponents threads() const;
    VariantComponents stacktrace() const;
    VariantComponents csp() const;
    VariantComponents message() const;

    // Pieces, public for tests and tools.
    GroupingComponent frameComponent(const Frame &frame, const Frame *previous) const;
    GroupingComponent stacktraceComponent(
        const Stacktrace &stacktrace, const QString &variant, const RuleException &exception = {}) const;
    // The exception's component per variant: app, and system where it has a stack trace.
    VariantComponents exceptionVariants(const ExceptionValue &exception) const;

private:
    // Sentry's variant processors for stack-bearing strategies, in the order it runs them: the
    // system variant is dropped when it repeats app, then variants without a stack trace give way.
    static void removeNonStacktraceVariants(VariantComponents &variants);
    static void dropSystemIfSameAsApp(VariantComponents &variants);

    const Event &m_event;
    StacktraceGrouping m_stacks;
};

} // namespace lookout
