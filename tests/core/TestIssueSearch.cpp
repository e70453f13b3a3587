// The search parser, driven by tests/data/search/queries.txt: each valid query with the WHERE
// clause the store runs for it, each invalid one with the errors a person sees.
#include "TestData.h"
#include "search/IssueSearch.h"
#include "search/SearchSyntax.h"
#include "store/Store.h"

#include <QFile>
#include <QTest>
#include <QTimeZone>

using namespace lookout;
using namespace Qt::StringLiterals;

namespace {

SearchContext context()
{
    return {QDateTime(QDate(2024, 6, 1), QTime(12, 0), QTimeZone::UTC), u"me@example.com"_s};
}

QString describe(const SearchError &error)
{
    return u"%1 @%2+%3: %4"_s.arg(error.term).arg(error.span.start).arg(error.span.length).arg(error.message);
}

} // namespace

class TestIssueSearch : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QVERIFY(m_store.open(u":memory:"_s)); }

    void parses_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<QString>("sql");
        QTest::addColumn<QStringList>("errors");
        QFile file(test::dataPath(u"search/queries.txt"_s));
        QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.fileName()));
        const QStringList lines = QString::fromUtf8(file.readAll()).split(u'\n');
        QString query;
        QString sql;
        QStringList errors;
        bool inCase = false;
        bool hasSql = false;
        int caseLine = 0;
        const auto finish = [&] {
            if (!inCase)
                return;
            QVERIFY2(hasSql != !errors.isEmpty(), qPrintable(u"queries.txt:%1: a case needs sql: or error:"_s.arg(caseLine)));
            QTest::addRow("line %d: %s", caseLine, qPrintable(query)) << query << hasSql << sql << errors;
            inCase = false;
            hasSql = false;
            sql.clear();
            errors.clear();
        };
        for (int i = 0; i < lines.size(); ++i) {
            const QString &line = lines.at(i);
            if (line.startsWith(u'#'))
                continue;
            if (line.trimmed().isEmpty() && !line.startsWith(u"query:")) {
                finish();
                continue;
            }
            if (line.startsWith(u"query:")) {
                finish();
                inCase = true;
                caseLine = i + 1;
                query = line.mid(6);
                if (query.startsWith(u' '))
                    query.remove(0, 1);
            } else if (line.startsWith(u"sql:")) {
                hasSql = true;
                sql = line.mid(4).trimmed();
            } else if (line.startsWith(u"error: ")) {
                errors << line.mid(7);
            } else {
                QFAIL(qPrintable(u"queries.txt:%1: cannot read '%2'"_s.arg(i + 1).arg(line)));
            }
        }
        finish();
    }

    void parses()
    {
        QFETCH(QString, query);
        QFETCH(bool, valid);
        QFETCH(QString, sql);
        QFETCH(QStringList, errors);
        const SearchResult result = IssueSearch::parse(query, context());
        QStringList actualErrors;
        for (const SearchError &error : result.errors)
            actualErrors << describe(error);
        QCOMPARE(actualErrors, errors);
        QCOMPARE(result.isValid(), valid);
        if (!valid)
            return;
        QCOMPARE(QString::fromUtf8(Store::issueFilterSql(result.query)), sql);
        // The store runs it: the SQL is well formed, FTS5 included, whatever the user typed.
        m_store.issues(result.query, 0, 1);
        m_store.issueCount(result.query);
        QCOMPARE(m_store.errorString(), QString());
    }

    void spansCoverEachTerm()
    {
        const QString text = u"  is:unresolved  !level:[error, \"fatal\"] \"read timed out\" crash"_s;
        SearchError error;
        const QList<SearchToken> tokens = SearchSyntax::tokenize(text, &error);
        QVERIFY(error.message.isEmpty());
        QCOMPARE(tokens.size(), 4);
        QStringList spans;
        for (const SearchToken &token : tokens)
            spans << text.mid(token.span.start, token.span.length);
        QCOMPARE(spans, (QStringList {u"is:unresolved"_s, u"!level:[error, \"fatal\"]"_s, u"\"read timed out\""_s, u"crash"_s}));
        QVERIFY(tokens.at(1).negated);
        QCOMPARE(tokens.at(1).values, (QStringList {u"error"_s, u"fatal"_s}));
        QCOMPARE(text.mid(tokens.at(1).keySpan.start, tokens.at(1).keySpan.length), u"level"_s);
        QCOMPARE(tokens.at(2).text, u"read timed out"_s);
        QVERIFY(tokens.at(2).quoted);
    }

    void quotesWhatNeedsQuotes()
    {
        QCOMPARE(SearchSyntax::quoteIfNeeded(u"shop@2.0"_s), u"shop@2.0"_s);
        QCOMPARE(SearchSyntax::quoteIfNeeded(u"shop 2"_s), u"\"shop 2\""_s);
        QCOMPARE(SearchSyntax::quoteIfNeeded(u"say \"hi\""_s), u"\"say \\\"hi\\\"\""_s);
        // What it quotes reads back as the same value.
        const QString value = u"a \"b\" \\c"_s;
        const SearchResult result = IssueSearch::parse(u"release:"_s + SearchSyntax::quoteIfNeeded(value), context());
        QVERIFY(result.isValid());
        QCOMPARE(result.query.filters.constFirst().values, QStringList {value});
    }

    void sortNamesRoundTrip()
    {
        const QStringList names = IssueSearch::sortNames();
        for (const QString &name : names) {
            const std::optional<IssueSort> sort = IssueSearch::sortFromName(name);
            QVERIFY2(sort, qPrintable(name));
            QCOMPARE(IssueSearch::sortFromName(IssueSearch::sortName(*sort)), sort);
        }
        QCOMPARE(IssueSearch::sortFromName(u"trend"_s), IssueSort::Trend);
        QVERIFY(!IssueSearch::sortFromName(u"priority"_s));
    }

private:
    Store m_store;
};

QTEST_GUILESS_MAIN(TestIssueSearch)
#include "TestIssueSearch.moc"
