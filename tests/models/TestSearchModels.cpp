// Search completion (the core and its model) and the saved searches' model.
#include "MockClock.h"
#include "SavedSearchModel.h"
#include "SearchCompletionModel.h"
#include "SearchFixture.h"
#include "TestData.h"
#include "ingest/EventJsonParser.h"
#include "search/IssueSearch.h"
#include "search/SearchCompletion.h"
#include "store/Store.h"

#include <QAbstractItemModelTester>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>

using namespace lookout;
using namespace Qt::StringLiterals;

class TestSearchModels : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init()
    {
        QVERIFY(m_store.open(u":memory:"_s));
        test::seedSearchStore(m_store, m_clock.now());
    }

    void completes_data()
    {
        QTest::addColumn<QString>("text"); // '|' marks the cursor
        QTest::addColumn<QString>("prefix");
        QTest::addColumn<QStringList>("first"); // the first candidates, in order
        QTest::newRow("empty: every key") << u"|"_s << u""_s << QStringList {u"is:"_s, u"assigned:"_s, u"level:"_s};
        QTest::newRow("a key") << u"lev|"_s << u"lev"_s << QStringList {u"level:"_s};
        QTest::newRow("an alias") << u"first_|"_s << u"first_"_s << QStringList {u"first_seen:"_s};
        QTest::newRow("negated key") << u"!rel|"_s << u"rel"_s << QStringList {u"release:"_s};
        QTest::newRow("after a term") << u"is:unresolved e|"_s << u"e"_s
                                      << QStringList {u"environment:"_s}; // one entry per key, aliases or not
        QTest::newRow("is values") << u"is:un|"_s << u"un"_s << QStringList {u"unresolved"_s, u"unassigned"_s, u"unseen"_s};
        QTest::newRow("levels") << u"level:|"_s << u""_s
                                << QStringList {u"fatal"_s, u"error"_s, u"warning"_s, u"info"_s, u"debug"_s};
        QTest::newRow("releases from the cache") << u"release:sh|"_s << u"sh"_s << QStringList {u"shop@2.0"_s, u"shop@1.0"_s};
        QTest::newRow("in a list") << u"release:[web@3.1, sh|"_s << u"sh"_s << QStringList {u"shop@2.0"_s, u"shop@1.0"_s};
        QTest::newRow("environments") << u"environment:|"_s << u""_s << QStringList {u"canary"_s, u"production"_s, u"staging"_s};
        QTest::newRow("projects") << u"project:w|"_s << u"w"_s << QStringList {u"web"_s};
        QTest::newRow("assignees") << u"assigned:|"_s << u""_s
                                   << QStringList {
                                          u"me"_s, u"none"_s, u"#frontend"_s, u"jane@example.com"_s, u"me@example.com"_s};
        QTest::newRow("dates") << u"lastSeen:|"_s << u""_s << QStringList {u"-1h"_s, u"-24h"_s};
        QTest::newRow("has") << u"has:r|"_s << u"r"_s << QStringList {u"release"_s};
        QTest::newRow("cursor mid-text") << u"lev| timeout"_s << u"lev"_s << QStringList {u"level:"_s};
        QTest::newRow("unknown key") << u"browser:|"_s << u""_s << QStringList();
        QTest::newRow("free text") << u"timeo|"_s << u"timeo"_s << QStringList();
    }

    void completes()
    {
        QFETCH(QString, text);
        QFETCH(QString, prefix);
        QFETCH(QStringList, first);
        const int cursor = int(text.indexOf(u'|'));
        text.remove(cursor, 1);
        const SearchCompletion completion(&m_store);
        const SearchCompletion::Result result = completion.complete(text, cursor);
        QCOMPARE(result.prefix, prefix);
        QStringList labels;
        for (const SearchCompletion::Candidate &candidate : result.candidates)
            labels << candidate.label;
        QCOMPARE(labels.mid(0, first.size()), first);
        if (first.isEmpty())
            QCOMPARE(labels, QStringList());
    }

    void appliesACandidate()
    {
        const SearchCompletion completion(&m_store);
        int cursor = -1;
        // A key: the cursor waits after the colon for the value.
        SearchCompletion::Result result = completion.complete(u"is:unresolved lev"_s, 17);
        QCOMPARE(SearchCompletion::apply(u"is:unresolved lev"_s, result, result.candidates.constFirst(), &cursor),
            u"is:unresolved level:"_s);
        QCOMPARE(cursor, 20);
        // A value replaces the whole term under the cursor and is followed by a space.
        result = completion.complete(u"release:sh timeout"_s, 10);
        QCOMPARE(SearchCompletion::apply(u"release:sh timeout"_s, result, result.candidates.constFirst(), &cursor),
            u"release:shop@2.0 timeout"_s);
        QCOMPARE(cursor, 16);
        result = completion.complete(u"!level:er"_s, 9);
        QCOMPARE(SearchCompletion::apply(u"!level:er"_s, result, result.candidates.constFirst(), &cursor), u"!level:error "_s);
        // A list item keeps the list going.
        result = completion.complete(u"level:[fatal, er]"_s, 16);
        QCOMPARE(SearchCompletion::apply(u"level:[fatal, er]"_s, result, result.candidates.constFirst(), &cursor),
            u"level:[fatal, error]"_s);
    }

    void quotesValuesThatNeedIt()
    {
        // A release with a space and a quote, as an event may name it.
        QJsonObject event
            = QJsonDocument::fromJson(test::eventLine(u"%1"_s.arg(999, 32, 16, QLatin1Char('0')), 1.0e9, u"Odd"_s)).object();
        event.insert(u"release"_s, u"shop \"2\" beta"_s);
        const QByteArray line = QJsonDocument(event).toJson(QJsonDocument::Compact);
        QString error;
        const std::optional<Event> parsed = EventJsonParser::parse(line, &error);
        QVERIFY2(parsed, qPrintable(error));
        QCOMPARE(m_store.insertEvent(m_store.ensureProject(u"shop"_s), *parsed, line), Store::InsertResult::Inserted);

        const SearchCompletion completion(&m_store);
        // Typed with an opening quote, as a value with a space has to be.
        const QString typed = u"release:\"shop "_s;
        const SearchCompletion::Result result = completion.complete(typed, int(typed.size()));
        QCOMPARE(result.prefix, u"shop "_s);
        QCOMPARE(result.candidates.size(), 1);
        QCOMPARE(result.candidates.constFirst().label, u"shop \"2\" beta"_s);
        int cursor = 0;
        const QString text = SearchCompletion::apply(typed, result, result.candidates.constFirst(), &cursor);
        QCOMPARE(text, u"release:\"shop \\\"2\\\" beta\" "_s);
        // It reads back as the release it names.
        const SearchResult search = IssueSearch::parse(text, {m_clock.now(), {}});
        QVERIFY(search.isValid());
        QCOMPARE(search.query.filters.constFirst().values, QStringList {u"shop \"2\" beta"_s});
        QCOMPARE(m_store.issueCount(search.query), 1);
    }

    void completionModel()
    {
        SearchCompletionModel model(&m_store);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        model.update(u"env:p"_s, 5);
        QCOMPARE(resets.size(), 1);
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.prefix(), u"p"_s);
        QCOMPARE(model.index(0).data().toString(), u"production"_s);
        QCOMPARE(model.index(0).data(SearchCompletionModel::ReplacementRole).toString(), u"production"_s);
        int cursor = 0;
        QCOMPARE(model.completedText(0, &cursor), u"env:production "_s);
        QCOMPARE(cursor, 15);
        model.update(u"is:unresolved "_s, 14);
        QVERIFY(model.rowCount() >= 10); // every key
        QVERIFY(model.index(0).data(SearchCompletionModel::IsKeyRole).toBool());
        QVERIFY(!model.index(0).data(SearchCompletionModel::DetailRole).toString().isEmpty());
        QCOMPARE(model.completedText(-1, &cursor), u"is:unresolved "_s);
    }

    void savedSearchModel()
    {
        m_store.addSavedSearch(u"Mine"_s, u"assigned:me"_s, u"date"_s);
        SavedSearchModel model(&m_store);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.index(0).data().toString(), u"Mine"_s);
        QCOMPARE(model.index(0).data(SavedSearchModel::QueryRole).toString(), u"assigned:me"_s);

        QCOMPARE(model.addSearch(u"Loud"_s, u"times_seen:>100"_s, u"freq"_s), 1);
        QCOMPARE(model.addSearch(u"New today"_s, u"firstSeen:-24h"_s, u"new"_s), 2);
        QVERIFY(model.flags(model.index(1)) & Qt::ItemIsEditable);
        QVERIFY(model.setData(model.index(1), u"Noisy"_s));
        QVERIFY(!model.setData(model.index(1), u"  "_s)); // a name is needed
        QVERIFY(model.updateSearch(1, u"times_seen:>1k"_s, u"trend"_s));
        QVERIFY(model.moveSearch(2, 0));
        QVERIFY(model.moveSearch(0, 2));
        QVERIFY(model.moveSearch(2, 0));
        QVERIFY(model.removeSearch(1)); // Mine

        // All of it is in the store: a new model reads the same rows.
        SavedSearchModel again(&m_store);
        QCOMPARE(again.rowCount(), 2);
        QCOMPARE(again.index(0).data().toString(), u"New today"_s);
        QCOMPARE(again.index(1).data().toString(), u"Noisy"_s);
        QCOMPARE(again.index(1).data(SavedSearchModel::QueryRole).toString(), u"times_seen:>1k"_s);
        QCOMPARE(again.index(1).data(SavedSearchModel::SortRole).toString(), u"trend"_s);

        // The store refusing (here: the row is gone) leaves the rows and says why.
        QSignalSpy errors(&model, &SavedSearchModel::errorOccurred);
        QVERIFY(again.removeSearch(0));
        QVERIFY(!model.removeSearch(0));
        QCOMPARE(errors.size(), 1);
        QCOMPARE(errors.constFirst().constFirst().toString(), u"no such saved search"_s);
        QCOMPARE(model.rowCount(), 2);
    }

private:
    Store m_store;
    test::MockClock m_clock;
};

QTEST_GUILESS_MAIN(TestSearchModels)
#include "TestSearchModels.moc"
