#pragma once

#include "sync/SyncTypes.h"

#include <QWidget>

class QLabel;
class QProgressBar;
class QTimer;
class QToolButton;

namespace lookout {

class Clock;
class SyncController;

// The status bar's account of syncing: a progress bar with the phase and a cancel button while a
// sync runs; otherwise when the last one finished, or that Sentry cannot be reached (the cache
// still works); and how many triage actions wait for Sentry.
class SyncStatusWidget : public QWidget
{
    Q_OBJECT
public:
    SyncStatusWidget(SyncController *controller, const Clock *clock, QWidget *parent = nullptr);

    QLabel *stateLabel() const { return m_state; }
    QLabel *outboxLabel() const { return m_outbox; }
    QProgressBar *progressBar() const { return m_progress; }

    static QString phaseText(SyncPhase phase);

public Q_SLOTS:
    void refresh();

private:
    void showProgress(const SyncProgress &progress, const QString &account);

    SyncController *m_controller;
    const Clock *m_clock;
    QProgressBar *m_progress;
    QToolButton *m_cancel;
    QLabel *m_state;
    QLabel *m_outbox;
    QTimer *m_tick;
};

} // namespace lookout
