#include "TokenStore.h"

#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcessEnvironment>
#include <QStandardPaths>
#include <QTimer>

#include <qt6keychain/keychain.h>

#include <chrono>
#include <filesystem>
#include <functional>

#include <sys/stat.h>
#include <unistd.h>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

namespace lookout {

namespace {

const QString kService = u"lookout"_s;
constexpr QFileDevice::Permissions kOthersBits = QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ExeGroup
    | QFileDevice::ReadOther | QFileDevice::WriteOther | QFileDevice::ExeOther;

struct JobResult
{
    QKeychain::Error error = QKeychain::NoError;
    QString message;
    QString text;
};

// QtKeychain's jobs are asynchronous; the CLI and the settings dialog want an answer now. A keychain
// that never answers (a locked wallet waiting for a prompt nobody sees) must not hang a sync, so the
// wait is bounded and a late answer is left to delete its own job.
template<typename Job>
JobResult runJob(Job *job, const std::function<void(Job *)> &collect)
{
    job->setAutoDelete(false);
    bool finished = false;
    QEventLoop loop;
    QTimer timer;
    timer.setSingleShot(true);
    QObject::connect(job, &QKeychain::Job::finished, &loop, [&] {
        finished = true;
        loop.quit();
    });
    QObject::connect(&timer, &QTimer::timeout, &loop, &QEventLoop::quit);
    job->start();
    timer.start(10s);
    if (!finished)
        loop.exec();
    if (!finished) {
        QObject::disconnect(job, nullptr, &loop, nullptr);
        job->setAutoDelete(true);
        return {QKeychain::OtherError, TokenStore::tr("the keychain service did not answer within 10 s"), {}};
    }
    JobResult result {job->error(), job->errorString(), {}};
    if (result.error == QKeychain::NoError && collect)
        collect(job);
    delete job;
    return result;
}

// QtKeychain's Linux backends say only "Unknown error" when D-Bus has no session bus.
QString keychainProblem(const JobResult &result)
{
    if (result.error == QKeychain::NoBackendAvailable || result.message.isEmpty() || result.message == u"Unknown error")
        return TokenStore::tr("no Secret Service or KWallet answered");
    return result.message;
}

// No service to talk to: the file takes over. Anything else (the user refused) is an answer.
bool keychainUnavailable(QKeychain::Error error)
{
    return error == QKeychain::NoBackendAvailable || error == QKeychain::NotImplemented || error == QKeychain::OtherError;
}

QString modeText(const QString &path)
{
    struct stat info = {};
    if (::stat(QFile::encodeName(path).constData(), &info) != 0)
        return u"unknown"_s;
    return u"0%1"_s.arg(uint(info.st_mode & 0777), 3, 8, QChar(u'0'));
}

// Reads the fallback file. A file others may read is refused: its tokens must count as leaked.
bool readTokenFile(QJsonObject *tokens, QString *error)
{
    const QString path = TokenStore::filePath();
    *tokens = {};
    if (!QFileInfo::exists(path))
        return true;
    if (QFile::permissions(path) & kOthersBits) {
        *error = TokenStore::tr("%1 can be read by other users (mode %2), so Lookout will not use it: revoke the tokens "
                                "in it, then run chmod 600 on it or delete it and save the token again")
                     .arg(QDir::toNativeSeparators(path), modeText(path));
        return false;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = TokenStore::tr("cannot read %1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
        return false;
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        // The parser's message quotes no content, but keep it out anyway: the file holds secrets.
        *error = TokenStore::tr("%1 is not a token file Lookout wrote (not a JSON object)").arg(QDir::toNativeSeparators(path));
        return false;
    }
    *tokens = document.object();
    return true;
}

// Writes a new file with 0600 from the start (never chmod after the secret is in it) and renames it
// over the old one, so a crash leaves the old file or the new one, never half of either.
bool writeTokenFile(const QJsonObject &tokens, QString *error)
{
    const QString path = TokenStore::filePath();
    const QString dirPath = QFileInfo(path).absolutePath();
    if (!QDir().mkpath(dirPath)) {
        *error = TokenStore::tr("cannot create %1").arg(QDir::toNativeSeparators(dirPath));
        return false;
    }
    const QString partial = path + u".new"_s;
    QFile::remove(partial);
    QFile file(partial);
    if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly, QFileDevice::ReadOwner | QFileDevice::WriteOwner)) {
        *error = TokenStore::tr("cannot create %1: %2").arg(QDir::toNativeSeparators(partial), file.errorString());
        return false;
    }
    if (file.permissions() & kOthersBits) {
        file.remove();
        *error = TokenStore::tr("cannot make %1 private to the user").arg(QDir::toNativeSeparators(partial));
        return false;
    }
    const QByteArray content = QJsonDocument(tokens).toJson(QJsonDocument::Indented);
    const bool written = file.write(content) == content.size() && file.flush() && ::fsync(file.handle()) == 0;
    file.close();
    std::error_code renameError;
    if (written)
        std::filesystem::rename(QFile::encodeName(partial).toStdString(), QFile::encodeName(path).toStdString(), renameError);
    if (!written || renameError) {
        QFile::remove(partial);
        *error = TokenStore::tr("cannot write %1").arg(QDir::toNativeSeparators(path));
        return false;
    }
    return true;
}

} // namespace

