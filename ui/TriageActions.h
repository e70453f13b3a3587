#pragma once

#include <QList>
#include <QObject>
#include <QString>

class QAction;
class QMenu;
class QWidget;

namespace lookout {

class IssueListModel;
class IssueListView;
class Store;
class TriageSession;
struct TriageAction;

// The keyboard triage of the issue list, as QActions (shown in menus, listed by the command
// palette, rebindable): j/k move, x picks rows, r/i/u/a/b/m act on the picked rows (or the current
// one), Ctrl+Z takes the last action back while Sentry has not been told. Every action goes through
// the TriageSession, so it works offline and is sent by the outbox.
class TriageActions : public QObject
{
    Q_OBJECT
public:
    TriageActions(Store *store, IssueListView *view, IssueListModel *model, TriageSession *session, QWidget *window);

    // Every action, in menu order; objectName() is the stable id used for rebinding.
    QList<QAction *> actions() const { return m_actions; }
    QAction *action(const QString &id) const;
    void fillMenu(QMenu *menu) const;

    // The issues an action applies to: every issue matching the search after "select all
    // matching", else the picked rows, else the current one.
    QList<qint64> targets() const;
    bool allMatchingSelected() const { return m_allMatching; }

    // The issue the detail view shows when the list has none current (set by the window).
    void setFallbackIssue(qint64 issueId) { m_fallbackIssue = issueId; }

Q_SIGNALS:
    void message(const QString &text);
    void errorMessage(const QString &text);

private:
    QAction *add(const QString &id, const QString &text, const QKeySequence &key, void (TriageActions::*slot)());
    void run(TriageAction action);
    void next();
    void previous();
    void moveBy(int delta);
    void toggleCurrent();
    void selectAllMatching();
    void clearPicks();
    void resolve();
    void resolveInNextRelease();
    void ignore();
    void unresolve();
    void assign();
    void toggleBookmark();
    void toggleSeen();
    void merge();
    void undo();
    void updateUndo(bool canUndo, const QString &text);
    bool currentFlag(int role) const;

    Store *m_store;
    IssueListView *m_view;
    IssueListModel *m_model;
    TriageSession *m_session;
    QWidget *m_window;
    QList<QAction *> m_actions;
    QAction *m_undo = nullptr;
    qint64 m_fallbackIssue = 0;
    bool m_allMatching = false;
    bool m_picking = false; // rows were picked with x: moving keeps them
};

} // namespace lookout
