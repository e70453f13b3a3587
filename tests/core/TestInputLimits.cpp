#include "TestData.h"
#include "ingest/EnvelopeParser.h"
#include "ingest/EventJsonParser.h"
#include "ingest/Importer.h"
#include "ingest/InputLimits.h"
#include "ingest/LineReader.h"
#include "ingest/RestEventParser.h"
#include "store/Store.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

#include <zlib.h>

using namespace lookout;
using namespace Qt::StringLiterals;

static const QByteArray head = "{\"event_id\":\"0123456789abcdef0123456789abcdef\",\"timestamp\":1";

static QByteArray eventWith(const QByteArray &rest)
{
    return head + ',' + rest + '}';
}

static QByteArray framesJson(int count)
{
    QByteArray frames;
    for (int i = 0; i < count; ++i)
        frames += (i ? ",{\"function\":\"f" : "{\"function\":\"f") + QByteArray::number(i) + "\"}";
    return "[" + frames + "]";
}

// Writes head, then `padding` bytes of `fill` (streamed, never held whole), then tail, gzip'd at the
// best ratio: deflate's best case, as a decompression bomb is made.
static bool writeGzip(const QString &path, const QByteArray &head, qint64 padding, char fill, const QByteArray &tail)
{
    gzFile gz = gzopen(QFile::encodeName(path).constData(), "wb9");
    if (!gz)
        return false;
    bool ok = gzwrite(gz, head.constData(), unsigned(head.size())) == int(head.size());
    const QByteArray chunk(1024 * 1024, fill);
    for (qint64 left = padding; ok && left > 0; left -= chunk.size()) {
        const int n = int(qMin<qint64>(left, chunk.size()));
        ok = gzwrite(gz, chunk.constData(), unsigned(n)) == n;
    }
    ok = ok && (tail.isEmpty() || gzwrite(gz, tail.constData(), unsigned(tail.size())) == int(tail.size()));
    return gzclose(gz) == Z_OK && ok;
}

class TestInputLimits : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;

