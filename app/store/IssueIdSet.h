#pragma once

#include <QtGlobal>

#include <array>
#include <memory>
#include <vector>

struct sqlite3;

namespace lookout {

// The ids of the issues a search needs (its free text's matches, a release's or an environment's
// issues), found once and read by its count and pages through the SQL function
// lookout_in_set(slot, id). Membership is a bit test: a temp table cost a b-tree insert per id to
// build and a b-tree lookup per scanned row to read, which for a word in most issues (95,000 ids)
// was most of the search's time.
class IssueIdSet
{
public:
    void add(qint64 id);
    void unite(const IssueIdSet &other);
    void intersect(const IssueIdSet &other);
    bool contains(qint64 id) const;
    qint64 size() const;
    // The ids in ascending order.
    std::vector<qint64> ids() const;

private:
    // Issue ids are the cache's own row ids, small and dense: a bitset over [0, kBitLimit) holds
    // them; anything else (never expected, but ids come from SQL) goes to a sorted list.
    static constexpr qint64 kBitLimit = qint64(1) << 27; // 16 MB of bits at most
    void normalise() const;
    std::vector<quint64> m_bits;
    mutable std::vector<qint64> m_other;
    mutable bool m_otherSorted = true;
};

// The sets a connection's searches use, by slot; lookout_in_set reads them. Slots are few: a
// search rarely needs more than one text set and one release or environment set.
using IssueIdSetSlots = std::array<std::shared_ptr<const IssueIdSet>, 4>;

// Registers lookout_in_set(slot, id) on db over slots (which must outlive the connection).
// DIRECTONLY: a schema read from a file cannot call it from a view or trigger.
bool registerIssueIdSetFunction(sqlite3 *db, IssueIdSetSlots *slots);

} // namespace lookout
