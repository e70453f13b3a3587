#include "SyncStatusWidget.h"

#include "core/Clock.h"
#include "core/RelativeTime.h"
#include "sync/SyncController.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QTimer>
#include <QToolButton>

namespace lookout {

SyncStatusWidget::SyncStatusWidget(SyncController *controller, const Clock *clock, QWidget *parent)
    : QWidget(parent)
    , m_controller(controller)
    , m_clock(clock)
    , m_progress(new QProgressBar(this))
    , m_cancel(new QToolButton(this))
    , m_state(new QLabel(this))
    , m_outbox(new QLabel(this))
    , m_tick(new QTimer(this))
{
    setObjectName(QStringLiteral("syncStatus"));
    m_progress->setMaximumWidth(220);
    m_progress->setTextVisible(true);
    m_progress->hide();
    m_cancel->setText(tr("Cancel"));
    m_cancel->setToolTip(tr("Stop the sync; the next one goes on from where it stopped"));
    m_cancel->setAutoRaise(true);
    m_cancel->hide();
    m_state->setTextFormat(Qt::PlainText);
    m_outbox->setTextFormat(Qt::PlainText);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_outbox);
    layout->addWidget(m_state);
    layout->addWidget(m_progress);
    layout->addWidget(m_cancel);

    connect(m_cancel, &QToolButton::clicked, m_controller, &SyncController::cancel);
    connect(m_controller, &SyncController::progress, this, &SyncStatusWidget::showProgress);
    connect(m_controller, &SyncController::runningChanged, this, &SyncStatusWidget::refresh);
    connect(m_controller, &SyncController::offlineChanged, this, &SyncStatusWidget::refresh);
    connect(m_controller, &SyncController::outboxChanged, this, &SyncStatusWidget::refresh);
    // The budget is used up: say why the sync pauses, and until when.
    connect(m_controller, &SyncController::rateLimitWait, this, [this](const QString &bucket, const QDateTime &until) {
        if (!m_controller->isRunning())
            return;
        m_state->setText(tr("Sentry's rate limit: waiting until %1")
                .arg(QLocale().toString(until.toLocalTime().time(), QLocale::ShortFormat)));
        m_state->setToolTip(
            tr("Sentry allows only so many requests a minute to %1; the sync goes on when the limit resets.").arg(bucket));
    });
    // "Synced 3 min ago" ages.
    m_tick->setInterval(30'000);
    connect(m_tick, &QTimer::timeout, this, &SyncStatusWidget::refresh);
    m_tick->start();
    refresh();
}

QString SyncStatusWidget::phaseText(SyncPhase phase)
{
    switch (phase) {
    case SyncPhase::Outbox:
        return tr("Sending triage actions");
    case SyncPhase::Organizations:
    case SyncPhase::Projects:
        return tr("Connecting");
    case SyncPhase::Issues:
        return tr("Issues");
    case SyncPhase::Events:
        return tr("Events");
    case SyncPhase::Releases:
        return tr("Releases");
    case SyncPhase::Sessions:
        return tr("Sessions");
    case SyncPhase::Idle:
    case SyncPhase::Done:
        break;
    }
    return tr("Syncing");
}

void SyncStatusWidget::showProgress(const SyncProgress &progress, const QString &account)
{
    m_progress->show();
    m_cancel->show();
    if (progress.total > 0) {
        m_progress->setRange(0, 1000);
        m_progress->setValue(int(1000 * progress.done / progress.total));
        m_progress->setFormat(tr("%1: %2 of %3")
                .arg(phaseText(progress.phase), QLocale().toString(progress.done), QLocale().toString(progress.total)));
    } else {
        m_progress->setRange(0, 0); // busy: the total is not known
        m_progress->setFormat(phaseText(progress.phase));
    }
    m_state->setText(tr("Syncing %1…").arg(account));
}

void SyncStatusWidget::refresh()
{
    const qint64 unsent = m_controller->unsentActions();
    m_outbox->setVisible(unsent > 0);
    m_outbox->setText(unsent == 1 ? tr("1 action waiting for Sentry") : tr("%1 actions waiting for Sentry").arg(unsent));
    if (m_controller->isRunning()) {
        m_progress->show();
        m_cancel->show();
        return;
    }
    m_progress->hide();
    m_cancel->hide();
    if (!m_controller->hasAccounts()) {
        m_state->setText(tr("Offline cache (no Sentry account)"));
        m_state->setToolTip(QString());
        return;
    }
    const QDateTime last = m_controller->lastSyncAt();
    const QString when = last.isValid() ? relativeTime(last, m_clock->now()) : tr("never");
    if (m_controller->isOffline()) {
        m_state->setText(tr("Offline · last synced %1").arg(when));
        m_state->setToolTip(tr("Sentry cannot be reached. The cache works as before; triage actions wait and are sent when it "
                               "can be reached again."));
    } else {
        m_state->setText(last.isValid() ? tr("Synced %1").arg(when) : tr("Not synced yet"));
        m_state->setToolTip(last.isValid() ? QLocale().toString(last.toLocalTime(), QLocale::LongFormat) : QString());
    }
}

} // namespace lookout
