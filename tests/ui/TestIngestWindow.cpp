// The window while SDKs send to the local ingest: the switch, the DSN dialog, and new issues
// showing up in the list (and as notifications) without anyone refreshing.
#include "ElidedLabel.h"
#include "IssueDetailView.h"
#include "IssueListModel.h"
#include "LocalIngestDialog.h"
#include "MainWindow.h"
#include "MockClock.h"
#include "SearchBar.h"
#include "TestData.h"
#include "WelcomePage.h"
#include "ingest/IngestServer.h"
#include "store/Store.h"
#include "watch/Notifier.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

using namespace lookout;
using namespace Qt::StringLiterals;

namespace {

// Posts body to the endpoint and returns the response's status line.
QByteArray post(quint16 port, const QByteArray &path, const QByteArray &body)
{
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, port);
    if (!socket.waitForConnected(5000))
        return {};
    socket.write("POST " + path
        + " HTTP/1.1\r\nHost: x\r\nConnection: close\r\nContent-Length: " + QByteArray::number(body.size()) + "\r\n\r\n" + body);
    QByteArray reply;
    while (!reply.contains("\r\n") && socket.waitForReadyRead(5000))
        reply += socket.readAll();
    return reply.left(reply.indexOf("\r\n"));
}

QByteArray envelope(const QString &id, double timestamp, const QString &type)
{
    return "{\"event_id\":\"" + id.toLatin1() + "\"}\n{\"type\":\"event\"}\n" + test::eventLine(id, timestamp, type) + '\n';
}

} // namespace

class TestIngestWindow : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    test::MockClock m_clock {QDateTime::fromSecsSinceEpoch(1'700'000'100, QTimeZone::UTC)};

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
        QVERIFY(m_dir.isValid());
    }

    void newIssuesShowUpLiveAndNotify()
    {
        Store store;
        QVERIFY(store.open(m_dir.filePath(u"live.sqlite"_s)));
        QSettings().setValue(u"ingest/port"_s, 0); // any free port
        MainWindow window(&store, &m_clock);
        QVERIFY(!window.ingestServer()->isRunning()); // off by default
        QCOMPARE(window.issueModel()->rowCount(), 0);
        // An empty cache opens on the welcome page, with nothing to search yet.
        window.show(); // a toolbar lays out (and shows) its widgets only when shown
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *search = window.findChild<SearchBar *>(u"searchBar"_s);
        QVERIFY(search);
        QVERIFY(window.welcomePage()->isVisible());
        QVERIFY(!search->isVisible());
        QSignalSpy raised(window.notifier(), &Notifier::notificationsRaised);

        window.ingestToggle()->trigger();
        QVERIFY2(window.ingestServer()->isRunning(), qPrintable(window.ingestServer()->errorString()));
        QVERIFY(QSettings().value(u"ingest/enabled"_s).toBool());
        const quint16 port = window.ingestServer()->port();

        QCOMPARE(post(port, "/api/1/envelope/", envelope(u"%1"_s.arg(1, 32, 16, QLatin1Char('0')), 1.7e9, u"KeyError"_s)),
            QByteArray("HTTP/1.1 200 OK"));
        // Within a second, with nobody pressing Refresh.
        QTRY_COMPARE_WITH_TIMEOUT(window.issueModel()->rowCount(), 1, 1000);
        QVERIFY(window.issueModel()->index(0, IssueListModel::TitleColumn).data().toString().contains(u"KeyError"));
        QVERIFY(!window.welcomePage()->isVisible());
        QTRY_VERIFY(search->isVisible());
        QTRY_COMPARE(raised.size(), 1);
        const Notification notification = raised.constFirst().constFirst().value<QList<Notification>>().constFirst();
        QCOMPARE(notification.reason, Notification::Reason::NewIssue);
        QVERIFY(notification.title.contains(u"local"));

        // Another event of the same issue: counted, not announced again; a second issue is.
        post(port, "/api/1/envelope/", envelope(u"%1"_s.arg(2, 32, 16, QLatin1Char('0')), 1.7e9 + 1, u"KeyError"_s));
        post(port, "/api/1/envelope/", envelope(u"%1"_s.arg(3, 32, 16, QLatin1Char('0')), 1.7e9 + 2, u"IndexError"_s));
        QTRY_COMPARE_WITH_TIMEOUT(window.issueModel()->rowCount(), 2, 1000);
        QTRY_COMPARE(raised.size(), 2);
        QVERIFY(raised.at(1).constFirst().value<QList<Notification>>().constFirst().body.contains(u"IndexError"));

        // Off: the endpoint is gone, and the setting remembers it. The window does not wait for it to
        // close (under a flood that takes a while); it says when everything received is stored.
        QSignalSpy stopped(window.ingestServer(), &IngestServer::stopped);
        window.ingestToggle()->trigger();
        QVERIFY(!window.ingestServer()->isRunning());
        QVERIFY(!QSettings().value(u"ingest/enabled"_s).toBool());
        QVERIFY(stopped.wait());
        QVERIFY(window.statusBar()->currentMessage().contains(u"everything received is stored"));
        QCOMPARE(post(port, "/api/1/envelope/", "{}\n"), QByteArray());
    }

