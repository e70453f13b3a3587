#include "BreadcrumbModel.h"
#include "BreadcrumbPane.h"
#include "CodeViewer.h"
#include "DetailText.h"
#include "ElidedLabel.h"
#include "EventListModel.h"
#include "IssueDetailView.h"
#include "IssueHeader.h"
#include "IssueListModel.h"
#include "IssueListView.h"
#include "KeyValueView.h"
#include "MainWindow.h"
#include "MockClock.h"
#include "SourceHighlighter.h"
#include "StackTraceDelegate.h"
#include "StackTraceModel.h"
#include "StackTracePane.h"
#include "TagChips.h"
#include "TagDistributionModel.h"
#include "TagsPane.h"
#include "ingest/DemoData.h"
#include "ingest/EventJsonParser.h"
#include "store/Store.h"

#include <KSyntaxHighlighting/Definition>

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QLabel>
#include <QPlainTextEdit>
#include <QSettings>
#include <QSplitter>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QTreeView>

using namespace lookout;
using namespace Qt::StringLiterals;
using Kind = StackTraceModel::RowKind;

class TestIssueDetailView : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    test::MockClock m_clock;
    Store m_demo;

    qint64 demoIssue(const QString &shortId)
    {
        const std::optional<IssueSummary> issue = m_demo.issueByShortId(shortId);
        return issue ? issue->id : 0;
    }

    static QStringList expandedKeys(const QTreeView *view, const QModelIndex &parent = {})
    {
        QStringList keys;
        const QAbstractItemModel *model = view->model();
        for (int row = 0; row < model->rowCount(parent); ++row) {
            const QModelIndex index = model->index(row, 0, parent);
            if (view->isExpanded(index))
                keys << index.data(StackTraceModel::RowKeyRole).toString() << expandedKeys(view, index);
        }
        return keys;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true); // never the user's own settings or cache
        QSettings().clear(); // and nothing an earlier run left
        QVERIFY(m_dir.isValid());
        QString error;
        QVERIFY2(DemoData::open(m_demo, m_dir.filePath(u"demo.sqlite"_s), m_clock.now(), &error), qPrintable(error));
    }

    void selectingAnIssueShowsItsDetail()
    {
        MainWindow window(&m_demo, &m_clock);
        window.resize(1400, 900);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        IssueDetailView *detail = window.detailView();

        const QModelIndex second = window.issueModel()->index(1, IssueListModel::TitleColumn);
        QTest::mouseClick(window.issueView()->viewport(), Qt::LeftButton, {}, window.issueView()->visualRect(second).center());
        QTRY_COMPARE(detail->issueId(), second.data(IssueListModel::IssueIdRole).toLongLong());
        QCOMPARE(detail->header()->titleLabel()->text(), second.data().toString());
        QVERIFY(detail->isVisible());
        QCOMPARE(detail->tabs()->count(), 8);
        QCOMPARE(detail->eventId(), m_demo.latestEvent(detail->issueId())->eventId);
    }

    void stackTracePaneExpandsTogglesAndShowsRaw()
    {
        MainWindow window(&m_demo, &m_clock);
        window.resize(1400, 900);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.openIssue(demoIssue(u"BACKEND-API-1"_s)));
        StackTracePane *pane = window.detailView()->stackTrace();
        QTreeView *view = pane->view();
        StackTraceModel *model = pane->model();
        QVERIFY(view->isVisible());

        // The exception is open, and so is its crashing in-app frame with its source and variables.
        const QModelIndex section = model->index(0, 0);
        QCOMPARE(section.data(StackTraceModel::ExceptionTypeRole).toString(), u"ReadTimeout"_s);
        QVERIFY(view->isExpanded(section));
        const QModelIndex crashing = model->crashingFrame();
        QVERIFY(crashing.isValid());
        QVERIFY(view->isExpanded(crashing));
        QCOMPARE(view->currentIndex(), crashing);
        const QModelIndex source = model->index(0, 0, crashing);
        QCOMPARE(Kind(source.data(StackTraceModel::RowKindRole).toInt()), Kind::Source);
        QVERIFY(view->isFirstColumnSpanned(source.row(), crashing));
        QVERIFY(view->visualRect(source).height() >= 5 * QFontMetrics(pane->delegate()->codeFont()).lineSpacing());
        const QModelIndex vars = model->index(1, 0, crashing);
        QCOMPARE(Kind(vars.data(StackTraceModel::RowKindRole).toInt()), Kind::Variables);
        QVERIFY(view->isExpanded(vars));
        // Painting highlights the expanded source block, once.
        view->viewport()->grab();
        QVERIFY(pane->delegate()->highlightedBlocks() >= 1);
        const int highlighted = pane->delegate()->highlightedBlocks();
        view->viewport()->grab();
        QCOMPARE(pane->delegate()->highlightedBlocks(), highlighted);

        // Folded system frames expand like any row; the full stack shows them all.
        const int foldedRows = model->rowCount(section);
        const QStringList expandedBefore = expandedKeys(view);
        pane->inAppOnlyAction()->trigger();
        QVERIFY(!model->inAppOnly());
        QVERIFY(model->rowCount(model->index(0, 0)) > foldedRows);
        QCOMPARE(expandedKeys(view), expandedBefore); // what was open stays open
        pane->inAppOnlyAction()->trigger();
        QCOMPARE(model->rowCount(model->index(0, 0)), foldedRows);

        const QString newestFirst = model->index(0, 0, model->index(0, 0)).data(StackTraceModel::RowKeyRole).toString();
        pane->newestFirstAction()->trigger();
        QVERIFY(!model->newestFirst());
        QVERIFY(model->index(0, 0, model->index(0, 0)).data(StackTraceModel::RowKeyRole).toString() != newestFirst);
        QVERIFY(view->isExpanded(model->indexForKey(crashing.data(StackTraceModel::RowKeyRole).toString())));
        pane->newestFirstAction()->trigger();

        pane->rawAction()->trigger();
        QVERIFY(pane->isRawShown());
        QVERIFY(pane->rawView()->isVisible());
        const QString raw = pane->rawView()->toPlainText();
        QVERIFY2(raw.startsWith(u"Traceback (most recent call last):\n"_s), qPrintable(raw.left(200)));
        QVERIFY(raw.contains(u"requests.exceptions.ReadTimeout: "_s));
        QVERIFY(!pane->inAppOnlyAction()->isEnabled());
        pane->rawAction()->trigger();
        QVERIFY(view->isVisible());
    }

    void otherPanesAndTheRawJson()
    {
        MainWindow window(&m_demo, &m_clock);
        window.resize(1400, 900);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.openIssue(demoIssue(u"WEB-FRONTEND-1"_s)));
        IssueDetailView *detail = window.detailView();

        detail->tabs()->setCurrentIndex(IssueDetailView::BreadcrumbsTab);
        BreadcrumbPane *crumbs = detail->breadcrumbs();
        QVERIFY(crumbs->view()->isVisible());
        QCOMPARE(crumbs->view()->model()->rowCount(), detail->event().breadcrumbs.size() + 1);
        QCOMPARE(detail->tabs()->tabText(IssueDetailView::BreadcrumbsTab),
            u"Breadcrumbs (%1)"_s.arg(detail->event().breadcrumbs.size()));
        // The error's row starts selected, its detail shown below.
        QVERIFY(crumbs->view()->currentIndex().data(BreadcrumbModel::IsEventRole).toBool());
        QVERIFY(crumbs->detail()->toPlainText().contains(u"ApiError"_s));
        crumbs->orderButton()->click();
        QVERIFY(crumbs->view()->model()->index(0, 0).data(BreadcrumbModel::IsEventRole).toBool());

        QCOMPARE(detail->tags()->distribution()->rowCount(), 0); // read only when the tab is shown
        detail->tabs()->setCurrentIndex(IssueDetailView::TagsTab);
        QTRY_VERIFY(detail->tags()->distribution()->rowCount() > 3); // counted on a worker thread
        QCOMPARE(detail->tags()->distribution()->sampledEvents(), m_demo.cachedEventCount(detail->issueId()));
        QCOMPARE(detail->tags()->chips()->tags(), detail->event().tags);

        QVERIFY(detail->rawJson()->toPlainText().isEmpty()); // also loaded when shown
        detail->tabs()->setCurrentIndex(IssueDetailView::JsonTab);
        const QString json = detail->rawJson()->toPlainText();
        QVERIFY(json.contains(u"\"event_id\": \"%1\""_s.arg(detail->eventId())));
        QVERIFY(detail->rawJson()->isReadOnly());

        detail->tabs()->setCurrentIndex(IssueDetailView::ContextsTab);
        QVERIFY(detail->contextsView()->model()->rowCount() > 0);
        QVERIFY(detail->contextsView()->isExpanded(detail->contextsView()->model()->index(0, 0)));
    }

    void eventsTableListsAndOpensEvents()
    {
        IssueDetailView detail(&m_demo, &m_clock);
        const qint64 issue = demoIssue(u"BACKEND-API-1"_s);
        QVERIFY(detail.showIssue(issue));
        const qint64 count = m_demo.cachedEventCount(issue);
        QCOMPARE(detail.tabs()->tabText(IssueDetailView::EventsTab), u"Events (%1)"_s.arg(count));
        detail.tabs()->setCurrentIndex(IssueDetailView::EventsTab);
        QAbstractItemModel *events = detail.eventsView()->model();
        QAbstractItemModelTester tester(events, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(events->rowCount(), int(std::min<qint64>(count, EventListModel::pageSize)));
        // Newest first, as the navigation counts them; the one shown is current.
        QCOMPARE(events->index(0, 0).data(EventListModel::EventIdRole).toString(), detail.eventId());
        QCOMPARE(detail.eventsView()->currentIndex().row(), 0);
        const QString third = events->index(2, 0).data(EventListModel::EventIdRole).toString();
        QVERIFY(events->index(2, EventListModel::TimeColumn).data().toString()
            <= events->index(1, EventListModel::TimeColumn).data().toString());
        Q_EMIT detail.eventsView()->activated(events->index(2, 0));
        QCOMPARE(detail.eventId(), third);
        QCOMPARE(detail.tabs()->currentIndex(), int(IssueDetailView::StackTraceTab));
        QVERIFY(detail.eventLabel()->text().contains(u"3 of %1"_s.arg(count)));
    }

    void eventNavigation()
    {
        IssueDetailView detail(&m_demo, &m_clock);
        const qint64 issue = demoIssue(u"BACKEND-API-1"_s);
        QVERIFY(detail.showIssue(issue));
        const qint64 count = m_demo.cachedEventCount(issue);
        QVERIFY(count > 2);
        const QString latest = detail.eventId();
        QVERIFY(!detail.newerAction()->isEnabled());
        QVERIFY(detail.olderAction()->isEnabled());
        QVERIFY(detail.eventLabel()->text().contains(u"1 of %1"_s.arg(count)));

        detail.olderAction()->trigger();
        QVERIFY(detail.eventId() != latest);
        QVERIFY(detail.eventLabel()->text().contains(u"2 of %1"_s.arg(count)));
        // Too narrow for the whole line: it ends in an ellipsis rather than a cut letter.
        ElidedLabel narrow;
        narrow.setText(detail.eventLabel()->text());
        narrow.resize(narrow.fontMetrics().horizontalAdvance(narrow.text()) / 2, 20);
        QVERIFY(narrow.shownText().endsWith(u"…"_s));
        narrow.resize(narrow.fontMetrics().horizontalAdvance(narrow.text()) + 10, 20);
        QCOMPARE(narrow.shownText(), narrow.text());
        QVERIFY(detail.newerAction()->isEnabled());
        detail.newerAction()->trigger();
        QCOMPARE(detail.eventId(), latest);

        detail.oldestAction()->trigger();
        QCOMPARE(detail.eventId(), m_demo.oldestEvent(issue)->eventId);
        QVERIFY(!detail.olderAction()->isEnabled());
        detail.latestAction()->trigger();
        QCOMPARE(detail.eventId(), latest);

        detail.copyEventIdAction()->trigger();
        QCOMPARE(QApplication::clipboard()->text(), latest);
        detail.copyMarkdownAction()->trigger();
        QVERIFY(QApplication::clipboard()->text().startsWith(u"**BACKEND-API-1** ReadTimeout: "_s));
        QVERIFY(!detail.openInSentryAction()->isEnabled()); // the demo was not synced from Sentry
    }

    void markupInEventsIsShownAsText()
    {
        Store store;
        QVERIFY(store.open(u":memory:"_s));
        QFile file(test::dataPath(u"detail/python-html-breadcrumbs.json"_s));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray payload = file.readAll();
        QString error;
        const std::optional<Event> event = EventJsonParser::parse(payload, &error);
        QVERIFY2(event, qPrintable(error));
        QCOMPARE(store.insertEvent(store.ensureProject(u"shop"_s), *event, payload), Store::InsertResult::Inserted);

        IssueDetailView detail(&store, &m_clock);
        detail.resize(1200, 800);
        detail.show();
        QVERIFY(QTest::qWaitForWindowExposed(&detail));
        QVERIFY(detail.showIssue(store.issues({}, 0, 1).constFirst().id));
        const QString title = u"CheckoutError: <a href=\"file:///etc/passwd\">price missing</a>"_s;
        QCOMPARE(detail.header()->titleLabel()->text(), title);
        QCOMPARE(detail.header()->culpritLabel()->text(), u"/checkout/<img src=x>"_s);
        // Every label of the detail shows plain text: none can be made to load or link anything.
        const QList<QLabel *> labels = detail.findChildren<QLabel *>();
        QVERIFY(labels.size() > 5);
        for (const QLabel *label : labels)
            QVERIFY2(label->textFormat() == Qt::PlainText, qPrintable(label->objectName() + u": "_s + label->text()));

        const QModelIndex section = detail.stackTrace()->model()->index(0, 0);
        QCOMPARE(
            section.data(StackTraceModel::ExceptionValueRole).toString(), u"<a href=\"file:///etc/passwd\">price missing</a>"_s);
        QVERIFY(!section.data(Qt::ToolTipRole).toString().contains(u"<a href"_s));
        detail.stackTrace()->view()->viewport()->grab(); // paints it; the delegate draws text only

        detail.tabs()->setCurrentIndex(IssueDetailView::BreadcrumbsTab);
        const QAbstractItemModel *crumbs = detail.breadcrumbs()->view()->model();
        QCOMPARE(crumbs->index(4, BreadcrumbModel::DescriptionColumn).data().toString(),
            u"<a href=\"file:///etc/passwd\">open me</a>"_s);
        detail.breadcrumbs()->view()->setCurrentIndex(crumbs->index(4, 0));
        QVERIFY(detail.breadcrumbs()->detail()->toPlainText().contains(u"<a href=\"file:///etc/passwd\">open me</a>"_s));
        detail.breadcrumbs()->view()->viewport()->grab();

        QVERIFY(detail.tags()->chips()->tags().contains(std::pair(u"html"_s, u"<img src=x>"_s)));
        detail.tabs()->setCurrentIndex(IssueDetailView::JsonTab);
        QVERIFY(detail.rawJson()->toPlainText().contains(QStringLiteral(R"("message": "<img src=x> broke the checkout")")));

        detail.tabs()->setCurrentIndex(IssueDetailView::RequestTab);
        QVERIFY(!test::keyValueText(*detail.requestView()->model()).contains(u"secret-token-123"_s));
    }

    void themeFollowsThePalette()
    {
        IssueDetailView detail(&m_demo, &m_clock);
        detail.show();
        QVERIFY(detail.showIssue(demoIssue(u"BACKEND-API-1"_s)));
        const QString light = detail.stackTrace()->delegate()->theme().name();
        QVERIFY(!light.isEmpty());
        QCOMPARE(detail.rawJson()->themeName(), light);
        QPalette dark;
        dark.setColor(QPalette::Window, QColor(0x20, 0x22, 0x25));
        dark.setColor(QPalette::Base, QColor(0x1b, 0x1e, 0x20));
        dark.setColor(QPalette::Text, QColor(0xfc, 0xfc, 0xfc));
        dark.setColor(QPalette::WindowText, QColor(0xfc, 0xfc, 0xfc));
        dark.setColor(QPalette::Highlight, QColor(0x3d, 0xae, 0xe9));
        detail.setPalette(dark);
        QTRY_VERIFY(detail.stackTrace()->delegate()->theme().name() != light);
        QCOMPARE(
            detail.stackTrace()->delegate()->theme().name(), SourceHighlighter::themeFor(detail.stackTrace()->palette()).name());
        QCOMPARE(detail.rawJson()->themeName(), detail.stackTrace()->delegate()->theme().name());
    }

    void highlightingReadsTheContextAsOneBlock()
    {
        const auto python = SourceHighlighter::definitionFor(u"/srv/app/app/pricing.py"_s, u"javascript"_s);
        QCOMPARE(python.name(), u"Python"_s);
        QCOMPARE(SourceHighlighter::definitionFor(u"webpack:///./src/app.js?v=3"_s, QString()).name(), u"JavaScript"_s);
        QCOMPARE(SourceHighlighter::definitionFor(u"/var/www/index.php"_s, u"php"_s).name(), u"PHP/PHP"_s);
        QCOMPARE(SourceHighlighter::definitionFor(QString(), u"go"_s).name(), u"Go"_s);
        QCOMPARE(SourceHighlighter::definitionFor(u"Unknown Source"_s, u"java"_s).name(), u"Java"_s);

        // Line 2 is inside a docstring opened on line 1: it is coloured as a string only when the
        // lines are highlighted together.
        const QStringList lines {u"def f():"_s, u"    \"\"\"Starts here"_s, u"    and continues"_s, u"    \"\"\""_s};
        const auto theme = SourceHighlighter::themeFor(QApplication::palette());
        const SourceHighlighter::LineFormats together = SourceHighlighter::highlight(lines, python, theme);
        const SourceHighlighter::LineFormats alone = SourceHighlighter::highlight({lines.at(2)}, python, theme);
        QCOMPARE(together.size(), 4);
        QVERIFY(!together.at(1).isEmpty());
        QVERIFY(!together.at(2).isEmpty());
        QCOMPARE(together.at(2).constLast().format.foreground(), together.at(1).constLast().format.foreground());
        QVERIFY(alone.at(0).isEmpty()
            || alone.at(0).constLast().format.foreground() != together.at(2).constLast().format.foreground());
    }

    void keyboardOpensTheDetailAndComesBack()
    {
        MainWindow window(&m_demo, &m_clock);
        window.show();
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        IssueListView *list = window.issueView();
        list->setFocus();
        list->setCurrentIndex(window.issueModel()->index(2, IssueListModel::TitleColumn));
        QTRY_COMPARE(
            window.detailView()->issueId(), window.issueModel()->index(2, 0).data(IssueListModel::IssueIdRole).toLongLong());
        QTest::keyClick(list, Qt::Key_Return);
        QTRY_VERIFY(window.detailView()->stackTrace()->view()->hasFocus());
        QTest::keyClick(window.detailView()->stackTrace()->view(), Qt::Key_Escape);
        QTRY_VERIFY(list->hasFocus());
        QTest::keyClick(list, Qt::Key_O);
        QTRY_VERIFY(window.detailView()->stackTrace()->view()->hasFocus());
    }

    void remembersTheDetailSplitter()
    {
        QList<int> sizes;
        {
            MainWindow window(&m_demo, &m_clock);
            window.resize(1200, 800);
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            window.detailSplitter()->setSizes({150, 550});
            sizes = window.detailSplitter()->sizes();
            window.close();
        }
        MainWindow again(&m_demo, &m_clock);
        again.resize(1200, 800);
        again.show();
        QVERIFY(QTest::qWaitForWindowExposed(&again));
        QCOMPARE(again.detailSplitter()->sizes(), sizes);
    }
};

QTEST_MAIN(TestIssueDetailView)
#include "TestIssueDetailView.moc"
