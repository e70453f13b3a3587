#include "ContextsModel.h"

#include "domain/Event.h"

#include <QHash>

using namespace Qt::StringLiterals;

namespace lookout {

static const QStringList &knownContexts()
{
    static const QStringList known {u"os"_s, u"runtime"_s, u"browser"_s, u"device"_s, u"app"_s, u"trace"_s, u"culture"_s,
        u"gpu"_s, u"cloud_resource"_s, u"response"_s, u"state"_s, u"react"_s};
    return known;
}

QString ContextsModel::sectionTitle(const QString &key)
{
    static const QHash<QString, QString> titles {{u"os"_s, tr("Operating System")},
        {u"client_os"_s, tr("Client Operating System")}, {u"runtime"_s, tr("Runtime")}, {u"browser"_s, tr("Browser")},
        {u"device"_s, tr("Device")}, {u"app"_s, tr("App")}, {u"trace"_s, tr("Trace")}, {u"culture"_s, tr("Culture")},
        {u"gpu"_s, tr("GPU")}, {u"cloud_resource"_s, tr("Cloud Resource")}, {u"response"_s, tr("Response")},
        {u"state"_s, tr("State")}, {u"react"_s, tr("React")}, {u"otel"_s, tr("OpenTelemetry")}};
    return titles.value(key, key);
}

void ContextsModel::setEvent(const Event &event)
{
    QStringList keys;
    for (const QString &key : knownContexts()) {
        if (event.contexts.contains(key))
            keys.append(key);
    }
    QStringList rest = event.contexts.keys(); // QJsonObject keys come sorted
    for (const QString &key : std::as_const(rest)) {
        if (!keys.contains(key))
            keys.append(key);
    }
    QList<KeyValueNode> sections;
    for (const QString &key : std::as_const(keys)) {
        const QJsonValue context = event.contexts.value(key);
        KeyValueNode section {sectionTitle(key), {}, true, false, {}};
        // "type" only repeats which context this is.
        section.children
            = context.isObject() ? fromJson(context, {u"type"_s}) : QList<KeyValueNode> {KeyValueNode {key, scalarText(context)}};
        sections.append(section);
    }
    if (!event.sdk.name.isEmpty()) {
        KeyValueNode sdk {tr("SDK"), {}, true, false, {}};
        sdk.children.append(KeyValueNode {tr("Name"), event.sdk.name});
        if (!event.sdk.version.isEmpty())
            sdk.children.append(KeyValueNode {tr("Version"), event.sdk.version});
        if (!event.sdk.integrations.isEmpty())
            sdk.children.append(KeyValueNode {tr("Integrations"), event.sdk.integrations.join(u", "_s)});
        for (const auto &[name, version] : event.sdk.packages)
            sdk.children.append(KeyValueNode {tr("Package"), name + u' ' + version});
        sections.append(sdk);
    }
    if (!event.extra.isEmpty())
        sections.append(KeyValueNode {tr("Additional Data"), {}, true, false, fromJson(event.extra)});
    setNodes(sections);
}

} // namespace lookout
