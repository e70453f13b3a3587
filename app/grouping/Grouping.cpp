#include "grouping/Grouping.h"

#include "domain/Event.h"

#include <QCryptographicHash>

namespace lookout {

static QString md5Hex(const QStringList &components)
{
    QCryptographicHash hash(QCryptographicHash::Md5);
    for (const QString &part : components) {
        hash.addData(part.toUtf8());
        hash.addData(QByteArrayView("\0", 1));
    }
    return QString::fromLatin1(hash.result().toHex());
}

static QStringList defaultComponents(const Event &event)
{
    QStringList parts;
    for (const ExceptionValue &exception : event.exceptions) {
        parts << QStringLiteral("type:") + exception.type;
        const QList<Frame> frames = exception.stacktrace ? exception.stacktrace->frames : QList<Frame>();
        bool anyInApp = false;
        for (const Frame &frame : frames)
            anyInApp = anyInApp || frame.inApp.value_or(false);
        for (const Frame &frame : frames) {
            if (anyInApp && !frame.inApp.value_or(false))
                continue;
            parts << (frame.module.isEmpty() ? frame.filename : frame.module) + QLatin1Char(':') + frame.function;
        }
    }
    if (parts.isEmpty())
        parts << QStringLiteral("message:") + event.logentry.text();
    return parts;
}

QString groupingHash(const Event &event)
{
    if (event.fingerprint.isEmpty())
        return md5Hex(defaultComponents(event));
    QStringList parts;
    for (const QString &entry : event.fingerprint) {
        if (entry == u"{{ default }}" || entry == u"{{default}}")
            parts << defaultComponents(event);
        else
            parts << QStringLiteral("fp:") + entry;
    }
    return md5Hex(parts);
}

} // namespace lookout
