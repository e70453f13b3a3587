// Event text is plain text everywhere: an event whose every text field is markup is opened in the
// issue list and in every tab of the detail, and every widget, item, tooltip and text document of
// the window is checked: nothing is interpreted as rich text (no image, no link), and what the
// event says is shown literally. Links in events are never opened, by showing or by clicking.
#include "BreadcrumbPane.h"
#include "IssueDetailView.h"
#include "IssueListModel.h"
#include "IssueListView.h"
#include "KeyValueView.h"
#include "LinkOpener.h"
#include "MainWindow.h"
#include "MockClock.h"
#include "StackTracePane.h"
#include "TagDistributionModel.h"
#include "TagsPane.h"
#include "ingest/EventJsonParser.h"
#include "store/Store.h"

#include <QAbstractItemView>
#include <QAction>
#include <QLabel>
#include <QPlainTextEdit>
#include <QSettings>
#include <QStandardPaths>
#include <QTabBar>
#include <QTabWidget>
#include <QTest>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextEdit>
#include <QTreeView>

using namespace lookout;
using namespace Qt::StringLiterals;

namespace {

// Each field gets its own markup, so a field shown nowhere (or shown interpreted) is named.
const QByteArray eventJson = R"json({
  "event_id": "0123456789abcdef0123456789abcdef", "timestamp": 1717243200, "platform": "python", "level": "error",
  "logger": "<b>the-logger</b>", "transaction": "<b>/checkout/<img src=x></b>", "server_name": "<i>web-1</i>",
  "release": "<b>shop@1.0</b>", "environment": "<i>prod</i>",
  "message": "<img src=x> the message",
  "exception": {"values": [{
    "type": "<b>CheckoutError</b>", "value": "<a href=\"file:///etc/passwd\">exception value</a>",
    "module": "<i>shop.errors</i>",
    "mechanism": {"type": "<b>excepthook</b>", "handled": false, "help_link": "javascript:alert(1)"},
    "stacktrace": {"frames": [{
      "function": "<b>checkout</b>", "filename": "<img src=x>views.py", "abs_path": "/srv/<b>shop</b>/views.py",
      "module": "<u>shop.views</u>", "lineno": 3, "in_app": true,
      "context_line": "<script>alert('context')</script>", "pre_context": ["<h1>before</h1>"], "post_context": ["<h2>after</h2>"],
      "vars": {"<b>cart</b>": "<img src=x> variable value"}
    }]}
  }]},
  "breadcrumbs": {"values": [
    {"timestamp": 1717243100, "category": "<b>ui.click</b>", "message": "<a href=\"file:///etc/passwd\">crumb message</a>"},
    {"timestamp": 1717243150, "type": "http", "category": "http",
     "data": {"url": "javascript:alert('crumb')", "method": "GET", "<b>extra</b>": "<img src=x> crumb data"}}
  ]},
  "tags": {"<b>tag-key</b>": "<img src=x> tag value"},
  "contexts": {"<b>custom</b>": {"type": "<b>custom</b>", "<i>ctx-key</i>": "<img src=x> context value"},
               "os": {"name": "<b>Linux</b>"}},
  "request": {"url": "javascript:alert('<b>request</b>')", "method": "POST", "query_string": "q=<b>query</b>",
              "headers": {"<b>X-Header</b>": "<img src=x> header value"}, "data": {"<b>field</b>": "<img src=x> form value"}},
  "user": {"id": "<b>user-id</b>", "email": "<img src=x>@example.com", "username": "<b>username</b>",
           "ip_address": "10.0.0.1", "name": "<i>User Name</i>"},
  "extra": {"<b>extra-key</b>": "<img src=x> extra value"}
})json";

