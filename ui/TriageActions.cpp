#include "TriageActions.h"

#include "IssueListModel.h"
#include "IssueListView.h"
#include "store/Store.h"
#include "store/SyncStore.h"
#include "sync/TriageAction.h"
#include "sync/TriageSession.h"

#include <QAction>
#include <QInputDialog>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>

#include <algorithm>

namespace lookout {

namespace {

TriageAction actionOf(TriageAction::Kind kind)
{
    TriageAction action;
    action.kind = kind;
    return action;
}

} // namespace

TriageActions::TriageActions(Store *store, IssueListView *view, IssueListModel *model, TriageSession *session, QWidget *window)
    : QObject(window)
    , m_store(store)
    , m_view(view)
    , m_model(model)
    , m_session(session)
    , m_window(window)
{
    add(QStringLiteral("issue.next"), tr("Next Issue"), QKeySequence(Qt::Key_J), &TriageActions::next);
    add(QStringLiteral("issue.previous"), tr("Previous Issue"), QKeySequence(Qt::Key_K), &TriageActions::previous);
    add(QStringLiteral("issue.pick"), tr("Pick or Unpick Issue"), QKeySequence(Qt::Key_X), &TriageActions::toggleCurrent);
    add(QStringLiteral("issue.selectAllMatching"), tr("Select All Matching the Search"),
        QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A), &TriageActions::selectAllMatching);
    add(QStringLiteral("issue.clearPicks"), tr("Clear Selection"), QKeySequence(), &TriageActions::clearPicks);
    add(QStringLiteral("issue.resolve"), tr("Resolve"), QKeySequence(Qt::Key_R), &TriageActions::resolve);
    add(QStringLiteral("issue.resolveNextRelease"), tr("Resolve in Next Release"), QKeySequence(Qt::SHIFT | Qt::Key_R),
        &TriageActions::resolveInNextRelease);
    add(QStringLiteral("issue.ignore"), tr("Archive (Ignore)…"), QKeySequence(Qt::Key_I), &TriageActions::ignore);
    add(QStringLiteral("issue.unresolve"), tr("Unresolve"), QKeySequence(Qt::Key_U), &TriageActions::unresolve);
    add(QStringLiteral("issue.assign"), tr("Assign…"), QKeySequence(Qt::Key_A), &TriageActions::assign);
    add(QStringLiteral("issue.bookmark"), tr("Bookmark"), QKeySequence(Qt::Key_B), &TriageActions::toggleBookmark);
    add(QStringLiteral("issue.seen"), tr("Mark Seen / Unseen"), QKeySequence(Qt::Key_M), &TriageActions::toggleSeen);
    add(QStringLiteral("issue.merge"), tr("Merge…"), QKeySequence(Qt::SHIFT | Qt::Key_M), &TriageActions::merge);
    m_undo = add(QStringLiteral("issue.undo"), tr("Undo"), QKeySequence::Undo, &TriageActions::undo);
    m_undo->setEnabled(false);
    connect(m_session, &TriageSession::undoChanged, this, &TriageActions::updateUndo);

    // Moving the current row by hand, or selecting with the mouse, ends "all matching".
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        if (m_allMatching && m_view->selectionModel()->selectedRows().size() < m_model->rowCount())
            m_allMatching = false;
    });
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        m_allMatching = false;
        m_picking = false;
    });
}

QAction *TriageActions::add(const QString &id, const QString &text, const QKeySequence &key, void (TriageActions::*slot)())
{
    auto *action = new QAction(text, m_window);
    action->setObjectName(id);
    action->setShortcut(key);
    // Window-wide, so that the keys work from the detail too; a line edit keeps the keys it types.
    action->setShortcutContext(Qt::WindowShortcut);
    m_window->addAction(action);
    connect(action, &QAction::triggered, this, slot);
    m_actions.append(action);
    return action;
}

void TriageActions::next()
{
    moveBy(1);
}

void TriageActions::previous()
{
    moveBy(-1);
}

