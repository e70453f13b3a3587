#pragma once

#include <QtGlobal>

namespace lookout {

// Grouping remembers, per thread, what it worked out for input that comes again and again in an
// import: whole stack traces, single frames, hashes, parameterised messages. Every cache is keyed by
// all the input its answer depends on, so a cached answer is the computed one.
class GroupingCaches
{
public:
    // On by default. Off, every event is grouped from scratch: tests compare the two.
    static void setEnabled(bool enabled);
    static bool enabled();
    // Makes every thread forget what it remembered (each does so the next time it groups).
    static void clear();
    // Changes with every clear() and setEnabled(): a thread's caches are stale when it moved on.
    static quint64 generation();
};

// One per-thread cache in step with GroupingCaches: emptied after clear() or a switch, and whenever
// adding an entry would pass its limit (cheaper than tracking what was used least, and the entries
// that matter come back at once).
template<typename Map>
class ThreadCache
{
public:
    explicit ThreadCache(qsizetype limit)
        : m_limit(limit)
    { }

    // nullptr while caches are off.
    Map *get()
    {
        const quint64 generation = GroupingCaches::generation();
        if (generation != m_generation) {
            m_map = Map();
            m_used = 0;
            m_generation = generation;
        }
        return GroupingCaches::enabled() ? &m_map : nullptr;
    }
    // Call before adding an entry that costs `cost` (in the cache's own unit); it may empty the map,
    // so hold no reference into it across this call.
    void reserve(qsizetype cost)
    {
        if (m_used + cost > m_limit) {
            m_map = Map();
            m_used = 0;
        }
        m_used += cost;
    }

private:
    Map m_map;
    qsizetype m_limit;
    qsizetype m_used = 0;
    quint64 m_generation = ~quint64(0);
};

} // namespace lookout
