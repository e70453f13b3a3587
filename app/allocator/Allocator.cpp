#include "Allocator.h"

#ifdef LOOKOUT_HAVE_MIMALLOC
#include <mimalloc.h>
#endif

namespace lookout {

QString allocatorDescription()
{
#ifdef LOOKOUT_HAVE_MIMALLOC
    const int version = mi_version(); // e.g. 301 for 3.0.1
    return QStringLiteral("mimalloc %1.%2.%3").arg(version / 100).arg(version / 10 % 10).arg(version % 10);
#else
    return QStringLiteral("the C library's malloc");
#endif
}

} // namespace lookout
