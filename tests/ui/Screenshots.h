#pragma once

#include <QDir>
#include <QString>
#include <QWidget>

namespace lookout::test {

// With LOOKOUT_SCREENSHOT_DIR set, GUI tests leave PNGs of what they show there, to be looked at
// (tools/dev run -- env LOOKOUT_SCREENSHOT_DIR=/tmp/shots build/dev/bin/TestAccountDialog).
inline void saveScreenshot(QWidget *widget, const QString &name)
{
    const QString dir = qEnvironmentVariable("LOOKOUT_SCREENSHOT_DIR");
    if (dir.isEmpty())
        return;
    QDir().mkpath(dir);
    widget->grab().save(QDir(dir).filePath(name + QStringLiteral(".png")), "PNG");
}

} // namespace lookout::test
