#include "MessageCapture.h"
#include "api/TokenStore.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>
#include <QTest>

#include <sys/stat.h>

using namespace lookout;
using namespace Qt::StringLiterals;

namespace {

const QUrl kUrl(u"https://sentry.example.com"_s);
const QString kOrg = u"acme"_s;
const QString kToken = u"sntrys_secret_TokenStoreTest_0123456789"_s;

} // namespace

class TestTokenStore : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setApplicationName(u"lookout-test-tokenstore"_s);
        QCoreApplication::setOrganizationName(u"lookout"_s);
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
        // The token must not reach qDebug/qWarning, whatever the test did.
        for (const QString &message : test::MessageCapture::messages())
            QVERIFY2(!message.contains(kToken), "the token appeared in a log message");
    }

    void fileRoundTrip()
    {
        TokenStore store(TokenStore::Mode::FileOnly);
        QString error;
        QVERIFY2(store.store(kUrl, kOrg, kToken, &error), qPrintable(error));
        QCOMPARE(store.backend(), TokenStore::Backend::File);
        QVERIFY(store.backendDescription().contains(QDir::toNativeSeparators(TokenStore::filePath())));
        QVERIFY(!store.backendDescription().contains(kToken));
        // A second account in the same file leaves the first alone.
        QVERIFY2(store.store(kUrl, u"other"_s, u"another-token"_s, &error), qPrintable(error));

        TokenStore reader(TokenStore::Mode::FileOnly);
        const std::optional<QString> token = reader.read(kUrl, kOrg, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(token, std::optional<QString>(kToken));
        QCOMPARE(reader.backend(), TokenStore::Backend::File);
        // The key is URL + org: a trailing slash is the same account, another org or host is not.
        QCOMPARE(reader.read(QUrl(u"https://sentry.example.com/"_s), kOrg, &error), std::optional<QString>(kToken));
        QCOMPARE(reader.read(kUrl, u"other"_s, &error), std::optional<QString>(u"another-token"_s));
        QCOMPARE(reader.read(QUrl(u"https://sentry.io"_s), kOrg, &error), std::nullopt);
        QVERIFY(error.isEmpty());
    }

    void fileIsPrivate()
    {
        TokenStore store(TokenStore::Mode::FileOnly);
        QString error;
        QVERIFY2(store.store(kUrl, kOrg, kToken, &error), qPrintable(error));
        QCOMPARE(test::fileMode(TokenStore::filePath()), 0600u);
        // Rewritten (another store), it stays private: the new file is made 0600, not copied.
        QVERIFY2(store.store(kUrl, kOrg, u"replacement"_s, &error), qPrintable(error));
        QCOMPARE(test::fileMode(TokenStore::filePath()), 0600u);
        QVERIFY(!QFileInfo::exists(TokenStore::filePath() + u".new"_s));
    }

    void refusesReadableFile()
    {
        TokenStore store(TokenStore::Mode::FileOnly);
        QString error;
        QVERIFY2(store.store(kUrl, kOrg, kToken, &error), qPrintable(error));
        QVERIFY(::chmod(QFile::encodeName(TokenStore::filePath()).constData(), 0644) == 0);

        QCOMPARE(store.read(kUrl, kOrg, &error), std::nullopt);
        QVERIFY2(error.contains(u"can be read by other users"_s), qPrintable(error));
        QVERIFY2(error.contains(u"0644"_s), qPrintable(error));
        QVERIFY(!error.contains(kToken));
        // Nor is a new token added to a file others can read.
        QVERIFY(!store.store(kUrl, u"other"_s, u"another-token"_s, &error));
        QVERIFY(error.contains(u"can be read by other users"_s));
    }

    void removes()
    {
        TokenStore store(TokenStore::Mode::FileOnly);
        QString error;
        QVERIFY2(store.store(kUrl, kOrg, kToken, &error), qPrintable(error));
        QVERIFY2(store.store(kUrl, u"other"_s, u"another-token"_s, &error), qPrintable(error));
        QVERIFY2(store.remove(kUrl, kOrg, &error), qPrintable(error));
        QCOMPARE(store.read(kUrl, kOrg, &error), std::nullopt);
        QVERIFY(error.isEmpty());
        QCOMPARE(store.read(kUrl, u"other"_s, &error), std::optional<QString>(u"another-token"_s));
        // Removing what is not there is not an error.
        QVERIFY2(store.remove(kUrl, kOrg, &error), qPrintable(error));
        QFile file(TokenStore::filePath());
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(!file.readAll().contains(kToken.toUtf8()));
    }

    void autoModeFallsBackOrUsesKeychain()
    {
        // Auto asks the keychain first. In the build root and CI no service runs, so the token must
        // land in the file, and the UI sentence must say why.
        TokenStore store(TokenStore::Mode::Auto);
        QString error;
        QVERIFY2(store.store(kUrl, kOrg, kToken, &error), qPrintable(error));
        QCOMPARE(store.read(kUrl, kOrg, &error), std::optional<QString>(kToken));
        if (store.backend() == TokenStore::Backend::File) {
            QCOMPARE(test::fileMode(TokenStore::filePath()), 0600u);
            QVERIFY(store.backendDescription().contains(u"no keychain service"_s));
            QVERIFY2(store.remove(kUrl, kOrg, &error), qPrintable(error));
            QCOMPARE(store.read(kUrl, kOrg, &error), std::nullopt);
            QSKIP("no keychain service answered (no D-Bus session / Secret Service): only the file fallback was tested");
        }
        QFile file(TokenStore::filePath());
        QVERIFY(!file.open(QIODevice::ReadOnly) || !file.readAll().contains(kToken.toUtf8()));
        QCOMPARE(store.backendDescription(), u"The token is kept in the system keychain."_s);
        QVERIFY2(store.remove(kUrl, kOrg, &error), qPrintable(error));
        QCOMPARE(store.read(kUrl, kOrg, &error), std::nullopt);
    }
};

QTEST_GUILESS_MAIN(TestTokenStore)
#include "TestTokenStore.moc"
