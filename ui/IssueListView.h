#pragma once

#include <QTreeView>

namespace lookout {

class IssueListModel;

// The issue stream: a flat, sortable table with two-line rows (title over culprit).
class IssueListView : public QTreeView
{
    Q_OBJECT
public:
    explicit IssueListView(QWidget *parent = nullptr);
    void setIssueModel(IssueListModel *model);
};

} // namespace lookout
