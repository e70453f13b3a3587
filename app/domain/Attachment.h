#pragma once

#include <QByteArray>
#include <QString>

namespace lookout {

// A file an SDK sent with an event (envelope "attachment" items): shown and saved, never run.
struct Attachment
{
    QString eventId; // of the event it belongs to: the envelope's
    QString filename;
    QString contentType;
    QString attachmentType; // event.attachment, event.minidump, event.view_hierarchy, ...
    qsizetype size = 0;
    QByteArray bytes;
};

} // namespace lookout
