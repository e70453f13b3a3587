#include "domain/Event.h"

namespace lookout {

static QString firstLine(const QString &text, qsizetype maxLength = 200)
{
    QString line = text.section(QLatin1Char('\n'), 0, 0).trimmed();
    if (line.size() > maxLength)
        line = line.left(maxLength - 1) + QChar(0x2026);
    return line;
}

QString User::key() const
{
    for (const QString *candidate : {&id, &email, &username, &ipAddress}) {
        if (!candidate->isEmpty())
            return *candidate;
    }
    return {};
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
    if (!logentry.text().isEmpty())
        return firstLine(logentry.text());
    if (!csp.isEmpty())
        return QStringLiteral("Blocked '%1' from '%2'")
            .arg(csp.value(u"effective_directive").toString(), csp.value(u"blocked_uri").toString());
    if (!transaction.isEmpty() && type == u"transaction")
        return transaction;
    return QStringLiteral("<unlabeled event>");
}

const Stacktrace *Event::mainStacktrace() const
{
    if (!exceptions.isEmpty() && exceptions.constLast().stacktrace)
        return &*exceptions.constLast().stacktrace;
    for (const Thread &thread : threads) {
        if (thread.crashed.value_or(false) && thread.stacktrace)
            return &*thread.stacktrace;
    }
    if (stacktrace)
        return &*stacktrace;
    return nullptr;
}

QString Event::effectiveCulprit() const
{
    if (!transaction.isEmpty())
        return transaction;
    if (!culprit.isEmpty())
        return culprit;
    const Stacktrace *stack = mainStacktrace();
    if (!stack)
        return {};
    // The innermost in-app frame, as "module in function" (Python, Java) or "file in function".
    const QList<Frame> &frames = stack->frames;
    for (auto it = frames.crbegin(); it != frames.crend(); ++it) {
        if (it->inApp.value_or(false) || frames.size() == 1) {
            const QString where = !it->module.isEmpty() ? it->module : it->filename;
            return it->function.isEmpty() ? where : where + QStringLiteral(" in ") + it->function;
        }
    }
    return {};
}

QString Event::tag(const QString &key) const
{
    for (const auto &[k, v] : tags) {
        if (k == key)
            return v;
    }
    return {};
}

} // namespace lookout
