#pragma once

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>

namespace lookout::fake {

class FakeData;
struct FakeEvent;
struct FakeIssue;
struct FakeProject;
struct FakeRelease;
struct FakeUser;

// Renders FakeData in the shapes of Sentry's REST API (the response schemas of its OpenAPI
// document, which TestFakeSentry checks every endpoint against).
class FakeRenderer
{
public:
    FakeRenderer(const FakeData &data, const QString &baseUrl, const QDateTime &now);

    QJsonObject organization() const;
    QJsonObject member(const FakeUser &user) const;
    QJsonObject project(const FakeProject &project) const;
    // groupStatsPeriod: "24h", "14d" or "" (no series); detail adds what the issue endpoint adds.
    QJsonObject issue(const FakeIssue &issue, const QString &statsPeriod, bool detail) const;
    QJsonObject release(const FakeRelease &release, bool health, const QString &healthStatsPeriod) const;
    QJsonObject tagDistribution(const FakeIssue &issue, const QString &key) const;
    QJsonValue assignee(const QString &assignedTo) const;
    QJsonObject metadata(const FakeIssue &issue) const;

    static QString iso(const QDateTime &time);
    static qint64 periodSecs(const QString &period); // "24h", "14d", "30m", "2w"; 0 if not one

private:
    QJsonArray issueStats(const FakeIssue &issue, const QString &period) const;

    const FakeData &m_data;
    QString m_baseUrl;
    QDateTime m_now;
};

} // namespace lookout::fake
