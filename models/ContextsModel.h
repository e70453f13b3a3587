#pragma once

#include "KeyValueTreeModel.h"

namespace lookout {

struct Event;

// An event's contexts as labelled sections: the well-known ones first in Sentry's order (operating
// system, runtime, browser, device, app, trace, culture, ...), then the rest by name, then the SDK
// and the event's extra data.
class ContextsModel : public KeyValueTreeModel
{
    Q_OBJECT
public:
    using KeyValueTreeModel::KeyValueTreeModel;
    void setEvent(const Event &event);
    static QString sectionTitle(const QString &key);
};

} // namespace lookout