    // Someone reading an older event keeps reading it while newer ones stream in; the header's
    // counts and the event bar follow.
    void theEventBeingReadStaysWhileMoreArrive()
    {
        Store store;
        QVERIFY(store.open(m_dir.filePath(u"reading.sqlite"_s)));
        QSettings().setValue(u"ingest/port"_s, 0);
        QSettings().setValue(u"ingest/enabled"_s, false);
        MainWindow window(&store, &m_clock);
        window.ingestToggle()->trigger();
        QVERIFY2(window.ingestServer()->isRunning(), qPrintable(window.ingestServer()->errorString()));
        const quint16 port = window.ingestServer()->port();
        const auto id = [](int n) { return u"%1"_s.arg(n, 32, 16, QLatin1Char('0')); };
        for (int n = 1; n <= 2; ++n)
            QCOMPARE(post(port, "/api/1/envelope/", envelope(id(n), 1.7e9 + n, u"KeyError"_s)), QByteArray("HTTP/1.1 200 OK"));
        QTRY_COMPARE_WITH_TIMEOUT(window.issueModel()->rowCount(), 1, 1000);
        QTRY_COMPARE(window.issueModel()->index(0, IssueListModel::EventsColumn).data().toLongLong(), 2);
        IssueDetailView *detail = window.detailView();
        QVERIFY(window.openIssue(window.issueModel()->issueIdAt(0)));
        QCOMPARE(detail->eventId(), id(2)); // the latest
        detail->showOlder();
        QCOMPARE(detail->eventId(), id(1));
        QVERIFY(detail->eventLabel()->text().contains(u"2 of 2"));

        post(port, "/api/1/envelope/", envelope(id(3), 1.7e9 + 3, u"KeyError"_s));
        QTRY_COMPARE_WITH_TIMEOUT(detail->issue()->timesSeen, 3, 2000);
        QCOMPARE(detail->eventId(), id(1)); // still the one being read
        QVERIFY2(detail->eventLabel()->text().contains(u"3 of 3"), qPrintable(detail->eventLabel()->text()));
        window.ingestServer()->stop();
    }

    void enabledIngestStartsWithTheWindow()
    {
        Store store;
        QVERIFY(store.open(m_dir.filePath(u"restart.sqlite"_s)));
        QSettings().setValue(u"ingest/port"_s, 0);
        QSettings().setValue(u"ingest/enabled"_s, true);
        MainWindow window(&store, &m_clock);
        QVERIFY(window.ingestServer()->isRunning());
        QVERIFY(window.ingestToggle()->isChecked());
        QSettings().setValue(u"ingest/enabled"_s, false);
    }

    void dialogShowsTheDsnToCopy()
    {
        Store store;
        QVERIFY(store.open(m_dir.filePath(u"dialog.sqlite"_s)));
        QSettings().setValue(u"ingest/port"_s, 0);
        MainWindow window(&store, &m_clock);
        LocalIngestDialog *dialog = window.showIngestDialog();
        QVERIFY(dialog->dsnEdit()->text().isEmpty());
        QVERIFY(!dialog->copyButton()->isEnabled());
        QVERIFY(dialog->statusLabel()->text().startsWith(u"Off"));

        dialog->findChild<QCheckBox *>()->click(); // the dialog's switch is the window's action
        QVERIFY(window.ingestServer()->isRunning());
        QVERIFY(window.ingestToggle()->isChecked());
        const QString dsn = dialog->dsnEdit()->text();
        QCOMPARE(dsn, window.ingestServer()->dsn());
        // The key is remembered, so the DSN pasted into an app stays valid across restarts.
        QVERIFY(dsn.startsWith(u"http://"_s + QSettings().value(u"ingest/key"_s).toString() + u"@127.0.0.1:"_s));
        QVERIFY(dsn.endsWith(u"/1"));
        QVERIFY(!dialog->portBox()->isEnabled()); // the port changes while it is off
        dialog->copyButton()->click();
        QCOMPARE(QApplication::clipboard()->text(), dsn);
        window.ingestToggle()->trigger();
        QVERIFY(dialog->dsnEdit()->text().isEmpty());
        QVERIFY(dialog->portBox()->isEnabled());
    }

    void aBusyPortSaysSo()
    {
        IngestServer other;
        IngestSettings settings;
        settings.dbPath = m_dir.filePath(u"other.sqlite"_s);
        QVERIFY(other.start(settings));
        Store store;
        QVERIFY(store.open(m_dir.filePath(u"busy.sqlite"_s)));
        QSettings().setValue(u"ingest/port"_s, other.port());
        MainWindow window(&store, &m_clock);
        window.ingestToggle()->trigger();
        QVERIFY(!window.ingestServer()->isRunning());
        QVERIFY(!window.ingestToggle()->isChecked());
        QVERIFY(window.ingestServer()->errorString().contains(u"cannot listen"));
        LocalIngestDialog *dialog = window.showIngestDialog();
        QVERIFY(dialog->statusLabel()->text().contains(u"cannot listen"));
    }
};

QTEST_MAIN(TestIngestWindow)
#include "TestIngestWindow.moc"
