#include "SentryLinkDropFilter.h"

#include "api/SentryIssueLink.h"

#include <QDragEnterEvent>
#include <QDropEvent>
#include <QMimeData>
#include <QUrl>
#include <QWidget>

namespace lookout {

SentryLinkDropFilter::SentryLinkDropFilter(QObject *parent)
    : QObject(parent)
{ }

void SentryLinkDropFilter::watch(QWidget *widget)
{
    widget->setAcceptDrops(true);
    widget->installEventFilter(this);
}

QString SentryLinkDropFilter::issueLink(const QMimeData *mime)
{
    if (!mime)
        return {};
    if (mime->hasUrls()) {
        const QList<QUrl> urls = mime->urls();
        for (const QUrl &url : urls) {
            if (!url.isLocalFile() && SentryIssueLink::parse(url.toString()))
                return url.toString();
        }
    }
    if (mime->hasText()) {
        // A link dragged out of a text: the text is the link alone (a line of its own at most).
        const QString text = mime->text().trimmed();
        if (text.size() < 2048 && !text.contains(QLatin1Char('\n')) && SentryIssueLink::parse(text))
            return text;
    }
    return {};
}

bool SentryLinkDropFilter::eventFilter(QObject *watched, QEvent *event)
{
    switch (event->type()) {
    case QEvent::DragEnter:
    case QEvent::DragMove: {
        auto *drag = static_cast<QDragMoveEvent *>(event);
        if (issueLink(drag->mimeData()).isEmpty())
            break;
        drag->setDropAction(Qt::CopyAction);
        drag->accept();
        return true;
    }
    case QEvent::Drop: {
        auto *drop = static_cast<QDropEvent *>(event);
        const QString link = issueLink(drop->mimeData());
        if (link.isEmpty())
            break;
        drop->setDropAction(Qt::CopyAction);
        drop->accept();
        Q_EMIT linkDropped(link);
        return true;
    }
    default:
        break;
    }
    return QObject::eventFilter(watched, event);
}

} // namespace lookout
