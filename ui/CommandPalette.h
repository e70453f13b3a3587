#pragma once

#include <QDialog>
#include <QList>

class QAction;
class QLineEdit;
class QListWidget;

namespace lookout {

// Ctrl+K: every action of the window by name, with its shortcut; typing filters (each word must
// appear), Enter runs the chosen one. Disabled actions are listed greyed, so a user learns they exist.
class CommandPalette : public QDialog
{
    Q_OBJECT
public:
    CommandPalette(const QList<QAction *> &actions, QWidget *parent = nullptr);

    QLineEdit *filterEdit() const { return m_filter; }
    QListWidget *list() const { return m_list; }
    // The action Enter would run now.
    QAction *chosen() const;

    // Actions of the window's menus (and the window itself), each once, menus in order.
    static QList<QAction *> windowActions(QWidget *window);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void refilter();
    void runChosen();

    QList<QAction *> m_actions;
    QLineEdit *m_filter;
    QListWidget *m_list;
};

} // namespace lookout
