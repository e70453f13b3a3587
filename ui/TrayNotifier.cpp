#include "TrayNotifier.h"

#include <QApplication>
#include <QFont>
#include <QPainter>
#include <QPainterPath>
#include <QPixmap>
#include <QSystemTrayIcon>

using namespace Qt::StringLiterals;

namespace lookout {

namespace {

constexpr int kShownMs = 10'000;

// Linux notification servers may read the body as markup (<b>, <a>, &amp;): text from events must
// not become that, and escaping would show as "&lt;" where the server does not. Look-alikes are
// safe with both.
QString notificationText(QString text)
{
#if defined(Q_OS_UNIX) && !defined(Q_OS_MACOS)
    text.replace(u'&', u'＆').replace(u'<', u'‹').replace(u'>', u'›');
#endif
    return text;
}

} // namespace

TrayNotifier::TrayNotifier(Notifier *notifier, QObject *parent, Tray tray)
    : QObject(parent)
    , m_notifier(notifier)
    , m_base(defaultIcon())
{
    const bool useTray = tray == Tray::Always || (tray == Tray::Auto && QSystemTrayIcon::isSystemTrayAvailable());
    if (useTray) {
        m_tray = new QSystemTrayIcon(this);
        connect(m_tray, &QSystemTrayIcon::messageClicked, this, [this] {
            if (m_clickIssue != 0)
                Q_EMIT openIssue(m_clickIssue);
        });
        connect(m_tray, &QSystemTrayIcon::activated, this, [this](QSystemTrayIcon::ActivationReason reason) {
            if (reason == QSystemTrayIcon::Trigger || reason == QSystemTrayIcon::DoubleClick)
                Q_EMIT activated();
        });
    }
    connect(notifier, &Notifier::notificationsRaised, this, &TrayNotifier::show);
    connect(notifier, &Notifier::unreadCountChanged, this, &TrayNotifier::updateBadge);
    updateBadge(notifier->unreadCount());
    if (m_tray)
        m_tray->show();
}

TrayNotifier::~TrayNotifier() = default;

void TrayNotifier::setBaseIcon(const QIcon &icon)
{
    m_base = icon;
    updateBadge(m_notifier ? m_notifier->unreadCount() : 0);
}

QIcon TrayNotifier::defaultIcon()
{
    // A round lookout mark; the application icon replaces it when there is one.
    QPixmap pixmap(64, 64);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(Qt::NoPen);
    painter.setBrush(QColor(0x6c, 0x5f, 0xc7));
    painter.drawEllipse(QRectF(4, 4, 56, 56));
    painter.setBrush(Qt::white);
    painter.drawEllipse(QRectF(18, 18, 28, 28));
    painter.setBrush(QColor(0x36, 0x2d, 0x59));
    painter.drawEllipse(QRectF(25, 25, 14, 14));
    painter.end();
    return QIcon(pixmap);
}

QIcon TrayNotifier::badgeIcon(const QIcon &base, int count)
{
    if (count <= 0)
        return base;
    QIcon result;
    for (const int size : {16, 22, 32, 48, 64}) {
        QPixmap pixmap = base.pixmap(size, size);
        if (pixmap.isNull()) {
            pixmap = QPixmap(size, size);
            pixmap.fill(Qt::transparent);
        }
        QPainter painter(&pixmap);
        painter.setRenderHint(QPainter::Antialiasing);
        const QString text = count > 99 ? u"99+"_s : QString::number(count);
        QFont font = QApplication::font();
        font.setBold(true);
        font.setPixelSize(std::max(7, size * (text.size() > 2 ? 7 : 9) / 20));
        painter.setFont(font);
        const qreal height = size * 0.5;
        const qreal width = std::max(height, painter.fontMetrics().horizontalAdvance(text) + height * 0.4);
        const QRectF badge(size - width, 0, width, height);
        painter.setPen(Qt::NoPen);
        painter.setBrush(QColor(0xe0, 0x2d, 0x2d));
        painter.drawRoundedRect(badge, height / 2, height / 2);
        painter.setPen(Qt::white);
        painter.drawText(badge, Qt::AlignCenter, text);
        painter.end();
        result.addPixmap(pixmap);
    }
    return result;
}

QPair<QString, QString> TrayNotifier::summarise(const QList<Notification> &notifications)
{
    if (notifications.size() == 1)
        return {notifications.constFirst().title, notifications.constFirst().body};
    int fresh = 0;
    int regressed = 0;
    int crossed = 0;
    for (const Notification &n : notifications) {
        fresh += n.reason == Notification::Reason::NewIssue;
        regressed += n.reason == Notification::Reason::Regression;
        crossed += n.reason == Notification::Reason::Threshold;
    }
    QStringList parts;
    if (fresh > 0)
        parts << (fresh == 1 ? tr("1 new issue") : tr("%n new issues", nullptr, fresh));
    if (regressed > 0)
        parts << (regressed == 1 ? tr("1 regression") : tr("%n regressions", nullptr, regressed));
    if (crossed > 0)
        parts << (crossed == 1 ? tr("1 issue over a threshold") : tr("%n issues over thresholds", nullptr, crossed));
    QStringList lines;
    constexpr int shown = 3;
    for (qsizetype i = 0; i < std::min<qsizetype>(shown, notifications.size()); ++i)
        lines << notifications.at(i).body;
    if (notifications.size() > shown)
        lines << tr("and %n more", nullptr, int(notifications.size() - shown));
    return {parts.join(u", "_s), lines.join(u'\n')};
}

void TrayNotifier::show(const QList<Notification> &notifications)
{
    if (notifications.isEmpty())
        return;
    const auto [title, body] = summarise(notifications);
    m_clickIssue = notifications.constFirst().issueId;
    if (m_tray) {
        m_tray->showMessage(notificationText(title), notificationText(body), m_icon, kShownMs);
        return;
    }
    Q_EMIT statusMessage(title + u": "_s + body.section(u'\n', 0, 0));
}

void TrayNotifier::updateBadge(int count)
{
    m_icon = badgeIcon(m_base, count);
    m_toolTip = count == 0 ? tr("Lookout")
        : count == 1       ? tr("Lookout: 1 unread notification")
                           : tr("Lookout: %n unread notifications", nullptr, count);
    if (m_tray) {
        m_tray->setIcon(m_icon);
        m_tray->setToolTip(m_toolTip);
    }
}

} // namespace lookout
