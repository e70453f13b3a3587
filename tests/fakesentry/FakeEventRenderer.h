#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QString>

namespace lookout::fake {

class FakeData;
struct FakeEvent;
struct FakeIssue;

// Events in Sentry's REST form: "entries" (exception with stack trace, breadcrumbs, request),
// camelCase frames with [[line, text]] context, tags as [{"key", "value"}] (what RestEventParser reads).
class FakeEventRenderer
{
public:
    FakeEventRenderer(const FakeData &data, const QString &baseUrl);

    // The summary the event listings give without full=true.
    QJsonObject summary(const FakeEvent &event) const;
    // The whole event, as listings give it with full=true; detail adds what only the single-event
    // endpoints give (release object, previous/next event ids, user report, SDK updates).
    QJsonObject full(const FakeEvent &event, bool detail) const;

    static QJsonArray tags(const FakeData &data, const FakeEvent &event);

private:
    QJsonArray entries(const FakeEvent &event, const FakeIssue &issue) const;
    QJsonObject contexts(const FakeEvent &event) const;
    QJsonObject release(const QString &version) const;

    const FakeData &m_data;
    QString m_baseUrl;
};

} // namespace lookout::fake
