#include "PreferencesDialog.h"
#include "Screenshots.h"

#include <QCheckBox>
#include <QLabel>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableWidget>
#include <QTest>
#include <QTimeEdit>

using namespace lookout;
using namespace Qt::StringLiterals;

class TestPreferencesDialog : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(u"lookout"_s);
        QCoreApplication::setApplicationName(u"lookout-test-preferences"_s);
    }

    void init() { QSettings().clear(); }
    void cleanupTestCase() { QSettings().clear(); }

    void showsTheDefaults()
    {
        PreferencesDialog dialog;
        QCOMPARE(dialog.tabs()->count(), 2);
        QVERIFY(dialog.autoSyncBox()->isChecked());
        QCOMPARE(dialog.intervalBox()->value(), 5);
        QVERIFY(dialog.newIssuesBox()->isChecked());
        QVERIFY(dialog.regressionsBox()->isChecked());
        QVERIFY(!dialog.quietHoursBox()->isChecked());
        QVERIFY(!dialog.quietFromEdit()->isEnabled());
        QCOMPARE(dialog.rulesTable()->rowCount(), 0);
        QCOMPARE(dialog.autoSync(), AutoSyncSettings());
        QCOMPARE(dialog.notifications(), NotificationSettings());

        // The interval only counts with automatic sync on.
        dialog.autoSyncBox()->setChecked(false);
        QVERIFY(!dialog.intervalBox()->isEnabled());
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        test::saveScreenshot(&dialog, u"preferences-general"_s);
    }

    void savesWhatWasChanged()
    {
        PreferencesDialog dialog;
        dialog.intervalBox()->setValue(15);
        dialog.regressionsBox()->setChecked(false);
        dialog.quietHoursBox()->setChecked(true);
        QVERIFY(dialog.quietFromEdit()->isEnabled());
        dialog.quietFromEdit()->setTime(QTime(21, 30));
        dialog.quietToEdit()->setTime(QTime(6, 0));
        dialog.addRule();
        QTableWidget *rules = dialog.rulesTable();
        rules->item(0, PreferencesDialog::NameColumn)->setText(u"Checkout errors"_s);
        rules->item(0, PreferencesDialog::QueryColumn)->setText(u"project:shop level:error"_s);
        rules->item(0, PreferencesDialog::UsersColumn)->setData(Qt::EditRole, 50);
        dialog.addRule();
        rules->item(1, PreferencesDialog::NameColumn)->setText(u"Everything"_s);
        rules->item(1, PreferencesDialog::MinutesColumn)->setData(Qt::EditRole, 5);
        rules->item(1, PreferencesDialog::MutedColumn)->setCheckState(Qt::Checked);
        dialog.show();
        dialog.showTab(PreferencesDialog::NotificationsTab);
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        test::saveScreenshot(&dialog, u"preferences-notifications"_s);

        QSignalSpy applied(&dialog, &PreferencesDialog::applied);
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(applied.size(), 1);

        QSettings settings;
        const AutoSyncSettings sync = AutoSyncSettings::load(settings);
        QCOMPARE(sync, (AutoSyncSettings {true, 15}));
        QCOMPARE(applied.constFirst().at(0).value<AutoSyncSettings>(), sync);
        const NotificationSettings notes = NotificationSettings::load(settings);
        QVERIFY(notes.newIssues);
        QVERIFY(!notes.regressions);
        QVERIFY(notes.quietHours);
        QCOMPARE(notes.quietFrom, QTime(21, 30));
        QCOMPARE(notes.quietTo, QTime(6, 0));
        QCOMPARE(notes.rules.size(), 2);
        QCOMPARE(notes.rules.at(0), (WatchRule {u"Checkout errors"_s, u"project:shop level:error"_s, 50, 60, false}));
        QCOMPARE(notes.rules.at(1), (WatchRule {u"Everything"_s, u"is:unresolved"_s, 10, 5, true}));
        QCOMPARE(applied.constFirst().at(1).value<NotificationSettings>(), notes);

        // Opened again, it shows what was saved.
        PreferencesDialog again;
        QCOMPARE(again.autoSync(), sync);
        QCOMPARE(again.notifications(), notes);
        QCOMPARE(again.rulesTable()->item(1, PreferencesDialog::MutedColumn)->checkState(), Qt::Checked);
    }

    void cancelKeepsNothing()
    {
        PreferencesDialog dialog;
        dialog.intervalBox()->setValue(30);
        dialog.addRule();
        dialog.reject();
        QSettings settings;
        QCOMPARE(AutoSyncSettings::load(settings).intervalMinutes, 5);
        QVERIFY(NotificationSettings::load(settings).rules.isEmpty());
    }

    void badRulesAreNamedAndNotSaved()
    {
        PreferencesDialog dialog;
        QSignalSpy applied(&dialog, &PreferencesDialog::applied);
        dialog.addRule();
        dialog.addRule();
        QTableWidget *rules = dialog.rulesTable();
        QCOMPARE(dialog.rulesProblem(), u"Rule 2: another rule is already called “New rule”."_s);
        QVERIFY(!dialog.problemLabel()->isHidden());
        rules->item(1, PreferencesDialog::NameColumn)->setText(u"Second"_s);
        QVERIFY(dialog.problemLabel()->isHidden()); // checked as the table is edited
        rules->item(1, PreferencesDialog::QueryColumn)->setText(u"level:\"error"_s);
        QVERIFY2(dialog.problemLabel()->text().startsWith(
                     u"Rule 2: The search cannot be used: level:\"error: the quote is never closed"_s),
            qPrintable(dialog.problemLabel()->text()));
        dialog.showTab(PreferencesDialog::GeneralTab);
        dialog.accept();
        QCOMPARE(applied.size(), 0);
        QCOMPARE(dialog.tabs()->currentIndex(), int(PreferencesDialog::NotificationsTab));
        QVERIFY(NotificationSettings::load(*std::make_unique<QSettings>()).rules.isEmpty());

        rules->setCurrentCell(1, 0);
        dialog.removeSelectedRules();
        QCOMPARE(rules->rowCount(), 1);
        QVERIFY(dialog.rulesProblem().isEmpty());
        dialog.accept();
        QCOMPARE(applied.size(), 1);
    }

    void shortcutsPageComesFromTheWindow()
    {
        PreferencesDialog dialog;
        auto *page = new QLabel(u"shortcuts"_s);
        dialog.setShortcutsPage(page);
        QCOMPARE(dialog.tabs()->count(), 3);
        QCOMPARE(dialog.tabs()->tabText(PreferencesDialog::ShortcutsTab), u"Shortcuts"_s);
        QCOMPARE(dialog.tabs()->widget(PreferencesDialog::ShortcutsTab), page);
        dialog.showTab(PreferencesDialog::ShortcutsTab);
        QCOMPARE(dialog.tabs()->currentWidget(), page);
        // A second page replaces the first.
        dialog.setShortcutsPage(new QLabel(u"other"_s));
        QCOMPARE(dialog.tabs()->count(), 3);
    }
};

QTEST_MAIN(TestPreferencesDialog)
#include "TestPreferencesDialog.moc"
