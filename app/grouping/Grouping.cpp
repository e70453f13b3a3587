#include "grouping/Grouping.h"

#include "domain/Event.h"
#include "grouping/Grouper.h"

namespace lookout {

QString groupingHash(const Event &event)
{
    return group(event).primaryHash();
}

} // namespace lookout
