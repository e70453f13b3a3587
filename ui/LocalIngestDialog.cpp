#include "LocalIngestDialog.h"

#include "ingest/IngestServer.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace lookout {

LocalIngestDialog::LocalIngestDialog(IngestServer *server, QAction *toggle, QWidget *parent)
    : QDialog(parent)
    , m_server(server)
    , m_toggle(toggle)
    , m_enabled(new QCheckBox(tr("&Receive events from SDKs on this computer"), this))
    , m_port(new QSpinBox(this))
    , m_dsn(new QLineEdit(this))
    , m_copy(new QPushButton(tr("&Copy"), this))
    , m_stream(new QLineEdit(this))
    , m_status(new QLabel(this))
{
    setObjectName(QStringLiteral("localIngestDialog"));
    setWindowTitle(tr("Local Ingest"));
    auto *intro = new QLabel(tr("Lookout can be the Sentry your SDK sends to while you develop: give it the DSN below."
                                " Events are grouped and kept like imports (under Imported), new issues appear at once,"
                                " and sessions count towards release health."),
        this);
    intro->setWordWrap(true);
    intro->setTextFormat(Qt::PlainText);

    m_port->setRange(1, 65535);
    m_port->setValue(QSettings().value(QStringLiteral("ingest/port"), 8969).toInt());
    m_port->setToolTip(tr("8969 is Spotlight's port: tools made for Spotlight then send here unchanged"));
    m_dsn->setReadOnly(true);
    m_dsn->setObjectName(QStringLiteral("ingestDsn"));
    // Room for the whole DSN (a 32-digit key): it is read and checked, not only copied.
    m_dsn->setMinimumWidth(
        m_dsn->fontMetrics().horizontalAdvance(u"http://0123456789abcdef0123456789abcdef@127.0.0.1:65535/1"_s) + 16);
    m_copy->setToolTip(tr("Copy the DSN to the clipboard"));
    m_stream->setReadOnly(true);
    m_status->setTextFormat(Qt::PlainText);
    m_status->setWordWrap(true);

    auto *dsnRow = new QHBoxLayout;
    dsnRow->addWidget(m_dsn, 1);
    dsnRow->addWidget(m_copy);
    auto *form = new QFormLayout;
    form->addRow(tr("&Port:"), m_port);
    form->addRow(tr("DSN:"), dsnRow);
    form->addRow(tr("Spotlight:"), m_stream);
    form->addRow(tr("Status:"), m_status);
    auto *note = new QLabel(tr("Only this computer can send (the endpoint listens on 127.0.0.1)."
                               " Malformed envelopes are answered 400 and kept in the rejected folder beside the cache."),
        this);
    note->setWordWrap(true);
    note->setTextFormat(Qt::PlainText);
    note->setEnabled(false);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_enabled);
    layout->addLayout(form);
    layout->addWidget(note);
    layout->addStretch(1);
    layout->addWidget(buttons);

    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_copy, &QPushButton::clicked, this, [this] {
        QApplication::clipboard()->setText(m_dsn->text());
        m_status->setText(tr("DSN copied. %1").arg(m_status->text()));
    });
    connect(m_port, &QSpinBox::valueChanged, this, [](int port) { QSettings().setValue(QStringLiteral("ingest/port"), port); });
    connect(m_enabled, &QCheckBox::toggled, this, [this](bool on) {
        if (m_toggle->isChecked() != on)
            m_toggle->trigger();
        refresh();
    });
    connect(m_toggle, &QAction::toggled, this, &LocalIngestDialog::refresh);
    connect(m_server, &IngestServer::stored, this, &LocalIngestDialog::refresh);
    refresh();
}

void LocalIngestDialog::refresh()
{
    const bool running = m_server->isRunning();
    {
        const QSignalBlocker blocker(m_enabled);
        m_enabled->setChecked(running);
    }
    m_port->setEnabled(!running);
    m_copy->setEnabled(running);
    if (!running) {
        m_dsn->setText(QString());
        m_dsn->setPlaceholderText(tr("Switch the local ingest on to get a DSN"));
        m_stream->setText(QString());
        m_status->setText(m_server->errorString().isEmpty() ? tr("Off.") : tr("Off: %1").arg(m_server->errorString()));
        return;
    }
    m_dsn->setText(m_server->dsn());
    m_dsn->setCursorPosition(0);
    m_stream->setText(QStringLiteral("http://127.0.0.1:%1/stream").arg(m_server->port()));
    const IngestCounters &counters = m_server->counters();
    const QLocale locale;
    m_status->setText(tr("Listening on 127.0.0.1:%1. Accepted %2 envelopes, rejected %3.")
            .arg(m_server->port())
            .arg(locale.toString(counters.accepted.load()), locale.toString(counters.rejected.load())));
}

} // namespace lookout
