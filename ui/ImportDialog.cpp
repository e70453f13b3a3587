#include "ImportDialog.h"

#include "ImportController.h"

#include <QDialogButtonBox>
#include <QFileInfo>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace lookout {

ImportDialog::ImportDialog(const QString &dbPath, QWidget *parent)
    : QDialog(parent)
    , m_controller(new ImportController(dbPath, this))
    , m_status(new QLabel(this))
    , m_progress(new QProgressBar(this))
    , m_problems(new QPlainTextEdit(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Cancel, this))
{
    setObjectName(u"importDialog"_s);
    setWindowTitle(tr("Import"));
    m_status->setTextFormat(Qt::PlainText); // file names are not markup
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_progress->setRange(0, 1000);
    m_progress->setValue(0);
    m_problems->setReadOnly(true);
    m_problems->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    m_problems->hide();

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_status);
    layout->addWidget(m_progress);
    layout->addWidget(m_problems, 1);
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::rejected, this, &ImportDialog::reject);
    connect(m_controller, &ImportController::progress, this, &ImportDialog::showProgress);
    connect(m_controller, &ImportController::finished, this, &ImportDialog::showReport);
    resize(620, sizeHint().height());
}

bool ImportDialog::start(const QStringList &paths)
{
    if (!m_controller->start(paths))
        return false;
    const QString what
        = paths.size() == 1 ? QFileInfo(paths.constFirst()).fileName() : tr("%n items", nullptr, int(paths.size()));
    setWindowTitle(tr("Importing %1").arg(what));
    m_status->setText(tr("Reading %1…").arg(what));
    m_progress->setRange(0, 0); // busy until the first progress says how far
    m_progress->show();
    m_problems->hide();
    m_buttons->setStandardButtons(QDialogButtonBox::Cancel);
    return true;
}

bool ImportDialog::isRunning() const
{
    return m_controller->isRunning();
}

void ImportDialog::showProgress(const QString &file, qint64 done, qint64 total, qint64 events)
{
    if (total > 0) {
        m_progress->setRange(0, 1000);
        m_progress->setValue(int(1000 * done / total));
    }
    const QString count = events == 1 ? tr("1 event") : tr("%1 events").arg(QLocale().toString(events));
    m_status->setText(tr("Reading %1: %2 stored so far").arg(QFileInfo(file).fileName(), count));
}

void ImportDialog::showReport(const ImportReport &report)
{
    setWindowTitle(report.cancelled ? tr("Import Cancelled") : tr("Import Finished"));
    m_status->setText(ImportController::summaryText(report));
    m_progress->hide();
    m_problems->setPlainText(ImportController::problemsText(report));
    m_problems->setVisible(!report.problems.isEmpty());
    m_buttons->setStandardButtons(QDialogButtonBox::Close);
    m_buttons->button(QDialogButtonBox::Close)->setDefault(true);
    if (!report.problems.isEmpty())
        resize(width(), std::max(height(), 360));
    Q_EMIT imported(report);
}

void ImportDialog::reject()
{
    if (!m_controller->isRunning()) {
        QDialog::reject();
        return;
    }
    m_controller->cancel();
    m_status->setText(tr("Cancelling: the events read so far are being saved…"));
    m_buttons->button(QDialogButtonBox::Cancel)->setEnabled(false);
}

} // namespace lookout
