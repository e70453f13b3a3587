#pragma once

#include <QObject>

class QMimeData;
class QWidget;

namespace lookout {

// Lets a Sentry issue link (https://ORG.sentry.io/issues/ID/, dragged from a browser's address bar,
// a chat or a ticket) be dropped onto a widget: as text/uri-list or text/plain. Drags of anything
// else, local files included (FileDropFilter takes those), are left to the widget.
class SentryLinkDropFilter : public QObject
{
    Q_OBJECT
public:
    explicit SentryLinkDropFilter(QObject *parent = nullptr);

    void watch(QWidget *widget);
    // The first Sentry issue link a drag carries, as text; empty when it carries none.
    static QString issueLink(const QMimeData *mime);

Q_SIGNALS:
    void linkDropped(const QString &link);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
};

} // namespace lookout
