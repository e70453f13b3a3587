#pragma once

#include <QString>

namespace lookout {

// Which malloc the executables run on. lookout and lookoutctl link jemalloc when the build found
// it: the local ingest allocates an envelope's strings and lists on its network threads and frees
// them on its writer thread, and with jemalloc it needs 13-14 % less CPU per envelope than with
// glibc's malloc (bench/README.md). Calling this also keeps the library linked where the linker
// drops libraries nothing refers to.
QString allocatorDescription();

} // namespace lookout
