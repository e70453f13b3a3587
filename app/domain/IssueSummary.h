#pragma once

#include "domain/Level.h"

#include <QDateTime>
#include <QString>

namespace lookout {

// One row of the issue stream, as the store returns it.
struct IssueSummary
{
    qint64 id = 0;
    QString projectSlug;
    QString shortId;
    QString title;
    QString culprit;
    Level level = Level::Error;
    QString status;
    QString platform;
    qint64 timesSeen = 0;
    qint64 userCount = 0;
    QDateTime firstSeen;
    QDateTime lastSeen;
};

struct ProjectSummary
{
    qint64 id = 0;
    QString slug;
    QString name;
    QString platform;
    qint64 unresolvedCount = 0;
};

} // namespace lookout
