#pragma once

#include <QWidget>

class QComboBox;
class QLineEdit;
class QPlainTextEdit;
class QSplitter;
class QToolButton;
class QTreeView;

namespace lookout {

struct Event;
class BreadcrumbFilterModel;
class BreadcrumbModel;

// The breadcrumb timeline: the event's breadcrumbs ending with the error itself, filtered by kind,
// level and text, oldest or newest first; the selected breadcrumb's full data below.
class BreadcrumbPane : public QWidget
{
    Q_OBJECT
public:
    explicit BreadcrumbPane(QWidget *parent = nullptr);

    void setEvent(const Event &event);

    BreadcrumbModel *model() const { return m_model; }
    BreadcrumbFilterModel *filter() const { return m_filter; }
    QTreeView *view() const { return m_view; }
    QPlainTextEdit *detail() const { return m_detail; }
    QComboBox *kindBox() const { return m_kind; }
    QComboBox *levelBox() const { return m_level; }
    QLineEdit *searchField() const { return m_search; }
    QToolButton *orderButton() const { return m_order; }
    QSplitter *splitter() const { return m_splitter; }

private:
    void updateKinds();
    void showDetail(const QModelIndex &current);

    BreadcrumbModel *m_model;
    BreadcrumbFilterModel *m_filter;
    QTreeView *m_view;
    QPlainTextEdit *m_detail;
    QComboBox *m_kind;
    QComboBox *m_level;
    QLineEdit *m_search;
    QToolButton *m_order;
    QSplitter *m_splitter;
};

} // namespace lookout
