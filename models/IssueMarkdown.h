#pragma once

#include <QString>

namespace lookout {

struct Event;
struct IssueSummary;

// "Copy as Markdown": an issue for a chat message or a ticket: its short id and title (linked to
// Sentry when it has a URL), culprit, the numbers, the event, and the top in-app frames.
class IssueMarkdown
{
public:
    static QString render(const IssueSummary &issue, const Event &event, const QString &url, int maxFrames = 5);
    // Text safe to put in Markdown outside code: characters with meaning there are escaped.
    static QString escape(const QString &text);
};

} // namespace lookout
