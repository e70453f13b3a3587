#pragma once

#include "watch/Notifier.h"

#include <QIcon>
#include <QObject>
#include <QPointer>

class QSystemTrayIcon;

namespace lookout {

// Shows what a Notifier raises: as a desktop notification from a tray icon whose badge and tooltip
// carry the unread count, where the desktop has a system tray; otherwise as statusMessage() for
// the window's status bar. Clicking a notification asks to open its issue (openIssue); several
// raised by one sync go out as one notification that opens the first of them.
//
//   auto *tray = new TrayNotifier(notifier, window);
//   connect(tray, &TrayNotifier::openIssue, window, ...);    // show the window, openIssue(id)
//   connect(tray, &TrayNotifier::statusMessage, window, ...); // statusBar()->showMessage(text, 10000)
//   connect(tray, &TrayNotifier::activated, window, ...);     // raise the window
class TrayNotifier : public QObject
{
    Q_OBJECT
public:
    enum class Tray {
        Auto, // a tray icon when QSystemTrayIcon::isSystemTrayAvailable()
        Never,
        Always, // tests: an icon even where no tray will show it
    };

    explicit TrayNotifier(Notifier *notifier, QObject *parent = nullptr, Tray tray = Tray::Auto);
    ~TrayNotifier() override;

    // Null where there is no system tray.
    QSystemTrayIcon *trayIcon() const { return m_tray; }
    // The application's icon, under the badge (a plain drawn one by default).
    void setBaseIcon(const QIcon &icon);
    QIcon currentIcon() const { return m_icon; }
    QString toolTip() const { return m_toolTip; }

    // The issue the notification on screen opens when clicked (0: none).
    qint64 pendingIssue() const { return m_clickIssue; }

    // base with a count badge in its top right corner ("99+" above 99); base alone for 0.
    static QIcon badgeIcon(const QIcon &base, int count);
    static QIcon defaultIcon();
    // The title and body one sync's notifications show as.
    static QPair<QString, QString> summarise(const QList<Notification> &notifications);

Q_SIGNALS:
    void openIssue(qint64 issueId);
    // Where there is no tray: one line about what would have popped up.
    void statusMessage(const QString &text);
    // The tray icon was clicked.
    void activated();

private:
    void show(const QList<Notification> &notifications);
    void updateBadge(int count);

    QPointer<Notifier> m_notifier;
    QSystemTrayIcon *m_tray = nullptr;
    QIcon m_base;
    QIcon m_icon;
    QString m_toolTip;
    qint64 m_clickIssue = 0;
};

} // namespace lookout
