#pragma once

#include <QString>

namespace lookout {

struct Event;

// The words of an event that full-text search looks at, one string per FTS5 column, its pieces
// (a frame, a breadcrumb, a tag value) one per line.
struct EventText
{
    QString message;
    QString exception;
    QString frames;
    QString breadcrumbs;
    QString tags;

    static EventText from(const Event &event);
};

} // namespace lookout