// What the window must show literally, somewhere: one needle per field that has a pane.
const QStringList mustShow = {
    u"<img src=x> the message"_s,
    u"<b>CheckoutError</b>"_s,
    u"<a href=\"file:///etc/passwd\">exception value</a>"_s,
    u"<b>checkout</b>"_s,
    u"<img src=x>views.py"_s,
    u"<script>alert('context')</script>"_s,
    u"<img src=x> variable value"_s,
    u"<a href=\"file:///etc/passwd\">crumb message</a>"_s,
    u"<img src=x> crumb data"_s,
    u"<b>tag-key</b>"_s,
    u"<img src=x> tag value"_s,
    u"<img src=x> context value"_s,
    u"javascript:alert('<b>request</b>')"_s,
    u"<img src=x> header value"_s,
    u"<img src=x>@example.com"_s,
    u"<b>username</b>"_s,
    u"<img src=x> extra value"_s,
};

// Anything in the document that markup made: an image, a link, or text in another format than plain.
QString interpreted(const QTextDocument &document)
{
    for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextCharFormat format = it.fragment().charFormat();
            if (format.isImageFormat())
                return u"an image"_s;
            if (format.isAnchor())
                return u"a link to "_s + format.anchorHref();
        }
    }
    return {};
}

// A tooltip is shown as rich text when Qt::mightBeRichText says so: then it must render to the
// literal text, with nothing made of the event's markup.
QString tooltipProblem(const QString &tip)
{
    if (tip.isEmpty() || !Qt::mightBeRichText(tip))
        return {};
    QTextDocument document;
    document.setHtml(tip);
    const QString made = interpreted(document);
    if (!made.isEmpty())
        return made;
    // Escaped markup renders back to itself; interpreted markup loses its tags.
    if (tip.contains(u"<img"_s) || tip.contains(u"<b>"_s) || tip.contains(u"<a href"_s))
        return u"unescaped markup"_s;
    return {};
}

} // namespace

class TestMarkupSweep : public QObject
{
    Q_OBJECT
private:
    test::MockClock m_clock;
    QStringList m_shown; // every text the sweep saw on screen or in a view
    QStringList m_problems;
    QList<QUrl> m_opened;

    void checkTooltip(const QString &where, const QString &tip)
    {
        const QString problem = tooltipProblem(tip);
        if (!problem.isEmpty())
            m_problems << where + u": tooltip shows "_s + problem + u": "_s + tip.left(200);
    }

    void walkModel(const QString &where, const QAbstractItemModel *model, const QModelIndex &parent = {})
    {
        for (int row = 0; row < model->rowCount(parent); ++row) {
            for (int column = 0; column < model->columnCount(parent); ++column) {
                const QModelIndex index = model->index(row, column, parent);
                m_shown << index.data(Qt::DisplayRole).toString();
                checkTooltip(where + u" item "_s + QString::number(row) + u',' + QString::number(column),
                    index.data(Qt::ToolTipRole).toString());
                checkTooltip(where + u" status tip"_s, index.data(Qt::StatusTipRole).toString());
                checkTooltip(where + u" what's this"_s, index.data(Qt::WhatsThisRole).toString());
            }
            walkModel(where, model, model->index(row, 0, parent));
        }
    }

