#pragma once

#include "FakeApi.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

namespace lookout::fake {

class FakeData;
struct FakeIssue;

// Sentry's issue update (PUT /organizations/{org}/issues/{id}/ and the bulk form): status with its
// details (resolve now / in next release / in release X, ignore for a duration or until N events or
// users, unresolve), assignment, bookmark, seen, subscription, priority, and merge. Invalid input is
// refused with Django REST framework's field errors, as Sentry does.
class FakeIssueUpdate
{
public:
    FakeIssueUpdate(FakeData &data, const QDateTime &now, const QString &baseUrl);

    // single: answer with the whole issue (the single-issue endpoint); else with the changes applied.
    FakeResponse apply(const QList<FakeIssue *> &issues, const QByteArray &body, bool single);

private:
    FakeData &m_data;
    QDateTime m_now;
    QString m_baseUrl;
};

} // namespace lookout::fake
