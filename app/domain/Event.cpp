#include "domain/Event.h"

namespace lookout {

static QString firstLine(const QString &text, qsizetype maxLength = 200)
{
    QString line = text.section(QLatin1Char('\n'), 0, 0).trimmed();
    if (line.size() > maxLength)
        line = line.left(maxLength - 1) + QChar(0x2026);
    return line;
}

QString Event::title() const
{
    // Sentry titles an error event by its outermost exception: "Type: first line of value".
    if (!exceptions.isEmpty()) {
        const ExceptionValue &outer = exceptions.constLast();
        const QString type = outer.type.isEmpty() ? QStringLiteral("Error") : outer.type;
        const QString value = firstLine(outer.value);
        return value.isEmpty() ? type : type + QStringLiteral(": ") + value;
    }
    if (!message.isEmpty())
        return firstLine(message);
    return QStringLiteral("<unlabeled event>");
}

QString Event::effectiveCulprit() const
{
    if (!transaction.isEmpty())
        return transaction;
    if (!culprit.isEmpty())
        return culprit;
    if (exceptions.isEmpty())
        return {};
    // The innermost in-app frame, as "module in function" (Python, Java) or "file in function".
    const QList<Frame> &frames = exceptions.constLast().frames;
    for (auto it = frames.crbegin(); it != frames.crend(); ++it) {
        if (it->inApp.value_or(false) || frames.size() == 1) {
            const QString where = !it->module.isEmpty() ? it->module : it->filename;
            return it->function.isEmpty() ? where : where + QStringLiteral(" in ") + it->function;
        }
    }
    return {};
}

} // namespace lookout
