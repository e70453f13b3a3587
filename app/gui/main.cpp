// lookout: the desktop app.
#include "ImportDialog.h"
#include "IssueDetailView.h"
#include "LocalIngestDialog.h"
#include "MainWindow.h"
#include "ReleaseHealthModel.h"
#include "ReleaseHealthView.h"
#include "Theme.h"
#include "Translations.h"
#include "allocator/Allocator.h"
#include "core/Clock.h"
#include "core/Paths.h"
#include "core/SingleInstance.h"
#include "ingest/DemoData.h"
#include "store/Store.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QItemSelectionModel>
#include <QMessageBox>
#include <QTabWidget>
#include <QTableView>
#include <QThreadPool>
#include <QTimer>

#include <cstdio>
#include <optional>
#include <utility>

using namespace lookout;

// The offscreen platform warns about window-manager requests it cannot pass on (size hints, raising a
// dialog); in screenshot mode that is expected and only hides real messages.
static QtMessageHandler defaultHandler = nullptr;
static void screenshotMessageHandler(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (message.contains(QLatin1String("does not support propagateSizeHints"))
        || message.contains(QLatin1String("does not support raise")))
        return;
    defaultHandler(type, context, message);
}

// --now: a stopped clock, so that screenshots made on different days show the same times and dates.
class FixedClock final : public Clock
{
public:
    explicit FixedClock(QDateTime now)
        : m_now(std::move(now))
    { }
    QDateTime now() const override { return m_now; }

private:
    QDateTime m_now;
};

static int fail(const QString &message, bool interactive)
{
    std::fprintf(stderr, "lookout: %s\n", qUtf8Printable(message));
    if (interactive)
        QMessageBox::critical(nullptr, QApplication::translate("main", "Lookout"), message);
    return 1;
}

