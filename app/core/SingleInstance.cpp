#include "SingleInstance.h"

#include <QCryptographicHash>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocalServer>
#include <QLocalSocket>
#include <QLockFile>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace lookout {

namespace {

// A message is one line of JSON: {"arguments": [...], "cwd": "..."}; the answer is "ok\n".
constexpr qint64 maxMessage = 1 << 20;

QString socketFolder()
{
    // Flatpak gives each sandbox its own runtime folder; instances of one app share this one.
    const QString flatpak = qEnvironmentVariable("FLATPAK_ID");
    if (!flatpak.isEmpty() && qEnvironmentVariableIsSet("XDG_RUNTIME_DIR"))
        return qEnvironmentVariable("XDG_RUNTIME_DIR") + u"/app/"_s + flatpak;
#ifdef Q_OS_UNIX
    // The user's own folder (mode 0700) where there is one; without it Qt's temp folder, and the
    // socket is still the user's alone (UserAccessOption).
    if (qEnvironmentVariableIsSet("XDG_RUNTIME_DIR"))
        return QStandardPaths::writableLocation(QStandardPaths::RuntimeLocation);
#endif
    return {};
}

} // namespace

SingleInstance::SingleInstance(const QString &key, QObject *parent)
    : QObject(parent)
{
    // The home folder stands for the user where the socket folder is shared (Windows, /tmp).
    const QByteArray hash = QCryptographicHash::hash(
        (QDir::homePath() + u'\n' + QDir::cleanPath(QDir(key).absolutePath())).toUtf8(), QCryptographicHash::Sha256)
                                .toHex()
                                .left(16);
    const QString folder = socketFolder();
    m_name = (folder.isEmpty() ? QString() : folder + u'/') + u"lookout-"_s + QString::fromLatin1(hash);
}

SingleInstance::~SingleInstance() = default;

SingleInstance::Result SingleInstance::start(const QStringList &arguments, const QString &workingDirectory, int timeoutMs)
{
    // Two starts at once must not both decide they are first: the lock makes connect-or-listen one step.
    const QString lockPath = (m_name.contains(u'/') ? m_name : QDir::tempPath() + u'/' + m_name) + u".lock"_s;
    QLockFile lock(lockPath);
    if (!lock.tryLock(timeoutMs)) {
        m_error = tr("Another Lookout is starting and holds %1").arg(lockPath);
        return Failed;
    }

    QLocalSocket socket;
    socket.connectToServer(m_name);
    if (socket.waitForConnected(timeoutMs)) {
        const QJsonObject message {{u"arguments"_s, QJsonArray::fromStringList(arguments)}, {u"cwd"_s, workingDirectory}};
        socket.write(QJsonDocument(message).toJson(QJsonDocument::Compact) + '\n');
        socket.waitForBytesWritten(timeoutMs);
        while (!socket.canReadLine() && socket.waitForReadyRead(timeoutMs)) { }
        if (socket.readLine().trimmed() == "ok")
            return Forwarded;
        m_error = tr("The running Lookout did not answer");
        return Failed;
    }
    if (socket.error() != QLocalSocket::ServerNotFoundError && socket.error() != QLocalSocket::ConnectionRefusedError) {
        m_error = tr("Cannot reach the running Lookout: %1").arg(socket.errorString());
        return Failed;
    }
    // Nobody listens: a socket left behind is from an instance that crashed.
    QLocalServer::removeServer(m_name);
    m_server = new QLocalServer(this);
    m_server->setSocketOptions(QLocalServer::UserAccessOption);
    if (!m_server->listen(m_name)) {
        m_error = tr("Cannot listen on %1: %2").arg(m_name, m_server->errorString());
        delete m_server;
        m_server = nullptr;
        return Failed;
    }
    connect(m_server, &QLocalServer::newConnection, this, [this] {
        while (QLocalSocket *client = m_server->nextPendingConnection()) {
            connect(client, &QLocalSocket::disconnected, client, &QObject::deleteLater);
            connect(client, &QLocalSocket::readyRead, this, [this, client] { readMessage(client); });
            readMessage(client);
        }
    });
    return Primary;
}

void SingleInstance::readMessage(QLocalSocket *socket)
{
    if (!socket->canReadLine()) {
        if (socket->bytesAvailable() > maxMessage)
            socket->abort();
        return;
    }
    const QJsonObject message = QJsonDocument::fromJson(socket->readLine(maxMessage)).object();
    QStringList arguments;
    const QJsonArray list = message.value(u"arguments"_s).toArray();
    for (const QJsonValue &value : list)
        arguments << value.toString();
    socket->write("ok\n");
    socket->disconnectFromServer();
    Q_EMIT argumentsReceived(arguments, message.value(u"cwd"_s).toString());
}

} // namespace lookout
