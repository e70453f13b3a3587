// The main window's search: the search bar over the issue list, the last search remembered, and
// saved searches in the sidebar (save, open, rename, delete).
#include "MainWindow.h"

#include "IssueListModel.h"
#include "IssueListView.h"
#include "SearchBar.h"
#include "SidebarModel.h"
#include "search/IssueSearch.h"
#include "store/Store.h"
#include "store/SyncStore.h"

#include <QAction>
#include <QActionGroup>
#include <QHeaderView>
#include <QInputDialog>
#include <QMenu>
#include <QMessageBox>
#include <QSettings>
#include <QSignalBlocker>
#include <QStatusBar>
#include <QToolBar>
#include <QTreeView>

using namespace Qt::StringLiterals;

namespace lookout {

void MainWindow::setupSearch(QToolBar *toolbar)
{
    m_search = new SearchBar(m_store, m_clock, this);
    m_search->setObjectName(u"searchBar"_s);
    m_search->setPlaceholderText(tr("Search issues: is:unresolved level:error release:1.2 text…  (/)"));
    m_search->setMinimumWidth(360);
    toolbar->addSeparator();
    m_searchAction = toolbar->addWidget(m_search);
    connect(m_search, &SearchBar::queryChanged, this, [this](const IssueQuery &query) {
        m_issueModel->setSearch(query);
        QSettings().setValue(u"issueList/search"_s, m_search->text());
    });
    connect(m_search, &SearchBar::errorChanged, this, [this](const QString &message) {
        if (!message.isEmpty())
            statusBar()->showMessage(message, 10000);
    });
    // Enter in the search goes back to the list, to triage what it found.
    connect(m_search, &QLineEdit::returnPressed, m_issueView, qOverload<>(&QWidget::setFocus));

    QAction *focus = new QAction(tr("Search"), this);
    focus->setObjectName(u"window.search"_s);
    focus->setShortcut(QKeySequence(Qt::Key_Slash));
    focus->setStatusTip(tr("Type a Sentry search; Enter goes back to the list"));
    connect(focus, &QAction::triggered, this, [this] {
        m_search->setFocus(Qt::ShortcutFocusReason);
        m_search->selectAll();
    });
    addAction(focus);
    QAction *save = new QAction(tr("Save Search…"), this);
    save->setObjectName(u"window.saveSearch"_s);
    save->setShortcut(QKeySequence::Save);
    save->setStatusTip(tr("Keep this search and its sort in the sidebar"));
    connect(save, &QAction::triggered, this, &MainWindow::saveSearch);
    addAction(save);
    m_searchActions = {focus, save};

    // Sentry's stream sorts; trend (events in the last day against the 14-day mean) has no column.
    m_sortMenu = new QMenu(tr("&Sort By"), this);
    auto *sorts = new QActionGroup(m_sortMenu);
    const struct
    {
        IssueSort sort;
        QString text;
        int column;
    } choices[] = {
        {IssueSort::LastSeen, tr("&Last Seen"), IssueListModel::LastSeenColumn},
        {IssueSort::FirstSeen, tr("&First Seen"), IssueListModel::FirstSeenColumn},
        {IssueSort::TimesSeen, tr("&Events"), IssueListModel::EventsColumn},
        {IssueSort::UserCount, tr("&Users"), IssueListModel::UsersColumn},
        {IssueSort::Trend, tr("&Trend"), -1},
    };
    for (const auto &choice : choices) {
        QAction *action = m_sortMenu->addAction(choice.text);
        action->setObjectName(u"view.sort."_s + IssueSearch::sortName(choice.sort));
        action->setCheckable(true);
        action->setChecked(m_issueModel->query().sort == choice.sort);
        sorts->addAction(action);
        const IssueSort sort = choice.sort;
        const int column = choice.column;
        connect(action, &QAction::triggered, this, [this, sort, column] {
            const QSignalBlocker blocker(m_issueView->header());
            m_issueView->header()->setSortIndicator(column, Qt::DescendingOrder);
            m_issueModel->setSort(sort, true);
        });
    }

    m_sidebarView->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_sidebarView, &QWidget::customContextMenuRequested, this, [this](const QPoint &at) {
        const QModelIndex index = m_sidebarView->indexAt(at);
        if (SidebarModel::Kind(index.data(SidebarModel::KindRole).toInt()) != SidebarModel::Kind::SavedSearch)
            return;
        QMenu menu(this);
        const qint64 id = index.data(SidebarModel::SavedSearchIdRole).toLongLong();
        const QString name = index.data().toString();
        menu.addAction(tr("Rename…"), this, [this, id, name] {
            bool ok = false;
            const QString renamed = QInputDialog::getText(this, tr("Rename Search"), tr("Name:"), QLineEdit::Normal, name, &ok);
            if (ok && !renamed.trimmed().isEmpty() && m_store->renameSavedSearch(id, renamed.trimmed()))
                m_sidebar->reload();
        });
        menu.addAction(tr("Save Current Search Here"), this, [this, id, name] {
            SavedSearch search {id, name, m_search->text(), IssueSearch::sortName(m_issueModel->query().sort), 0};
            if (m_store->updateSavedSearch(search))
                m_sidebar->reload();
        });
        menu.addAction(tr("Delete"), this, [this, id, name] {
            if (QMessageBox::question(this, tr("Delete Search"), tr("Delete the saved search “%1”?").arg(name))
                    == QMessageBox::Yes
                && m_store->removeSavedSearch(id))
                m_sidebar->reload();
        });
        menu.exec(m_sidebarView->viewport()->mapToGlobal(at));
    });

    // Where the user left off, else Sentry's default.
    m_search->setMe(SyncStore(*m_store).me());
    m_search->setText(QSettings().value(u"issueList/search"_s, u"is:unresolved"_s).toString());
    m_search->commit();
}

void MainWindow::openSavedSearch(const QModelIndex &index)
{
    if (const auto sort = IssueSearch::sortFromName(index.data(SidebarModel::SortRole).toString()))
        m_issueModel->setSort(*sort, true);
    m_search->setText(index.data(SidebarModel::QueryRole).toString());
    m_search->commit();
}

void MainWindow::saveSearch()
{
    bool ok = false;
    const QString name = QInputDialog::getText(
        this, tr("Save Search"), tr("Name for “%1”:").arg(m_search->text()), QLineEdit::Normal, QString(), &ok);
    if (!ok || name.trimmed().isEmpty())
        return;
    if (m_store->addSavedSearch(name.trimmed(), m_search->text(), IssueSearch::sortName(m_issueModel->query().sort)) == 0) {
        statusBar()->showMessage(tr("Could not save the search: %1").arg(m_store->errorString()), 12000);
        return;
    }
    m_sidebar->reload();
    statusBar()->showMessage(tr("Saved “%1” in the sidebar.").arg(name.trimmed()), 6000);
}

} // namespace lookout