private Q_SLOTS:
    void tenThousandFrames()
    {
        QString error;
        const auto event = EventJsonParser::parse(
            eventWith("\"exception\":{\"values\":[{\"type\":\"RecursionError\",\"stacktrace\":{\"frames\":" + framesJson(10000)
                + "}}]}"),
            &error);
        QVERIFY2(event, qPrintable(error));
        const QList<Frame> &frames = event->exceptions.constFirst().stacktrace->frames;
        QCOMPARE(frames.size(), InputLimits::maxFrames);
        // Both ends survive: the entry point and the crash site.
        QCOMPARE(frames.constFirst().function, u"f0"_s);
        QCOMPARE(frames.at(499).function, u"f499"_s);
        QCOMPARE(frames.at(500).function, u"f9500"_s);
        QCOMPARE(frames.constLast().function, u"f9999"_s);
    }

    void framesAtTheLimitKept()
    {
        QString error;
        const auto event = EventJsonParser::parse(eventWith("\"stacktrace\":{\"frames\":" + framesJson(1000) + "}"), &error);
        QVERIFY2(event, qPrintable(error));
        QCOMPARE(event->stacktrace->frames.size(), 1000);
        QCOMPARE(event->stacktrace->frames.at(500).function, u"f500"_s);
    }

    void restFramesTrimmedToo()
    {
        QJsonArray frames;
        for (int i = 0; i < 5000; ++i)
            frames.append(QJsonObject {{u"function"_s, QString(u"f"_s + QString::number(i))}, {u"lineNo"_s, i}});
        const QJsonObject rest {{u"eventID"_s, u"0123456789abcdef0123456789abcdef"_s},
            {u"dateCreated"_s, u"2024-01-01T00:00:00Z"_s},
            {u"entries"_s,
                QJsonArray {QJsonObject {{u"type"_s, u"stacktrace"_s}, {u"data"_s, QJsonObject {{u"frames"_s, frames}}}}}}};
        QString error;
        const auto event = RestEventParser::parse(rest, &error);
        QVERIFY2(event, qPrintable(error));
        QCOMPARE(event->stacktrace->frames.size(), InputLimits::maxFrames);
        QCOMPARE(event->stacktrace->frames.constLast().lineno, 4999);
    }

    void breadcrumbsKeepNewest()
    {
        QByteArray crumbs;
        for (int i = 0; i < 2500; ++i)
            crumbs += (i ? ",{\"message\":\"b" : "{\"message\":\"b") + QByteArray::number(i) + "\"}";
        QString error;
        const auto event = EventJsonParser::parse(eventWith("\"breadcrumbs\":{\"values\":[" + crumbs + "]}"), &error);
        QVERIFY2(event, qPrintable(error));
        QCOMPARE(event->breadcrumbs.size(), InputLimits::maxBreadcrumbs);
        QCOMPARE(event->breadcrumbs.constFirst().message, u"b1500"_s);
        QCOMPARE(event->breadcrumbs.constLast().message, u"b2499"_s);
    }

    void tenMegabyteMessageTruncated()
    {
        const QByteArray message(10 * 1024 * 1024, 'x');
        QString error;
        const auto event = EventJsonParser::parse(eventWith("\"message\":\"" + message + "\",\"logger\":\"ok\""), &error);
        QVERIFY2(event, qPrintable(error));
        const QString text = event->logentry.text();
        QCOMPARE(text.size(), InputLimits::maxStringChars + InputLimits::truncationMarker.size());
        QVERIFY(text.endsWith(InputLimits::truncationMarker));
        QVERIFY(text.startsWith(u"xxxx"));
        QCOMPARE(event->logger, u"ok"_s); // the other fields are untouched
    }

    void truncationKeepsSurrogatePairs()
    {
        // U+1F600 straddling the cut: the pair goes as a whole.
        QString text(InputLimits::maxStringChars - 1, u'a');
        text += QString::fromUtf8("\xF0\x9F\x98\x80") + u"tail"_s;
        const QString cut = InputLimits::truncated(text);
        QVERIFY(cut.endsWith(InputLimits::truncationMarker));
        QCOMPARE(cut.size(), InputLimits::maxStringChars - 1 + InputLimits::truncationMarker.size());
        QCOMPARE(InputLimits::truncated(u"short"_s), u"short"_s);
    }

    void longKeysTruncated()
    {
        const QByteArray key(InputLimits::maxStringChars + 10, 'k');
        QString error;
        const auto json = InputLimits::parseObject(QByteArray("{\"extra\":{\"" + key + "\":1}}"), &error);
        QVERIFY2(json, qPrintable(error));
        const QString only = json->value(u"extra").toObject().keys().constFirst();
        QVERIFY(only.endsWith(InputLimits::truncationMarker));
    }

    void recordTooBig()
    {
        const QByteArray big = eventWith("\"message\":\"" + QByteArray(InputLimits::maxRecordBytes, 'x') + '"');
        QString error;
        QVERIFY(!EventJsonParser::parse(big, &error));
        QVERIFY2(error.contains(u"the limit is"), qPrintable(error));
    }

    void nesting_data()
    {
        QTest::addColumn<int>("depth");
        QTest::addColumn<bool>("accepted");
        // The event object itself is level 1; "extra" opens level 2.
        QTest::newRow("64 levels") << 64 << true;
        QTest::newRow("65 levels") << 65 << false;
        QTest::newRow("200 levels") << 200 << false;
        QTest::newRow("100000 levels") << 100000 << false;
    }

    void nesting()
    {
        QFETCH(int, depth);
        QFETCH(bool, accepted);
        const int inner = depth - 2; // arrays inside {"extra":{"a": ...}}
        const QByteArray json = eventWith("\"extra\":{\"a\":" + QByteArray(inner, '[') + QByteArray(inner, ']') + "}");
        QString error;
        const auto event = EventJsonParser::parse(json, &error);
        QCOMPARE(bool(event), accepted);
        if (!accepted) {
            QVERIFY2(error.contains(u"nested deeper than 64 levels"), qPrintable(error));
            // the offset of the first bracket past the limit
            QVERIFY2(error.contains(QString::number(json.indexOf('[') + 64 - 2)), qPrintable(error));
        }
    }

    void bracketsInStringsAreNotNesting()
    {
        QString error;
        const auto event = EventJsonParser::parse(eventWith("\"message\":\"" + QByteArray(500, '[') + "\\\"{{{\""), &error);
        QVERIFY2(event, qPrintable(error));
        QCOMPARE(event->logentry.text().size(), 500 + 4);
    }

    void invalidUtf8_data()
    {
        QTest::addColumn<QByteArray>("bad");
        QTest::newRow("lone continuation byte") << QByteArray("\x80");
        QTest::newRow("Latin-1 e acute") << QByteArray("\xE9t\xE9");
        QTest::newRow("overlong slash") << QByteArray("\xC0\xAF");
        QTest::newRow("UTF-16 surrogate") << QByteArray("\xED\xA0\x80");
        QTest::newRow("past U+10FFFF") << QByteArray("\xF4\x90\x80\x80");
        QTest::newRow("cut short") << QByteArray("\xE2\x82");
        QTest::newRow("0xFD, as in damaged files") << QByteArray("\xFD");
    }

    void invalidUtf8()
    {
        QFETCH(QByteArray, bad);
        const QByteArray json = eventWith("\"message\":\"ok " + bad + "\"");
        QString error;
        QVERIFY(!EventJsonParser::parse(json, &error));
        QVERIFY2(error.contains(u"invalid UTF-8 at offset " + QString::number(json.indexOf("ok ") + 3)), qPrintable(error));
    }

    void validUtf8Kept()
    {
        QString error;
        const auto event = EventJsonParser::parse(eventWith("\"message\":\"caf\xC3\xA9 \xE2\x82\xAC \xF0\x9F\x98\x80\""), &error);
        QVERIFY2(event, qPrintable(error));
        QCOMPARE(event->logentry.text(), QString::fromUtf8("caf\xC3\xA9 \xE2\x82\xAC \xF0\x9F\x98\x80"));
    }

    void nulBytes()
    {
        QString error;
        const QByteArray raw = eventWith(QByteArray("\"message\":\"a\0b\"", 15));
        QVERIFY(!EventJsonParser::parse(raw, &error));
        QVERIFY2(error.contains(u"NUL byte at offset " + QString::number(raw.indexOf('\0'))), qPrintable(error));
        // Escaped, a NUL is valid JSON: kept, and QString carries it safely.
        const auto event = EventJsonParser::parse(eventWith("\"message\":\"a\\u0000b\""), &error);
        QVERIFY2(event, qPrintable(error));
        QCOMPARE(event->logentry.text(), QString(u"a\0b"_s));
        QCOMPARE(event->logentry.text().size(), 3);
    }

    void stringWhereNumberBelongs()
    {
        QString error;
        const auto event
            = EventJsonParser::parse(eventWith("\"level\":42,\"release\":7,"
                                               "\"exception\":{\"values\":[{\"type\":\"E\",\"stacktrace\":{\"frames\":[{"
                                               "\"lineno\":\"abc\",\"colno\":\"12\",\"in_app\":\"true\"}]}}]},"
                                               "\"breadcrumbs\":\"many\",\"tags\":\"t\",\"threads\":5"),
                &error);
        QVERIFY2(event, qPrintable(error));
        const Frame &frame = event->exceptions.constFirst().stacktrace->frames.constFirst();
        QVERIFY(!frame.lineno);
        QCOMPARE(frame.colno, 12);
        QVERIFY(!frame.inApp);
        QCOMPARE(event->level, Level::Error);
        QCOMPARE(event->release, u"7"_s);
        QVERIFY(event->breadcrumbs.isEmpty());
        QVERIFY(event->threads.isEmpty());
        // ...but a time that is no time is an error, with the field named.
        QVERIFY(!EventJsonParser::parse(
            QByteArray("{\"event_id\":\"0123456789abcdef0123456789abcdef\",\"timestamp\":\"abc\"}"), &error));
        QVERIFY(error.contains(u"\"timestamp\""));
    }

    void envelopeLengthPastTheEnd()
    {
        QByteArray bytes = "{}\n{\"type\":\"attachment\",\"length\":2}\nok\n{\"type\":\"attachment\",\"length\":9999999999}\nx";
        const EnvelopeContents contents = EnvelopeParser::decode(bytes);
        QCOMPARE(contents.attachments.size(), 1);
        QCOMPARE(contents.problems.size(), 1);
        QCOMPARE(contents.problems.constFirst().itemIndex, 1);
        QCOMPARE(contents.problems.constFirst().offset, bytes.size() - 1); // where the payload would start
        QVERIFY(contents.problems.constFirst().message.contains(u"9999999999 runs past the end"));
    }

    void envelopeBadPayloadBytes()
    {
        // Invalid UTF-8 and deep nesting inside an event item cost that item only.
        const QByteArray bytes = "{\"event_id\":\"0123456789abcdef0123456789abcdef\"}\n"
                                 "{\"type\":\"event\"}\n{\"timestamp\":1,\"message\":\"\xFF\"}\n"
                                 "{\"type\":\"event\"}\n{\"timestamp\":1,\"extra\":"
            + QByteArray(100, '[') + QByteArray(100, ']') + "}\n{\"type\":\"event\"}\n{\"timestamp\":2}\n";
        const EnvelopeContents contents = EnvelopeParser::decode(bytes);
        QCOMPARE(contents.events.size(), 1);
        QCOMPARE(contents.events.constFirst().timestamp.toSecsSinceEpoch(), 2);
        QCOMPARE(contents.problems.size(), 2);
        QVERIFY(contents.problems.at(0).message.contains(u"invalid UTF-8"));
        QVERIFY(contents.problems.at(1).message.contains(u"nested deeper"));
    }

    void expansionRatio()
    {
        using InputLimits::expandsTooMuch;
        QVERIFY(!expandsTooMuch(1024, InputLimits::expansionAllowance)); // small files may expand freely
        QVERIFY(expandsTooMuch(1024, InputLimits::expansionAllowance + 1));
        QVERIFY(!expandsTooMuch(10 * 1024 * 1024, 100 * 1024 * 1024)); // 10x: a real export
        QVERIFY(expandsTooMuch(512 * 1024, 150 * 1024 * 1024));
        QVERIFY(expandsTooMuch(0, InputLimits::expansionAllowance + 1));
    }

    void gzipBombInJsonLinesStopsAtTheBound()
    {
        // Three good events, then a 72 MB line (about 70 kB compressed), then one more event.
        QByteArray good;
        for (int i = 0; i < 3; ++i)
            good += test::eventLine(u"%1"_s.arg(i, 32, 16, QLatin1Char('0')), 1717243200 + i, u"ValueError"_s) + '\n';
        const QString path = m_dir.filePath(u"bomb.jsonl.gz"_s);
        QVERIFY(writeGzip(
            path, good, qint64(72) * 1024 * 1024, 'x', '\n' + test::eventLine(u"f"_s.repeated(32), 1717243300, u"Late"_s)));
        QVERIFY(QFileInfo(path).size() < 1024 * 1024);

        Store store;
        QVERIFY(store.open(u":memory:"_s));
        Importer importer(store);
        ImportReport report;
        QVERIFY(importer.importPath(path, &report));
        QCOMPARE(report.events, 3); // what came before the bomb is kept
        QCOMPARE(report.problems.size(), 1);
        const ImportProblem &problem = report.problems.constFirst();
        QCOMPARE(problem.file, path);
        QCOMPARE(problem.line, 4); // the line reading stopped in
        QVERIFY2(
            problem.message.contains(u"as a decompression bomb does; stopped reading there"), qPrintable(problem.toString()));
        QVERIFY2(problem.message.contains(u"expands more than 200 times"), qPrintable(problem.toString()));

        // The reader itself stops there, with the same message.
        LineReader reader(path);
        QByteArray line;
        LineReader::Status status;
        while ((status = reader.next(&line)) == LineReader::Status::Line) { }
        QCOMPARE(status, LineReader::Status::Error);
        QVERIFY(reader.errorString().contains(u"decompression bomb"));
    }

    void gzipBombAsEnvelopeStopsAtTheBound()
    {
        const QString path = m_dir.filePath(u"bomb.envelope.gz"_s);
        QVERIFY(writeGzip(path, "{\"event_id\":\"0123456789abcdef0123456789abcdef\"}\n{\"type\":\"attachment\"}\n",
            qint64(72) * 1024 * 1024, 'A', "\n"));
        Store store;
        QVERIFY(store.open(u":memory:"_s));
        Importer importer(store);
        ImportReport report;
        importer.importPath(path, &report);
        QCOMPARE(report.attachments, 0);
        QCOMPARE(report.problems.size(), 1);
        QVERIFY2(report.problems.constFirst().message.contains(u"decompression bomb"),
            qPrintable(report.problems.constFirst().toString()));
    }

    void gzipBombAsJsonDocumentStopsAtTheRecordLimit()
    {
        // A pretty-printed document is one record: it stops at the record size, well before the ratio.
        const QString path = m_dir.filePath(u"bomb.json.gz"_s);
        QVERIFY(writeGzip(path, "[\n", qint64(24) * 1024 * 1024, ' ', "]\n"));
        Store store;
        QVERIFY(store.open(u":memory:"_s));
        Importer importer(store);
        ImportReport report;
        importer.importPath(path, &report);
        QCOMPARE(report.problems.size(), 1);
        QVERIFY2(report.problems.constFirst().toString().endsWith(u"bomb.json.gz: larger than 20 MB; not read"_s),
            qPrintable(report.problems.constFirst().toString()));
    }

    void realGzipExportIsNotABomb()
    {
        Store store;
        QVERIFY(store.open(u":memory:"_s));
        Importer importer(store);
        ImportReport report;
        QVERIFY(importer.importPath(test::dataPath(u"events/mixed.jsonl.gz"_s), &report));
        QVERIFY(report.events > 0);
        for (const ImportProblem &problem : std::as_const(report.problems))
            QVERIFY2(!problem.message.contains(u"bomb"), qPrintable(problem.toString()));
    }

    void qtJsonAloneForComparison()
    {
        // Why the scan exists: QJsonDocument accepts 1000 levels and only stops at its own limit.
        const QByteArray deep = QByteArray(1000, '[') + QByteArray(1000, ']');
        QJsonParseError parseError;
        QJsonDocument::fromJson(deep, &parseError);
        QCOMPARE(parseError.error, QJsonParseError::NoError);
        QVERIFY(!InputLimits::scanJson(deep).error.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestInputLimits)
#include "TestInputLimits.moc"
