#pragma once

#include "source/SourceMapping.h"

#include <QMainWindow>

class QLabel;
class QListView;
class QSplitter;
class QStackedWidget;

namespace lookout {

class Clock;
class IssueDetailView;
class IssueListModel;
class IssueListView;
class ProjectListModel;
class ReleaseHealthView;
class Store;
class TriageActions;
class TriageSession;

class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    MainWindow(Store *store, const Clock *clock, QWidget *parent = nullptr);
    ~MainWindow() override;

    IssueListModel *issueModel() const { return m_issueModel; }
    IssueListView *issueView() const { return m_issueView; }
    QListView *projectView() const { return m_projectView; }
    IssueDetailView *detailView() const { return m_detail; }
    QSplitter *detailSplitter() const { return m_detailSplitter; }
    SourceMapping &sourceMapping() { return m_sourceMapping; }
    TriageSession *triageSession() const { return m_triage; }
    TriageActions *triageActions() const { return m_triageActions; }

    // Selects the issue in the list when it is there and shows it in the detail view.
    bool openIssue(qint64 issueId);
    // The release health page (made when first shown), and back to the issues.
    ReleaseHealthView *showHealth();
    void showIssues();

public Q_SLOTS:
    void refresh();
    // Moves the keyboard into the detail of the selected issue (Enter or O in the list).
    void focusDetail();
    void editSourceMapping(const QString &project, const QString &framePath);
    void showCommandPalette();
    void showShortcuts();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createActions();
    void updateStatus(qint64 issueCount);
    void restoreWindowState();
    void saveWindowState() const;
    void showCurrentIssue();
    void selectFirstIssue();
    void issuesChanged(const QList<qint64> &issueIds);

    Store *m_store;
    const Clock *m_clock;
    IssueListModel *m_issueModel;
    ProjectListModel *m_projectModel;
    IssueListView *m_issueView;
    QListView *m_projectView;
    QSplitter *m_splitter;
    QSplitter *m_detailSplitter;
    IssueDetailView *m_detail;
    TriageSession *m_triage;
    TriageActions *m_triageActions;
    SourceMapping m_sourceMapping;
    QLabel *m_countLabel;
    QLabel *m_cacheLabel;
    QStackedWidget *m_pages;
    ReleaseHealthView *m_health = nullptr;
};

} // namespace lookout
