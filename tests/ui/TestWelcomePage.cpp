#include "FileDropFilter.h"
#include "ImportController.h"
#include "ImportDialog.h"
#include "Screenshots.h"
#include "TestData.h"
#include "WelcomePage.h"
#include "store/Store.h"

#include <QCommandLinkButton>
#include <QDialogButtonBox>
#include <QLabel>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

using namespace lookout;
using namespace Qt::StringLiterals;

namespace {

QMimeData *filesMime(const QStringList &paths)
{
    auto *mime = new QMimeData;
    QList<QUrl> urls;
    for (const QString &path : paths)
        urls << QUrl::fromLocalFile(path);
    mime->setUrls(urls);
    return mime;
}

// What a window system sends while files are dragged over a widget and dropped; true if accepted.
bool dragAndDrop(QWidget *target, QMimeData *mime, bool drop = true)
{
    const QPoint at = target->rect().center();
    QDragEnterEvent enter(at, Qt::CopyAction | Qt::MoveAction, mime, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(target, &enter);
    if (!enter.isAccepted())
        return false;
    if (!drop)
        return true;
    QDropEvent dropEvent(QPointF(at), Qt::CopyAction | Qt::MoveAction, mime, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(target, &dropEvent);
    return dropEvent.isAccepted() && dropEvent.dropAction() == Qt::CopyAction;
}

} // namespace

class TestWelcomePage : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void threeWaysIn()
    {
        WelcomePage page;
        page.resize(1000, 700);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        test::saveScreenshot(&page, u"welcome"_s);
        QSignalSpy connectRequested(&page, &WelcomePage::connectAccountRequested);
        QSignalSpy demo(&page, &WelcomePage::demoRequested);
        QSignalSpy import(&page, &WelcomePage::importRequested);

        QTest::mouseClick(page.connectButton(), Qt::LeftButton);
        QCOMPARE(connectRequested.size(), 1);
        QTest::mouseClick(page.demoButton(), Qt::LeftButton);
        QCOMPARE(demo.size(), 1);

        // The file dialog's answer goes out as it is; cancelling it asks for nothing.
        QStringList answer;
        page.setFilePicker([&answer](QWidget *) { return answer; });
        QTest::mouseClick(page.importButton(), Qt::LeftButton);
        QCOMPARE(import.size(), 0);
        answer = {u"/data/export.jsonl"_s, u"/data/more.jsonl.gz"_s};
        QTest::mouseClick(page.importButton(), Qt::LeftButton);
        QCOMPARE(import.size(), 1);
        QCOMPARE(import.constFirst().constFirst().toStringList(), answer);
        QCOMPARE(connectRequested.size(), 1);
        QCOMPARE(demo.size(), 1);
    }

    void droppedFilesAreImported()
    {
        WelcomePage page;
        page.resize(1000, 700);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QSignalSpy import(&page, &WelcomePage::importRequested);
        const QStringList files {u"/data/a.jsonl"_s, u"/data/exports"_s};
        std::unique_ptr<QMimeData> mime(filesMime(files));

        // While the files are over the page it says what a drop will do.
        QVERIFY(dragAndDrop(&page, mime.get(), false));
        QCOMPARE(page.dropHint()->text(), u"Drop to import 2 items"_s);
        test::saveScreenshot(&page, u"welcome-dragging"_s);
        QDragLeaveEvent leave;
        QCoreApplication::sendEvent(&page, &leave);
        QVERIFY(page.dropHint()->text().startsWith(u"You can also drop"_s));

        QVERIFY(dragAndDrop(&page, mime.get()));
        QCOMPARE(import.size(), 1);
        QCOMPARE(import.constFirst().constFirst().toStringList(), files);
        QVERIFY(page.dropHint()->text().startsWith(u"You can also drop"_s));
    }

    void dropFilterTakesOnlyLocalFiles()
    {
        QWidget window;
        window.resize(400, 300);
        FileDropFilter filter;
        filter.watch(&window);
        QVERIFY(window.acceptDrops());
        QSignalSpy dropped(&filter, &FileDropFilter::filesDropped);

        QMimeData text;
        text.setText(u"some text"_s);
        QVERIFY(!dragAndDrop(&window, &text));
        QMimeData web;
        web.setUrls({QUrl(u"https://sentry.io/issues/1/"_s)});
        QVERIFY(!dragAndDrop(&window, &web));
        QCOMPARE(dropped.size(), 0);

        // Mixed: the local files go, the web link is left out.
        QMimeData mixed;
        mixed.setUrls({QUrl(u"https://sentry.io/"_s), QUrl::fromLocalFile(u"/tmp/events.ndjson"_s)});
        QVERIFY(dragAndDrop(&window, &mixed));
        QCOMPARE(dropped.size(), 1);
        QCOMPARE(dropped.constFirst().constFirst().toStringList(), QStringList {u"/tmp/events.ndjson"_s});
    }

    void importDialogShowsTheSummaryAndProblems()
    {
        QTemporaryDir dir;
        const QString dbPath = dir.filePath(u"cache.sqlite"_s);
        ImportDialog dialog(dbPath);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QSignalSpy imported(&dialog, &ImportDialog::imported);
        const QString path = test::dataPath(u"events/mixed.jsonl"_s);
        QVERIFY(dialog.start({path}));
        QVERIFY(dialog.isRunning());
        QCOMPARE(dialog.windowTitle(), u"Importing mixed.jsonl"_s);
        QVERIFY(dialog.buttons()->button(QDialogButtonBox::Cancel));
        QVERIFY(imported.wait(30'000));

        QCOMPARE(dialog.windowTitle(), u"Import Finished"_s);
        QCOMPARE(dialog.statusLabel()->text(), u"Stored 20 events (2 new issues) from 1 file; 3 problems."_s);
        QCOMPARE(dialog.statusLabel()->textFormat(), Qt::PlainText);
        QVERIFY(!dialog.progressBar()->isVisible());
        QVERIFY(dialog.problemsView()->isVisible());
        const QStringList lines = dialog.problemsView()->toPlainText().split(u'\n');
        QCOMPARE(lines.size(), 3);
        QVERIFY(lines.at(0).startsWith(path + u":2: "_s));
        test::saveScreenshot(&dialog, u"import-finished"_s);

        QPushButton *close = dialog.buttons()->button(QDialogButtonBox::Close);
        QVERIFY(close);
        QSignalSpy rejected(&dialog, &QDialog::rejected);
        QTest::mouseClick(close, Qt::LeftButton);
        QCOMPARE(rejected.size(), 1);
        Store store;
        QVERIFY(store.open(dbPath));
        QCOMPARE(store.eventCount(), 20);
    }

    void cancellingTheDialogCancelsTheImport()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"big.jsonl"_s);
        {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            for (int i = 0; i < 30'000; ++i)
                file.write(test::eventLine(u"%1"_s.arg(i, 32, 16, QLatin1Char('0')), 1.7e9 + i, u"Error"_s) + '\n');
        }
        ImportDialog dialog(dir.filePath(u"cache.sqlite"_s));
        dialog.show();
        QSignalSpy imported(&dialog, &ImportDialog::imported);
        QSignalSpy rejected(&dialog, &QDialog::rejected);
        QVERIFY(dialog.start({path}));
        QSignalSpy progress(dialog.controller(), &ImportController::progress);
        QVERIFY(progress.wait(30'000));
        test::saveScreenshot(&dialog, u"import-running"_s);
        QTest::keyClick(&dialog, Qt::Key_Escape);
        // The dialog stays to say what was kept.
        QCOMPARE(rejected.size(), 0);
        QVERIFY(dialog.statusLabel()->text().startsWith(u"Cancelling"_s));
        QVERIFY(imported.wait(30'000));
        QCOMPARE(dialog.windowTitle(), u"Import Cancelled"_s);
        QVERIFY2(
            dialog.statusLabel()->text().startsWith(u"Cancelled after storing "_s), qPrintable(dialog.statusLabel()->text()));
        QVERIFY(!dialog.problemsView()->isVisible());
        test::saveScreenshot(&dialog, u"import-cancelled"_s);
    }
};

QTEST_MAIN(TestWelcomePage)
#include "TestWelcomePage.moc"
