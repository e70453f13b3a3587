#pragma once

#include "KeyValueTreeModel.h"

namespace lookout {

struct Event;

// The user an event happened to: id, email, username, IP address, name, location and extra data.
class UserModel : public KeyValueTreeModel
{
    Q_OBJECT
public:
    using KeyValueTreeModel::KeyValueTreeModel;
    void setEvent(const Event &event);
};

} // namespace lookout
