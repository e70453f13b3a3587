// One libFuzzer executable per target: LOOKOUT_FUZZ_FUNCTION names the target's function.
#include "FuzzTargets.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    return lookout::fuzz::LOOKOUT_FUZZ_FUNCTION(data, size);
}
