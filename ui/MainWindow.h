#pragma once

#include <QMainWindow>

class QLabel;
class QListView;
class QSplitter;

namespace lookout {

class Clock;
class IssueListModel;
class IssueListView;
class ProjectListModel;
class Store;

class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    MainWindow(Store *store, const Clock *clock, QWidget *parent = nullptr);
    ~MainWindow() override;

    IssueListModel *issueModel() const { return m_issueModel; }
    IssueListView *issueView() const { return m_issueView; }
    QListView *projectView() const { return m_projectView; }

public Q_SLOTS:
    void refresh();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createActions();
    void updateStatus(qint64 issueCount);
    void restoreWindowState();
    void saveWindowState() const;

    Store *m_store;
    IssueListModel *m_issueModel;
    ProjectListModel *m_projectModel;
    IssueListView *m_issueView;
    QListView *m_projectView;
    QSplitter *m_splitter;
    QLabel *m_countLabel;
    QLabel *m_cacheLabel;
};

} // namespace lookout
