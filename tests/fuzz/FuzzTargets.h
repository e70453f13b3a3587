#pragma once

#include <cstddef>
#include <cstdint>

// The fuzz targets: each takes one input as libFuzzer gives it and drives one parser through the
// entry point the app uses. A target returns 0; it aborts (via FUZZ_CHECK) when an invariant the
// rest of Lookout relies on is broken, so the sanitizer build reports it like a crash.
//
// They are built twice: into a libFuzzer executable each (the "fuzz" preset, FuzzEntry.cpp), and
// into TestFuzzRegressions, which replays the seed corpus and every saved crash input in the
// normal presets.
namespace lookout::fuzz {

using Target = int (*)(const uint8_t *data, size_t size);

int eventJson(const uint8_t *data, size_t size);
int simdEvent(const uint8_t *data, size_t size);
int restEvent(const uint8_t *data, size_t size);
int envelope(const uint8_t *data, size_t size);
int lineReader(const uint8_t *data, size_t size);
int search(const uint8_t *data, size_t size);
int linkHeader(const uint8_t *data, size_t size);
int rateLimit(const uint8_t *data, size_t size);
int grouping(const uint8_t *data, size_t size);
int httpRequest(const uint8_t *data, size_t size);

struct NamedTarget
{
    const char *name; // as in tests/data/fuzz-regressions/<name>/ and tools/fuzz
    Target run;
};

inline constexpr NamedTarget targets[] = {
    {"event_json", eventJson},
    {"simd_event", simdEvent},
    {"rest_event", restEvent},
    {"envelope", envelope},
    {"line_reader", lineReader},
    {"search", search},
    {"link_header", linkHeader},
    {"rate_limit", rateLimit},
    {"grouping", grouping},
    {"http_request", httpRequest},
};

// Aborts with a message: an invariant failed (the fuzzer saves the input).
[[noreturn]] void fail(const char *what, const char *file, int line);

} // namespace lookout::fuzz

#define FUZZ_CHECK(condition)                                                                                                    \
    do {                                                                                                                         \
        if (!(condition))                                                                                                        \
            ::lookout::fuzz::fail(#condition, __FILE__, __LINE__);                                                               \
    } while (false)
