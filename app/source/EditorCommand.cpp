#include "source/EditorCommand.h"

#include <QFileInfo>
#include <QProcess>

namespace lookout {

static QString programName(const QString &program)
{
    QString name = QFileInfo(program).fileName().toLower();
    if (name.endsWith(u".exe"))
        name.chop(4);
    return name;
}

static QStringList lineArguments(const QString &name, const QString &file, int line, bool *terminal)
{
    const QString number = QString::number(line);
    static const QStringList plusLineTerminal {QStringLiteral("vi"), QStringLiteral("vim"), QStringLiteral("nvim"),
        QStringLiteral("nano"), QStringLiteral("micro"), QStringLiteral("kak"), QStringLiteral("joe"), QStringLiteral("ne"),
        QStringLiteral("mg"), QStringLiteral("jed"), QStringLiteral("emacs"), QStringLiteral("emacsclient")};
    static const QStringList plusLineGui {QStringLiteral("gvim"), QStringLiteral("mvim"), QStringLiteral("gedit"),
        QStringLiteral("pluma"), QStringLiteral("xed"), QStringLiteral("geany"), QStringLiteral("mousepad")};
    static const QStringList gotoColon {QStringLiteral("code"), QStringLiteral("code-insiders"), QStringLiteral("codium"),
        QStringLiteral("vscodium"), QStringLiteral("cursor"), QStringLiteral("windsurf")};
    static const QStringList fileColon {QStringLiteral("subl"), QStringLiteral("sublime_text"), QStringLiteral("zed"),
        QStringLiteral("zeditor"), QStringLiteral("hx"), QStringLiteral("helix"), QStringLiteral("lapce")};
    static const QStringList lineOption {QStringLiteral("kate"), QStringLiteral("kwrite"), QStringLiteral("idea"),
        QStringLiteral("clion"), QStringLiteral("pycharm"), QStringLiteral("webstorm"), QStringLiteral("goland"),
        QStringLiteral("phpstorm"), QStringLiteral("rubymine"), QStringLiteral("rider"), QStringLiteral("studio")};

    *terminal = false;
    if (line < 1)
        return {file};
    if (plusLineTerminal.contains(name)) {
        // emacs and emacsclient open a window of their own when there is a display.
        *terminal = name != u"emacs" && name != u"emacsclient";
        return {QLatin1Char('+') + number, file};
    }
    if (plusLineGui.contains(name))
        return {QLatin1Char('+') + number, file};
    if (gotoColon.contains(name))
        return {QStringLiteral("--goto"), file + QLatin1Char(':') + number};
    if (fileColon.contains(name)) {
        *terminal = name == u"hx" || name == u"helix";
        return {file + QLatin1Char(':') + number};
    }
    if (lineOption.contains(name))
        return {QStringLiteral("--line"), number, file};
    if (name == u"mate")
        return {QStringLiteral("-l"), number, file};
    if (name == u"notepad++")
        return {QStringLiteral("-n") + number, file};
    return {file};
}

EditorLaunch EditorCommand::build(
    const QString &file, int line, const QString &configured, const QProcessEnvironment &environment)
{
    EditorLaunch launch;
    if (file.isEmpty()) {
        launch.error = QStringLiteral("no file to open");
        return launch;
    }
    if (!configured.trimmed().isEmpty()) {
        // The template is split into arguments first and {file} is substituted inside each one,
        // so quotes or spaces in a file name cannot change how the command splits.
        QStringList parts = QProcess::splitCommand(configured);
        if (parts.isEmpty()) {
            launch.error = QStringLiteral("the editor command is empty");
            return launch;
        }
        bool namesFile = false;
        for (QString &part : parts) {
            namesFile = namesFile || part.contains(u"{file}");
            part.replace(QStringLiteral("{line}"), QString::number(qMax(1, line)));
            part.replace(QStringLiteral("{file}"), file);
        }
        launch.program = parts.takeFirst();
        launch.arguments = parts;
        if (!namesFile)
            launch.arguments.append(file);
        return launch;
    }
    for (const QString &variable : {QStringLiteral("VISUAL"), QStringLiteral("EDITOR")}) {
        QStringList parts = QProcess::splitCommand(environment.value(variable));
        if (parts.isEmpty())
            continue;
        launch.program = parts.takeFirst();
        launch.arguments = parts + lineArguments(programName(launch.program), file, line, &launch.needsTerminal);
        return launch;
    }
    launch.error = QStringLiteral("set an editor command in the source mapping settings, or $VISUAL or $EDITOR");
    return launch;
}

EditorLaunch EditorCommand::inTerminal(const EditorLaunch &launch, const QProcessEnvironment &environment)
{
    if (!launch.needsTerminal || !launch.isValid())
        return launch;
    EditorLaunch wrapped;
    QStringList terminal = QProcess::splitCommand(environment.value(QStringLiteral("TERMINAL")));
    if (terminal.isEmpty())
        terminal = {QStringLiteral("x-terminal-emulator")};
    wrapped.program = terminal.takeFirst();
    wrapped.arguments = terminal + QStringList {QStringLiteral("-e"), launch.program} + launch.arguments;
    return wrapped;
}

} // namespace lookout
