#include "GroupCommand.h"

#include "grouping/Grouper.h"
#include "ingest/EventJsonParser.h"

#include <QCommandLineParser>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>

namespace lookout {

int runGroupCommand(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Computes Sentry's grouping hashes for one event."));
    parser.addPositionalArgument(QStringLiteral("FILE"), QStringLiteral("Event JSON file (one event object)."));
    const QCommandLineOption rules(QStringLiteral("enhancements"),
        QStringLiteral("File with project stack-trace rules (Sentry syntax)."), QStringLiteral("RULES"));
    parser.addOption(rules);
    QStringList args = arguments;
    // Accept "lookoutctl group FILE" as well as "group FILE".
    if (args.size() > 1 && args.at(1) == u"group")
        args.removeAt(1);
    if (!parser.parse(args) || parser.positionalArguments().size() != 1) {
        err << (parser.errorText().isEmpty() ? QStringLiteral("usage: lookoutctl group FILE") : parser.errorText()) << '\n';
        return 2;
    }
    const QString path = parser.positionalArguments().constFirst();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        err << QStringLiteral("%1: cannot read: %2").arg(path, file.errorString()) << '\n';
        return 1;
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject()) {
        err << QStringLiteral("%1: not a JSON event object: %2")
                   .arg(path,
                       parseError.error != QJsonParseError::NoError ? parseError.errorString()
                                                                    : QStringLiteral("expected an object"))
            << '\n';
        return 1;
    }
    QJsonObject json = doc.object();
    // Grouping needs neither id nor time; fill them so bare test inputs are accepted.
    if (!json.contains(u"event_id"))
        json.insert(QStringLiteral("event_id"), QStringLiteral("00000000000000000000000000000000"));
    if (!json.contains(u"timestamp"))
        json.insert(QStringLiteral("timestamp"), 0.0);
    QString error;
    const std::optional<Event> event = EventJsonParser::parse(json, &error);
    if (!event) {
        err << QStringLiteral("%1: invalid event: %2").arg(path, error) << '\n';
        return 1;
    }
    GroupingConfig config = GroupingConfig::fromTestInput(json);
    if (parser.isSet(rules)) {
        QFile rulesFile(parser.value(rules));
        if (!rulesFile.open(QIODevice::ReadOnly)) {
            err << QStringLiteral("%1: cannot read: %2").arg(rulesFile.fileName(), rulesFile.errorString()) << '\n';
            return 1;
        }
        config.enhancements = QString::fromUtf8(rulesFile.readAll());
    }
    out << formatGroupingResult(group(*event, config));
    return 0;
}

} // namespace lookout
