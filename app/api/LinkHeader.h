#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

namespace lookout {

// Sentry's pagination header:
//   Link: <URL>; rel="previous"; results="false"; cursor="0:0:1", <URL>; rel="next"; results="true"; cursor="0:100:0"
// "results" says whether following the link gives anything; the cursor is opaque.
struct LinkHeader
{
    struct Link
    {
        QString url;
        QString rel;
        QString cursor;
        bool results = false;
    };

    QList<Link> links;

    static LinkHeader parse(const QByteArray &value);
    // The cursor of the next page, or empty when there is none (no link, or results="false").
    QString nextCursor() const;
};

} // namespace lookout
