#pragma once

#include <QObject>
#include <QStringList>

class QLocalServer;
class QLocalSocket;

namespace lookout {

// One running Lookout per user and cache: the first start listens on a local socket; a later start
// on the same cache hands its arguments (issue links, files to import) to the first one and exits.
//
//   SingleInstance instance(cachePath);
//   if (instance.start(arguments) == SingleInstance::Forwarded)
//       return 0; // the running window shows them
//   connect(&instance, &SingleInstance::argumentsReceived, &window, ...);
class SingleInstance : public QObject
{
    Q_OBJECT
public:
    // key: what makes two starts the same instance (the cache file's path).
    explicit SingleInstance(const QString &key, QObject *parent = nullptr);
    ~SingleInstance() override;

    enum Result {
        Primary, // this is the one instance; others' arguments arrive as argumentsReceived
        Forwarded, // another instance runs and has the arguments
        Failed, // neither (errorString says why): carry on alone
    };
    // workingDirectory: what relative paths in arguments are relative to.
    Result start(const QStringList &arguments, const QString &workingDirectory, int timeoutMs = 5000);
    QString errorString() const { return m_error; }
    // The local socket's name (a path under the user's runtime folder where there is one).
    QString serverName() const { return m_name; }

Q_SIGNALS:
    void argumentsReceived(const QStringList &arguments, const QString &workingDirectory);

private:
    void readMessage(QLocalSocket *socket);

    QString m_name;
    QString m_error;
    QLocalServer *m_server = nullptr;
};

} // namespace lookout
