#include "Allocator.h"

#ifdef LOOKOUT_HAVE_JEMALLOC
#include <jemalloc/jemalloc.h>
#endif

namespace lookout {

QString allocatorDescription()
{
#ifdef LOOKOUT_HAVE_JEMALLOC
    const char *version = nullptr;
    size_t length = sizeof version;
    if (mallctl("version", static_cast<void *>(&version), &length, nullptr, 0) == 0 && version) {
        const QString text = QString::fromLatin1(version); // e.g. 5.3.0-0-g54eaed1d...
        return QStringLiteral("jemalloc %1").arg(text.section(u'-', 0, 0));
    }
    return QStringLiteral("jemalloc");
#else
    return QStringLiteral("the C library's malloc");
#endif
}

} // namespace lookout
