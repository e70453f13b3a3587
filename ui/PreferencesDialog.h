#pragma once

#include "sync/SyncScheduler.h"
#include "watch/NotificationSettings.h"

#include <QDialog>

class QCheckBox;
class QLabel;
class QSettings;
class QSpinBox;
class QTabWidget;
class QTableWidget;
class QTimeEdit;

namespace lookout {

// Lookout's preferences: General (automatic sync and its interval), Notifications (new issues,
// regressions, quiet hours, the "more than N users in M minutes" rules with their mute), and a
// Shortcuts page the window supplies (setShortcutsPage). OK checks the rules, saves everything
// to QSettings and emits applied(); Cancel changes nothing.
//
//   PreferencesDialog dialog(window);
//   dialog.setShortcutsPage(new ShortcutsEditor(...));   // optional
//   connect(&dialog, &PreferencesDialog::applied, window, [&](auto sync, auto notes) {
//       scheduler.setSettings(sync); notifier.setSettings(notes); });
//   dialog.exec();
class PreferencesDialog : public QDialog
{
    Q_OBJECT
public:
    enum Tab { GeneralTab, NotificationsTab, ShortcutsTab };
    enum RuleColumns { NameColumn, QueryColumn, UsersColumn, MinutesColumn, MutedColumn, NUM_RULE_COLUMNS };

    // Shows what QSettings holds (the application's by default).
    explicit PreferencesDialog(QWidget *parent = nullptr, QSettings *settings = nullptr);
    ~PreferencesDialog() override;

    void setAutoSync(const AutoSyncSettings &settings);
    AutoSyncSettings autoSync() const;
    void setNotifications(const NotificationSettings &settings);
    // What the page says now; rules with problems included (see rulesProblem()).
    NotificationSettings notifications() const;
    // The first problem among the rules (unnamed, repeated name, unusable search); empty if none.
    QString rulesProblem() const;

    // Puts page in the Shortcuts tab (the tab is there only once a page is given).
    void setShortcutsPage(QWidget *page);
    void showTab(Tab tab);

    QTabWidget *tabs() const { return m_tabs; }
    QCheckBox *autoSyncBox() const { return m_autoSync; }
    QSpinBox *intervalBox() const { return m_interval; }
    QCheckBox *newIssuesBox() const { return m_newIssues; }
    QCheckBox *regressionsBox() const { return m_regressions; }
    QCheckBox *quietHoursBox() const { return m_quiet; }
    QTimeEdit *quietFromEdit() const { return m_quietFrom; }
    QTimeEdit *quietToEdit() const { return m_quietTo; }
    QTableWidget *rulesTable() const { return m_rules; }
    QLabel *problemLabel() const { return m_problem; }

public Q_SLOTS:
    // A new rule to edit, named and with a search to start from; its name field is being edited.
    void addRule();
    void removeSelectedRules();
    void accept() override;

Q_SIGNALS:
    void applied(const lookout::AutoSyncSettings &sync, const lookout::NotificationSettings &notifications);

private:
    void appendRule(const WatchRule &rule);
    QWidget *makeGeneralPage();
    QWidget *makeNotificationsPage();
    void updateEnabled();
    void showProblem();

    QSettings *m_settings;
    std::unique_ptr<QSettings> m_ownSettings;
    QTabWidget *m_tabs;
    QCheckBox *m_autoSync = nullptr;
    QSpinBox *m_interval = nullptr;
    QCheckBox *m_newIssues = nullptr;
    QCheckBox *m_regressions = nullptr;
    QCheckBox *m_quiet = nullptr;
    QTimeEdit *m_quietFrom = nullptr;
    QTimeEdit *m_quietTo = nullptr;
    QTableWidget *m_rules = nullptr;
    QLabel *m_problem = nullptr;
    QWidget *m_shortcuts = nullptr;
};

} // namespace lookout
