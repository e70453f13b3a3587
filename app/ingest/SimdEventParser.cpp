#include "ingest/SimdEventParser.h"

#include "ingest/InputLimits.h"
#include "ingest/JsonFields.h"
#include "ingest/SimdEventParserParts.h"
#include "ingest/SimdJsonValues.h"

#include <algorithm>
#include <array>
#include <cstring>
#include <memory>

namespace lookout {

using namespace SimdJson;
using Status = SimdParseResult::Status;

namespace {

// The top-level members EventJsonParser reads, plus "event" for telling the REST wrapper apart.
enum Key {
    EventId,
    Timestamp,
    Received,
    Type,
    Platform,
    LevelKey,
    Logger,
    Transaction,
    Culprit,
    ServerName,
    Release,
    Dist,
    Environment,
    LogEntryKey,
    Message,
    Fingerprint,
    Tags,
    Contexts,
    Extra,
    Modules,
    UserKey,
    RequestKey,
    SdkKey,
    Exception,
    StacktraceKey,
    Threads,
    Breadcrumbs,
    Checksum,
    Csp,
    Template,
    Hashes,
    GroupId,
    EventWrapper,
    KeyCount
};

constexpr std::array<std::string_view, KeyCount> keyNames {"event_id", "timestamp", "received", "type", "platform", "level",
    "logger", "transaction", "culprit", "server_name", "release", "dist", "environment", "logentry", "message", "fingerprint",
    "tags", "contexts", "extra", "modules", "user", "request", "sdk", "exception", "stacktrace", "threads", "breadcrumbs",
    "checksum", "csp", "template", "hashes", "group_id", "event"};

// Records above this size get a parser of their own, freed after: a thread's parser keeps the
// memory of the largest record it has seen (about 14 bytes per byte of JSON), and a 20 MB record
// would cost some 300 MB per thread for the rest of the import.
constexpr qsizetype maxPooledBytes = 256 * 1024;

struct ThreadParser
{
    simdjson::dom::parser parser;
    std::unique_ptr<char[]> buffer; // the record, copied with the padding simdjson reads past its end
    std::size_t capacity = 0;
    bool allocated = false;
};

SimdParseResult notHandled(const QString &why)
{
    return {Status::NotHandled, std::nullopt, why};
}

// The Qt path decides records the fast path turns down at the document level, so that both reject
// the same records with the same message (offsets included); rare, so its cost does not matter.
SimdParseResult qtVerdict(QByteArrayView json, const QString &why)
{
    QString error;
    if (!InputLimits::parseObject(json, &error))
        return {Status::Rejected, std::nullopt, error};
    return notHandled(why);
}

SimdParseResult rejected(const EventReader &reader, const QString &error)
{
    // A value past the string limit would have been truncated first; let the Qt path say what it says.
    if (reader.fallingBack())
        return notHandled(reader.fallbackReason());
    return {Status::Rejected, std::nullopt, error};
}

SimdParseResult readEvent(Object root, SimdEventParser::Scope scope)
{
    std::array<Field, KeyCount> f {};
    for (const simdjson::dom::key_value_pair field : root) {
        const std::string_view key = field.key;
        const auto known = std::find(keyNames.begin(), keyNames.end(), key);
        if (known != keyNames.end()) {
            f[std::size_t(known - keyNames.begin())] = field.value; // the last duplicate wins
        } else if (key == "sid" || key == "aggregates") { // the importer reads these as sessions
            return notHandled(QStringLiteral("a session record"));
        } else if (key == "entries" || key == "eventID" || key == "dateCreated") { // RestEventParser::isRestForm
            return notHandled(QStringLiteral("a REST API event"));
        } else if (key.starts_with("sentry.interfaces.")) { // LegacyKeys renames these first
            return notHandled(QStringLiteral("legacy key \"%1\"").arg(QString::fromUtf8(key.data(), qsizetype(key.size()))));
        }
    }
    if (asObject(f[EventWrapper]) && !f[EventId])
        return notHandled(QStringLiteral("a REST API event"));
    if (isString(f[Type]) && f[Type]->get_string().value_unsafe() == "transaction") // the importer skips these
        return notHandled(QStringLiteral("a transaction"));

    // From here on EventJsonParser::parse, field by field and with its messages.
    EventReader r;
    r.storing = scope == SimdEventParser::Scope::Storing;
    Event event;
    const QString hex = r.stringOr(f[EventId]).remove(QLatin1Char('-')).toLower();
    if (!isString(f[EventId]) || hex.size() != 32 || !JsonFields::isHex(hex))
        return rejected(r, QStringLiteral("field \"event_id\": expected 32 hex digits"));
    event.eventId = hex;
    event.timestamp = r.timestamp(f[Timestamp]);
    if (!event.timestamp.isValid())
        return rejected(r, QStringLiteral("field \"timestamp\": expected seconds since the epoch or an RFC 3339 date"));
    event.received = r.timestamp(f[Received]);
    event.type = r.text(f[Type]);
    event.platform = r.stringOr(f[Platform], QStringLiteral("other"));
    event.level = levelFromString(r.text(f[LevelKey]), Level::Error);
    event.logger = r.text(f[Logger]);
    event.transaction = r.text(f[Transaction]);
    event.culprit = r.text(f[Culprit]);
    event.serverName = r.text(f[ServerName]);
    event.release = r.text(f[Release]);
    event.dist = r.text(f[Dist]);
    event.environment = r.text(f[Environment]);
    // "message" is the old name of "logentry", read only when there is no "logentry" at all.
    event.logentry = r.logEntry(f[LogEntryKey] ? f[LogEntryKey] : f[Message]);
    event.fingerprint = r.stringList(f[Fingerprint]);
    event.tags = r.pairs(f[Tags]);
    if (!r.storing) {
        event.contexts = r.object(f[Contexts]);
        event.extra = r.object(f[Extra]);
        event.modules = r.object(f[Modules]);
    }
    event.user = r.user(f[UserKey]);
    if (!r.storing)
        event.request = r.request(f[RequestKey]);
    event.sdk = r.sdk(f[SdkKey]);
    const QList<Element> exceptions = valuesOf(f[Exception]);
    event.exceptions.reserve(exceptions.size());
    for (const Element &e : exceptions)
        event.exceptions.append(r.exception(e));
    event.stacktrace = r.stacktrace(f[StacktraceKey]);
    const QList<Element> threads = valuesOf(f[Threads]);
    event.threads.reserve(threads.size());
    for (const Element &t : threads)
        event.threads.append(r.thread(t));
    const QList<Element> breadcrumbs = valuesOf(f[Breadcrumbs]);
    const qsizetype firstKept = qMax(qsizetype(0), breadcrumbs.size() - InputLimits::maxBreadcrumbs); // the newest
    event.breadcrumbs.reserve(breadcrumbs.size() - firstKept);
    for (qsizetype i = firstKept; i < breadcrumbs.size(); ++i)
        event.breadcrumbs.append(r.breadcrumb(breadcrumbs.at(i)));
    event.checksum = r.text(f[Checksum]);
    event.csp = r.object(f[Csp]);
    if (!r.storing)
        event.templateInfo = r.object(f[Template]);
    event.hashes = r.stringList(f[Hashes]);
    event.groupId = r.text(f[GroupId]);
    if (event.type.isEmpty())
        event.type = event.exceptions.isEmpty() && event.threads.isEmpty() ? QStringLiteral("default") : QStringLiteral("error");
    if (r.fallingBack())
        return notHandled(r.fallbackReason());
    return {Status::Parsed, std::move(event), {}};
}

SimdParseResult parseWith(
    simdjson::dom::parser &parser, const char *padded, QByteArrayView json, bool realloc, SimdEventParser::Scope scope)
{
    Element root;
    const simdjson::error_code error = parser.parse(padded, std::size_t(json.size()), realloc).get(root);
    if (error != simdjson::SUCCESS)
        return qtVerdict(json, QStringLiteral("simdjson: %1").arg(QString::fromUtf8(simdjson::error_message(error))));
    // InputLimits refuses raw NULs anywhere; simdjson fails on them too, but that is its detail.
    if (std::memchr(json.data(), 0, std::size_t(json.size())))
        return qtVerdict(json, QStringLiteral("a NUL byte"));
    if (root.type() != simdjson::dom::element_type::OBJECT) // simdjson accepts scalar documents; Qt does not
        return qtVerdict(json, QStringLiteral("not a JSON object"));
    if (hasUnderflowingNumber(parser.doc, json))
        return qtVerdict(json, QStringLiteral("a number that underflows to zero"));
    return readEvent(root.get_object().value_unsafe(), scope);
}

} // namespace

SimdParseResult SimdEventParser::parse(QByteArrayView json, Scope scope)
{
    if (json.isEmpty() || json.size() > InputLimits::maxRecordBytes)
        return qtVerdict(json, {});
    if (json.size() > maxPooledBytes) {
        simdjson::dom::parser parser {std::size_t(InputLimits::maxRecordBytes)};
        if (parser.allocate(std::size_t(json.size()), InputLimits::maxJsonDepth) != simdjson::SUCCESS)
            return qtVerdict(json, QStringLiteral("simdjson could not allocate"));
        return parseWith(parser, json.data(), json, true, scope);
    }
    thread_local ThreadParser state;
    if (!state.allocated) {
        // simdjson counts the depth as InputLimits::scanJson does: 64 levels pass, 65 fail. The
        // capacity grows with the records (keeping this depth), up to maxPooledBytes.
        if (state.parser.allocate(64 * 1024, InputLimits::maxJsonDepth) != simdjson::SUCCESS)
            return qtVerdict(json, QStringLiteral("simdjson could not allocate"));
        state.allocated = true;
    }
    const std::size_t needed = std::size_t(json.size()) + simdjson::SIMDJSON_PADDING;
    if (state.capacity < needed) {
        state.capacity = std::size_t(maxPooledBytes) + simdjson::SIMDJSON_PADDING;
        state.buffer = std::make_unique<char[]>(state.capacity);
    }
    std::memcpy(state.buffer.get(), json.data(), std::size_t(json.size()));
    std::memset(state.buffer.get() + json.size(), 0, simdjson::SIMDJSON_PADDING);
    return parseWith(state.parser, state.buffer.get(), json, false, scope);
}

} // namespace lookout
