// The main window in German: menus and panes translated, nothing cut off at 1280x800, and relative
// times, numbers and dates in the German style; triage and sync messages German through and through.
#include "BreadcrumbModel.h"
#include "ElidedLabel.h"
#include "EventListModel.h"
#include "IssueDetailView.h"
#include "IssueListModel.h"
#include "IssueListView.h"
#include "LocalIngestDialog.h"
#include "MainWindow.h"
#include "MockClock.h"
#include "ReleaseHealthView.h"
#include "Screenshots.h"
#include "TagDistributionModel.h"
#include "Translations.h"
#include "TriageActions.h"
#include "api/ApiError.h"
#include "core/RelativeTime.h"
#include "ingest/DemoData.h"
#include "store/Store.h"
#include "sync/TriageAction.h"

#include <QAbstractButton>
#include <QCheckBox>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabBar>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

#include <algorithm>

using namespace lookout;
using namespace Qt::StringLiterals;

namespace {

QString plain(QString text)
{
    // An accelerator's "&" takes no room; "&&" is a literal ampersand.
    return text.replace(u"&&"_s, u"\x01"_s).remove(u'&').replace(u'\x01', u'&');
}

QString describe(const QWidget *widget, const QString &text)
{
    return u"%1 \"%2\" (%3)"_s.arg(QString::fromLatin1(widget->metaObject()->className()), text, widget->objectName());
}

// What a visible widget under root shows cut off: header sections, tabs, buttons and labels whose text
// needs more room than they have. ElidedLabel elides deliberately (with "…") and is left out.
QStringList clippedTexts(QWidget *root)
{
    QStringList clipped;
    const auto visible = [root](const QWidget *w) { return w->isVisibleTo(root) && w->width() > 0; };
    for (QHeaderView *header : root->findChildren<QHeaderView *>()) {
        if (!visible(header) || header->orientation() != Qt::Horizontal || !header->model())
            continue;
        const int margin = 2 * header->style()->pixelMetric(QStyle::PM_HeaderMargin, nullptr, header);
        for (int section = 0; section < header->count(); ++section) {
            if (header->isSectionHidden(section) || header->sectionSize(section) == 0)
                continue;
            const QString text = header->model()->headerData(section, Qt::Horizontal).toString();
            int needed = header->fontMetrics().horizontalAdvance(text) + margin;
            if (header->isSortIndicatorShown() && header->sortIndicatorSection() == section)
                needed += header->style()->pixelMetric(QStyle::PM_HeaderMarkSize, nullptr, header);
            if (!text.isEmpty() && needed > header->sectionSize(section))
                clipped << describe(header, text) + u" needs %1 px, has %2"_s.arg(needed).arg(header->sectionSize(section));
        }
    }
    for (QTabBar *tabs : root->findChildren<QTabBar *>()) {
        if (!visible(tabs))
            continue;
        for (int i = 0; i < tabs->count(); ++i) {
            const QString text = plain(tabs->tabText(i));
            if (tabs->fontMetrics().horizontalAdvance(text) > tabs->tabRect(i).width())
                clipped << describe(tabs, text);
        }
    }
    for (QAbstractButton *button : root->findChildren<QAbstractButton *>()) {
        if (!visible(button) || button->text().isEmpty() || qobject_cast<QTabBar *>(button->parentWidget()))
            continue;
        if (button->sizeHint().width() > button->width())
            clipped << describe(button, plain(button->text()))
                    + u" needs %1 px, has %2"_s.arg(button->sizeHint().width()).arg(button->width());
    }
    for (QLabel *label : root->findChildren<QLabel *>()) {
        if (!visible(label) || qobject_cast<ElidedLabel *>(label) || label->wordWrap() || label->text().isEmpty()
            || !label->pixmap().isNull())
            continue;
        if (label->sizeHint().width() > label->width())
            clipped << describe(label, label->text())
                    + u" needs %1 px, has %2"_s.arg(label->sizeHint().width()).arg(label->width());
    }
    return clipped;
}

QStringList menuItems(const MainWindow &window)
{
    QStringList texts;
    QList<QMenu *> menus;
    for (const QAction *bar : window.menuBar()->actions())
        menus << bar->menu();
    while (!menus.isEmpty()) {
        for (const QAction *item : menus.takeFirst()->actions()) {
            if (item->menu())
                menus << item->menu();
            if (!item->isSeparator() && !item->text().isEmpty())
                texts << item->text();
        }
    }
    return texts;
}

} // namespace

