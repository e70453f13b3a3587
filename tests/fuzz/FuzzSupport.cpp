#include "FuzzTargets.h"

#include <cstdio>
#include <cstdlib>

namespace lookout::fuzz {

void fail(const char *what, const char *file, int line)
{
    std::fprintf(stderr, "%s:%d: fuzz invariant failed: %s\n", file, line, what);
    std::abort();
}

} // namespace lookout::fuzz
