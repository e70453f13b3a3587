#pragma once

#include "ingest/Importer.h"

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QPlainTextEdit;
class QProgressBar;

namespace lookout {

class ImportController;

// Shows an import while it runs (progress over all files, events so far, Cancel) and what it did
// when it ends: the summary and every problem as "file:line: message", as plain text to copy.
//
//   auto *dialog = new ImportDialog(store->path(), window);
//   dialog->setAttribute(Qt::WA_DeleteOnClose);
//   connect(dialog, &ImportDialog::imported, window, &MainWindow::refresh);
//   dialog->show();
//   dialog->start(files);
class ImportDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ImportDialog(const QString &dbPath, QWidget *parent = nullptr);

    ImportController *controller() const { return m_controller; }
    bool start(const QStringList &paths);
    bool isRunning() const;

    QProgressBar *progressBar() const { return m_progress; }
    QLabel *statusLabel() const { return m_status; }
    QPlainTextEdit *problemsView() const { return m_problems; }
    QDialogButtonBox *buttons() const { return m_buttons; }

public Q_SLOTS:
    // While importing: cancels (the dialog stays until the batch in hand is written); after: closes.
    void reject() override;

Q_SIGNALS:
    // The import ended (also when cancelled or nothing could be read): the cache may have changed.
    void imported(const lookout::ImportReport &report);

private:
    void showProgress(const QString &file, qint64 done, qint64 total, qint64 events);
    void showReport(const ImportReport &report);

    ImportController *m_controller;
    QLabel *m_status;
    QProgressBar *m_progress;
    QPlainTextEdit *m_problems;
    QDialogButtonBox *m_buttons;
};

} // namespace lookout