class TestTranslatedWindow : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true); // never the user's own settings or cache
        QSettings().clear(); // and nothing an earlier run left
        QVERIFY(Translations::install(QLocale(QLocale::German, QLocale::Germany)));
        QVERIFY(m_dir.isValid());
        QString error;
        QVERIFY2(
            DemoData::open(m_store, m_dir.filePath(QStringLiteral("demo.sqlite")), m_clock.now(), &error), qPrintable(error));
    }

    void cleanupTestCase() { Translations::install(QLocale::c()); }

    void menusAreGerman()
    {
        MainWindow window(&m_store, &m_clock);
        QStringList titles;
        for (const QAction *menu : window.menuBar()->actions())
            titles << menu->text();
        QCOMPARE(titles, (QStringList {u"&Datei"_s, u"&Bearbeiten"_s, u"&Problem"_s, u"&Ansicht"_s, u"&Hilfe"_s}));

        // Every item of every menu is translated: the same menus in English differ but for words German
        // shares; and an accelerator is unique within its menu.
        const QStringList german = menuItems(window);
        Translations::install(QLocale::c());
        const QStringList english = menuItems(MainWindow(&m_store, &m_clock));
        QVERIFY(Translations::install(QLocale(QLocale::German, QLocale::Germany)));
        QCOMPARE(german.size(), english.size());
        static const QStringList shared {u"&Trend"_s};
        for (qsizetype i = 0; i < german.size(); ++i) {
            if (!shared.contains(english.at(i)))
                QVERIFY2(german.at(i) != english.at(i), qPrintable(english.at(i)));
        }
        // Items added after the first translation: the local ingest and the event graph's span.
        for (const QString &item : {u"Ereignisse &lokal empfangen"_s, u"DS&N für lokalen Empfang…"_s, u"Ereignis&grafik"_s,
                 u"Letzte &24 Stunden"_s, u"Letzte &14 Tage"_s})
            QVERIFY2(german.contains(item), qPrintable(item));
        for (QMenu *menu : window.findChildren<QMenu *>()) {
            QSet<QChar> accelerators;
            for (const QAction *item : menu->actions()) {
                const qsizetype amp = item->text().indexOf(u'&');
                if (amp < 0 || amp + 1 >= item->text().size())
                    continue;
                const QChar key = item->text().at(amp + 1).toLower();
                QVERIFY2(!accelerators.contains(key), qPrintable(u"%1 in %2"_s.arg(item->text(), menu->title())));
                accelerators.insert(key);
            }
        }
    }

    void panesAreGerman()
    {
        MainWindow window(&m_store, &m_clock);
        window.resize(1280, 800);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        const QAbstractItemModel *issues = window.issueView()->model();
        QCOMPARE(issues->headerData(IssueListModel::TitleColumn, Qt::Horizontal).toString(), u"Problem"_s);
        QCOMPARE(issues->headerData(IssueListModel::EventsColumn, Qt::Horizontal).toString(), u"Ereignisse"_s);
        QCOMPARE(issues->headerData(IssueListModel::UsersColumn, Qt::Horizontal).toString(), u"Nutzer"_s);
        QCOMPARE(issues->headerData(IssueListModel::LastSeenColumn, Qt::Horizontal).toString(), u"Zuletzt"_s);
        QCOMPARE(window.sidebarView()->model()->index(0, 0).data().toString().section(u" ("_s, 0, 0), u"Alle Probleme"_s);

        QVERIFY(window.openIssue(m_store.issues({}, 0, 1).constFirst().id));
        QTabWidget *tabs = window.detailView()->tabs();
        QCOMPARE(plain(tabs->tabText(0)), u"Stacktrace"_s);
        QVERIFY(tabs->tabText(1).startsWith(u"Breadcrumbs"_s)); // the Sentry term, as German developers use it
        QCOMPARE(plain(tabs->tabText(3)), u"Kontexte"_s);
        QCOMPARE(plain(tabs->tabText(4)), u"Anfrage"_s);
        QCOMPARE(plain(tabs->tabText(5)), u"Nutzer"_s);

        ReleaseHealthView *health = window.showHealth();
        QVERIFY(health->chartTabs()->count() > 0);
        QCOMPARE(plain(health->chartTabs()->tabText(0)), u"Absturzfreie Sitzungen"_s);
    }

    void eventsTabIsGerman()
    {
        MainWindow window(&m_store, &m_clock);
        window.resize(1280, 800);
        QVERIFY(window.openIssue(m_store.issues({}, 0, 1).constFirst().id));
        QTabWidget *tabs = window.detailView()->tabs();
        tabs->setCurrentIndex(IssueDetailView::EventsTab);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(plain(tabs->tabText(IssueDetailView::EventsTab)).startsWith(u"Ereignisse ("_s));
        QStringList headers;
        const QHeaderView *header = window.detailView()->eventsView()->header();
        for (int section = 0; section < header->count(); ++section)
            headers << header->model()->headerData(section, Qt::Horizontal).toString();
        QVERIFY2(headers.contains(u"Wichtige Tags"_s), qPrintable(headers.join(u", "_s)));
        // The demo's issues are imported: the line below the table says all their events are here.
        const QLabel *status = window.findChild<QLabel *>(u"eventsStatus"_s);
        QVERIFY2(status->text().contains(u"importierten Problems"_s), qPrintable(status->text()));
    }

    void ingestDialogIsGerman()
    {
        MainWindow window(&m_store, &m_clock);
        LocalIngestDialog *dialog = window.showIngestDialog();
        QVERIFY(QTest::qWaitForWindowExposed(dialog));
        QCOMPARE(dialog->windowTitle(), u"Lokaler Empfang"_s);
        QCOMPARE(dialog->copyButton()->text(), u"&Kopieren"_s);
        QCOMPARE(dialog->statusLabel()->text(), u"Aus."_s);
        QCOMPARE(dialog->findChild<QCheckBox *>()->text(), u"Ereignisse von SDKs auf diesem Computer &empfangen"_s);
        // Accelerators unique in the dialog: its buttons and the labels' buddies.
        QSet<QChar> accelerators;
        QStringList texts;
        for (const QAbstractButton *button : dialog->findChildren<QAbstractButton *>())
            texts << button->text();
        for (const QLabel *label : dialog->findChildren<QLabel *>())
            if (label->buddy())
                texts << label->text();
        for (const QString &text : std::as_const(texts)) {
            const qsizetype amp = QString(text).replace(u"&&"_s, u"__"_s).indexOf(u'&');
            if (amp < 0 || amp + 1 >= text.size())
                continue;
            const QChar key = text.at(amp + 1).toLower();
            QVERIFY2(!accelerators.contains(key), qPrintable(text));
            accelerators.insert(key);
        }
        QVERIFY(accelerators.size() >= 3);
        test::saveScreenshot(dialog, u"de-ingest"_s);
        const QStringList clipped = clippedTexts(dialog);
        QVERIFY2(clipped.isEmpty(), qPrintable(clipped.join(u"\n"_s)));
    }

    void nothingIsClippedAt1280x800_data()
    {
        QTest::addColumn<QString>("view");
        QTest::newRow("issues") << u"issues"_s;
        QTest::newRow("issue") << u"issue"_s;
        QTest::newRow("events") << u"events"_s;
        QTest::newRow("health") << u"health"_s;
    }

    void nothingIsClippedAt1280x800()
    {
        QFETCH(QString, view);
        MainWindow window(&m_store, &m_clock);
        window.resize(1280, 800);
        if (view == u"issue" || view == u"events")
            QVERIFY(window.openIssue(m_store.issues({}, 0, 1).constFirst().id));
        if (view == u"events")
            window.detailView()->tabs()->setCurrentIndex(IssueDetailView::EventsTab);
        else if (view == u"health")
            window.showHealth();
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QCoreApplication::processEvents();
        test::saveScreenshot(&window, u"de-"_s + view);
        const QStringList clipped = clippedTexts(&window);
        QVERIFY2(clipped.isEmpty(), qPrintable(clipped.join(u"\n"_s)));
    }

    void theCheckSeesClippingInASmallWindow()
    {
        // The check above is only worth something if it notices text cut off.
        MainWindow window(&m_store, &m_clock);
        QVERIFY(window.openIssue(m_store.issues({}, 0, 1).constFirst().id));
        window.resize(700, 500);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QCoreApplication::processEvents();
        QVERIFY(!clippedTexts(&window).isEmpty());
    }

    void timesAndNumbersAreGerman()
    {
        const QDateTime now = m_clock.now();
        QCOMPARE(relativeTime(now.addSecs(-2 * 3600), now), u"vor 2 Std."_s);
        QCOMPARE(relativeTime(now.addDays(-1), now), u"vor 1 Tag"_s);
        QCOMPARE(relativeTime(now.addDays(-3), now), u"vor 3 Tagen"_s);
        QCOMPARE(QLocale().toString(1234567), u"1.234.567"_s);
        QCOMPARE(QLocale().toString(QDate(2026, 3, 4), QLocale::ShortFormat), u"04.03.26"_s);
    }

    void eventTimesAreGerman()
    {
        // The demo issue with the most events.
        const QList<IssueSummary> issues = m_store.issues({}, 0, 100);
        const auto most = std::max_element(issues.cbegin(), issues.cend(),
            [this](const auto &a, const auto &b) { return m_store.cachedEventCount(a.id) < m_store.cachedEventCount(b.id); });
        MainWindow window(&m_store, &m_clock);
        QVERIFY(window.openIssue(most->id));
        window.detailView()->tabs()->setCurrentIndex(IssueDetailView::EventsTab); // read when shown
        const QAbstractItemModel *events = window.detailView()->eventsView()->model();
        QVERIFY(events->rowCount() > 1);
        // "25.11.26 14:03 (vor 2 Std.)": the German short date and 24-hour time, not an ISO timestamp.
        static const QRegularExpression german(u"^\\d\\d\\.\\d\\d\\.\\d\\d,? \\d\\d:\\d\\d \\((vor |gerade).+\\)$"_s);
        QDateTime previous;
        for (int row = 0; row < events->rowCount(); ++row) {
            const QModelIndex time = events->index(row, EventListModel::TimeColumn);
            const QDateTime when = time.data(EventListModel::TimestampRole).toDateTime();
            QVERIFY(when.isValid());
            const QString text = time.data().toString();
            QVERIFY2(german.match(text).hasMatch(), qPrintable(text));
            QVERIFY2(text.startsWith(QLocale().toString(when.toLocalTime(), QLocale::ShortFormat)), qPrintable(text));
            // The exact time, to the second, in the tooltip; the rows newest first by the real time.
            QCOMPARE(time.data(Qt::ToolTipRole).toString(), QLocale().toString(when.toLocalTime(), QLocale::LongFormat));
            QVERIFY(time.data(Qt::ToolTipRole).toString().contains(when.toLocalTime().toString(u"HH:mm:ss"_s)));
            if (previous.isValid())
                QVERIFY(when <= previous);
            previous = when;
        }
    }

    void triageMessagesAreGerman()
    {
        TriageAction ignore;
        ignore.kind = TriageAction::Kind::Ignore;
        ignore.ignoreMinutes = 30;
        ignore.ignoreCount = 1000;
        ignore.ignoreWindowMinutes = 60;
        QCOMPARE(ignore.describe(),
            u"Ignorieren, bis 30 Minuten vergangen sind oder 1.000 weitere Ereignisse innerhalb von 60 Min. auftreten"_s);
        // What the outbox keeps stays English, whatever the window shows.
        QCOMPARE(ignore.describe(TriageAction::Language::English),
            u"ignore until 30 minutes have passed or 1000 more events occur within 60 min"_s);

        // A triage action that fails says so in German, the action and the reason alike.
        MainWindow window(&m_store, &m_clock);
        TriageActions *triage = window.triageActions();
        window.issueView()->selectionModel()->clear();
        triage->setFallbackIssue(987654); // no such issue
        QSignalSpy errors(triage, &TriageActions::errorMessage);
        triage->action(u"issue.resolveNextRelease"_s)->trigger();
        QCOMPARE(errors.size(), 1);
        QCOMPARE(errors.at(0).at(0).toString(), u"„Im nächsten Release lösen“ nicht möglich: Problem 987654 existiert nicht"_s);
    }

    void syncMessagesAreGerman()
    {
        // Ours in German; Sentry's own words after it stay as Sentry wrote them.
        const ApiError error = ApiError::fromHttp(403, R"({"detail": "You do not have permission to perform this action."})");
        QCOMPARE(error.message,
            u"Sentry antwortete mit HTTP 403 (das Token darf das nicht): You do not have permission to perform this action."_s);
    }

    void detailNumbersAreGerman()
    {
        QCOMPARE(TagDistributionModel::shareText(0.42), u"42\u00a0%"_s);
        QCOMPARE(TagDistributionModel::shareText(0.004), u"<1\u00a0%"_s);
        QCOMPARE(BreadcrumbModel::formatOffset(-2310), u"-2,31 s"_s);
        QCOMPARE(BreadcrumbModel::formatOffset(-125'000), u"-2 Min. 5 s"_s);
        QCOMPARE(BreadcrumbModel::formatOffset(-3'725'000), u"-1 Std. 2 Min."_s);
        QCOMPARE(BreadcrumbModel::formatOffset(-2 * 86'400'000 - 3'600'000), u"-2 Tg. 1 Std."_s);
    }

    void issueDatesFitInEveryLanguage_data()
    {
        QTest::addColumn<QLocale>("locale");
        QTest::newRow("de") << QLocale(QLocale::German, QLocale::Germany);
        QTest::newRow("fr") << QLocale(QLocale::French, QLocale::France);
        QTest::newRow("en") << QLocale(QLocale::English, QLocale::UnitedStates);
    }

    void issueDatesFitInEveryLanguage()
    {
        // The date and count columns are as wide as this language's words need, not the English ones.
        QFETCH(QLocale, locale);
        Translations::install(locale);
        const auto german = qScopeGuard([] { Translations::install(QLocale(QLocale::German, QLocale::Germany)); });
        MainWindow window(&m_store, &m_clock);
        window.resize(1280, 800);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        const IssueListView *view = window.issueView();
        const QHeaderView *header = view->header();
        const int margin = 2 * (view->style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, view) + 1);
        const QDateTime now = m_clock.now();
        const QStringList widest {relativeTime(now.addSecs(-59 * 60), now), relativeTime(now.addSecs(-23 * 3600), now),
            relativeTime(now.addDays(-29), now), relativeTime(now.addDays(-40), now)};
        for (int column : {IssueListModel::EventsColumn, IssueListModel::UsersColumn, IssueListModel::FirstSeenColumn,
                 IssueListModel::LastSeenColumn}) {
            const int width = header->sectionSize(column);
            const QString title = header->model()->headerData(column, Qt::Horizontal).toString();
            const int titleWidth = header->fontMetrics().horizontalAdvance(title)
                + 2 * header->style()->pixelMetric(QStyle::PM_HeaderMargin, nullptr, header)
                + header->style()->pixelMetric(QStyle::PM_HeaderMarkSize, nullptr, header);
            QVERIFY2(titleWidth <= width, qPrintable(u"%1 needs %2 px, has %3"_s.arg(title).arg(titleWidth).arg(width)));
            QStringList values = column == IssueListModel::EventsColumn ? QStringList {QLocale().toString(99999)}
                : column == IssueListModel::UsersColumn                 ? QStringList {QLocale().toString(9999)}
                                                                        : widest;
            for (int row = 0; row < view->model()->rowCount(); ++row)
                values << view->model()->index(row, column).data().toString();
            for (const QString &value : std::as_const(values)) {
                const int needed = view->fontMetrics().horizontalAdvance(value) + margin;
                QVERIFY2(
                    needed <= width, qPrintable(u"%1 \"%2\" needs %3 px, has %4"_s.arg(title, value).arg(needed).arg(width)));
            }
        }
    }

private:
    test::MockClock m_clock;
    QTemporaryDir m_dir;
    Store m_store;
};

QTEST_MAIN(TestTranslatedWindow)
#include "TestTranslatedWindow.moc"
