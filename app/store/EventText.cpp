#include "store/EventText.h"

#include "domain/Event.h"

namespace lookout {

// Enough text to find an event by what a person remembers of it, bounded so that one huge event
// cannot bloat the index.
static constexpr qsizetype maxColumnLength = 64 * 1024;

static void append(QString &column, const QString &text)
{
    if (text.isEmpty() || column.size() >= maxColumnLength)
        return;
    if (!column.isEmpty())
        column += QLatin1Char('\n'); // pieces stay apart for IssueTextIndex; FTS5 reads a space
    column += text.left(maxColumnLength - column.size());
}

static void appendFrames(QString &column, const Stacktrace &stack)
{
    for (const Frame &frame : stack.frames) {
        append(column, frame.function);
        append(column, frame.module.isEmpty() ? frame.filename : frame.module);
    }
}

EventText EventText::from(const Event &event)
{
    EventText text;
    append(text.message, event.logentry.text());
    append(text.message, event.transaction);
    for (const ExceptionValue &exception : event.exceptions) {
        append(text.exception, exception.type);
        append(text.exception, exception.value);
        if (exception.stacktrace)
            appendFrames(text.frames, *exception.stacktrace);
    }
    if (event.stacktrace)
        appendFrames(text.frames, *event.stacktrace);
    for (const Thread &thread : event.threads) {
        if (thread.stacktrace && thread.crashed.value_or(false))
            appendFrames(text.frames, *thread.stacktrace);
    }
    for (const Breadcrumb &crumb : event.breadcrumbs)
        append(text.breadcrumbs, crumb.message);
    for (const auto &[key, value] : event.tags)
        append(text.tags, value);
    return text;
}

} // namespace lookout
