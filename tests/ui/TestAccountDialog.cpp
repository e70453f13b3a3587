#include "AccountDialog.h"
#include "FakeSentry.h"
#include "MessageCapture.h"
#include "Screenshots.h"
#include "api/TokenStore.h"

#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QProcessEnvironment>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

using namespace lookout;
using namespace Qt::StringLiterals;

namespace {

const QString kWrongToken = u"sntryu_wrong_AccountDialogTest_0000000000"_s;

} // namespace

class TestAccountDialog : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setApplicationName(u"lookout-test-accountdialog"_s);
        QCoreApplication::setOrganizationName(u"lookout"_s);
        // Never the user's keychain, whatever a test does.
        qputenv("LOOKOUT_TOKEN_STORE", "file");
        m_server.seed({});
        QVERIFY(m_server.listen());
    }

    void init()
    {
        QFile::remove(TokenStore::filePath());
        test::MessageCapture::start();
    }

    void cleanup()
    {
        test::MessageCapture::stop();
        QFile::remove(TokenStore::filePath());
        for (const QString &message : test::MessageCapture::messages()) {
            QVERIFY2(!message.contains(fake::FakeSentry::defaultToken()), "the token appeared in a log message");
            QVERIFY2(!message.contains(kWrongToken), "the token appeared in a log message");
        }
    }

    void prefillsFromSentryCliSettingsAndSaysWhere()
    {
        QTemporaryDir home;
        QFile rc(home.filePath(u".sentryclirc"_s));
        QVERIFY(rc.open(QIODevice::WriteOnly));
        rc.write("[defaults]\norg = acme\n\n[auth]\ntoken = sntrys_from_rc_file\n");
        rc.close();
        QProcessEnvironment environment;
        environment.insert(u"SENTRY_URL"_s, u"https://de.sentry.io/"_s);
        const AccountConfig found = AccountConfig::discover(environment, home.path(), home.path());

        TokenStore tokens(TokenStore::Mode::FileOnly);
        AccountDialog dialog(found, &tokens);
        QCOMPARE(dialog.serverField()->currentData().value<AccountDialog::Server>(), AccountDialog::Server::SentryEu);
        QCOMPARE(dialog.urlField()->text(), u"https://de.sentry.io"_s);
        QVERIFY(!dialog.urlField()->isEnabled());
        QCOMPARE(dialog.orgField()->text(), u"acme"_s);
        QCOMPARE(dialog.tokenField()->echoMode(), QLineEdit::Password);
        QCOMPARE(dialog.originLabel(u"url"_s)->text(), u"From the environment (SENTRY_URL)"_s);
        const QString rcPath = QDir::toNativeSeparators(home.filePath(u".sentryclirc"_s));
        QCOMPARE(dialog.originLabel(u"org"_s)->text(), u"From %1, line 2"_s.arg(rcPath));
        QCOMPARE(dialog.originLabel(u"token"_s)->text(), u"From %1"_s.arg(rcPath));
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QVERIFY(dialog.originLabel(u"org"_s)->isVisible());
        test::saveScreenshot(&dialog, u"account-prefilled"_s);

        // What the user types is theirs: the origin goes, and account() no longer names it.
        QTest::keyClicks(dialog.orgField(), u"-eu"_s);
        QVERIFY(!dialog.originLabel(u"org"_s)->isVisible());
        QCOMPARE(dialog.account().org, u"acme-eu"_s);
        QVERIFY(!dialog.account().origins.contains(u"org"_s));
        QCOMPARE(dialog.account().origins.value(u"token"_s), home.filePath(u".sentryclirc"_s));

        // Self-hosted takes the URL field; sentry.io's regions fill it themselves.
        dialog.serverField()->setCurrentIndex(
            dialog.serverField()->findData(QVariant::fromValue(AccountDialog::Server::SelfHosted)));
        QVERIFY(dialog.urlField()->isEnabled());
        QVERIFY(dialog.urlField()->text().isEmpty());
        QVERIFY(!dialog.originLabel(u"url"_s)->isVisible());
        dialog.serverField()->setCurrentIndex(
            dialog.serverField()->findData(QVariant::fromValue(AccountDialog::Server::SentryUs)));
        QCOMPARE(dialog.account().url, QUrl(u"https://sentry.io"_s));
    }

    void goodTokenFindsTheOrganisation()
    {
        TokenStore tokens(TokenStore::Mode::FileOnly);
        AccountDialog dialog(account(fake::FakeSentry::defaultToken()), &tokens);
        QCOMPARE(dialog.serverField()->currentData().value<AccountDialog::Server>(), AccountDialog::Server::SelfHosted);
        dialog.show();
        QSignalSpy tested(&dialog, &AccountDialog::connectionTested);
        QTest::mouseClick(dialog.testButton(), Qt::LeftButton);
        QVERIFY(!dialog.testButton()->isEnabled()); // one test at a time
        QTRY_COMPARE_WITH_TIMEOUT(tested.size(), 1, 20'000);
        QCOMPARE(tested.constFirst().at(0).toBool(), true);
        QCOMPARE(dialog.resultLabel()->text(), u"Connected: 1 organisation, %1 found."_s.arg(m_server.orgSlug()));
        QCOMPARE(dialog.resultLabel()->textFormat(), Qt::PlainText);
        QVERIFY(dialog.testButton()->isEnabled());
        test::saveScreenshot(&dialog, u"account-tested"_s);
        verifyTokenNotShown(dialog);
    }

    void unknownOrganisationNamesTheOnesThereAre()
    {
        TokenStore tokens(TokenStore::Mode::FileOnly);
        AccountConfig config = account(fake::FakeSentry::defaultToken());
        config.org = u"acme"_s;
        AccountDialog dialog(config, &tokens);
        QSignalSpy tested(&dialog, &AccountDialog::connectionTested);
        dialog.testConnection();
        QTRY_COMPARE_WITH_TIMEOUT(tested.size(), 1, 20'000);
        QCOMPARE(tested.constFirst().at(0).toBool(), false);
        QCOMPARE(dialog.resultLabel()->text(),
            u"Connected: 1 organisation, but not acme. This token can see: %1."_s.arg(m_server.orgSlug()));

        // With no organisation given, the token's only one is taken.
        dialog.orgField()->clear();
        dialog.testConnection();
        QTRY_COMPARE_WITH_TIMEOUT(tested.size(), 2, 20'000);
        QCOMPARE(tested.at(1).at(0).toBool(), true);
        QCOMPARE(dialog.orgField()->text(), m_server.orgSlug());
    }

    void wrongTokenIsRefused()
    {
        TokenStore tokens(TokenStore::Mode::FileOnly);
        AccountDialog dialog(account(kWrongToken), &tokens);
        QSignalSpy tested(&dialog, &AccountDialog::connectionTested);
        QTest::mouseClick(dialog.testButton(), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(tested.size(), 1, 20'000);
        QCOMPARE(tested.constFirst().at(0).toBool(), false);
        QCOMPARE(dialog.resultLabel()->text(), u"127.0.0.1 refused the token: Invalid token (HTTP 401)."_s);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        test::saveScreenshot(&dialog, u"account-refused"_s);
        verifyTokenNotShown(dialog);
    }

    void unreachableServerSaysSo()
    {
        // A port nothing listens on: the connection is refused at once.
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost));
        AccountConfig config = account(fake::FakeSentry::defaultToken());
        config.url = QUrl(u"http://127.0.0.1:%1"_s.arg(probe.serverPort()));
        probe.close();
        TokenStore tokens(TokenStore::Mode::FileOnly);
        AccountDialog dialog(config, &tokens);
        QSignalSpy tested(&dialog, &AccountDialog::connectionTested);
        dialog.testConnection();
        QTRY_COMPARE_WITH_TIMEOUT(tested.size(), 1, 30'000);
        QCOMPARE(tested.constFirst().at(0).toBool(), false);
        QVERIFY2(dialog.resultLabel()->text().startsWith(u"The connection to 127.0.0.1 failed"_s),
            qPrintable(dialog.resultLabel()->text()));
    }

    void incompleteFieldsAreNamed()
    {
        TokenStore tokens(TokenStore::Mode::FileOnly);
        AccountConfig config;
        config.url = QUrl(u"https://sentry.io"_s);
        AccountDialog dialog(config, &tokens);
        dialog.orgField()->setText(u"acme"_s);
        QSignalSpy tested(&dialog, &AccountDialog::connectionTested);
        dialog.testConnection();
        QCOMPARE(tested.size(), 1);
        QCOMPARE(dialog.resultLabel()->text(), u"Enter an auth token."_s);
        dialog.serverField()->setCurrentIndex(
            dialog.serverField()->findData(QVariant::fromValue(AccountDialog::Server::SelfHosted)));
        dialog.urlField()->setText(u"ftp://sentry.example.com"_s);
        dialog.tokenField()->setText(u"sntrys_x"_s);
        QTest::mouseClick(dialog.saveButton(), Qt::LeftButton);
        QCOMPARE(dialog.result(), int(QDialog::Rejected));
        QVERIFY2(dialog.resultLabel()->text().startsWith(u"The server URL is not usable: \"ftp://sentry.example.com\""_s),
            qPrintable(dialog.resultLabel()->text()));
        QVERIFY(!QFile::exists(TokenStore::filePath()));
    }

    void savingToTheFileFallbackWarnsFirst()
    {
        TokenStore tokens(TokenStore::Mode::FileOnly);
        const AccountConfig config = account(fake::FakeSentry::defaultToken());
        AccountDialog dialog(config, &tokens);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QSignalSpy accepted(&dialog, &QDialog::accepted);
        QTest::mouseClick(dialog.saveButton(), Qt::LeftButton);

        // Saved, but the dialog stays to say where: a file only the user can read.
        QCOMPARE(accepted.size(), 0);
        QVERIFY(dialog.tokenInFile());
        QVERIFY(dialog.storageLabel()->isVisible());
        const QString text = dialog.storageLabel()->text();
        QVERIFY2(text.contains(QDir::toNativeSeparators(TokenStore::filePath())), qPrintable(text));
        QVERIFY2(text.contains(u"readable only by you"_s), qPrintable(text));
        QVERIFY2(text.contains(u"no keychain"_s), qPrintable(text));
        QCOMPARE(dialog.storageDescription(), text);
        QCOMPARE(dialog.saveButton()->text(), u"Close"_s);
        QVERIFY(!dialog.tokenField()->isEnabled());
        test::saveScreenshot(&dialog, u"account-file-fallback"_s);
        QCOMPARE(test::fileMode(TokenStore::filePath()), 0600u);

        // Closing in any way keeps the saved account.
        QTest::keyClick(&dialog, Qt::Key_Escape);
        QCOMPARE(accepted.size(), 1);
        QCOMPARE(dialog.account().token, config.token);
        QString error;
        TokenStore reader(TokenStore::Mode::FileOnly);
        QCOMPARE(reader.read(config.url, config.org, &error), std::optional<QString>(config.token));
        verifyTokenNotShown(dialog);
    }

private:
    AccountConfig account(const QString &token) const
    {
        AccountConfig config;
        config.url = m_server.baseUrl();
        config.org = m_server.orgSlug();
        config.token = token;
        return config;
    }

    // Only the password field holds the token; no label, title or tooltip repeats it.
    static void verifyTokenNotShown(const AccountDialog &dialog)
    {
        const QString token = dialog.tokenField()->text();
        QVERIFY(!token.isEmpty());
        QVERIFY(!dialog.windowTitle().contains(token));
        const QList<QLabel *> labels = dialog.findChildren<QLabel *>();
        for (const QLabel *label : labels) {
            QVERIFY2(!label->text().contains(token), qPrintable(label->objectName()));
            QVERIFY(!label->toolTip().contains(token));
        }
    }

    fake::FakeSentry m_server;
};

QTEST_MAIN(TestAccountDialog)
#include "TestAccountDialog.moc"
