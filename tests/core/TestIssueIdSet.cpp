// A search's issue set answers membership exactly, whatever ids SQL hands it, and reads the same
// through lookout_in_set as in C++.
#include "store/IssueIdSet.h"

#include <sqlite3.h>

#include <QTest>

using namespace lookout;

class TestIssueIdSet : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void holdsAnyId()
    {
        IssueIdSet set;
        const std::vector<qint64> added {5, 3, 5, 0, 64, 63, 1'000'000'000'000, -7, 200'000'000, -7, 3};
        for (const qint64 id : added)
            set.add(id);
        QCOMPARE(set.size(), 8);
        QCOMPARE(set.ids(), (std::vector<qint64> {-7, 0, 3, 5, 63, 64, 200'000'000, 1'000'000'000'000}));
        for (const qint64 id : added)
            QVERIFY(set.contains(id));
        for (const qint64 id : std::initializer_list<qint64> {1, 2, 4, 62, 65, 128, -1, 999'999'999'999})
            QVERIFY(!set.contains(id));
    }

    void unitesAndIntersects()
    {
        IssueIdSet a;
        IssueIdSet b;
        for (const qint64 id : std::initializer_list<qint64> {1, 2, 3, 100, 5000, -4, 1LL << 40})
            a.add(id);
        for (const qint64 id : std::initializer_list<qint64> {2, 3, 4, 70000, -4, -5, 1LL << 40})
            b.add(id);
        IssueIdSet both = a;
        both.intersect(b);
        QCOMPARE(both.ids(), (std::vector<qint64> {-4, 2, 3, 1LL << 40}));
        IssueIdSet either = a;
        either.unite(b);
        QCOMPARE(either.ids(), (std::vector<qint64> {-5, -4, 1, 2, 3, 4, 100, 5000, 70000, 1LL << 40}));
        QCOMPARE(IssueIdSet().size(), 0);
        QVERIFY(!IssueIdSet().contains(0));
    }

    void readsThroughSql()
    {
        sqlite3 *db = nullptr;
        QCOMPARE(sqlite3_open(":memory:", &db), SQLITE_OK);
        IssueIdSetSlots sets;
        QVERIFY(registerIssueIdSetFunction(db, &sets));
        auto set = std::make_shared<IssueIdSet>();
        set->add(2);
        set->add(9);
        sets[1] = set;
        const auto count = [&](const char *sql) {
            sqlite3_stmt *stmt = nullptr;
            if (sqlite3_prepare_v2(db, sql, -1, &stmt, nullptr) != SQLITE_OK)
                return qint64(-1);
            const qint64 n = sqlite3_step(stmt) == SQLITE_ROW ? sqlite3_column_int64(stmt, 0) : -1;
            sqlite3_finalize(stmt);
            return n;
        };
        QCOMPARE(count("WITH RECURSIVE n(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM n WHERE x < 10)"
                       " SELECT count(*) FROM n WHERE lookout_in_set(1, x)"),
            2);
        QCOMPARE(count("SELECT lookout_in_set(0, 2)"), 0); // an empty slot holds nothing
        QCOMPARE(count("SELECT lookout_in_set(7, 2)"), 0); // no such slot
        // Not callable from a schema (a view here), which a foreign file could bring along.
        QCOMPARE(sqlite3_exec(db, "CREATE VIEW v AS SELECT lookout_in_set(1, 2) AS x", nullptr, nullptr, nullptr), SQLITE_OK);
        QCOMPARE(count("SELECT x FROM v"), -1);
        sqlite3_close(db);
    }
};

QTEST_GUILESS_MAIN(TestIssueIdSet)
#include "TestIssueIdSet.moc"
