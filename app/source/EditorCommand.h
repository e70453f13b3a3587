#pragma once

#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

namespace lookout {

// What to start to open a file at a line: a program and its arguments, run without a shell, so
// a file name can never become a second command.
struct EditorLaunch
{
    QString program;
    QStringList arguments;
    bool needsTerminal = false; // a terminal editor (vim, nano, ...) started from the GUI
    QString error; // why nothing can be started; empty when program is set

    bool isValid() const { return !program.isEmpty(); }
};

// "Open in editor": the command comes from the configured template (with {file} and {line}), else
// $VISUAL, else $EDITOR. Editors Lookout knows get their own way of naming the line (vim +12 f,
// code --goto f:12, kate --line 12 f, ...); others get the file alone.
class EditorCommand
{
public:
    static EditorLaunch build(const QString &file, int line, const QString &configured, const QProcessEnvironment &environment);
    // A terminal editor wrapped in $TERMINAL -e (or x-terminal-emulator -e); others unchanged.
    static EditorLaunch inTerminal(const EditorLaunch &launch, const QProcessEnvironment &environment);
};

} // namespace lookout
