#pragma once

#include "domain/Event.h"
#include "grouping/Enhancements.h"
#include "grouping/GroupingComponent.h"

#include <QMap>

namespace lookout {

// Variant name (app, system, default) -> the component one strategy built for that variant.
using VariantComponents = QMap<QString, GroupingComponent>;

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
    GroupingComponent exceptionComponent(const ExceptionValue &exception, const QString &variant) const;

private:
    QString platformOf(const Frame &frame) const;
    VariantComponents exceptionVariants(const ExceptionValue &exception) const;
    // Sentry's variant processors for stack-bearing strategies, in the order it runs them: the
    // system variant is dropped when it repeats app, then variants without a stack trace give way.
    static void removeNonStacktraceVariants(VariantComponents &variants);
    static void dropSystemIfSameAsApp(VariantComponents &variants);

    const Event &m_event;
    const Enhancements &m_enhancements;
};

} // namespace lookout
