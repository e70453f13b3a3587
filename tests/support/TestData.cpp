#include "TestData.h"

#include "ingest/EventJsonParser.h"
#include "store/Store.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

namespace lookout::test {

QString dataPath(const QString &relative)
{
    return QStringLiteral(LOOKOUT_TEST_DATA_DIR "/") + relative;
}

QByteArray eventLine(
    const QString &eventId, double timestamp, const QString &exceptionType, const QString &function, const QString &user)
{
    const QJsonObject frame {{QStringLiteral("function"), function}, {QStringLiteral("module"), QStringLiteral("app.handlers")},
        {QStringLiteral("filename"), QStringLiteral("app/handlers.py")}, {QStringLiteral("lineno"), 42},
        {QStringLiteral("in_app"), true}};
    const QJsonObject exception {{QStringLiteral("type"), exceptionType},
        {QStringLiteral("value"), QStringLiteral("something failed")},
        {QStringLiteral("stacktrace"), QJsonObject {{QStringLiteral("frames"), QJsonArray {frame}}}}};
    QJsonObject event {{QStringLiteral("event_id"), eventId}, {QStringLiteral("timestamp"), timestamp},
        {QStringLiteral("platform"), QStringLiteral("python")}, {QStringLiteral("level"), QStringLiteral("error")},
        {QStringLiteral("exception"), QJsonObject {{QStringLiteral("values"), QJsonArray {exception}}}}};
    if (!user.isEmpty())
        event.insert(QStringLiteral("user"), QJsonObject {{QStringLiteral("id"), user}});
    return QJsonDocument(event).toJson(QJsonDocument::Compact);
}

void addEvent(Store &store, qint64 projectId, const QString &eventId, double timestamp, const QString &exceptionType,
    const QString &function, const QString &user)
{
    const QByteArray line = eventLine(eventId, timestamp, exceptionType, function, user);
    QString error;
    const std::optional<Event> event = EventJsonParser::parse(line, &error);
    QVERIFY2(event, qPrintable(error));
    QCOMPARE(store.insertEvent(projectId, *event, line), Store::InsertResult::Inserted);
}

} // namespace lookout::test
