#include "store/IssueIdSet.h"

#include <sqlite3.h>

#include <algorithm>
#include <bit>
#include <iterator>

namespace lookout {

void IssueIdSet::add(qint64 id)
{
    if (id >= 0 && id < kBitLimit) {
        const auto word = size_t(id >> 6);
        if (word >= m_bits.size())
            m_bits.resize(std::max(word + 1, m_bits.size() * 2), 0);
        m_bits[word] |= quint64(1) << (id & 63);
        return;
    }
    if (!m_other.empty() && m_other.back() >= id)
        m_otherSorted = false;
    m_other.push_back(id);
}

void IssueIdSet::normalise() const
{
    if (m_otherSorted)
        return;
    std::sort(m_other.begin(), m_other.end());
    m_other.erase(std::unique(m_other.begin(), m_other.end()), m_other.end());
    m_otherSorted = true;
}

void IssueIdSet::unite(const IssueIdSet &other)
{
    if (m_bits.size() < other.m_bits.size())
        m_bits.resize(other.m_bits.size(), 0);
    for (size_t i = 0; i < other.m_bits.size(); ++i)
        m_bits[i] |= other.m_bits[i];
    for (const qint64 id : other.m_other)
        add(id);
}

void IssueIdSet::intersect(const IssueIdSet &other)
{
    m_bits.resize(std::min(m_bits.size(), other.m_bits.size()));
    for (size_t i = 0; i < m_bits.size(); ++i)
        m_bits[i] &= other.m_bits[i];
    normalise();
    other.normalise();
    std::vector<qint64> both;
    std::set_intersection(m_other.begin(), m_other.end(), other.m_other.begin(), other.m_other.end(), std::back_inserter(both));
    m_other = std::move(both);
}

bool IssueIdSet::contains(qint64 id) const
{
    if (id >= 0 && id < kBitLimit) {
        const auto word = size_t(id >> 6);
        return word < m_bits.size() && (m_bits[word] >> (id & 63)) & 1;
    }
    normalise();
    return std::binary_search(m_other.begin(), m_other.end(), id);
}

qint64 IssueIdSet::size() const
{
    normalise();
    qint64 count = qint64(m_other.size());
    for (const quint64 word : m_bits)
        count += std::popcount(word);
    return count;
}

std::vector<qint64> IssueIdSet::ids() const
{
    normalise();
    std::vector<qint64> result;
    for (const qint64 id : m_other) {
        if (id < 0)
            result.push_back(id);
    }
    for (size_t i = 0; i < m_bits.size(); ++i) {
        for (quint64 word = m_bits[i]; word != 0; word &= word - 1)
            result.push_back(qint64(i * 64) + std::countr_zero(word));
    }
    for (const qint64 id : m_other) {
        if (id >= 0)
            result.push_back(id);
    }
    return result;
}

static void inSet(sqlite3_context *context, int, sqlite3_value **argv)
{
    const auto *slots = static_cast<const IssueIdSetSlots *>(sqlite3_user_data(context));
    const int slot = sqlite3_value_int(argv[0]);
    const IssueIdSet *set = slot >= 0 && size_t(slot) < slots->size() ? (*slots)[size_t(slot)].get() : nullptr;
    sqlite3_result_int(context, set && set->contains(sqlite3_value_int64(argv[1])) ? 1 : 0);
}

bool registerIssueIdSetFunction(sqlite3 *db, IssueIdSetSlots *slots)
{
    return sqlite3_create_function_v2(
               db, "lookout_in_set", 2, SQLITE_UTF8 | SQLITE_DIRECTONLY, slots, &inSet, nullptr, nullptr, nullptr)
        == SQLITE_OK;
}

} // namespace lookout
