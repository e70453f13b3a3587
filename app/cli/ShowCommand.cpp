#include "CliCommon.h"
#include "core/Clock.h"
#include "core/RelativeTime.h"
#include "ingest/EventJsonParser.h"
#include "ingest/RestEventParser.h"
#include "ingest/RestEventWriter.h"
#include "store/Store.h"

#include <QCommandLineParser>
#include <QJsonDocument>
#include <QLocale>
#include <QRegularExpression>

namespace lookout::cli {

namespace {

std::optional<Event> parseStored(const StoredEvent &stored, QString *error)
{
    const QJsonObject json = QJsonDocument::fromJson(stored.payload).object();
    if (RestEventParser::isRestForm(json))
        return RestEventParser::parse(json, error);
    return EventJsonParser::parse(json, error);
}

QString frameLine(const Frame &frame)
{
    QString where = !frame.filename.isEmpty() ? frame.filename : !frame.module.isEmpty() ? frame.module : frame.package;
    if (frame.lineno)
        where += QLatin1Char(':') + QString::number(*frame.lineno);
    if (frame.colno)
        where += QLatin1Char(':') + QString::number(*frame.colno);
    const QString function = frame.function.isEmpty() ? QStringLiteral("?") : frame.function;
    return QStringLiteral("%1 %2 (%3)")
        .arg(frame.inApp.value_or(false) ? QStringLiteral("*") : QStringLiteral(" "), function, where);
}

void printStack(const Stacktrace &stack)
{
    // Newest call first, as a person reads a crash; * marks in-app frames.
    for (auto it = stack.frames.crbegin(); it != stack.frames.crend(); ++it)
        out() << "    " << frameLine(*it) << '\n';
}

void printEvent(const Event &event, const QDateTime &now)
{
    out() << "Event " << event.eventId << "  " << event.timestamp.toString(Qt::ISODate) << " ("
          << relativeTime(event.timestamp, now) << ")\n";
    if (!event.release.isEmpty() || !event.environment.isEmpty())
        out() << "  release " << (event.release.isEmpty() ? QStringLiteral("-") : event.release) << "  environment "
              << (event.environment.isEmpty() ? QStringLiteral("-") : event.environment) << '\n';
    if (!event.user.isEmpty())
        out() << "  user " << event.user.key() << '\n';
    if (!event.tags.isEmpty()) {
        QStringList tags;
        for (const auto &[k, v] : event.tags)
            tags << k + QLatin1Char('=') + v;
        out() << "  tags " << tags.join(QStringLiteral(", ")) << '\n';
    }
    if (!event.logentry.text().isEmpty())
        out() << "  message " << event.logentry.text().left(500) << '\n';
    for (auto it = event.exceptions.crbegin(); it != event.exceptions.crend(); ++it) {
        QString mechanism;
        if (it->mechanism)
            mechanism
                = QStringLiteral("  [%1%2]")
                      .arg(it->mechanism->type, it->mechanism->handled == false ? QStringLiteral(", unhandled") : QString());
        out() << "  " << it->type << ": " << it->value.left(500) << mechanism << '\n';
        if (it->stacktrace)
            printStack(*it->stacktrace);
    }
    if (event.exceptions.isEmpty() && event.mainStacktrace())
        printStack(*event.mainStacktrace());
    const qsizetype shown = qMin<qsizetype>(10, event.breadcrumbs.size());
    if (shown > 0)
        out() << "  last " << shown << " breadcrumbs:\n";
    for (qsizetype i = event.breadcrumbs.size() - shown; i < event.breadcrumbs.size(); ++i) {
        const Breadcrumb &b = event.breadcrumbs.at(i);
        out() << "    " << b.timestamp.toString(QStringLiteral("HH:mm:ss")) << ' ' << b.category << ' ' << b.message.left(200)
              << '\n';
    }
}

} // namespace

int runShow(Store &store, const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Show an issue (short id such as BACKEND-API-3, or numeric id) with its latest"
                       " event, or an event (32-digit id)."));
    parser.addOption({QStringLiteral("json"), QStringLiteral("The event in Sentry's REST API form.")});
    parser.addPositionalArgument(QStringLiteral("id"), QStringLiteral("Issue or event id."), QStringLiteral("ISSUE_OR_EVENT"));
    if (!parser.parse(arguments))
        return usageError(parser.errorText());
    if (parser.positionalArguments().size() != 1)
        return usageError(QStringLiteral("show needs exactly one ISSUE_OR_EVENT"));
    const QString id = parser.positionalArguments().constFirst();

    std::optional<IssueSummary> issue;
    std::optional<StoredEvent> stored;
    static const QRegularExpression eventId(QStringLiteral("^[0-9a-fA-F]{32}$|^[0-9a-fA-F-]{36}$"));
    if (eventId.match(id).hasMatch()) {
        stored = store.event(id);
        if (stored)
            issue = store.issue(stored->issueId);
    } else {
        bool numeric = false;
        const qint64 n = id.toLongLong(&numeric);
        issue = numeric ? store.issue(n) : store.issueByShortId(id);
        if (issue)
            stored = store.latestEvent(issue->id);
    }
    if (!issue || !stored) {
        err() << "lookoutctl: no issue or event '" << id << "' in " << store.path() << '\n';
        return Failed;
    }
    QString error;
    const std::optional<Event> event = parseStored(*stored, &error);
    if (!event) {
        err() << "lookoutctl: the stored event " << stored->eventId << " cannot be read: " << error << '\n';
        return Failed;
    }
    if (parser.isSet(QStringLiteral("json"))) {
        out() << QJsonDocument(RestEventWriter::toRest(*event, QString::number(issue->id))).toJson(QJsonDocument::Indented);
        return Ok;
    }
    const QDateTime now = SystemClock::instance().now();
    out() << issue->shortId << "  " << issue->title << '\n';
    if (!issue->culprit.isEmpty())
        out() << "  " << issue->culprit << '\n';
    out() << "  " << levelToString(issue->level) << " · " << issue->status << " · " << issue->timesSeen << " events · "
          << issue->userCount << " users · project " << issue->projectSlug << '\n';
    out() << "  first seen " << relativeTime(issue->firstSeen, now) << ", last seen " << relativeTime(issue->lastSeen, now);
    if (!issue->firstRelease.isEmpty())
        out() << " · releases " << issue->firstRelease << " … " << issue->lastRelease;
    out() << "\n\n";
    printEvent(*event, now);
    const QList<StoredAttachment> attachments = store.attachments(stored->eventId);
    if (!attachments.isEmpty())
        out() << "  attachments:\n";
    for (const StoredAttachment &a : attachments) {
        out() << "    " << a.filename << "  " << (a.contentType.isEmpty() ? QStringLiteral("-") : a.contentType) << "  "
              << a.attachmentType << "  " << QLocale::c().formattedDataSize(a.size) << '\n';
    }
    return Ok;
}

} // namespace lookout::cli
