#pragma once

#include <QString>
#include <QStringList>

namespace lookout::test {

// Every qDebug/qWarning/... message from start() to stop() (they still reach the previous handler),
// so a test can check that a secret never appeared in one.
namespace MessageCapture {
void start();
void stop();
const QStringList &messages();
} // namespace MessageCapture

// A file's permission bits (0 when it cannot be read): whether a secret is kept user-only.
unsigned fileMode(const QString &path);

} // namespace lookout::test
