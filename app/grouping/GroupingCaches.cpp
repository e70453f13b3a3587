#include "grouping/GroupingCaches.h"

#include <atomic>

namespace lookout {

namespace {

std::atomic<bool> g_enabled {true};
std::atomic<quint64> g_generation {0};

} // namespace

void GroupingCaches::setEnabled(bool enabled)
{
    g_enabled.store(enabled);
    g_generation.fetch_add(1);
}

bool GroupingCaches::enabled()
{
    return g_enabled.load(std::memory_order_relaxed);
}

void GroupingCaches::clear()
{
    g_generation.fetch_add(1);
}

quint64 GroupingCaches::generation()
{
    return g_generation.load(std::memory_order_relaxed);
}

} // namespace lookout
