#include "BreadcrumbFilterModel.h"
#include "BreadcrumbModel.h"
#include "DetailText.h"

#include <QAbstractItemModelTester>
#include <QTest>
#include <QTimeZone>

using namespace lookout;
using namespace Qt::StringLiterals;

class TestBreadcrumbModel : public QObject
{
    Q_OBJECT
private:
    static Event fixture() { return test::loadEvent(u"detail/python-html-breadcrumbs.json"_s); }

private Q_SLOTS:
    void timelineEndsWithTheError()
    {
        BreadcrumbModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setTimeZone(QTimeZone::UTC);
        model.setEvent(fixture());
        QCOMPARE(model.breadcrumbCount(), 8);
        QCOMPARE(model.rowCount(), 9);
        const int last = model.rowCount() - 1;
        QVERIFY(model.index(last, 0).data(BreadcrumbModel::IsEventRole).toBool());
        QCOMPARE(model.index(last, BreadcrumbModel::KindColumn).data().toString(), u"Error"_s);
        QCOMPARE(model.index(last, BreadcrumbModel::CategoryColumn).data().toString(), u"exception"_s);
        QCOMPARE(model.index(last, BreadcrumbModel::DescriptionColumn).data().toString(),
            u"CheckoutError: <a href=\"file:///etc/passwd\">price missing</a>"_s);
        QCOMPARE(model.index(last, BreadcrumbModel::RelativeTimeColumn).data().toString(), u"0.00 s"_s);
        QCOMPARE(model.index(last, BreadcrumbModel::TimeColumn).data().toString(), u"22:13:20.500"_s);

        model.setNewestFirst(true);
        QVERIFY(model.index(0, 0).data(BreadcrumbModel::IsEventRole).toBool());
        QCOMPARE(model.index(1, BreadcrumbModel::CategoryColumn).data().toString(), u"auth"_s);
    }

    void descriptionsPerKind()
    {
        BreadcrumbModel model;
        model.setTimeZone(QTimeZone::UTC);
        model.setEvent(fixture());
        const auto row = [&](int r) {
            return std::make_tuple(model.index(r, 0).data(BreadcrumbModel::KindRole).toString(),
                model.index(r, BreadcrumbModel::DescriptionColumn).data().toString(),
                model.index(r, BreadcrumbModel::RelativeTimeColumn).data().toString());
        };
        QCOMPARE(row(0), std::make_tuple(u"navigation"_s, u"/cart → /checkout"_s, u"-2 min 5 s"_s));
        QCOMPARE(
            row(1), std::make_tuple(u"http"_s, u"POST https://api.example.com/v1/quote?sku=12-0441 [502]"_s, u"-1 min 1 s"_s));
        QCOMPARE(row(2), std::make_tuple(u"query"_s, u"SELECT price FROM items WHERE sku = %s"_s, u"-12.50 s"_s));
        QCOMPARE(row(3), std::make_tuple(u"ui"_s, QStringLiteral(R"(button#pay[data-test="pay"])"), u"-4.20 s"_s));
        QCOMPARE(row(4), std::make_tuple(u"console"_s, u"<a href=\"file:///etc/passwd\">open me</a>"_s, u"-2.31 s"_s));
        QCOMPARE(row(5), std::make_tuple(u"error"_s, u"ValueError: bad qty"_s, u"-1.00 s"_s));
        QCOMPARE(row(6), std::make_tuple(u"default"_s, QStringLiteral(R"(items: ["a","b"], step: 3)"), u"-0.50 s"_s));
        QCOMPARE(row(7), std::make_tuple(u"user"_s, u"logged out"_s, u"+0.25 s"_s));
        QCOMPARE(model.index(1, BreadcrumbModel::LevelColumn).data().toString(), u"warning"_s);
        QCOMPARE(model.index(1, 0).data(BreadcrumbModel::OffsetRole).toLongLong(), -61000);
        QCOMPARE(model.kinds(),
            QStringList({u"navigation"_s, u"http"_s, u"ui"_s, u"console"_s, u"query"_s, u"user"_s, u"default"_s, u"error"_s}));
        const QString detail = model.index(1, 0).data(BreadcrumbModel::DetailRole).toString();
        QVERIFY(detail.contains(u"\"status_code\": 502"_s));
        QVERIFY(detail.contains(u"Type: HTTP    Category: fetch    Level: warning"_s));
    }

