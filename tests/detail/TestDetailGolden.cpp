// Golden-file tests of the issue detail's stack-trace and breadcrumb models, in the style of
// KSyntaxHighlighting's autotests: each event under tests/data is rendered to text and compared
// with its reference in tests/data/golden/. LOOKOUT_REBASELINE=1 (or tools/rebaseline-golden)
// rewrites the references; review the diff before committing it.

#include "BreadcrumbModel.h"
#include "DetailText.h"
#include "StackTraceModel.h"

#include <QAbstractItemModelTester>
#include <QDir>
#include <QFile>
#include <QTest>
#include <QTimeZone>

using namespace lookout;
using namespace Qt::StringLiterals;

class TestDetailGolden : public QObject
{
    Q_OBJECT
private:
    static bool rebaseline() { return qEnvironmentVariableIntValue("LOOKOUT_REBASELINE") == 1; }

    static void compareWithGolden(const QString &name, const QString &actual)
    {
        const QString path = test::dataPath(u"golden/"_s + name);
        if (rebaseline()) {
            QDir().mkpath(QFileInfo(path).absolutePath());
            QFile out(path);
            QVERIFY2(out.open(QIODevice::WriteOnly | QIODevice::Truncate), qPrintable(path));
            out.write(actual.toUtf8());
            qInfo("rewrote %s", qPrintable(path));
            return;
        }
        QFile in(path);
        QVERIFY2(in.open(QIODevice::ReadOnly),
            qPrintable(u"no reference %1; run tools/rebaseline-golden (or LOOKOUT_REBASELINE=1) to write it"_s.arg(path)));
        const QString expected = QString::fromUtf8(in.readAll());
        if (expected == actual)
            return;
        // Name the first line that differs: the whole files are too long to read in a test log.
        const QStringList want = expected.split(u'\n');
        const QStringList got = actual.split(u'\n');
        for (qsizetype i = 0; i < qMax(want.size(), got.size()); ++i) {
            if (want.value(i) != got.value(i)) {
                QFAIL(qPrintable(u"%1 line %2 differs:\n  expected: %3\n  actual:   %4\n(LOOKOUT_REBASELINE=1 rewrites it)"_s.arg(
                    path, QString::number(i + 1), want.value(i, u"<end>"_s), got.value(i, u"<end>"_s))));
            }
        }
    }

private Q_SLOTS:
    void render_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("platform"); // for samples that name none, as Sentry's loader does
        QTest::newRow("python") << u"samples/python.json"_s << u"python"_s;
        QTest::newRow("python-modern") << u"samples/python-modern.json"_s << QString();
        QTest::newRow("python-html-breadcrumbs") << u"detail/python-html-breadcrumbs.json"_s << QString();
        QTest::newRow("demo-python") << u"detail/demo-python.json"_s << QString();
        QTest::newRow("javascript") << u"samples/javascript.json"_s << u"javascript"_s;
        QTest::newRow("demo-javascript") << u"detail/demo-javascript.json"_s << QString();
        QTest::newRow("node") << u"grouping/cases/node_exception_weird.json"_s << QString();
        QTest::newRow("java") << u"samples/java.json"_s << QString();
        QTest::newRow("java-chained") << u"grouping/cases/java_chained.json"_s << QString();
        QTest::newRow("demo-java") << u"detail/demo-java.json"_s << QString();
        QTest::newRow("go") << u"grouping/cases/go_pkg_mod.json"_s << QString();
        QTest::newRow("native") << u"samples/android-ndk.json"_s << QString();
        QTest::newRow("cocoa") << u"samples/cocoa.json"_s << u"cocoa"_s;
        QTest::newRow("cocoa-unsymbolicated") << u"samples/exception-with-address-instruction.json"_s << QString();
        QTest::newRow("demo-cocoa") << u"detail/demo-cocoa.json"_s << QString();
        QTest::newRow("php") << u"samples/php.json"_s << u"php"_s;
        QTest::newRow("demo-php") << u"detail/demo-php.json"_s << QString();
        QTest::newRow("ruby") << u"samples/ruby.json"_s << u"ruby"_s;
        QTest::newRow("ruby-chained") << u"samples/exceptions-and-no-threads.json"_s << u"ruby"_s;
        QTest::newRow("ruby-threads") << u"samples/exception-with-stack-trace-and-crashed-thread-with-stack-trace.json"_s
                                      << u"ruby"_s;
        QTest::newRow("csharp") << u"samples/unity.json"_s << QString();
        QTest::newRow("csharp-aspnetcore") << u"grouping/cases/aspnetcore.json"_s << QString();
    }

    void render()
    {
        QFETCH(QString, file);
        QFETCH(QString, platform);
        const Event event = test::loadEvent(file, platform);
        const QString name = QString::fromLatin1(QTest::currentDataTag());

        StackTraceModel stack;
        QAbstractItemModelTester stackTester(&stack, QAbstractItemModelTester::FailureReportingMode::QtTest);
        stack.setEvent(event);
        QStringList text {u"# %1: newest first, in-app only (the defaults)"_s.arg(name), test::stackTraceText(stack)};
        stack.setNewestFirst(false);
        stack.setInAppOnly(false);
        text << QString() << u"# oldest first, full stack"_s << test::stackTraceText(stack);
        text << QString() << u"# raw (%1)"_s.arg(event.platform) << stack.toRawText();
        compareWithGolden(name + u".stacktrace.txt"_s, text.join(u'\n') + u'\n');

        BreadcrumbModel crumbs;
        QAbstractItemModelTester crumbTester(&crumbs, QAbstractItemModelTester::FailureReportingMode::QtTest);
        crumbs.setTimeZone(QTimeZone::UTC);
        crumbs.setEvent(event);
        const QStringList crumbText {
            u"# %1: %2 breadcrumbs, oldest first, the error last; times in UTC"_s.arg(name).arg(crumbs.breadcrumbCount()),
            u"# type | category | description | level | relative | time"_s, test::breadcrumbText(crumbs)};
        compareWithGolden(name + u".breadcrumbs.txt"_s, crumbText.join(u'\n') + u'\n');
    }
};

QTEST_MAIN(TestDetailGolden)
#include "TestDetailGolden.moc"
