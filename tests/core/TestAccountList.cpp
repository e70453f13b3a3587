#include "api/AccountList.h"

#include <QSettings>
#include <QStandardPaths>
#include <QTest>

using namespace lookout;
using namespace Qt::StringLiterals;

class TestAccountList : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void keepsSeveralAccountsWithoutTokens()
    {
        QSettings settings(u"lookout-test"_s, u"accounts"_s);
        settings.clear();
        QVERIFY(AccountList::load(settings).accounts.isEmpty());

        AccountList list;
        AccountConfig us;
        us.url = QUrl(u"https://sentry.io"_s);
        us.org = u"acme"_s;
        us.token = u"sntrys_secret_AccountListTest"_s;
        us.origins.insert(u"token"_s, u"SENTRY_AUTH_TOKEN"_s);
        AccountConfig eu = us;
        eu.url = AccountConfig::regionUrl(u"de"_s);
        AccountConfig other = us;
        other.org = u"acme-labs"_s;
        AccountConfig selfHosted = us;
        selfHosted.url = QUrl(u"https://sentry.example.com/prefix"_s);
        selfHosted.project = u"backend"_s;
        for (const AccountConfig &account : {us, eu, other, selfHosted})
            list.add(account);
        QCOMPARE(list.accounts.size(), 4);
        // Adding one again (a trailing slash is the same server) moves it last, no copy.
        AccountConfig again = us;
        again.url = QUrl(u"https://sentry.io/"_s);
        list.add(again);
        QCOMPARE(list.accounts.size(), 4);
        QCOMPARE(list.accounts.constLast().org, u"acme"_s);
        QCOMPARE(list.indexOf(QUrl(u"https://de.sentry.io"_s), u"acme"_s), 0);

        list.save(settings);
        settings.sync();
        const AccountList loaded = AccountList::load(settings);
        QCOMPARE(loaded.accounts.size(), 4);
        QCOMPARE(loaded.accounts.at(0).url, QUrl(u"https://de.sentry.io"_s));
        QCOMPARE(loaded.accounts.at(2).url, QUrl(u"https://sentry.example.com/prefix"_s));
        QCOMPARE(loaded.accounts.at(2).project, u"backend"_s);
        for (const AccountConfig &account : loaded.accounts)
            QVERIFY(account.token.isEmpty());
        // The settings file never holds a token.
        const QStringList keys = settings.allKeys();
        for (const QString &key : keys)
            QVERIFY(!settings.value(key).toString().contains(us.token));

        QVERIFY(list.remove(QUrl(u"https://sentry.io"_s), u"acme-labs"_s));
        QVERIFY(!list.remove(QUrl(u"https://sentry.io"_s), u"acme-labs"_s));
        list.save(settings);
        QCOMPARE(AccountList::load(settings).accounts.size(), 3);
        settings.clear();
    }
};

QTEST_GUILESS_MAIN(TestAccountList)
#include "TestAccountList.moc"
