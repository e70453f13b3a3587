#pragma once

#include "domain/Level.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>
#include <utility>

namespace lookout {

// Lookout's event model: one shape for every input form (normalised event JSON, REST API events,
// envelopes). Names follow Sentry's event schema (snake_case there, camelCase here). Free-form parts
// (vars, data, contexts, extra) stay JSON: they are shown, searched and kept, never interpreted.

using KeyValueList = QList<std::pair<QString, QString>>;

struct Frame
{
    QString function;
    QString rawFunction;
    QString symbol;
    QString module;
    QString package;
    QString filename;
    QString absPath;
    QString platform;
    QString instructionAddr;
    QString symbolAddr;
    QString imageAddr;
    std::optional<int> lineno;
    std::optional<int> colno;
    std::optional<bool> inApp;
    QString contextLine;
    bool hasContextLine = false; // "" is a real (blank) source line
    QStringList preContext;
    QStringList postContext;
    QJsonObject vars;
    QJsonObject data;
};

struct Stacktrace
{
    QList<Frame> frames; // oldest (outermost caller) first, the crashing frame last, as Sentry stores them
    QJsonObject registers;
};

struct Mechanism
{
    QString type;
    QString description;
    QString helpLink;
    QString source;
    std::optional<bool> handled;
    std::optional<bool> synthetic;
    std::optional<qint64> exceptionId;
    std::optional<qint64> parentId;
    bool isExceptionGroup = false;
    QJsonObject meta; // errno, signal, mach_exception, ns_error
    QJsonObject data;
};

struct ExceptionValue
{
    QString type;
    QString value;
    QString module;
    QString threadId;
    std::optional<Mechanism> mechanism;
    std::optional<Stacktrace> stacktrace;
    std::optional<Stacktrace> rawStacktrace;
};

struct Thread
{
    QString id;
    QString name;
    std::optional<bool> crashed;
    std::optional<bool> current;
    std::optional<bool> main;
    QString state;
    std::optional<Stacktrace> stacktrace;
    std::optional<Stacktrace> rawStacktrace;
};

struct Breadcrumb
{
    QDateTime timestamp;
    QString type;
    QString category;
    Level level = Level::Info;
    QString message;
    QJsonObject data;
};

struct User
{
    QString id;
    QString email;
    QString username;
    QString ipAddress;
    QString name;
    QJsonObject geo;
    QJsonObject data;
    // What "users affected" counts: the id, else email, username or IP, as Sentry's tag does.
    QString key() const;
    bool isEmpty() const { return key().isEmpty(); }
};

struct Request
{
    QString url;
    QString method;
    QString queryString;
    QString fragment;
    QString cookies;
    KeyValueList headers;
    KeyValueList env;
    QJsonValue data;
    bool isEmpty() const { return url.isEmpty() && method.isEmpty() && headers.isEmpty(); }
};

struct Sdk
{
    QString name;
    QString version;
    QStringList integrations;
    KeyValueList packages; // name, version
};

struct LogEntry
{
    QString message; // the template, e.g. "Order %s not found"
    QString formatted; // with parameters filled in
    QJsonArray params;
    QString text() const { return formatted.isEmpty() ? message : formatted; }
};

struct Event
{
    QString eventId; // 32 lowercase hex digits
    QDateTime timestamp;
    QDateTime received;
    QString type; // error, default, transaction, csp, ...
    QString platform;
    Level level = Level::Error;
    QString logger;
    QString transaction;
    QString culprit;
    QString serverName;
    QString release;
    QString dist;
    QString environment;
    LogEntry logentry;
    QStringList fingerprint;
    KeyValueList tags;
    QJsonObject contexts;
    QJsonObject extra;
    QJsonObject modules;
    User user;
    Request request;
    Sdk sdk;
    QList<ExceptionValue> exceptions; // chained: cause first, the outermost exception last
    std::optional<Stacktrace> stacktrace; // a stack trace outside any exception
    QList<Thread> threads;
    QList<Breadcrumb> breadcrumbs; // oldest first
    QString checksum; // legacy client-side grouping
    QJsonObject csp; // a CSP report's interface, for the reports' grouping
    QJsonObject templateInfo;
    // Grouping that Sentry already computed, kept when an event comes from Sentry itself.
    QStringList hashes;
    QString groupId;

    QString title() const;
    QString effectiveCulprit() const;
    QString tag(const QString &key) const;
    // The most relevant stack: the outermost exception's, else the crashed thread's, else the event's.
    const Stacktrace *mainStacktrace() const;
};

// Release health: one session update (envelope "session" item) ...
struct SessionUpdate
{
    QString sid;
    QString did;
    bool init = false;
    QDateTime started;
    QDateTime timestamp;
    QString status; // ok, exited, crashed, abnormal, errored
    qint64 errors = 0;
    std::optional<double> duration;
    std::optional<qint64> seq;
    QString release;
    QString environment;
};

// ... and one bucket of a pre-aggregated "sessions" item.
struct SessionAggregate
{
    QDateTime started;
    QString did;
    qint64 exited = 0;
    qint64 errored = 0;
    qint64 abnormal = 0;
    qint64 crashed = 0;
    QString release;
    QString environment;
};

} // namespace lookout
