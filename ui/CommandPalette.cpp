#include "CommandPalette.h"

#include <QAction>
#include <QKeyEvent>
#include <QLineEdit>
#include <QListWidget>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QPointer>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace lookout {

namespace {

QString plainText(const QAction *action)
{
    QString text = action->text();
    text.remove(u'&');
    if (text.endsWith(u"…"_s))
        text.chop(1);
    return text;
}

void collect(const QList<QAction *> &from, QList<QAction *> *into)
{
    for (QAction *action : from) {
        if (action->isSeparator() || into->contains(action))
            continue;
        if (QMenu *menu = action->menu()) {
            collect(menu->actions(), into);
            continue;
        }
        if (!action->text().isEmpty())
            into->append(action);
    }
}

} // namespace

CommandPalette::CommandPalette(const QList<QAction *> &actions, QWidget *parent)
    : QDialog(parent)
    , m_actions(actions)
    , m_filter(new QLineEdit(this))
    , m_list(new QListWidget(this))
{
    setObjectName(u"commandPalette"_s);
    setWindowTitle(tr("Commands"));
    m_filter->setPlaceholderText(tr("Type a command…"));
    m_filter->setClearButtonEnabled(true);
    m_list->setUniformItemSizes(true);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_filter);
    layout->addWidget(m_list);
    resize(520, 420);
    m_filter->installEventFilter(this);
    connect(m_filter, &QLineEdit::textChanged, this, &CommandPalette::refilter);
    connect(m_filter, &QLineEdit::returnPressed, this, &CommandPalette::runChosen);
    connect(m_list, &QListWidget::itemActivated, this, &CommandPalette::runChosen);
    refilter();
}

QList<QAction *> CommandPalette::windowActions(QWidget *window)
{
    QList<QAction *> actions;
    if (auto *main = qobject_cast<QMainWindow *>(window))
        collect(main->menuBar()->actions(), &actions);
    collect(window->actions(), &actions);
    return actions;
}

void CommandPalette::refilter()
{
    const QStringList words = m_filter->text().split(u' ', Qt::SkipEmptyParts);
    m_list->clear();
    for (qsizetype i = 0; i < m_actions.size(); ++i) {
        QAction *action = m_actions.at(i);
        const QString text = plainText(action);
        const bool matches = std::all_of(
            words.cbegin(), words.cend(), [&text](const QString &word) { return text.contains(word, Qt::CaseInsensitive); });
        if (!matches)
            continue;
        const QString keys = action->shortcut().toString(QKeySequence::NativeText);
        auto *item = new QListWidgetItem(keys.isEmpty() ? text : text + u"    "_s + keys, m_list);
        item->setData(Qt::UserRole, int(i));
        if (!action->isEnabled())
            item->setFlags(item->flags() & ~Qt::ItemIsEnabled);
        item->setToolTip(action->statusTip());
    }
    for (int row = 0; row < m_list->count(); ++row) {
        if (m_list->item(row)->flags() & Qt::ItemIsEnabled) {
            m_list->setCurrentRow(row);
            break;
        }
    }
}

QAction *CommandPalette::chosen() const
{
    const QListWidgetItem *item = m_list->currentItem();
    if (!item || !(item->flags() & Qt::ItemIsEnabled))
        return nullptr;
    return m_actions.value(item->data(Qt::UserRole).toInt());
}

void CommandPalette::runChosen()
{
    QPointer<QAction> action = chosen();
    if (!action)
        return;
    accept();
    // After the palette is gone, so a dialog the action opens is not stacked on it.
    QTimer::singleShot(0, action, [action] {
        if (action)
            action->trigger();
    });
}

bool CommandPalette::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_filter && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if (key == Qt::Key_Down || key == Qt::Key_Up || key == Qt::Key_PageDown || key == Qt::Key_PageUp) {
            QCoreApplication::sendEvent(m_list, event);
            return true;
        }
    }
    return QDialog::eventFilter(watched, event);
}

} // namespace lookout
