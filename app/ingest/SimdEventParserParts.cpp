#include "ingest/SimdEventParserParts.h"

#include "ingest/InputLimits.h"

#include <QUrl>

// Every reader walks the members once and assigns, never appends: a later duplicate key replaces
// an earlier one, as in QJsonDocument.
namespace lookout::SimdJson {

Frame EventReader::frame(Field value)
{
    Frame frame;
    const std::optional<Object> members = asObject(value);
    if (!members)
        return frame;
    for (const simdjson::dom::key_value_pair field : *members) {
        const std::string_view key = field.key;
        const Field v = field.value;
        if (key == "function")
            frame.function = text(v);
        else if (key == "raw_function")
            frame.rawFunction = text(v);
        else if (key == "symbol")
            frame.symbol = text(v);
        else if (key == "module")
            frame.module = text(v);
        else if (key == "package")
            frame.package = text(v);
        else if (key == "filename")
            frame.filename = text(v);
        else if (key == "abs_path")
            frame.absPath = text(v);
        else if (key == "platform")
            frame.platform = text(v);
        else if (key == "instruction_addr")
            frame.instructionAddr = text(v);
        else if (key == "symbol_addr")
            frame.symbolAddr = text(v);
        else if (key == "image_addr")
            frame.imageAddr = text(v);
        else if (key == "lineno")
            frame.lineno = optionalInt(v);
        else if (key == "colno")
            frame.colno = optionalInt(v);
        else if (key == "in_app")
            frame.inApp = optionalBool(v);
        else if (key == "context_line") {
            frame.hasContextLine = isString(v);
            frame.contextLine = stringOr(v);
        } else if (key == "data")
            frame.data = object(v); // grouping reads its source map
        else if (storing)
            continue; // the rest is shown, never grouped nor searched
        else if (key == "pre_context")
            frame.preContext = stringList(v);
        else if (key == "post_context")
            frame.postContext = stringList(v);
        else if (key == "vars")
            frame.vars = object(v);
    }
    // As EventJsonParser::parseFrame: Relay fills a missing JS filename from the path of its URL.
    if (frame.filename.isEmpty() && !frame.absPath.isEmpty()) {
        const QUrl url(frame.absPath);
        if (url.isValid() && !url.scheme().isEmpty() && url.scheme().size() > 1 && !url.path().isEmpty())
            frame.filename = url.path();
    }
    return frame;
}

std::optional<Stacktrace> EventReader::stacktrace(Field value)
{
    const std::optional<Object> members = asObject(value);
    if (!members)
        return std::nullopt;
    Field frames;
    Field registers;
    for (const simdjson::dom::key_value_pair field : *members) {
        if (field.key == "frames")
            frames = field.value;
        else if (field.key == "registers")
            registers = field.value;
    }
    Stacktrace stacktrace;
    if (const std::optional<Array> list = asArray(frames)) {
        // Past the limit only both ends are kept, as EventJsonParser does; see InputLimits.h.
        const qsizetype count = qsizetype(list->size());
        const auto [headEnd, tailBegin] = InputLimits::keepEnds(count, InputLimits::maxFrames);
        stacktrace.frames.reserve(headEnd + count - tailBegin);
        qsizetype i = 0;
        for (const Element entry : *list) {
            if (i < headEnd || i >= tailBegin)
                stacktrace.frames.append(frame(entry));
            ++i;
        }
    }
    if (!storing)
        stacktrace.registers = this->object(registers);
    return stacktrace;
}

Mechanism EventReader::mechanism(Object members)
{
    Mechanism mechanism;
    for (const simdjson::dom::key_value_pair field : members) {
        const std::string_view key = field.key;
        const Field v = field.value;
        if (key == "type")
            mechanism.type = text(v);
        else if (key == "description")
            mechanism.description = text(v);
        else if (key == "help_link")
            mechanism.helpLink = text(v);
        else if (key == "source")
            mechanism.source = text(v);
        else if (key == "handled")
            mechanism.handled = optionalBool(v);
        else if (key == "synthetic")
            mechanism.synthetic = optionalBool(v);
        else if (key == "exception_id")
            mechanism.exceptionId = optionalInt64(v);
        else if (key == "parent_id")
            mechanism.parentId = optionalInt64(v);
        else if (key == "is_exception_group")
            mechanism.isExceptionGroup = optionalBool(v).value_or(false);
        else if (key == "meta")
            mechanism.meta = this->object(v);
        else if (key == "data")
            mechanism.data = this->object(v);
    }
    return mechanism;
}

ExceptionValue EventReader::exception(Field value)
{
    ExceptionValue exception;
    const std::optional<Object> members = asObject(value);
    if (!members)
        return exception;
    for (const simdjson::dom::key_value_pair field : *members) {
        const std::string_view key = field.key;
        const Field v = field.value;
        if (key == "type")
            exception.type = text(v);
        else if (key == "value")
            exception.value = text(v);
        else if (key == "module")
            exception.module = text(v);
        else if (key == "thread_id")
            exception.threadId = text(v);
        else if (key == "mechanism") {
            const std::optional<Object> m = asObject(v);
            exception.mechanism = m ? std::optional(mechanism(*m)) : std::nullopt;
        } else if (key == "stacktrace")
            exception.stacktrace = stacktrace(v);
        else if (key == "raw_stacktrace")
            exception.rawStacktrace = stacktrace(v);
        else if (key == "sentry.interfaces.Stacktrace")
            fallBack(QStringLiteral("legacy key \"sentry.interfaces.Stacktrace\" in an exception"));
    }
    return exception;
}

Thread EventReader::thread(Field value)
{
    Thread thread;
    const std::optional<Object> members = asObject(value);
    if (!members)
        return thread;
    for (const simdjson::dom::key_value_pair field : *members) {
        const std::string_view key = field.key;
        const Field v = field.value;
        if (key == "id")
            thread.id = text(v);
        else if (key == "name")
            thread.name = text(v);
        else if (key == "crashed")
            thread.crashed = optionalBool(v);
        else if (key == "current")
            thread.current = optionalBool(v);
        else if (key == "main")
            thread.main = optionalBool(v);
        else if (key == "state")
            thread.state = text(v);
        else if (key == "stacktrace")
            thread.stacktrace = stacktrace(v);
        else if (key == "raw_stacktrace")
            thread.rawStacktrace = stacktrace(v);
    }
    return thread;
}

Breadcrumb EventReader::breadcrumb(Field value)
{
    Breadcrumb crumb;
    const std::optional<Object> members = asObject(value);
    if (!members)
        return crumb;
    for (const simdjson::dom::key_value_pair field : *members) {
        const std::string_view key = field.key;
        const Field v = field.value;
        if (storing) { // the search text reads a breadcrumb's message, nothing else
            if (key == "message")
                crumb.message = text(v);
            continue;
        }
        if (key == "timestamp")
            crumb.timestamp = timestamp(v);
        else if (key == "type")
            crumb.type = text(v);
        else if (key == "category")
            crumb.category = text(v);
        else if (key == "level") // strings only: EventJsonParser reads it with toString()
            crumb.level = levelFromString(stringOr(v), Level::Info);
        else if (key == "message")
            crumb.message = text(v);
        else if (key == "data")
            crumb.data = object(v);
    }
    return crumb;
}

User EventReader::user(Field value)
{
    User user;
    const std::optional<Object> members = asObject(value);
    if (!members)
        return user;
    for (const simdjson::dom::key_value_pair field : *members) {
        const std::string_view key = field.key;
        const Field v = field.value;
        if (key == "id")
            user.id = text(v);
        else if (key == "email")
            user.email = text(v);
        else if (key == "username")
            user.username = text(v);
        else if (key == "ip_address")
            user.ipAddress = text(v);
        else if (key == "name")
            user.name = text(v);
        else if (storing)
            continue;
        else if (key == "geo")
            user.geo = this->object(v);
        else if (key == "data")
            user.data = this->object(v);
    }
    return user;
}

Request EventReader::request(Field value)
{
    Request request;
    Field query;
    Field cookies;
    Field data;
    if (const std::optional<Object> members = asObject(value)) {
        for (const simdjson::dom::key_value_pair field : *members) {
            const std::string_view key = field.key;
            const Field v = field.value;
            if (key == "url")
                request.url = text(v);
            else if (key == "method")
                request.method = text(v);
            else if (key == "query_string")
                query = v;
            else if (key == "fragment")
                request.fragment = text(v);
            else if (key == "cookies")
                cookies = v;
            else if (key == "headers")
                request.headers = pairs(v);
            else if (key == "env")
                request.env = pairs(v);
            else if (key == "data")
                data = v;
        }
    }
    // A query or cookies given as pairs are joined as EventJsonParser::parseRequest joins them.
    if (isString(query)) {
        request.queryString = stringOr(query);
    } else {
        QStringList parts;
        for (const auto &[k, v] : pairs(query))
            parts << k + QLatin1Char('=') + v;
        request.queryString = parts.join(QLatin1Char('&'));
    }
    if (isString(cookies)) {
        request.cookies = stringOr(cookies);
    } else {
        QStringList parts;
        for (const auto &[k, v] : pairs(cookies))
            parts << k + QLatin1Char('=') + v;
        request.cookies = parts.join(QStringLiteral("; "));
    }
    request.data = this->value(data); // Undefined when missing, as QJsonObject::value() gives
    return request;
}

Sdk EventReader::sdk(Field value)
{
    Sdk sdk;
    const std::optional<Object> members = asObject(value);
    if (!members)
        return sdk;
    for (const simdjson::dom::key_value_pair field : *members) {
        const std::string_view key = field.key;
        const Field v = field.value;
        if (key == "name") {
            sdk.name = text(v);
        } else if (key == "version") {
            sdk.version = text(v);
        } else if (key == "integrations") {
            sdk.integrations = stringList(v);
        } else if (key == "packages") {
            sdk.packages.clear();
            if (const std::optional<Array> packages = asArray(v)) {
                for (const Element entry : *packages) {
                    const std::optional<Object> package = asObject(entry);
                    if (package)
                        sdk.packages.append({text(member(*package, "name")), text(member(*package, "version"))});
                    else
                        sdk.packages.append({QString(), QString()});
                }
            }
        }
    }
    return sdk;
}

LogEntry EventReader::logEntry(Field value)
{
    LogEntry entry;
    if (isString(value)) { // a bare string is the formatted message
        entry.formatted = stringOr(value);
        return entry;
    }
    const std::optional<Object> members = asObject(value);
    if (!members)
        return entry;
    for (const simdjson::dom::key_value_pair field : *members) {
        const std::string_view key = field.key;
        const Field v = field.value;
        if (key == "message")
            entry.message = text(v);
        else if (key == "formatted")
            entry.formatted = text(v);
        else if (key == "params")
            entry.params = array(v);
    }
    return entry;
}

} // namespace lookout::SimdJson