void TriageActions::moveBy(int delta)
{
    const QModelIndex current = m_view->currentIndex();
    int row = current.isValid() ? current.row() + delta : 0;
    if (row >= m_model->rowCount() && m_model->canFetchMore({}))
        m_model->fetchMore({});
    if (m_model->rowCount() == 0)
        return;
    row = std::clamp(row, 0, m_model->rowCount() - 1);
    const QModelIndex target = m_model->index(row, IssueListModel::TitleColumn);
    // While rows are picked, moving keeps them picked; otherwise the row moved to is the selection.
    m_view->selectionModel()->setCurrentIndex(
        target, m_picking ? QItemSelectionModel::NoUpdate : QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_view->scrollTo(target);
}

QAction *TriageActions::action(const QString &id) const
{
    for (QAction *action : m_actions) {
        if (action->objectName() == id)
            return action;
    }
    return nullptr;
}

void TriageActions::fillMenu(QMenu *menu) const
{
    for (QAction *action : m_actions) {
        menu->addAction(action);
        const QString id = action->objectName();
        if (id == u"issue.clearPicks" || id == u"issue.merge")
            menu->addSeparator();
    }
}

QList<qint64> TriageActions::targets() const
{
    QList<qint64> ids;
    if (m_allMatching)
        return m_store->issueIds(m_model->query());
    QModelIndexList rows = m_view->selectionModel()->selectedRows();
    std::sort(rows.begin(), rows.end(), [](const QModelIndex &a, const QModelIndex &b) { return a.row() < b.row(); });
    for (const QModelIndex &row : std::as_const(rows))
        ids << m_model->issueIdAt(row.row());
    if (ids.isEmpty() && m_view->currentIndex().isValid())
        ids << m_model->issueIdAt(m_view->currentIndex().row());
    if (ids.isEmpty() && m_fallbackIssue != 0)
        ids << m_fallbackIssue;
    return ids;
}

void TriageActions::run(TriageAction action)
{
    action.issueIds = targets();
    if (action.issueIds.isEmpty()) {
        Q_EMIT errorMessage(tr("No issue is selected."));
        return;
    }
    QString error;
    if (!m_session->apply(action, &error)) {
        Q_EMIT errorMessage(tr("Could not %1: %2").arg(action.describe(), error));
        return;
    }
    const qsizetype n = action.issueIds.size();
    Q_EMIT message(n == 1
            ? tr("%1: done. %2 takes it back.").arg(action.describe(), m_undo->shortcut().toString(QKeySequence::NativeText))
            : tr("%1: done for %2 issues. %3 takes it back.")
                  .arg(action.describe(), QLocale().toString(n), m_undo->shortcut().toString(QKeySequence::NativeText)));
}

bool TriageActions::currentFlag(int role) const
{
    const QList<qint64> ids = targets();
    if (ids.isEmpty())
        return false;
    const int row = m_model->rowOf(ids.constFirst());
    if (row >= 0)
        return m_model->index(row, 0).data(role).toBool();
    const std::optional<IssueSummary> issue = m_store->issue(ids.constFirst());
    if (!issue)
        return false;
    return role == IssueListModel::BookmarkedRole ? issue->bookmarked : issue->hasSeen;
}

void TriageActions::toggleCurrent()
{
    const QModelIndex current = m_view->currentIndex();
    if (!current.isValid())
        return;
    if (!m_picking) {
        // The first pick starts from nothing picked, not from the row the cursor selected.
        m_view->selectionModel()->clearSelection();
        m_picking = true;
    }
    m_view->selectionModel()->select(current, QItemSelectionModel::Toggle | QItemSelectionModel::Rows);
}

void TriageActions::selectAllMatching()
{
    m_view->selectAll();
    m_allMatching = true;
    m_picking = true;
    Q_EMIT message(tr("All %1 issues matching this search are selected.").arg(QLocale().toString(m_model->totalCount())));
}

void TriageActions::clearPicks()
{
    m_allMatching = false;
    m_picking = false;
    const QModelIndex current = m_view->currentIndex();
    m_view->selectionModel()->clearSelection();
    if (current.isValid())
        m_view->selectionModel()->select(current, QItemSelectionModel::Select | QItemSelectionModel::Rows);
}

void TriageActions::resolve()
{
    run(actionOf(TriageAction::Kind::Resolve));
}

void TriageActions::resolveInNextRelease()
{
    run(actionOf(TriageAction::Kind::ResolveInNextRelease));
}

void TriageActions::ignore()
{
    struct Choice
    {
        QString text;
        std::optional<int> minutes;
        std::optional<int> count;
        std::optional<int> users;
    };
    const QList<Choice> choices {
        {tr("&Forever"), {}, {}, {}},
        {tr("For &30 minutes"), 30, {}, {}},
        {tr("For &2 hours"), 120, {}, {}},
        {tr("For &24 hours"), 24 * 60, {}, {}},
        {tr("For 1 &week"), 7 * 24 * 60, {}, {}},
        {tr("Until it happens 1&0 more times"), {}, 10, {}},
        {tr("Until it happens 1&00 more times"), {}, 100, {}},
        {tr("Until 10 more &users are affected"), {}, {}, 10},
        {tr("Until 100 more u&sers are affected"), {}, {}, 100},
    };
    QMenu menu(m_window);
    for (qsizetype i = 0; i < choices.size(); ++i)
        menu.addAction(choices.at(i).text)->setData(int(i));
    const QRect row = m_view->visualRect(m_view->currentIndex());
    const QPoint at
        = row.isValid() ? m_view->viewport()->mapToGlobal(row.bottomLeft()) : m_window->mapToGlobal(m_window->rect().center());
    const QAction *chosen = menu.exec(at);
    if (!chosen)
        return;
    const Choice &choice = choices.at(chosen->data().toInt());
    TriageAction action = actionOf(TriageAction::Kind::Ignore);
    action.ignoreMinutes = choice.minutes;
    action.ignoreCount = choice.count;
    action.ignoreUserCount = choice.users;
    run(action);
}

void TriageActions::unresolve()
{
    run(actionOf(TriageAction::Kind::Unresolve));
}

void TriageActions::assign()
{
    if (targets().isEmpty()) {
        Q_EMIT errorMessage(tr("No issue is selected."));
        return;
    }
    const QString nobody = tr("Nobody (unassign)");
    QStringList items = SyncStore(*m_store).knownAssignees();
    items.prepend(nobody);
    bool ok = false;
    const QString chosen = QInputDialog::getItem(m_window, tr("Assign"),
        tr("Assign to (an email, a username or #team; type to filter):"), items, items.size() > 1 ? 1 : 0, true, &ok);
    if (!ok)
        return;
    TriageAction action = actionOf(TriageAction::Kind::Assign);
    action.assignee = chosen == nobody ? QString() : chosen.trimmed();
    run(action);
}

void TriageActions::toggleBookmark()
{
    run(actionOf(currentFlag(IssueListModel::BookmarkedRole) ? TriageAction::Kind::Unbookmark : TriageAction::Kind::Bookmark));
}

void TriageActions::toggleSeen()
{
    run(actionOf(currentFlag(IssueListModel::SeenRole) ? TriageAction::Kind::MarkUnseen : TriageAction::Kind::MarkSeen));
}

void TriageActions::merge()
{
    const QList<qint64> ids = targets();
    if (ids.size() < 2) {
        Q_EMIT errorMessage(tr("Pick at least two issues to merge (x picks a row)."));
        return;
    }
    const auto answer = QMessageBox::question(m_window, tr("Merge Issues"),
        tr("Merge %1 issues into one? Their events will be grouped together. A merge cannot be undone.")
            .arg(QLocale().toString(ids.size())));
    if (answer != QMessageBox::Yes)
        return;
    run(actionOf(TriageAction::Kind::Merge));
}

void TriageActions::undo()
{
    QString error;
    if (!m_session->undo(&error)) {
        Q_EMIT errorMessage(error);
        return;
    }
    Q_EMIT message(tr("Undone."));
}

void TriageActions::updateUndo(bool canUndo, const QString &text)
{
    m_undo->setEnabled(canUndo);
    m_undo->setText(canUndo ? text : tr("Undo"));
}

} // namespace lookout
