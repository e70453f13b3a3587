#pragma once

#include "domain/Level.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>
#include <utility>

namespace lookout {

// The first slice of Lookout's event model: the fields the issue stream needs. The full model
// (threads, breadcrumbs, contexts, request, ...) grows from here.
struct Frame
{
    QString function;
    QString module;
    QString filename;
    QString absPath;
    int lineno = 0;
    std::optional<bool> inApp;
};

struct ExceptionValue
{
    QString type;
    QString value;
    QString module;
    QString mechanismType;
    std::optional<bool> handled;
    QList<Frame> frames; // oldest first, as Sentry stores them
};

struct Event
{
    QString eventId;
    QDateTime timestamp;
    QString platform;
    Level level = Level::Error;
    QString logger;
    QString transaction;
    QString culprit;
    QString release;
    QString environment;
    QString message;
    QString userKey; // the user's id, else email, username or IP: what "users affected" counts
    QStringList fingerprint;
    QList<std::pair<QString, QString>> tags;
    QList<ExceptionValue> exceptions; // chained: the last one is the outermost, as Sentry sends them

    // What the issue stream shows, derived as Sentry derives them.
    QString title() const;
    QString effectiveCulprit() const;
};

} // namespace lookout
