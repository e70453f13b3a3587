#pragma once

#include <QDateTime>
#include <QString>
#include <QTimeZone>

namespace lookout::fake {

class FakeData;

struct SeedOptions
{
    enum class Kind { Empty, Demo, Bench };
    Kind kind = Kind::Demo;
    int issues = -1; // -1: the kind's default (demo 30, bench 1000)
    int eventsPerIssue = -1; // -1: the kind's default (demo 3, bench 1)
    // All times are relative to this, so the same options give the same data byte for byte.
    QDateTime anchor = QDateTime(QDate(2026, 11, 20), QTime(12, 0), QTimeZone::UTC);
    quint32 seed = 1;

    static bool parseKind(const QString &name, Kind *kind);
};

// Fills a FakeData deterministically: an organisation with three users and two teams, five projects
// (python, javascript, java, cocoa, php) with three releases each, issues made from realistic
// exception templates per platform (demo) or many small ones (bench), their events over the 14 days
// before the anchor, and hourly session counts per project, release and environment.
class FakeSeeder
{
public:
    static void seed(FakeData &data, const SeedOptions &options);
};

} // namespace lookout::fake
