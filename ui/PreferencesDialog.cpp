#include "PreferencesDialog.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSet>
#include <QSettings>
#include <QSpinBox>
#include <QStyle>
#include <QTabWidget>
#include <QTableWidget>
#include <QTimeEdit>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace lookout {

namespace {

QLabel *note(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    QPalette palette = label->palette();
    palette.setColor(QPalette::WindowText, palette.color(QPalette::PlaceholderText));
    label->setPalette(palette);
    return label;
}

QTableWidgetItem *numberItem(int value)
{
    auto *item = new QTableWidgetItem;
    item->setData(Qt::EditRole, value); // edited with a spin box
    item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return item;
}

} // namespace

PreferencesDialog::PreferencesDialog(QWidget *parent, QSettings *settings)
    : QDialog(parent)
    , m_settings(settings)
    , m_tabs(new QTabWidget(this))
{
    if (!m_settings) {
        m_ownSettings = std::make_unique<QSettings>();
        m_settings = m_ownSettings.get();
    }
    setObjectName(u"preferencesDialog"_s);
    setWindowTitle(tr("Preferences"));
    m_tabs->addTab(makeGeneralPage(), tr("General"));
    m_tabs->addTab(makeNotificationsPage(), tr("Notifications"));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &PreferencesDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &PreferencesDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(buttons);

    setAutoSync(AutoSyncSettings::load(*m_settings));
    setNotifications(NotificationSettings::load(*m_settings));
    resize(760, 520);
}

PreferencesDialog::~PreferencesDialog() = default;

QWidget *PreferencesDialog::makeGeneralPage()
{
    auto *page = new QWidget(this);
    m_autoSync = new QCheckBox(tr("&Sync automatically every"), page);
    m_interval = new QSpinBox(page);
    m_interval->setRange(1, 24 * 60);
    m_interval->setSuffix(tr(" min"));
    m_interval->setAccessibleName(tr("Sync interval in minutes"));
    auto *row = new QHBoxLayout;
    row->addWidget(m_autoSync);
    row->addWidget(m_interval);
    row->addStretch(1);
    auto *layout = new QVBoxLayout(page);
    layout->addLayout(row);
    layout->addWidget(note(tr("Lookout syncs in the background while it is open, counting from the end of the last sync. "
                              "When Sentry cannot be reached it waits longer each time, and syncs again as soon as the "
                              "network is back."),
        page));
    layout->addStretch(1);
    connect(m_autoSync, &QCheckBox::toggled, this, &PreferencesDialog::updateEnabled);
    return page;
}

