#include "store/RecommendedEvent.h"

#include "domain/Event.h"
#include "store/EventPayload.h"
#include "store/Store.h"

namespace lookout::RecommendedEvent {

namespace {

void scoreFrames(const std::optional<Stacktrace> &trace, int *withContext, int *withVars, int *inApp)
{
    if (!trace)
        return;
    for (const Frame &frame : trace->frames) {
        const bool app = frame.inApp.value_or(false);
        *inApp += app ? 1 : 0;
        *withContext += app && !frame.contextLine.isEmpty() ? 1 : 0;
        *withVars += app && !frame.vars.isEmpty() ? 1 : 0;
    }
}

} // namespace

int helpfulness(const Event &event)
{
    int withContext = 0, withVars = 0, inApp = 0;
    for (const ExceptionValue &exception : event.exceptions)
        scoreFrames(exception.stacktrace, &withContext, &withVars, &inApp);
    scoreFrames(event.stacktrace, &withContext, &withVars, &inApp);
    for (const Thread &thread : event.threads)
        scoreFrames(thread.stacktrace, &withContext, &withVars, &inApp);
    // Capped, so that one long trace does not outweigh everything else an event can carry.
    int score = 4 * std::min(withContext, 10) + 2 * std::min(withVars, 10) + std::min(inApp, 10);
    score += event.exceptions.isEmpty() && !event.stacktrace ? 0 : 10;
    score += 2 * std::min<int>(int(event.breadcrumbs.size()), 10);
    score += event.contexts.contains(QStringLiteral("trace")) ? 5 : 0;
    score += event.user.isEmpty() ? 0 : 3;
    score += event.release.isEmpty() ? 0 : 2;
    score += event.request.isEmpty() ? 0 : 2;
    return score;
}

QString choose(Store &store, qint64 issueId, int sample)
{
    QString best;
    int bestScore = -1;
    for (const Store::EventRow &row : store.eventRows(issueId, 0, sample)) { // newest first: ties keep the newest
        const std::optional<StoredEvent> stored = store.event(row.eventId);
        if (!stored)
            continue;
        QString error;
        const std::optional<Event> event = parseEventPayload(stored->payload, &error);
        const int score = event ? helpfulness(*event) : -1;
        if (score > bestScore) {
            best = row.eventId;
            bestScore = score;
        }
    }
    return best;
}

} // namespace lookout::RecommendedEvent
