#include "ShortcutDialog.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QKeySequenceEdit>
#include <QLabel>
#include <QPushButton>
#include <QSettings>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace lookout {

static constexpr char defaultProperty[] = "lookoutDefaultShortcut";

static QString settingsKey(const QAction *action)
{
    return u"shortcuts/"_s + action->objectName();
}

void ShortcutSettings::restore(const QList<QAction *> &actions)
{
    const QSettings settings;
    for (QAction *action : actions) {
        if (action->objectName().isEmpty())
            continue;
        if (!action->property(defaultProperty).isValid())
            action->setProperty(defaultProperty, action->shortcut());
        const QVariant stored = settings.value(settingsKey(action));
        if (stored.isValid())
            action->setShortcut(QKeySequence::fromString(stored.toString(), QKeySequence::PortableText));
    }
}

QKeySequence ShortcutSettings::defaultShortcut(const QAction *action)
{
    const QVariant value = action->property(defaultProperty);
    return value.isValid() ? value.value<QKeySequence>() : action->shortcut();
}

void ShortcutSettings::save(const QAction *action)
{
    QSettings settings;
    if (action->shortcut() == defaultShortcut(action))
        settings.remove(settingsKey(action));
    else
        settings.setValue(settingsKey(action), action->shortcut().toString(QKeySequence::PortableText));
}

ShortcutDialog::ShortcutDialog(const QList<QAction *> &actions, QWidget *parent)
    : QDialog(parent)
    , m_table(new QTableWidget(this))
    , m_message(new QLabel(this))
{
    setObjectName(u"shortcutDialog"_s);
    setWindowTitle(tr("Keyboard Shortcuts"));
    for (QAction *action : actions) {
        if (!action->objectName().isEmpty())
            m_actions.append(action);
    }
    auto *hint = new QLabel(tr("Double-click a shortcut, or press Enter on it, then press the new keys."), this);
    hint->setWordWrap(true);
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::PlainText);
    m_table->setColumnCount(2);
    m_table->setHorizontalHeaderLabels({tr("Action"), tr("Shortcut")});
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_table->verticalHeader()->hide();
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close | QDialogButtonBox::RestoreDefaults, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(buttons->button(QDialogButtonBox::RestoreDefaults), &QPushButton::clicked, this, [this] {
        for (QAction *action : std::as_const(m_actions)) {
            action->setShortcut(ShortcutSettings::defaultShortcut(action));
            ShortcutSettings::save(action);
        }
        m_message->clear();
        fill();
    });
    connect(m_table, &QTableWidget::cellActivated, this, [this](int row, int) { edit(row); });
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(hint);
    layout->addWidget(m_table);
    layout->addWidget(m_message);
    layout->addWidget(buttons);
    resize(560, 600);
    fill();
}

void ShortcutDialog::fill()
{
    m_table->setRowCount(int(m_actions.size()));
    for (int row = 0; row < m_actions.size(); ++row) {
        const QAction *action = m_actions.at(row);
        QString text = action->text();
        text.remove(u'&');
        auto *name = new QTableWidgetItem(text);
        name->setToolTip(action->statusTip());
        m_table->setItem(row, 0, name);
        m_table->setItem(row, 1, new QTableWidgetItem(action->shortcut().toString(QKeySequence::NativeText)));
    }
}

void ShortcutDialog::edit(int row)
{
    QAction *action = m_actions.value(row);
    if (!action)
        return;
    auto *editor = new QKeySequenceEdit(action->shortcut(), m_table);
    editor->setMaximumSequenceLength(1);
    editor->setClearButtonEnabled(true);
    m_table->setCellWidget(row, 1, editor);
    editor->setFocus();
    connect(editor, &QKeySequenceEdit::editingFinished, this, [this, editor, action, row] {
        const QKeySequence keys = editor->keySequence();
        m_table->removeCellWidget(row, 1);
        rebind(action, keys);
        fill();
        m_table->setCurrentCell(row, 1);
    });
}

bool ShortcutDialog::rebind(QAction *action, const QKeySequence &keys)
{
    for (const QAction *other : std::as_const(m_actions)) {
        if (other != action && !keys.isEmpty() && other->shortcut() == keys) {
            QString name = other->text();
            name.remove(u'&');
            m_message->setText(tr("%1 is already the shortcut of “%2”.").arg(keys.toString(QKeySequence::NativeText), name));
            return false;
        }
    }
    action->setShortcut(keys);
    ShortcutSettings::save(action);
    m_message->clear();
    return true;
}

} // namespace lookout
