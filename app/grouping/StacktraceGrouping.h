#pragma once

#include "domain/Event.h"
#include "grouping/Enhancements.h"
#include "grouping/GroupingComponent.h"

#include <QVarLengthArray>

namespace lookout {

// A stack trace's component in the two variants that have one: app (in-app frames only) and system.
struct StacktraceComponents
{
    GroupingComponent app;
    GroupingComponent system;
};

// Sentry's frame and stack-trace strategies. A stack trace's components depend on nothing but its
// frames (what grouping and the rules read of each, and whether each repeats the one before it), the
// event's platform for frames without their own, and the rules. With the built-in rules alone (which
// do not read the exception) and GroupingCaches on, repeated stack traces come from a per-thread
// cache, and the frames of a new one mostly from a per-thread frame cache.
class StacktraceGrouping
{
public:
    StacktraceGrouping(const Enhancements &enhancements, const QString &eventPlatform);

    StacktraceComponents build(const Stacktrace &stacktrace, const RuleException &exception = {}) const;
    GroupingComponent frameComponent(const Frame &frame, const Frame *previous) const;

    struct FrameView; // one frame of the stack trace being grouped, with what its key needs
    using FrameViews = QVarLengthArray<FrameView, 64>;
    struct FrameResult; // what a frame alone decides: its component and what the rules see of it

private:
    FrameResult computeFrame(const Frame &frame, const QString &platform, bool cached) const;
    FrameResult frameResult(const FrameView &view, bool cached) const;
    StacktraceComponents assemble(
        const Stacktrace &stacktrace, const FrameViews &views, const RuleException &exception, bool cached) const;
    const QString &platformOf(const Frame &frame) const { return frame.platform.isEmpty() ? m_eventPlatform : frame.platform; }

    const Enhancements &m_enhancements;
    const QString &m_eventPlatform;
};

} // namespace lookout
