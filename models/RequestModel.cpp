#include "RequestModel.h"

#include "domain/Event.h"

#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace lookout {

bool RequestModel::isSecretHeader(const QString &name)
{
    static const QStringList secrets {u"authorization"_s, u"proxy-authorization"_s, u"cookie"_s, u"set-cookie"_s};
    return secrets.contains(name.trimmed().toLower());
}

void RequestModel::setEvent(const Event &event)
{
    const Request &request = event.request;
    QList<KeyValueNode> nodes;
    const auto add = [&nodes](const QString &key, const QString &value) {
        if (!value.isEmpty())
            nodes.append(KeyValueNode {key, value});
    };
    add(tr("Method"), request.method);
    add(tr("URL"), request.url);
    add(tr("Query"), request.queryString);
    add(tr("Fragment"), request.fragment);
    if (!request.headers.isEmpty()) {
        KeyValueNode headers {tr("Headers"), {}, true, false, {}};
        for (const auto &[name, value] : request.headers)
            headers.children.append(KeyValueNode {name, value, false, isSecretHeader(name), {}});
        nodes.append(headers);
    }
    if (!request.cookies.isEmpty())
        nodes.append(KeyValueNode {tr("Cookies"), request.cookies, false, true, {}});
    if (request.data.isObject() || request.data.isArray()) {
        nodes.append(KeyValueNode {tr("Body"), {}, true, false, fromJson(request.data)});
    } else if (!request.data.isNull() && !request.data.isUndefined()) {
        nodes.append(KeyValueNode {tr("Body"), scalarText(request.data)});
    }
    if (!request.env.isEmpty()) {
        KeyValueNode env {tr("Environment"), {}, true, false, {}};
        for (const auto &[name, value] : request.env)
            env.children.append(KeyValueNode {name, value});
        nodes.append(env);
    }
    setNodes(nodes);
}

} // namespace lookout