static void addOptions(QCommandLineParser &parser)
{
    parser.setApplicationDescription(QCoreApplication::translate("main", "Offline-first desktop triage client for Sentry."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOption({QStringLiteral("db"), QCoreApplication::translate("main", "Use the cache FILE instead of the default."),
        QStringLiteral("FILE")});
    parser.addOption({QStringLiteral("demo"), QCoreApplication::translate("main", "Open the bundled demo data.")});
    parser.addOption({QStringLiteral("screenshot"),
        QCoreApplication::translate("main",
            "Render the main window to the PNG FILE and exit (with files to import: the import dialog, once it is done)."),
        QStringLiteral("FILE")});
    parser.addOption(
        {QStringLiteral("size"), QCoreApplication::translate("main", "Window size for --screenshot (default 1280x800)."),
            QStringLiteral("WxH"), QStringLiteral("1280x800")});
    parser.addOption({QStringLiteral("now"),
        QCoreApplication::translate("main",
            "With --screenshot: render as if it were DATETIME (ISO 8601, e.g. 2026-11-20T12:00:00Z), for reproducible pictures."),
        QStringLiteral("DATETIME")});
    parser.addOption({QStringLiteral("view"),
        QCoreApplication::translate("main",
            "Start in VIEW: \"issues\" (the list), \"issue\" (an issue's detail), \"health\" (release health) or"
            " \"ingest\" (the local ingest's DSN dialog; --screenshot renders the dialog)."),
        QStringLiteral("VIEW"), QStringLiteral("issues")});
    parser.addOption({QStringLiteral("issue"),
        QCoreApplication::translate(
            "main", "The issue --view issue shows: a short id (BACKEND-API-3) or a numeric id; the newest by default."),
        QStringLiteral("ID")});
    parser.addOption({QStringLiteral("tab"),
        QCoreApplication::translate("main",
            "The detail tab --view issue shows: stacktrace, breadcrumbs, tags, contexts, request, user or json;"
            " the chart --view health shows: sessions, users, status, adoption, compare or outcomes."),
        QStringLiteral("TAB"), QStringLiteral("stacktrace")});
    parser.addOption({QStringLiteral("project"),
        QCoreApplication::translate("main", "The project --view health shows (a slug); the first with sessions by default."),
        QStringLiteral("SLUG")});
    parser.addOption({QStringLiteral("theme"),
        QCoreApplication::translate(
            "main", "Colours: \"light\", \"dark\" or \"system\" (default: as last chosen in View > Theme)."),
        QStringLiteral("THEME")});
    parser.addOption({QStringLiteral("lang"),
        QCoreApplication::translate(
            "main", "Show the window in LANGUAGE (\"de\", \"fr\", \"en\"; default: the system's), numbers and dates too."),
        QStringLiteral("LANGUAGE")});
    parser.addOption({QStringLiteral("new-instance"),
        QCoreApplication::translate(
            "main", "Start even when Lookout already runs on this cache (instead of handing it the links)."),
        QString()});
    parser.addPositionalArgument(QStringLiteral("links"),
        QCoreApplication::translate("main", "Sentry issue links to open (https://ORG.sentry.io/issues/ID/) or files to import."),
        QStringLiteral("[LINK|FILE...]"));
}

// --version and --help answer in a terminal with no display: they need no window system.
static bool onlyPrints(int argc, char *argv[])
{
    for (int i = 1; i < argc; ++i) {
        for (const char *option : {"--version", "-v", "--help", "-h", "--help-all", "-?"}) {
            if (qstrcmp(argv[i], option) == 0)
                return true;
        }
    }
    return false;
}

// --lang is read before the parser runs: the parser's own help text is translated.
static QString languageArgument(int argc, char *argv[])
{
    for (int i = 1; i < argc; ++i) {
        const QByteArray argument(argv[i]);
        if (argument == "--lang" && i + 1 < argc)
            return QString::fromLocal8Bit(argv[i + 1]);
        if (argument.startsWith("--lang="))
            return QString::fromLocal8Bit(argument.mid(7));
    }
    return {};
}

int main(int argc, char *argv[])
{
    if (onlyPrints(argc, argv)) {
        QCoreApplication app(argc, argv);
        QCoreApplication::setApplicationName(QStringLiteral("lookout"));
        QCoreApplication::setApplicationVersion(
            QStringLiteral(LOOKOUT_VERSION " (allocator: %1)").arg(lookout::allocatorDescription()));
        Translations::install(Translations::chosen(languageArgument(argc, argv)));
        QCommandLineParser parser;
        addOptions(parser);
        parser.process(app); // prints and exits
        return 0;
    }
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("lookout"));
    QApplication::setApplicationDisplayName(QStringLiteral("Lookout"));
    QApplication::setOrganizationName(QStringLiteral("lookout"));
    QApplication::setApplicationVersion(QStringLiteral(LOOKOUT_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("io.github.lookout.Lookout"));
    Translations::install(Translations::chosen(languageArgument(argc, argv)));

    QCommandLineParser parser;
    addOptions(parser);
    parser.process(app);
    QApplication::setWindowIcon(Theme::appIcon());
    Theme::apply(parser.isSet(QStringLiteral("theme")) ? Theme::fromName(parser.value(QStringLiteral("theme"))) : Theme::saved());

    const bool screenshot = parser.isSet(QStringLiteral("screenshot"));
    if (screenshot)
        defaultHandler = qInstallMessageHandler(screenshotMessageHandler);
    std::optional<FixedClock> fixedClock;
    if (parser.isSet(QStringLiteral("now"))) {
        const QDateTime now = QDateTime::fromString(parser.value(QStringLiteral("now")), Qt::ISODate);
        if (!screenshot || !now.isValid())
            return fail(QApplication::translate("main", "--now expects an ISO 8601 date and time, and --screenshot"), false);
        fixedClock.emplace(now.toUTC());
    }
    const Clock &clock = fixedClock ? static_cast<const Clock &>(*fixedClock) : SystemClock::instance();
    const QString dbPath = parser.value(QStringLiteral("db"));
    const QString cachePath = !dbPath.isEmpty() ? dbPath
        : parser.isSet(QStringLiteral("demo"))  ? Paths::demoCache()
                                                : Paths::defaultCache();
    // One window per cache: a second start hands its links and files to the first, which comes to the front.
    SingleInstance instance(cachePath);
    if (!screenshot && !parser.isSet(QStringLiteral("new-instance"))) {
        switch (instance.start(parser.positionalArguments(), QDir::currentPath())) {
        case SingleInstance::Forwarded:
            return 0;
        case SingleInstance::Failed:
            std::fprintf(stderr, "lookout: %s\n", qUtf8Printable(instance.errorString()));
            break;
        case SingleInstance::Primary:
            break;
        }
    }
    Store store;
    if (parser.isSet(QStringLiteral("demo"))) {
        QString error;
        if (!DemoData::open(store, cachePath, clock.now(), &error))
            return fail(QApplication::translate("main", "Cannot build the demo cache: %1").arg(error), !screenshot);
    } else if (!store.openRecovering(cachePath, clock.now())) {
        return fail(store.errorString(), !screenshot);
    }
    if (const std::optional<Store::Recovery> &recovery = store.recovery()) {
        const QString message = recovery->explain(store.path());
        std::fprintf(stderr, "lookout: %s\n", qUtf8Printable(message));
        if (!screenshot) {
            QMessageBox box(QMessageBox::Warning, QApplication::translate("main", "Lookout"),
                QApplication::translate("main", "The local cache could not be used and a new one was made."));
            box.setInformativeText(message
                + QApplication::translate("main",
                    "\n\nConnect your Sentry account again (File > Connect Sentry Account) to sync; a saved token is still used."
                    " Files you imported need to be imported again."));
            box.exec();
        }
    }

    MainWindow window(&store, &clock);
    QObject::connect(&instance, &SingleInstance::argumentsReceived, &window,
        [&window](const QStringList &arguments, const QString &workingDirectory) {
            window.bringToFront();
            window.openArguments(arguments, workingDirectory);
        });
    const QString view = parser.value(QStringLiteral("view"));
    if (view == u"issue") {
        const QString id = parser.value(QStringLiteral("issue"));
        bool numeric = false;
        const qint64 number = id.toLongLong(&numeric);
        std::optional<IssueSummary> issue = id.isEmpty() ? std::nullopt
            : numeric                                    ? store.issue(number)
                                                         : store.issueByShortId(id);
        if (id.isEmpty()) {
            const QList<IssueSummary> newest = store.issues({}, 0, 1);
            if (!newest.isEmpty())
                issue = newest.constFirst();
        }
        if (!issue)
            return fail(QApplication::translate("main", "No issue %1 in %2").arg(id, store.path()), !screenshot);
        window.openIssue(issue->id);
        static const QStringList tabs {QStringLiteral("stacktrace"), QStringLiteral("breadcrumbs"), QStringLiteral("tags"),
            QStringLiteral("contexts"), QStringLiteral("request"), QStringLiteral("user"), QStringLiteral("json"),
            QStringLiteral("events")};
        const qsizetype tab = tabs.indexOf(parser.value(QStringLiteral("tab")));
        if (tab < 0)
            return fail(QApplication::translate("main", "--tab expects one of: %1").arg(tabs.join(QStringLiteral(", "))), false);
        window.detailView()->tabs()->setCurrentIndex(int(tab));
    } else if (view == u"health") {
        ReleaseHealthView *health = window.showHealth();
        const QString project = parser.value(QStringLiteral("project"));
        if (!project.isEmpty() && !health->setProjectSlug(project))
            return fail(
                QApplication::translate("main", "No sessions of a project %1 in %2").arg(project, store.path()), !screenshot);
        if (parser.isSet(QStringLiteral("tab"))) {
            static const QStringList charts {QStringLiteral("sessions"), QStringLiteral("users"), QStringLiteral("status"),
                QStringLiteral("adoption"), QStringLiteral("compare"), QStringLiteral("outcomes")};
            const qsizetype chart = charts.indexOf(parser.value(QStringLiteral("tab")));
            if (chart < 0)
                return fail(QApplication::translate("main", "--tab with --view health expects one of: %1")
                                .arg(charts.join(QStringLiteral(", "))),
                    false);
            if (chart == ReleaseHealthView::CompareChart && health->model()->rowCount() >= 2) {
                // The two newest releases, side by side.
                health->table()->selectRow(0);
                health->table()->selectionModel()->select(
                    health->model()->index(1, 0), QItemSelectionModel::Select | QItemSelectionModel::Rows);
            }
            health->chartTabs()->setCurrentIndex(int(chart));
        }
    } else if (view != u"issues" && view != u"ingest") {
        return fail(QApplication::translate("main", "--view expects \"issues\", \"issue\", \"health\" or \"ingest\""), false);
    }
    QWidget *ingestDialog = view == u"ingest" ? window.showIngestDialog() : nullptr;
    if (!screenshot) {
        window.show();
        window.openArguments(parser.positionalArguments(), QDir::currentPath());
        return app.exec();
    }

    const QStringList size = parser.value(QStringLiteral("size")).split(QLatin1Char('x'));
    const int width = size.value(0).toInt();
    const int height = size.value(1).toInt();
    if (size.size() != 2 || width < 200 || height < 150)
        return fail(QApplication::translate("main", "--size expects WIDTHxHEIGHT, e.g. 1280x800"), false);
    window.resize(width, height);
    window.show();
    window.openArguments(parser.positionalArguments(), QDir::currentPath());
    int status = 0;
    const auto grab = [&](QWidget *widget) {
        // Work a view started in the background (the tag distribution) is part of the picture.
        QThreadPool::globalInstance()->waitForDone(10000);
        QCoreApplication::processEvents();
        const QString file = parser.value(QStringLiteral("screenshot"));
        if (!widget->grab().save(file, "PNG"))
            status = fail(QApplication::translate("main", "Cannot write the screenshot to %1").arg(file), false);
        app.quit();
    };
    // Files given to import: the picture is the import dialog with its report, once the import ended.
    if (auto *import = window.findChild<ImportDialog *>(); import && import->isRunning()) {
        QObject::connect(import, &ImportDialog::imported, &window,
            [&grab, import] { QTimer::singleShot(0, import, [&grab, import] { grab(import); }); });
    } else {
        // Grab once the event loop has laid out and polished the window.
        QTimer::singleShot(0, &window, [&grab, &window, ingestDialog] { grab(ingestDialog ? ingestDialog : &window); });
    }
    app.exec();
    return status;
}
