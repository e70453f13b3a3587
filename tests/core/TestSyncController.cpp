// SyncController against the fake Sentry in virtual time: every account synced with its token, the
// outbox sent after triage, offline noticed and forgotten, cancel.
#include "SyncHarness.h"

#include "sync/SyncController.h"
#include "sync/TriageAction.h"
#include "sync/TriageSession.h"

using namespace lookout;
using namespace lookout::fake;
using namespace Qt::StringLiterals;

class TestSyncController : public QObject
{
    Q_OBJECT

    test::MockClock m_clock;
    std::unique_ptr<test::SyncHarness> m_h;
    Store m_store;
    std::unique_ptr<SyncController> m_controller;
    QStringList m_asked; // "org at url" the resolver was asked for

    bool start()
    {
        m_h = std::make_unique<test::SyncHarness>(m_clock);
        SeedOptions seed;
        seed.kind = SeedOptions::Kind::Bench;
        seed.issues = 40;
        if (!m_h->start(seed) || !m_store.open(m_h->dbPath()))
            return false;
        // The account is known to the cache (as after "Connect account"), the token kept aside.
        SyncStore(m_store).ensureAccount(m_h->account().url.adjusted(QUrl::StripTrailingSlash).toString(), m_h->account().org);
        m_controller = std::make_unique<SyncController>(&m_h->engine(), m_store, m_clock);
        m_asked.clear();
        m_controller->setTokenResolver([this](const QString &url, const QString &org, QString *) -> std::optional<QString> {
            m_asked << org + u" at "_s + url;
            return FakeSentry::defaultToken();
        });
        return true;
    }

    bool runSync()
    {
        QSignalSpy finished(m_controller.get(), &SyncController::finished);
        m_controller->syncNow();
        return finished.wait(60'000) && finished.constFirst().constFirst().toBool();
    }

private Q_SLOTS:
    void cleanup()
    {
        m_controller.reset();
        m_store.close();
        m_h.reset();
    }

    void syncsEveryAccountWithItsToken()
    {
        QVERIFY(start());
        QVERIFY(m_controller->hasAccounts());
        QVERIFY(!m_controller->lastSyncAt().isValid());
        QSignalSpy running(m_controller.get(), &SyncController::runningChanged);
        QVERIFY(runSync());
        QCOMPARE(m_asked.size(), 1);
        QVERIFY(m_asked.constFirst().startsWith(m_h->account().org));
        QCOMPARE(running.size(), 2); // on, then off
        QCOMPARE(m_controller->lastSyncAt(), m_clock.now());
        QVERIFY(m_h->differences().isEmpty());
        QVERIFY(!m_controller->isOffline());
    }

    void aMissingTokenIsReportedNotFatal()
    {
        QVERIFY(start());
        m_controller->setTokenResolver([](const QString &, const QString &, QString *error) -> std::optional<QString> {
            *error = u"no token is saved"_s;
            return std::nullopt;
        });
        QSignalSpy finished(m_controller.get(), &SyncController::finished);
        m_controller->syncNow();
        QVERIFY(!finished.isEmpty() || finished.wait(10'000));
        QCOMPARE(finished.constFirst().at(0).toBool(), false);
        QVERIFY(finished.constFirst().at(1).toString().contains(u"no token is saved"_s));
        QVERIFY(!m_controller->isRunning());
    }

    void triageOfflineIsSentWhenSentryIsBack()
    {
        QVERIFY(start());
        QVERIFY(runSync());
        // Sentry goes away: the action is applied locally and waits.
        m_h->server().setRandomFaults({FakeSentry::Fault::ConnectionReset}, 1.0);
        TriageSession session(m_store, m_clock);
        connect(&session, &TriageSession::outboxChanged, m_controller.get(), &SyncController::sendOutbox);
        const qint64 issue = m_store.issues({}, 0, 1).constFirst().id;
        TriageAction resolve;
        resolve.kind = TriageAction::Kind::Resolve;
        resolve.issueIds = {issue};
        QString error;
        QSignalSpy finished(m_controller.get(), &SyncController::outboxSent);
        QVERIFY2(session.apply(resolve, &error), qPrintable(error));
        QVERIFY(finished.wait(60'000));
        QCOMPARE(finished.constFirst().at(0).toBool(), false);
        QVERIFY(m_controller->isOffline());
        QCOMPARE(m_controller->unsentActions(), 1);
        QCOMPARE(m_store.issue(issue)->status, u"resolved"_s);

        // Back: the next sync sends it first, and being offline is forgotten.
        m_h->server().setRandomFaults({}, 0);
        QVERIFY(runSync());
        QVERIFY(!m_controller->isOffline());
        QCOMPARE(m_controller->unsentActions(), 0);
        const FakeIssue *remote = m_h->server().data().issue(SyncStore(m_store).issueIdentity(issue)->sentryId);
        QVERIFY(remote);
        QCOMPARE(remote->status, u"resolved"_s);
    }

    void aUsedUpRateLimitIsSaid()
    {
        QVERIFY(start());
        m_h->server().setRateLimit(3); // three requests a second per endpoint
        QSignalSpy waits(m_controller.get(), &SyncController::rateLimitWait);
        QVERIFY(runSync());
        QVERIFY(!waits.isEmpty());
        QVERIFY(waits.constFirst().at(1).toDateTime() > m_clock.now().addSecs(-60));
        QCOMPARE(m_h->server().countStatus(429), 0); // paced, never refused
    }

    void cancelStopsTheRun()
    {
        QVERIFY(start());
        QSignalSpy finished(m_controller.get(), &SyncController::finished);
        connect(m_controller.get(), &SyncController::progress, this, [this](const SyncProgress &p) {
            if (p.phase == SyncPhase::Issues)
                m_controller->cancel();
        });
        m_controller->syncNow();
        QVERIFY(!finished.isEmpty() || finished.wait(60'000));
        QVERIFY(finished.constFirst().at(1).toString().contains(u"cancelled"_s));
        QVERIFY(!m_controller->isRunning());
        QVERIFY(!m_controller->lastSyncAt().isValid());
    }
};

QTEST_MAIN(TestSyncController)
#include "TestSyncController.moc"
