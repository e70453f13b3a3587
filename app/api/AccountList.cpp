#include "api/AccountList.h"

#include "api/TokenStore.h"

#include <QSettings>

using namespace Qt::StringLiterals;

namespace lookout {

AccountList AccountList::load(QSettings &settings)
{
    AccountList list;
    const int count = settings.beginReadArray(u"accounts"_s);
    for (int i = 0; i < count; ++i) {
        settings.setArrayIndex(i);
        AccountConfig account;
        QString ignored;
        account.url = AccountConfig::parseUrl(settings.value(u"url"_s).toString(), &ignored);
        account.org = settings.value(u"org"_s).toString();
        account.project = settings.value(u"project"_s).toString();
        // A hand-edited entry that names no server or organisation is no account.
        if (account.url.isValid() && !account.org.isEmpty() && list.indexOf(account.url, account.org) < 0)
            list.accounts.append(account);
    }
    settings.endArray();
    return list;
}

void AccountList::save(QSettings &settings) const
{
    settings.remove(u"accounts"_s);
    settings.beginWriteArray(u"accounts"_s, int(accounts.size()));
    for (int i = 0; i < accounts.size(); ++i) {
        settings.setArrayIndex(i);
        settings.setValue(u"url"_s, accounts.at(i).url.toString());
        settings.setValue(u"org"_s, accounts.at(i).org);
        if (!accounts.at(i).project.isEmpty())
            settings.setValue(u"project"_s, accounts.at(i).project);
    }
    settings.endArray();
}

qsizetype AccountList::indexOf(const QUrl &url, const QString &org) const
{
    const QString key = TokenStore::accountKey(url, org);
    for (qsizetype i = 0; i < accounts.size(); ++i) {
        if (TokenStore::accountKey(accounts.at(i).url, accounts.at(i).org) == key)
            return i;
    }
    return -1;
}

void AccountList::add(const AccountConfig &account)
{
    remove(account.url, account.org);
    AccountConfig kept;
    kept.url = account.url;
    kept.org = account.org;
    kept.project = account.project;
    accounts.append(kept);
}

bool AccountList::remove(const QUrl &url, const QString &org)
{
    const qsizetype index = indexOf(url, org);
    if (index < 0)
        return false;
    accounts.removeAt(index);
    return true;
}

} // namespace lookout
