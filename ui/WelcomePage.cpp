#include "WelcomePage.h"

#include "FileDropFilter.h"

#include <QCommandLinkButton>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QPainter>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace lookout {

QStringList WelcomePage::chooseFiles(QWidget *parent)
{
    return QFileDialog::getOpenFileNames(parent, tr("Import Sentry Data"), QString(),
        tr("Sentry events and envelopes (*.jsonl *.ndjson *.json *.envelope *.gz *.txt *.bin);;All files (*)"));
}

WelcomePage::WelcomePage(QWidget *parent)
    : QWidget(parent)
    , m_connect(new QCommandLinkButton(tr("Connect a Sentry account…"), this))
    , m_demo(new QCommandLinkButton(tr("Open the demo data"), this))
    , m_import(new QCommandLinkButton(tr("Import files…"), this))
    , m_dropHint(new QLabel(this))
    , m_drops(new FileDropFilter(this))
    , m_pickFiles(&WelcomePage::chooseFiles)
{
    setObjectName(u"welcomePage"_s);
    auto *title = new QLabel(tr("Welcome to Lookout"), this);
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.8);
    titleFont.setBold(true);
    title->setFont(titleFont);
    auto *subtitle = new QLabel(tr("Triage your Sentry issues on the desktop, with or without a network. How would you like to "
                                   "start?"),
        this);
    subtitle->setWordWrap(true);

    m_connect->setObjectName(u"connectAccount"_s);
    m_connect->setDescription(tr("Mirror an organisation's issues, events and release health from sentry.io or your own "
                                 "Sentry server. Everything stays readable offline after the first sync."));
    m_demo->setObjectName(u"openDemo"_s);
    m_demo->setDescription(tr("Five sample projects (Python, JavaScript, Java, Cocoa, PHP) with issues, events and release "
                              "sessions. Nothing is sent anywhere."));
    m_import->setObjectName(u"importFiles"_s);
    m_import->setDescription(tr("Events exported from Sentry or captured from an SDK: JSON Lines, JSON files and envelopes, "
                                "plain or gzip."));
    m_dropHint->setObjectName(u"dropHint"_s);
    m_dropHint->setAlignment(Qt::AlignCenter);
    m_dropHint->setWordWrap(true);
    setDragActive(false, 0);

    auto *column = new QVBoxLayout;
    column->addWidget(title);
    column->addWidget(subtitle);
    column->addSpacing(18);
    column->addWidget(m_connect);
    column->addWidget(m_demo);
    column->addWidget(m_import);
    column->addSpacing(18);
    column->addWidget(m_dropHint);

    // A readable column in the middle of however large a window.
    auto *columnWidget = new QWidget(this);
    columnWidget->setLayout(column);
    columnWidget->setMaximumWidth(640);
    columnWidget->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    auto *row = new QHBoxLayout;
    row->addStretch(1);
    row->addWidget(columnWidget, 100);
    row->addStretch(1);
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(24, 24, 24, 24);
    outer->addStretch(1);
    outer->addLayout(row);
    outer->addStretch(2);

    connect(m_connect, &QCommandLinkButton::clicked, this, &WelcomePage::connectAccountRequested);
    connect(m_demo, &QCommandLinkButton::clicked, this, &WelcomePage::demoRequested);
    connect(m_import, &QCommandLinkButton::clicked, this, [this] {
        const QStringList files = m_pickFiles(this);
        if (!files.isEmpty())
            Q_EMIT importRequested(files);
    });
    m_drops->watch(this);
    connect(m_drops, &FileDropFilter::dragActive, this, &WelcomePage::setDragActive);
    connect(m_drops, &FileDropFilter::filesDropped, this, &WelcomePage::importRequested);
}

void WelcomePage::setDragActive(bool active, int fileCount)
{
    m_dragActive = active;
    if (!active)
        m_dropHint->setText(tr("You can also drop files or folders onto this window to import them."));
    else
        m_dropHint->setText(fileCount == 1 ? tr("Drop to import 1 item") : tr("Drop to import %n items", nullptr, fileCount));
    QFont font = m_dropHint->font();
    font.setBold(active);
    m_dropHint->setFont(font);
    update();
}

void WelcomePage::paintEvent(QPaintEvent *event)
{
    QWidget::paintEvent(event);
    if (!m_dragActive)
        return;
    // Where the files will land: the whole page, outlined in the highlight colour.
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    QPen pen(palette().color(QPalette::Highlight), 2, Qt::DashLine);
    painter.setPen(pen);
    painter.drawRoundedRect(QRectF(rect()).adjusted(8, 8, -8, -8), 10, 10);
}

} // namespace lookout
