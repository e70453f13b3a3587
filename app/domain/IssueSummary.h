#pragma once

#include "domain/Level.h"

#include <QDateTime>
#include <QString>

namespace lookout {

// One row of the issue stream, as the store returns it.
struct IssueSummary
{
    qint64 id = 0;
    qint64 projectId = 0;
    QString projectSlug;
    QString projectName;
    QString shortId;
    QString title;
    QString culprit;
    Level level = Level::Error;
    QString status;
    QString substatus;
    QString platform;
    QString assignee;
    bool bookmarked = false;
    bool hasSeen = false;
    qint64 timesSeen = 0;
    qint64 userCount = 0;
    QDateTime firstSeen;
    QDateTime lastSeen;
    QString firstRelease;
    QString lastRelease;
};

struct ProjectSummary
{
    qint64 id = 0;
    QString slug;
    QString name;
    QString platform;
    qint64 unresolvedCount = 0;
    qint64 accountId = 0; // the Sentry account it syncs from; 0 for imported data
};

} // namespace lookout
