#pragma once

#include <QString>

namespace lookout {

// Which malloc the executables run on. lookout and lookoutctl link mimalloc when the build found
// it: with the local ingest's many small allocations made on the network threads and freed on the
// writer's, it costs ~10 % less CPU per envelope than glibc's malloc (bench/README.md).
// Calling this also keeps the library linked where the linker drops unreferenced ones.
QString allocatorDescription();

} // namespace lookout
