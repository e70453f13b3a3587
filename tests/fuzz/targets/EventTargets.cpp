// The event parsers as the importers call them: normalised JSON (the Qt path and simdjson's fast
// path, which must agree), the REST form, and grouping of whatever parses.
#include "FuzzTargets.h"
#include "TestData.h"
#include "domain/Event.h"
#include "grouping/Grouper.h"
#include "ingest/EventJsonParser.h"
#include "ingest/InputLimits.h"
#include "ingest/RestEventParser.h"
#include "ingest/SimdEventParser.h"
#include "store/PreparedEvent.h"

#include <QByteArrayView>

namespace lookout::fuzz {

namespace {

QByteArrayView bytes(const uint8_t *data, size_t size)
{
    return QByteArrayView(reinterpret_cast<const char *>(data), qsizetype(size));
}

void checkStacktrace(const std::optional<Stacktrace> &stacktrace)
{
    if (stacktrace)
        FUZZ_CHECK(stacktrace->frames.size() <= InputLimits::maxFrames);
}

// What the rest of Lookout relies on from a parsed event.
void checkEvent(const Event &event)
{
    FUZZ_CHECK(!event.eventId.isEmpty());
    FUZZ_CHECK(event.timestamp.isValid());
    FUZZ_CHECK(event.breadcrumbs.size() <= InputLimits::maxBreadcrumbs);
    checkStacktrace(event.stacktrace);
    for (const ExceptionValue &exception : event.exceptions) {
        checkStacktrace(exception.stacktrace);
        checkStacktrace(exception.rawStacktrace);
    }
    for (const Thread &thread : event.threads) {
        checkStacktrace(thread.stacktrace);
        checkStacktrace(thread.rawStacktrace);
    }
}

// The Qt path, as Importer::prepareLine takes it when the fast path does not handle a line.
std::optional<Event> qtPath(QByteArrayView json, QString *error)
{
    const std::optional<QJsonObject> object = InputLimits::parseObject(json, error);
    if (!object)
        return std::nullopt;
    return RestEventParser::isRestForm(*object) ? RestEventParser::parse(*object, error) : EventJsonParser::parse(*object, error);
}

} // namespace

int eventJson(const uint8_t *data, size_t size)
{
    QString error;
    if (const std::optional<Event> event = EventJsonParser::parse(bytes(data, size), &error))
        checkEvent(*event);
    else
        FUZZ_CHECK(!error.isEmpty());
    return 0;
}

int simdEvent(const uint8_t *data, size_t size)
{
    // SimdEventParser promises what the Qt path gives, field for field; anything else is a bug.
    const QByteArrayView json = bytes(data, size);
    const SimdParseResult fast = SimdEventParser::parse(json);
    if (fast.status == SimdParseResult::Status::NotHandled)
        return 0;
    QString error;
    const std::optional<QJsonObject> object = InputLimits::parseObject(json, &error);
    const std::optional<Event> qt = object ? EventJsonParser::parse(*object, &error) : std::nullopt;
    if (fast.status == SimdParseResult::Status::Rejected) {
        FUZZ_CHECK(!qt);
        FUZZ_CHECK(fast.error == error);
        return 0;
    }
    FUZZ_CHECK(fast.event);
    FUZZ_CHECK(qt);
    checkEvent(*fast.event);
    FUZZ_CHECK(test::describeEvent(*fast.event) == test::describeEvent(*qt));
    return 0;
}

int restEvent(const uint8_t *data, size_t size)
{
    QString error;
    if (const std::optional<Event> event = RestEventParser::parse(bytes(data, size), &error))
        checkEvent(*event);
    else
        FUZZ_CHECK(!error.isEmpty());
    return 0;
}

int grouping(const uint8_t *data, size_t size)
{
    // Any event that parses is grouped and prepared for the store, as an import does. The input's
    // "_grouping" / "_fingerprinting_rules" keys (as in Sentry's grouping test inputs) are project
    // rules, so the rule parsers are fuzzed too.
    const QByteArrayView json = bytes(data, size);
    QString error;
    const std::optional<Event> event = qtPath(json, &error);
    if (!event)
        return 0;
    const std::optional<QJsonObject> object = InputLimits::parseObject(json, &error);
    const GroupingResult result = group(*event, GroupingConfig::fromTestInput(*object));
    (void)formatGroupingResult(result);
    const PreparedEvent prepared = PreparedEvent::from(*event, json.toByteArray());
    FUZZ_CHECK(!prepared.hashes.isEmpty());
    return 0;
}

} // namespace lookout::fuzz
