#include "MainWindow.h"

#include "IssueListModel.h"
#include "IssueListView.h"
#include "ProjectListModel.h"
#include "store/Store.h"

#include <QApplication>
#include <QCloseEvent>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QListView>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QSplitter>
#include <QStatusBar>

namespace lookout {

MainWindow::MainWindow(Store *store, const Clock *clock, QWidget *parent)
    : QMainWindow(parent)
    , m_store(store)
    , m_issueModel(new IssueListModel(store, clock, this))
    , m_projectModel(new ProjectListModel(store, this))
    , m_issueView(new IssueListView(this))
    , m_projectView(new QListView(this))
    , m_splitter(new QSplitter(Qt::Horizontal, this))
    , m_countLabel(new QLabel(this))
    , m_cacheLabel(new QLabel(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("Lookout — %1").arg(QFileInfo(store->path()).fileName()));

    m_projectView->setObjectName(QStringLiteral("projectList"));
    m_projectView->setModel(m_projectModel);
    m_projectView->setSpacing(2);
    m_projectView->setCurrentIndex(m_projectModel->index(0));
    m_issueView->setIssueModel(m_issueModel);

    m_splitter->setObjectName(QStringLiteral("mainSplitter"));
    m_splitter->addWidget(m_projectView);
    m_splitter->addWidget(m_issueView);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setSizes({220, 1060});
    setCentralWidget(m_splitter);

    m_cacheLabel->setText(tr("Cache: %1").arg(QFileInfo(store->path()).fileName()));
    m_cacheLabel->setToolTip(store->path());
    statusBar()->addWidget(m_countLabel, 1);
    statusBar()->addPermanentWidget(m_cacheLabel);

    connect(m_projectView->selectionModel(), &QItemSelectionModel::currentChanged, this, [this](const QModelIndex &current) {
        m_issueModel->setProjectFilter(current.data(ProjectListModel::ProjectIdRole).toLongLong());
    });
    connect(m_issueModel, &IssueListModel::totalCountChanged, this, &MainWindow::updateStatus);
    updateStatus(m_issueModel->totalCount());

    createActions();
    restoreWindowState();
}

MainWindow::~MainWindow() = default;

void MainWindow::createActions()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    QAction *refresh = view->addAction(tr("&Refresh"), this, &MainWindow::refresh);
    refresh->setShortcut(QKeySequence::Refresh);

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *about = help->addAction(tr("&About Lookout"), this, [this] {
        QMessageBox::about(this, tr("About Lookout"),
            tr("Lookout %1\nAn offline-first desktop triage client for Sentry.").arg(QApplication::applicationVersion()));
    });
    about->setMenuRole(QAction::AboutRole);
}

void MainWindow::refresh()
{
    const qint64 project = m_issueModel->projectFilter();
    m_projectModel->reload();
    for (int row = 0; row < m_projectModel->rowCount(); ++row) {
        const QModelIndex index = m_projectModel->index(row);
        if (index.data(ProjectListModel::ProjectIdRole).toLongLong() == project)
            m_projectView->setCurrentIndex(index);
    }
    m_issueModel->reload();
}

void MainWindow::updateStatus(qint64 issueCount)
{
    m_countLabel->setText(issueCount == 1 ? tr("1 issue") : tr("%n issues", nullptr, int(issueCount)));
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveWindowState();
    event->accept();
}

void MainWindow::restoreWindowState()
{
    const QSettings settings;
    restoreGeometry(settings.value(QStringLiteral("mainWindow/geometry")).toByteArray());
    m_splitter->restoreState(settings.value(QStringLiteral("mainWindow/splitter")).toByteArray());
    m_issueView->header()->restoreState(settings.value(QStringLiteral("issueList/header")).toByteArray());
}

void MainWindow::saveWindowState() const
{
    QSettings settings;
    settings.setValue(QStringLiteral("mainWindow/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("mainWindow/splitter"), m_splitter->saveState());
    settings.setValue(QStringLiteral("issueList/header"), m_issueView->header()->saveState());
}

} // namespace lookout
