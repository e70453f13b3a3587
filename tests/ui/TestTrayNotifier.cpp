#include "MockClock.h"
#include "Screenshots.h"
#include "TestData.h"
#include "TrayNotifier.h"
#include "store/Store.h"

#include <QImage>
#include <QLabel>
#include <QPainter>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QSystemTrayIcon>
#include <QTest>

using namespace lookout;
using namespace Qt::StringLiterals;

class TestTrayNotifier : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void init()
    {
        m_store = std::make_unique<Store>();
        QVERIFY(m_store->open(u":memory:"_s));
        const qint64 project = m_store->ensureProject(u"shop"_s);
        const double now = double(m_clock.now().toSecsSinceEpoch());
        int n = 0;
        for (const QString &type : {u"KeyError"_s, u"TimeoutError"_s, u"ValueError"_s, u"OSError"_s}) {
            const QString id = u"%1"_s.arg(++n, 32, 16, QLatin1Char('0'));
            test::addEvent(*m_store, project, id, now - 60, type);
            m_issues << m_store->event(id)->issueId;
        }
        m_notifier = std::make_unique<Notifier>(m_store.get(), &m_clock);
        m_notifier->setTimeZone(QTimeZone::UTC);
    }

    void clickingTheNotificationOpensItsIssue()
    {
        TrayNotifier tray(m_notifier.get(), nullptr, TrayNotifier::Tray::Always);
        QVERIFY(tray.trayIcon());
        QCOMPARE(tray.toolTip(), u"Lookout"_s);
        QSignalSpy open(&tray, &TrayNotifier::openIssue);
        QSignalSpy status(&tray, &TrayNotifier::statusMessage);

        m_notifier->syncFinished({m_issues.at(1)}, {}, false);
        QCOMPARE(tray.pendingIssue(), m_issues.at(1));
        QCOMPARE(status.size(), 0); // it went to the tray
        Q_EMIT tray.trayIcon()->messageClicked();
        QCOMPARE(open.size(), 1);
        QCOMPARE(open.constFirst().constFirst().toLongLong(), m_issues.at(1));
    }

    void badgeAndToolTipCountUnread()
    {
        TrayNotifier tray(m_notifier.get(), nullptr, TrayNotifier::Tray::Always);
        const QImage plain = tray.currentIcon().pixmap(32, 32).toImage();
        m_notifier->syncFinished({m_issues.at(0), m_issues.at(1)}, {m_issues.at(2)}, false);
        QCOMPARE(tray.toolTip(), u"Lookout: 3 unread notifications"_s);
        QCOMPARE(tray.trayIcon()->toolTip(), tray.toolTip());
        const QImage badged = tray.currentIcon().pixmap(32, 32).toImage();
        QVERIFY(badged != plain);
        // The badge sits in the top right corner, in red.
        const QColor corner = badged.pixelColor(28, 4);
        QVERIFY2(corner.red() > 180 && corner.green() < 120, qPrintable(corner.name()));
        QCOMPARE(plain.pixelColor(28, 4).alpha(), 0);

        m_notifier->markRead(m_issues.at(0));
        QCOMPARE(tray.toolTip(), u"Lookout: 2 unread notifications"_s);
        m_notifier->markAllRead();
        QCOMPARE(tray.toolTip(), u"Lookout"_s);
        QCOMPARE(tray.currentIcon().pixmap(32, 32).toImage(), plain);

        // Look at them: plain, 3, 120.
        QLabel strip;
        QPixmap row(3 * 72, 64);
        row.fill(Qt::white);
        QPainter painter(&row);
        painter.drawPixmap(0, 0, TrayNotifier::defaultIcon().pixmap(64, 64));
        painter.drawPixmap(72, 0, TrayNotifier::badgeIcon(TrayNotifier::defaultIcon(), 3).pixmap(64, 64));
        painter.drawPixmap(144, 0, TrayNotifier::badgeIcon(TrayNotifier::defaultIcon(), 120).pixmap(64, 64));
        painter.end();
        strip.setPixmap(row);
        strip.resize(row.size());
        test::saveScreenshot(&strip, u"tray-badges"_s);
    }

    void severalAtOnceAreOneNotification()
    {
        TrayNotifier tray(m_notifier.get(), nullptr, TrayNotifier::Tray::Never);
        QVERIFY(!tray.trayIcon());
        QSignalSpy status(&tray, &TrayNotifier::statusMessage);
        const QList<Notification> raised
            = m_notifier->syncFinished({m_issues.at(0), m_issues.at(1), m_issues.at(2)}, {m_issues.at(3)}, false);
        QCOMPARE(raised.size(), 4);
        const auto [title, body] = TrayNotifier::summarise(raised);
        QCOMPARE(title, u"3 new issues, 1 regression"_s);
        const QStringList lines = body.split(u'\n');
        QCOMPARE(lines.size(), 4);
        QCOMPARE(lines.at(0), raised.at(0).body);
        QCOMPARE(lines.at(3), u"and 1 more"_s);
        QCOMPARE(tray.pendingIssue(), m_issues.at(0));

        // No tray: one line for the status bar.
        QCOMPARE(status.size(), 1);
        QCOMPARE(status.constFirst().constFirst().toString(), u"3 new issues, 1 regression: "_s + raised.at(0).body);
    }

    void singleNotificationKeepsItsWords()
    {
        Notification one;
        one.reason = Notification::Reason::Threshold;
        one.title = u"Checkout: 57 users in 60 min"_s;
        one.body = u"SHOP-1A: <b>KeyError</b> & more"_s;
        const auto [title, body] = TrayNotifier::summarise({one});
        QCOMPARE(title, one.title);
        QCOMPARE(body, one.body); // plain text; TrayNotifier defuses markup only on its way to the tray
    }

    void quietHoursShowNothingButCount()
    {
        NotificationSettings settings;
        settings.quietHours = true;
        settings.quietFrom = QTime(0, 0);
        settings.quietTo = QTime(23, 59);
        m_notifier->setSettings(settings);
        TrayNotifier tray(m_notifier.get(), nullptr, TrayNotifier::Tray::Never);
        QSignalSpy status(&tray, &TrayNotifier::statusMessage);
        m_notifier->syncFinished({m_issues.at(0)}, {}, false);
        QCOMPARE(status.size(), 0);
        QCOMPARE(tray.toolTip(), u"Lookout: 1 unread notification"_s);
    }

private:
    test::MockClock m_clock;
    std::unique_ptr<Store> m_store;
    std::unique_ptr<Notifier> m_notifier;
    QList<qint64> m_issues;
};

QTEST_MAIN(TestTrayNotifier)
#include "TestTrayNotifier.moc"
