#pragma once

#include <QDialog>

class QAction;
class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace lookout {

class IngestServer;

// The local ingest's face: the switch (the window's "Receive Events Locally" action), its port,
// and the DSN to paste into an SDK's init with a Copy button. Non-modal; follows the server.
class LocalIngestDialog : public QDialog
{
    Q_OBJECT
public:
    LocalIngestDialog(IngestServer *server, QAction *toggle, QWidget *parent = nullptr);

    QLineEdit *dsnEdit() const { return m_dsn; }
    QPushButton *copyButton() const { return m_copy; }
    QSpinBox *portBox() const { return m_port; }
    QLabel *statusLabel() const { return m_status; }

public Q_SLOTS:
    // Reads the server's state again (started, stopped, counts).
    void refresh();

private:
    IngestServer *m_server;
    QAction *m_toggle;
    QCheckBox *m_enabled;
    QSpinBox *m_port;
    QLineEdit *m_dsn;
    QPushButton *m_copy;
    QLineEdit *m_stream;
    QLabel *m_status;
};

} // namespace lookout
