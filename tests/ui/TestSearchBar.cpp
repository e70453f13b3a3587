// The search field, offscreen: a bad term is underlined and explained, a valid search is announced
// once after typing stops, completion fills in keys and values.
#include "MockClock.h"
#include "SearchBar.h"
#include "SearchCompletionModel.h"
#include "SearchFixture.h"
#include "store/Store.h"

#include <QAbstractItemView>
#include <QCompleter>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

using namespace lookout;
using namespace Qt::StringLiterals;

namespace {

// The columns where the field shows red underline pixels (-1, -1 when none).
QPair<int, int> redColumns(QWidget &widget)
{
    const QImage image = widget.grab().toImage();
    int first = -1;
    int last = -1;
    for (int x = 0; x < image.width(); ++x) {
        for (int y = 0; y < image.height(); ++y) {
            const QColor c = image.pixelColor(x, y);
            if (c.red() > 150 && c.red() - c.green() > 60 && c.red() - c.blue() > 60) {
                if (first < 0)
                    first = x;
                last = x;
                break;
            }
        }
    }
    return {first, last};
}

} // namespace

class TestSearchBar : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_store.open(u":memory:"_s));
        test::seedSearchStore(m_store, m_clock.now());
    }

    void underlinesAndExplainsABadTerm()
    {
        SearchBar bar(&m_store, &m_clock);
        bar.setDebounceInterval(20);
        bar.resize(600, bar.sizeHint().height());
        bar.show();
        QVERIFY(QTest::qWaitForWindowExposed(&bar));
        QSignalSpy queries(&bar, &SearchBar::queryChanged);
        QSignalSpy errors(&bar, &SearchBar::errorChanged);
        QCOMPARE(redColumns(bar).first, -1);

        QTest::keyClicks(&bar, u"timeout level:eror"_s);
        QTRY_COMPARE(errors.size(), 1);
        QCOMPARE(errors.constFirst().constFirst().toString(),
            u"level:eror: unknown level 'eror'; use fatal, error, warning, info, debug"_s);
        QVERIFY(bar.toolTip().contains(u"unknown level"_s));
        // Under "eror", not under the rest.
        const QPair<int, int> red = redColumns(bar);
        const QFontMetrics metrics = bar.fontMetrics();
        const int textLeft
            = bar.inputMethodQuery(Qt::ImCursorRectangle).toRect().center().x() - metrics.horizontalAdvance(bar.text());
        QVERIFY2(red.first >= textLeft + metrics.horizontalAdvance(u"timeout level:"_s) - 3,
            qPrintable(u"underline starts at %1, text at %2"_s.arg(red.first).arg(textLeft)));
        QVERIFY(red.second <= textLeft + metrics.horizontalAdvance(u"timeout level:eror"_s) + 3);
        QVERIFY2(red.second - red.first >= metrics.horizontalAdvance(u"eror"_s) - 4,
            qPrintable(u"%1-%2 text %3"_s.arg(red.first).arg(red.second).arg(textLeft)));
        // An invalid search is never announced: the list keeps the last valid one.
        QCOMPARE(queries.size(), 0);

        // Fixed: the underline and the message go, and the search is announced once.
        QTest::keyClick(&bar, Qt::Key_Backspace);
        QTest::keyClick(&bar, Qt::Key_Backspace);
        QTest::keyClicks(&bar, u"ror"_s);
        QTRY_COMPARE(queries.size(), 1);
        QCOMPARE(errors.constLast().constFirst().toString(), QString());
        QCOMPARE(bar.toolTip(), QString());
        QCOMPARE(redColumns(bar).first, -1);
        const IssueQuery query = queries.constFirst().constFirst().value<IssueQuery>();
        QCOMPARE(query.filters.size(), 1);
        QCOMPARE(query.filters.constFirst().values, QStringList {u"error"_s});
        QCOMPARE(query.textTerms.size(), 1);
        QCOMPARE(m_store.issueCount(query), 0); // nothing in the fixture says "timeout"
    }

    void announcesOnlyRealChanges()
    {
        SearchBar bar(&m_store, &m_clock);
        bar.setDebounceInterval(20);
        QSignalSpy queries(&bar, &SearchBar::queryChanged);
        bar.setText(u"is:unresolved"_s);
        QTRY_COMPARE(queries.size(), 1);
        bar.setText(u"  is:unresolved  "_s); // only spacing
        bar.commit();
        QCOMPARE(queries.size(), 1);
        bar.setText(u"is:unresolved cart"_s);
        bar.commit(); // Enter: at once, no pause
        QCOMPARE(queries.size(), 2);
        QCOMPARE(m_store.issueCount(queries.constLast().constFirst().value<IssueQuery>()), 1);
        // assigned:me needs to know who "me" is.
        bar.setText(u"assigned:me"_s);
        bar.commit();
        QVERIFY(bar.errorMessage().contains(u"'me' is not known"_s));
        bar.setMe(u"me@example.com"_s);
        QVERIFY(bar.errorMessage().isEmpty());
        QCOMPARE(queries.size(), 3);
        QCOMPARE(m_store.issueCount(queries.constLast().constFirst().value<IssueQuery>()), 1);
    }

    void completesKeysThenValues()
    {
        SearchBar bar(&m_store, &m_clock);
        bar.resize(600, bar.sizeHint().height());
        bar.show();
        QVERIFY(QTest::qWaitForWindowExposed(&bar));
        bar.setFocus();
        QTest::keyClicks(&bar, u"is:unresolved rel"_s);
        QAbstractItemView *popup = bar.completer()->popup();
        QTRY_VERIFY(popup->isVisible());
        QCOMPARE(popup->model()->index(0, 0).data().toString(), u"release:"_s);
        // Picking it puts the key in place and offers the cache's releases.
        Q_EMIT bar.completer()->activated(popup->model()->index(0, 0));
        QCOMPARE(bar.text(), u"is:unresolved release:"_s);
        QTRY_COMPARE(bar.completionModel()->rowCount(), 3);
        QCOMPARE(bar.completionModel()->index(0).data().toString(), u"web@3.1"_s);
        QTest::keyClicks(&bar, u"sh"_s);
        QTRY_COMPARE(bar.completionModel()->rowCount(), 2);
        Q_EMIT bar.completer()->activated(bar.completionModel()->index(1));
        QCOMPARE(bar.text(), u"is:unresolved release:shop@1.0 "_s);
        QCOMPARE(bar.cursorPosition(), int(bar.text().size()));
    }

private:
    Store m_store;
    test::MockClock m_clock;
};

QTEST_MAIN(TestSearchBar)
#include "TestSearchBar.moc"
