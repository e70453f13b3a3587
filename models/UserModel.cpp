#include "UserModel.h"

#include "domain/Event.h"

namespace lookout {

void UserModel::setEvent(const Event &event)
{
    const User &user = event.user;
    QList<KeyValueNode> nodes;
    const auto add = [&nodes](const QString &key, const QString &value) {
        if (!value.isEmpty())
            nodes.append(KeyValueNode {key, value});
    };
    add(tr("ID"), user.id);
    add(tr("Email"), user.email);
    add(tr("Username"), user.username);
    add(tr("IP Address"), user.ipAddress);
    add(tr("Name"), user.name);
    if (!user.geo.isEmpty())
        nodes.append(KeyValueNode {tr("Location"), {}, true, false, fromJson(user.geo)});
    if (!user.data.isEmpty())
        nodes.append(KeyValueNode {tr("Data"), {}, true, false, fromJson(user.data)});
    setNodes(nodes);
}

} // namespace lookout