QWidget *PreferencesDialog::makeNotificationsPage()
{
    auto *page = new QWidget(this);
    m_newIssues = new QCheckBox(tr("&New issues"), page);
    m_regressions = new QCheckBox(tr("&Regressions: a resolved issue happens again"), page);
    m_quiet = new QCheckBox(tr("&Quiet hours from"), page);
    m_quietFrom = new QTimeEdit(page);
    m_quietTo = new QTimeEdit(page);
    for (QTimeEdit *edit : {m_quietFrom, m_quietTo})
        edit->setDisplayFormat(u"HH:mm"_s);
    m_quietFrom->setAccessibleName(tr("Quiet hours start"));
    m_quietTo->setAccessibleName(tr("Quiet hours end"));
    auto *quietRow = new QHBoxLayout;
    quietRow->addWidget(m_quiet);
    quietRow->addWidget(m_quietFrom);
    quietRow->addWidget(new QLabel(tr("to"), page));
    quietRow->addWidget(m_quietTo);
    quietRow->addStretch(1);

    m_rules = new QTableWidget(0, NUM_RULE_COLUMNS, page);
    m_rules->setObjectName(u"watchRules"_s);
    m_rules->setHorizontalHeaderLabels({tr("Name"), tr("Search"), tr("More than N users"), tr("In M minutes"), tr("Muted")});
    m_rules->verticalHeader()->hide();
    m_rules->setSelectionBehavior(QAbstractItemView::SelectRows);
    QHeaderView *header = m_rules->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setSectionResizeMode(QueryColumn, QHeaderView::Stretch);
    for (const int column : {UsersColumn, MinutesColumn, MutedColumn})
        header->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    m_rules->setColumnWidth(NameColumn, 160);
    auto *add = new QPushButton(tr("&Add Rule"), page);
    auto *remove = new QPushButton(tr("Re&move"), page);
    auto *ruleButtons = new QHBoxLayout;
    ruleButtons->addWidget(add);
    ruleButtons->addWidget(remove);
    ruleButtons->addStretch(1);
    m_problem = new QLabel(page);
    m_problem->setObjectName(u"ruleProblem"_s);
    m_problem->setTextFormat(Qt::PlainText);
    m_problem->setWordWrap(true);
    m_problem->hide();

    auto *rulesTitle = new QLabel(tr("Rules"), page);
    QFont bold = rulesTitle->font();
    bold.setBold(true);
    rulesTitle->setFont(bold);
    auto *notifyTitle = new QLabel(tr("Notify about"), page);
    notifyTitle->setFont(bold);

    auto *layout = new QVBoxLayout(page);
    layout->addWidget(notifyTitle);
    layout->addWidget(m_newIssues);
    layout->addWidget(m_regressions);
    layout->addLayout(quietRow);
    layout->addWidget(note(tr("In quiet hours nothing pops up; what happened waits in the tray's unread count."), page));
    layout->addSpacing(8);
    layout->addWidget(rulesTitle);
    layout->addWidget(note(tr("A notification when an issue the search finds has more than N users within M minutes: "
                              "once when it crosses, not again until it has dropped below and M minutes have passed."),
        page));
    layout->addWidget(m_rules, 1);
    layout->addLayout(ruleButtons);
    layout->addWidget(m_problem);

    connect(m_quiet, &QCheckBox::toggled, this, &PreferencesDialog::updateEnabled);
    connect(add, &QPushButton::clicked, this, &PreferencesDialog::addRule);
    connect(remove, &QPushButton::clicked, this, &PreferencesDialog::removeSelectedRules);
    connect(m_rules, &QTableWidget::itemChanged, this, &PreferencesDialog::showProblem);
    return page;
}

void PreferencesDialog::updateEnabled()
{
    m_interval->setEnabled(m_autoSync->isChecked());
    m_quietFrom->setEnabled(m_quiet->isChecked());
    m_quietTo->setEnabled(m_quiet->isChecked());
}

void PreferencesDialog::setAutoSync(const AutoSyncSettings &settings)
{
    m_autoSync->setChecked(settings.enabled);
    m_interval->setValue(settings.intervalMinutes);
    updateEnabled();
}

AutoSyncSettings PreferencesDialog::autoSync() const
{
    return {m_autoSync->isChecked(), m_interval->value()};
}

void PreferencesDialog::setNotifications(const NotificationSettings &settings)
{
    m_newIssues->setChecked(settings.newIssues);
    m_regressions->setChecked(settings.regressions);
    m_quiet->setChecked(settings.quietHours);
    m_quietFrom->setTime(settings.quietFrom);
    m_quietTo->setTime(settings.quietTo);
    m_rules->setRowCount(0);
    for (const WatchRule &rule : settings.rules)
        appendRule(rule);
    updateEnabled();
    showProblem();
}

NotificationSettings PreferencesDialog::notifications() const
{
    NotificationSettings settings;
    settings.newIssues = m_newIssues->isChecked();
    settings.regressions = m_regressions->isChecked();
    settings.quietHours = m_quiet->isChecked();
    settings.quietFrom = m_quietFrom->time();
    settings.quietTo = m_quietTo->time();
    for (int row = 0; row < m_rules->rowCount(); ++row) {
        WatchRule rule;
        rule.name = m_rules->item(row, NameColumn)->text().trimmed();
        rule.query = m_rules->item(row, QueryColumn)->text().trimmed();
        rule.users = std::max(0, m_rules->item(row, UsersColumn)->data(Qt::EditRole).toInt());
        rule.minutes = std::max(1, m_rules->item(row, MinutesColumn)->data(Qt::EditRole).toInt());
        rule.muted = m_rules->item(row, MutedColumn)->checkState() == Qt::Checked;
        settings.rules.append(rule);
    }
    return settings;
}

