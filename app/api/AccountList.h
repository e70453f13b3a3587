#pragma once

#include "api/AccountConfig.h"

#include <QList>

class QSettings;

namespace lookout {

// The Sentry accounts the user connected (one per organisation and server: sentry.io in the US or
// EU, self-hosted), kept in QSettings under "accounts/": URL and organisation only. Tokens stay in
// TokenStore, under the same (URL, organisation) key.
struct AccountList
{
    QList<AccountConfig> accounts; // tokens and origins empty

    static AccountList load(QSettings &settings);
    void save(QSettings &settings) const;

    // Adds the account, or moves an existing one with the same URL and organisation to the end;
    // the token is not kept here.
    void add(const AccountConfig &account);
    bool remove(const QUrl &url, const QString &org);
    qsizetype indexOf(const QUrl &url, const QString &org) const;
};

} // namespace lookout