TokenStore::TokenStore(Mode mode)
    : m_mode(mode)
{
    if (mode == Mode::FileOnly)
        m_keychainProblem = TokenStore::tr("the keychain is switched off");
}

TokenStore::Mode TokenStore::modeFromEnvironment()
{
    return QProcessEnvironment::systemEnvironment().value(u"LOOKOUT_TOKEN_STORE"_s) == u"file" ? Mode::FileOnly : Mode::Auto;
}

QString TokenStore::accountKey(const QUrl &baseUrl, const QString &org)
{
    // "https://sentry.io" and "https://sentry.io/" are one account.
    QString url = baseUrl.toString(QUrl::RemoveQuery | QUrl::RemoveFragment | QUrl::RemoveUserInfo);
    while (url.endsWith(u'/'))
        url.chop(1);
    return url + u' ' + org;
}

QString TokenStore::filePath()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation)).filePath(u"tokens.json"_s);
}

bool TokenStore::store(const QUrl &baseUrl, const QString &org, const QString &token, QString *error)
{
    error->clear();
    const QString key = accountKey(baseUrl, org);
    if (m_mode == Mode::Auto) {
        auto *job = new QKeychain::WritePasswordJob(kService);
        job->setKey(key);
        job->setTextData(token);
        const JobResult result = runJob<QKeychain::WritePasswordJob>(job, {});
        if (result.error == QKeychain::NoError) {
            m_backend = Backend::Keychain;
            m_keychainProblem.clear();
            // A copy left in the file from a time without a keychain would outlive this one.
            QJsonObject tokens;
            QString ignored;
            if (readTokenFile(&tokens, &ignored) && tokens.contains(key)) {
                tokens.remove(key);
                writeTokenFile(tokens, &ignored);
            }
            return true;
        }
        if (!keychainUnavailable(result.error)) {
            *error = TokenStore::tr("the keychain refused to store the token: %1").arg(result.message);
            return false;
        }
        m_keychainProblem = keychainProblem(result);
    }
    QJsonObject tokens;
    if (!readTokenFile(&tokens, error))
        return false;
    tokens.insert(key, token);
    if (!writeTokenFile(tokens, error))
        return false;
    m_backend = Backend::File;
    return true;
}

std::optional<QString> TokenStore::read(const QUrl &baseUrl, const QString &org, QString *error)
{
    error->clear();
    const QString key = accountKey(baseUrl, org);
    if (m_mode == Mode::Auto) {
        auto *job = new QKeychain::ReadPasswordJob(kService);
        job->setKey(key);
        QString text;
        const JobResult result
            = runJob<QKeychain::ReadPasswordJob>(job, [&text](QKeychain::ReadPasswordJob *done) { text = done->textData(); });
        if (result.error == QKeychain::NoError) {
            m_backend = Backend::Keychain;
            m_keychainProblem.clear();
            return text;
        }
        if (result.error != QKeychain::EntryNotFound && !keychainUnavailable(result.error)) {
            *error = TokenStore::tr("the keychain refused to give the token: %1").arg(result.message);
            return std::nullopt;
        }
        if (result.error != QKeychain::EntryNotFound)
            m_keychainProblem = keychainProblem(result);
    }
    // Also when the keychain answers "not found": the token may have been saved while it was away.
    QJsonObject tokens;
    if (!readTokenFile(&tokens, error))
        return std::nullopt;
    const QJsonValue value = tokens.value(key);
    if (!value.isString())
        return std::nullopt;
    m_backend = Backend::File;
    return value.toString();
}

bool TokenStore::remove(const QUrl &baseUrl, const QString &org, QString *error)
{
    error->clear();
    const QString key = accountKey(baseUrl, org);
    if (m_mode == Mode::Auto) {
        auto *job = new QKeychain::DeletePasswordJob(kService);
        job->setKey(key);
        const JobResult result = runJob<QKeychain::DeletePasswordJob>(job, {});
        if (result.error != QKeychain::NoError && result.error != QKeychain::EntryNotFound
            && !keychainUnavailable(result.error)) {
            *error = TokenStore::tr("the keychain refused to delete the token: %1").arg(result.message);
            return false;
        }
    }
    if (!QFileInfo::exists(filePath()))
        return true;
    QJsonObject tokens;
    if (!readTokenFile(&tokens, error))
        return false;
    if (!tokens.contains(key))
        return true;
    tokens.remove(key);
    return writeTokenFile(tokens, error);
}

QString TokenStore::backendDescription() const
{
    if (m_backend == Backend::Keychain)
        return tr("The token is kept in the system keychain.");
    const QString path = QDir::toNativeSeparators(filePath());
    if (m_keychainProblem.isEmpty())
        return tr("The token is kept in %1, readable only by you.").arg(path);
    return tr("The token is kept in %1, readable only by you, because no keychain service could be used (%2).")
        .arg(path, m_keychainProblem);
}

} // namespace lookout