    void kindsFromTypeOrCategory_data()
    {
        QTest::addColumn<QString>("type");
        QTest::addColumn<QString>("category");
        QTest::addColumn<QString>("kind");
        QTest::newRow("navigation type wins over ui.* category") << u"navigation"_s << u"ui.lifecycle"_s << u"navigation"_s;
        QTest::newRow("xhr") << u"default"_s << u"xhr"_s << u"http"_s;
        QTest::newRow("db query") << u""_s << u"db.sql.query"_s << u"query"_s;
        QTest::newRow("console debug") << u"debug"_s << u"console"_s << u"console"_s;
        QTest::newRow("ui.input") << u"default"_s << u"ui.input"_s << u"ui"_s;
        QTest::newRow("sdk's own type") << u"redis"_s << u"redis"_s << u"default"_s;
        QTest::newRow("sentry.event") << u"default"_s << u"sentry.event"_s << u"error"_s;
        QTest::newRow("transaction") << u"transaction"_s << u"sentry.transaction"_s << u"transaction"_s;
    }

    void kindsFromTypeOrCategory()
    {
        QFETCH(QString, type);
        QFETCH(QString, category);
        QFETCH(QString, kind);
        Breadcrumb crumb;
        crumb.type = type;
        crumb.category = category;
        QCOMPARE(BreadcrumbModel::kindOf(crumb), kind);
    }

    void offsets()
    {
        QCOMPARE(BreadcrumbModel::formatOffset(-2310), u"-2.31 s"_s);
        QCOMPARE(BreadcrumbModel::formatOffset(0), u"0.00 s"_s);
        QCOMPARE(BreadcrumbModel::formatOffset(59'999), u"+60.00 s"_s);
        QCOMPARE(BreadcrumbModel::formatOffset(-3'725'000), u"-1 h 2 min"_s);
        QCOMPARE(BreadcrumbModel::formatOffset(-2 * 86'400'000 - 3'600'000), u"-2 d 1 h"_s);
    }

    void filterByKindLevelAndText()
    {
        BreadcrumbModel model;
        model.setEvent(fixture());
        BreadcrumbFilterModel filter;
        QAbstractItemModelTester tester(&filter, QAbstractItemModelTester::FailureReportingMode::QtTest);
        filter.setSourceModel(&model);
        QCOMPARE(filter.rowCount(), 9);

        filter.setKinds({u"http"_s, u"navigation"_s});
        QCOMPARE(filter.rowCount(), 3); // and the error's own row, always
        QCOMPARE(filter.index(2, 0).data(BreadcrumbModel::IsEventRole).toBool(), true);
        filter.setKinds({});

        filter.setLevels({Level::Warning});
        QCOMPARE(filter.rowCount(), 3);
        QCOMPARE(filter.index(0, BreadcrumbModel::CategoryColumn).data().toString(), u"fetch"_s);
        filter.setLevels({});

        filter.setText(u"ETC/PASSWD"_s);
        QCOMPARE(filter.rowCount(), 2);
        QCOMPARE(filter.index(0, BreadcrumbModel::CategoryColumn).data().toString(), u"console"_s);
        filter.setText(u"status_code 502"_s); // every word, anywhere in the crumb and its data
        QCOMPARE(filter.rowCount(), 2);
        filter.setText(u"nothing-like-this"_s);
        QCOMPARE(filter.rowCount(), 1);
    }

    void markupStaysText()
    {
        BreadcrumbModel model;
        model.setEvent(fixture());
        const QModelIndex console = model.index(4, BreadcrumbModel::DescriptionColumn);
        QCOMPARE(console.data().toString(), u"<a href=\"file:///etc/passwd\">open me</a>"_s);
        // Qt renders tooltips that look like markup as rich text: the model escapes them.
        const QString tip = console.data(Qt::ToolTipRole).toString();
        QVERIFY(tip.contains(u"&lt;a href=&quot;file:///etc/passwd&quot;&gt;"_s));
        QVERIFY(!tip.contains(u"<a "_s));
    }

    void eventWithoutBreadcrumbs()
    {
        BreadcrumbModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setEvent(test::loadEvent(u"samples/php.json"_s, u"php"_s));
        QCOMPARE(model.breadcrumbCount(), 0);
        QCOMPARE(model.rowCount(), 1);
        model.clear();
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(model.breadcrumbCount(), 0);
    }
};

QTEST_MAIN(TestBreadcrumbModel)
#include "TestBreadcrumbModel.moc"
