#include "MessageCapture.h"

#include <QFile>

#include <sys/stat.h>

namespace lookout::test {

namespace {

QStringList captured;
QtMessageHandler previous = nullptr;

void capture(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    captured << message;
    if (previous)
        previous(type, context, message);
}

} // namespace

void MessageCapture::start()
{
    captured.clear();
    previous = qInstallMessageHandler(capture);
}

void MessageCapture::stop()
{
    qInstallMessageHandler(previous);
    previous = nullptr;
}

const QStringList &MessageCapture::messages()
{
    return captured;
}

unsigned fileMode(const QString &path)
{
    struct stat info = {};
    if (::stat(QFile::encodeName(path).constData(), &info) != 0)
        return 0;
    return info.st_mode & 0777;
}

} // namespace lookout::test
