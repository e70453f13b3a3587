#pragma once

#include "KeyValueTreeModel.h"

namespace lookout {

struct Event;

// An event's HTTP request: method, URL, query, headers, cookies, body and environment. Credentials
// (Authorization, Proxy-Authorization, Cookie, Set-Cookie headers and the cookies) are masked:
// they are never shown, so a screen share or a screenshot of the detail view gives none away.
class RequestModel : public KeyValueTreeModel
{
    Q_OBJECT
public:
    using KeyValueTreeModel::KeyValueTreeModel;
    void setEvent(const Event &event);
    static bool isSecretHeader(const QString &name);
};

} // namespace lookout
