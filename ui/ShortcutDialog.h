#pragma once

#include <QDialog>
#include <QList>

class QAction;
class QLabel;
class QTableWidget;

namespace lookout {

// Rebindable shortcuts: each action's default is remembered the first time restore() sees it, and
// only the keys a user changed are written to the settings ("shortcuts/<action id>").
namespace ShortcutSettings {
void restore(const QList<QAction *> &actions);
void save(const QAction *action);
QKeySequence defaultShortcut(const QAction *action);
} // namespace ShortcutSettings

// "?" and Settings > Keyboard Shortcuts: every action with its keys. Double-click (or Enter) a row
// and press the new keys to rebind it; a key already taken is refused with the action that has it.
class ShortcutDialog : public QDialog
{
    Q_OBJECT
public:
    ShortcutDialog(const QList<QAction *> &actions, QWidget *parent = nullptr);

    QTableWidget *table() const { return m_table; }
    // Rebinds; false (and a message) when another action has those keys.
    bool rebind(QAction *action, const QKeySequence &keys);

private:
    void fill();
    void edit(int row);

    QList<QAction *> m_actions;
    QTableWidget *m_table;
    QLabel *m_message;
};

} // namespace lookout