    // Every widget of the window as it is now.
    void sweep(QWidget *window, const QString &state)
    {
        const QList<QWidget *> widgets = window->findChildren<QWidget *>();
        for (QWidget *widget : widgets) {
            const QString where
                = state + u": "_s + QString::fromLatin1(widget->metaObject()->className()) + u' ' + widget->objectName();
            checkTooltip(where, widget->toolTip());
            checkTooltip(where + u" (what's this)"_s, widget->whatsThis());
            for (const QAction *action : widget->actions())
                checkTooltip(where + u" action "_s + action->text(), action->toolTip());
            if (auto *label = qobject_cast<QLabel *>(widget)) {
                m_shown << label->text();
                const bool rich = label->textFormat() == Qt::RichText
                    || (label->textFormat() == Qt::AutoText && Qt::mightBeRichText(label->text()));
                if (rich && !label->text().isEmpty()) {
                    QTextDocument document;
                    document.setHtml(label->text());
                    if (label->openExternalLinks())
                        m_problems << where + u": a rich-text label opens links by itself"_s;
                    if (!interpreted(document).isEmpty() || label->text().contains(u"<img src=x>"_s))
                        m_problems << where + u": label renders markup: "_s + label->text().left(200);
                }
            } else if (auto *edit = qobject_cast<QTextEdit *>(widget)) {
                m_shown << edit->toPlainText();
                const QString made = interpreted(*edit->document());
                if (!made.isEmpty())
                    m_problems << where + u": text edit shows "_s + made;
            } else if (auto *plain = qobject_cast<QPlainTextEdit *>(widget)) {
                m_shown << plain->toPlainText();
                const QString made = interpreted(*plain->document());
                if (!made.isEmpty())
                    m_problems << where + u": text shows "_s + made;
            } else if (auto *tabs = qobject_cast<QTabBar *>(widget)) {
                for (int i = 0; i < tabs->count(); ++i) {
                    m_shown << tabs->tabText(i);
                    checkTooltip(where + u" tab "_s + tabs->tabText(i), tabs->tabToolTip(i));
                }
            } else if (auto *view = qobject_cast<QAbstractItemView *>(widget); view && view->model()) {
                if (auto *tree = qobject_cast<QTreeView *>(view))
                    tree->expandAll();
                view->viewport()->grab(); // the delegates paint every visible row
                walkModel(where, view->model());
            }
        }
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
        LinkOpener::setHandlerForTesting([this](const QUrl &url) {
            m_opened << url;
            return true;
        });
    }

    void cleanupTestCase() { LinkOpener::setHandlerForTesting({}); }

    void everyPaneShowsMarkupAsText()
    {
        Store store;
        QVERIFY(store.open(u":memory:"_s));
        QString error;
        const std::optional<Event> event = EventJsonParser::parse(eventJson, &error);
        QVERIFY2(event, qPrintable(error));
        QCOMPARE(store.insertEvent(store.ensureProject(u"shop"_s), *event, eventJson), Store::InsertResult::Inserted);

        MainWindow window(&store, &m_clock);
        window.resize(1400, 900);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QTRY_COMPARE(window.issueModel()->rowCount(), 1);
        sweep(&window, u"issue list"_s);

        const qint64 issueId = window.issueModel()->index(0, 0).data(IssueListModel::IssueIdRole).toLongLong();
        QVERIFY(window.openIssue(issueId));
        IssueDetailView *detail = window.detailView();
        QCOMPARE(detail->tabs()->count(), 8);
        for (int tab = 0; tab < detail->tabs()->count(); ++tab) {
            detail->tabs()->setCurrentIndex(tab);
            if (tab == IssueDetailView::TagsTab)
                QTRY_VERIFY(detail->tags()->distribution()->rowCount() > 0); // counted on a worker thread
            if (tab == IssueDetailView::BreadcrumbsTab) {
                // Each crumb selected in turn shows its detail below the list.
                QAbstractItemView *crumbs = detail->breadcrumbs()->view();
                for (int row = 0; row < crumbs->model()->rowCount(); ++row) {
                    crumbs->setCurrentIndex(crumbs->model()->index(row, 0));
                    sweep(&window, u"breadcrumb "_s + QString::number(row));
                }
            }
            sweep(&window, u"tab "_s + detail->tabs()->tabText(tab));
        }

        for (const QString &problem : std::as_const(m_problems))
            qWarning().noquote() << problem;
        QVERIFY2(m_problems.isEmpty(), qPrintable(m_problems.join(u'\n')));

        // And it is all there, as written.
        const QString everything = m_shown.join(u'\n');
        QStringList missing;
        for (const QString &needle : mustShow) {
            if (!everything.contains(needle))
                missing << needle;
        }
        QVERIFY2(missing.isEmpty(), qPrintable(u"not shown literally: "_s + missing.join(u" | "_s)));
        QVERIFY(m_opened.isEmpty()); // showing opens nothing
    }