void PreferencesDialog::appendRule(const WatchRule &rule)
{
    const QSignalBlocker blocker(m_rules); // one check once the row is whole
    const int row = m_rules->rowCount();
    m_rules->insertRow(row);
    m_rules->setItem(row, NameColumn, new QTableWidgetItem(rule.name));
    m_rules->setItem(row, QueryColumn, new QTableWidgetItem(rule.query));
    m_rules->setItem(row, UsersColumn, numberItem(rule.users));
    m_rules->setItem(row, MinutesColumn, numberItem(rule.minutes));
    auto *muted = new QTableWidgetItem;
    muted->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
    muted->setCheckState(rule.muted ? Qt::Checked : Qt::Unchecked);
    m_rules->setItem(row, MutedColumn, muted);
}

void PreferencesDialog::addRule()
{
    appendRule({tr("New rule"), u"is:unresolved"_s, 10, 60, false});
    const int row = m_rules->rowCount() - 1;
    m_rules->setCurrentCell(row, NameColumn);
    if (isVisible())
        m_rules->editItem(m_rules->item(row, NameColumn));
    showProblem();
}

void PreferencesDialog::removeSelectedRules()
{
    QList<int> rows;
    const QList<QTableWidgetSelectionRange> ranges = m_rules->selectedRanges();
    for (const QTableWidgetSelectionRange &range : ranges) {
        for (int row = range.topRow(); row <= range.bottomRow(); ++row)
            rows << row;
    }
    if (rows.isEmpty() && m_rules->currentRow() >= 0)
        rows << m_rules->currentRow();
    std::sort(rows.begin(), rows.end(), std::greater<>());
    for (const int row : std::as_const(rows))
        m_rules->removeRow(row);
    showProblem();
}

QString PreferencesDialog::rulesProblem() const
{
    QSet<QString> names;
    const NotificationSettings settings = notifications();
    for (qsizetype i = 0; i < settings.rules.size(); ++i) {
        const WatchRule &rule = settings.rules.at(i);
        const QString problem = rule.problem();
        if (!problem.isEmpty())
            return tr("Rule %1: %2").arg(i + 1).arg(problem);
        // Names tell notifications apart and key what was already told.
        if (names.contains(rule.name.toCaseFolded()))
            return tr("Rule %1: another rule is already called “%2”.").arg(i + 1).arg(rule.name);
        names.insert(rule.name.toCaseFolded());
    }
    return {};
}

void PreferencesDialog::showProblem()
{
    const QString problem = rulesProblem();
    m_problem->setText(problem);
    m_problem->setVisible(!problem.isEmpty());
}

void PreferencesDialog::setShortcutsPage(QWidget *page)
{
    if (m_shortcuts) {
        m_tabs->removeTab(ShortcutsTab);
        delete m_shortcuts;
    }
    m_shortcuts = page;
    if (page)
        m_tabs->insertTab(ShortcutsTab, page, tr("Shortcuts"));
}

void PreferencesDialog::showTab(Tab tab)
{
    if (tab < m_tabs->count())
        m_tabs->setCurrentIndex(tab);
}

void PreferencesDialog::accept()
{
    showProblem();
    if (!m_problem->text().isEmpty()) {
        showTab(NotificationsTab);
        return;
    }
    const AutoSyncSettings sync = autoSync();
    const NotificationSettings notes = notifications();
    sync.save(*m_settings);
    notes.save(*m_settings);
    m_settings->sync();
    Q_EMIT applied(sync, notes);
    QDialog::accept();
}

} // namespace lookout
