#include "IssueMarkdown.h"

#include "domain/Event.h"
#include "domain/IssueSummary.h"

#include <QUrl>

using namespace Qt::StringLiterals;

namespace lookout {

QString IssueMarkdown::escape(const QString &text)
{
    QString escaped;
    escaped.reserve(text.size());
    for (const QChar c : text) {
        if (QStringView(u"\\`*_[]<>|#").contains(c))
            escaped += u'\\';
        escaped += c == u'\n' ? u' ' : c;
    }
    return escaped;
}

static QString frameLine(const Frame &frame)
{
    QString where = !frame.filename.isEmpty() ? frame.filename : !frame.absPath.isEmpty() ? frame.absPath : frame.module;
    if (frame.lineno && *frame.lineno > 0)
        where += u':' + QString::number(*frame.lineno);
    const QString function = frame.function.isEmpty() ? u"?"_s : frame.function;
    QString line = where.isEmpty() ? function : function + u" ("_s + where + u')';
    return line.replace(u"```"_s, u"'''"_s);
}

QString IssueMarkdown::render(const IssueSummary &issue, const Event &event, const QString &url, int maxFrames)
{
    QStringList out;
    const QString title = escape(issue.title.isEmpty() ? event.title() : issue.title);
    const QString id = issue.shortId.isEmpty() ? QString() : u"**"_s + escape(issue.shortId) + u"** "_s;
    const QUrl link(url);
    if (link.isValid() && (link.scheme() == u"https" || link.scheme() == u"http"))
        out << id + u'[' + title + u"]("_s + link.toString(QUrl::FullyEncoded) + u')';
    else
        out << id + title;
    const QString culprit = issue.culprit.isEmpty() ? event.effectiveCulprit() : issue.culprit;
    if (!culprit.isEmpty())
        out << (culprit.contains(u'`') ? escape(culprit) : u'`' + culprit + u'`');
    QStringList facts {levelToString(issue.level), u"%1 events"_s.arg(issue.timesSeen), u"%1 users"_s.arg(issue.userCount)};
    if (issue.lastSeen.isValid())
        facts << u"last seen "_s + issue.lastSeen.toUTC().toString(u"yyyy-MM-dd HH:mm 'UTC'"_s);
    if (!event.release.isEmpty())
        facts << u"release "_s + escape(event.release);
    if (!event.environment.isEmpty())
        facts << escape(event.environment);
    out << facts.join(u" · "_s);
    out << u"Event `"_s + event.eventId + u'`';

    const Stacktrace *stack = event.mainStacktrace();
    if (stack && !stack->frames.isEmpty()) {
        QStringList frames;
        const bool anyInApp
            = std::any_of(stack->frames.cbegin(), stack->frames.cend(), [](const Frame &f) { return f.inApp.value_or(false); });
        for (auto it = stack->frames.crbegin(); it != stack->frames.crend() && frames.size() < maxFrames; ++it) {
            if (!anyInApp || it->inApp.value_or(false))
                frames << frameLine(*it);
        }
        out << QString() << u"```"_s << frames << u"```"_s;
    }
    return out.join(u'\n') + u'\n';
}

} // namespace lookout