    void clickingEventLinksOpensNothing()
    {
        Store store;
        QVERIFY(store.open(u":memory:"_s));
        QString error;
        const std::optional<Event> event = EventJsonParser::parse(eventJson, &error);
        QVERIFY2(event, qPrintable(error));
        QCOMPARE(store.insertEvent(store.ensureProject(u"shop"_s), *event, eventJson), Store::InsertResult::Inserted);
        IssueDetailView detail(&store, &m_clock);
        detail.resize(1200, 800);
        detail.show();
        QVERIFY(QTest::qWaitForWindowExposed(&detail));
        QVERIFY(detail.showIssue(store.issues({}, 0, 1).constFirst().id));

        // Click and double-click every row of the panes that hold URLs, and every label.
        for (const int tab : {IssueDetailView::RequestTab, IssueDetailView::BreadcrumbsTab, IssueDetailView::ContextsTab}) {
            detail.tabs()->setCurrentIndex(tab);
            const QList<QAbstractItemView *> views = detail.tabs()->currentWidget()->findChildren<QAbstractItemView *>();
            for (QAbstractItemView *view : views) {
                if (auto *tree = qobject_cast<QTreeView *>(view))
                    tree->expandAll();
                for (int row = 0; row < view->model()->rowCount(); ++row) {
                    for (int column = 0; column < view->model()->columnCount(); ++column) {
                        const QRect rect = view->visualRect(view->model()->index(row, column));
                        if (rect.isEmpty())
                            continue;
                        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, rect.center());
                        QTest::mouseDClick(view->viewport(), Qt::LeftButton, {}, rect.center());
                    }
                }
            }
        }
        const QList<QLabel *> labels = detail.findChildren<QLabel *>();
        for (QLabel *label : labels) {
            if (label->isVisible())
                QTest::mouseClick(label, Qt::LeftButton, {}, label->rect().center());
        }
        QVERIFY(m_opened.isEmpty());
        QVERIFY(!detail.openInSentryAction()->isEnabled()); // imported: no Sentry link at all
    }

    void onlyWebLinksAreOpened_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<bool>("opened");
        QTest::newRow("https") << u"https://sentry.io/organizations/acme/issues/42/"_s << true;
        QTest::newRow("http") << u"http://sentry.internal:9000/organizations/acme/issues/42/"_s << true;
        QTest::newRow("upper-case scheme") << u"HTTPS://sentry.io/"_s << true;
        QTest::newRow("file") << u"file:///etc/passwd"_s << false;
        QTest::newRow("javascript") << u"javascript:alert(1)"_s << false;
        QTest::newRow("data") << u"data:text/html,<script>alert(1)</script>"_s << false;
        QTest::newRow("smb") << u"smb://attacker/share"_s << false;
        QTest::newRow("custom scheme") << u"vscode://file/etc/passwd"_s << false;
        QTest::newRow("mailto") << u"mailto:someone@example.com"_s << false;
        QTest::newRow("no host") << u"https:///etc/passwd"_s << false;
        QTest::newRow("relative") << u"/organizations/acme/"_s << false;
        QTest::newRow("credentials in the URL") << u"https://sentry.io@attacker.example/"_s << false;
        QTest::newRow("empty") << QString() << false;
    }

    void onlyWebLinksAreOpened()
    {
        QFETCH(QString, url);
        QFETCH(bool, opened);
        m_opened.clear();
        QCOMPARE(LinkOpener::isOpenable(QUrl(url)), opened);
        QCOMPARE(LinkOpener::open(QUrl(url)), opened);
        QCOMPARE(m_opened.size(), opened ? 1 : 0);
        m_opened.clear();
    }
};

QTEST_MAIN(TestMarkupSweep)
#include "TestMarkupSweep.moc"
