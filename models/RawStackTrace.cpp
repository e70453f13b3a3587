#include "RawStackTrace.h"

#include "domain/Event.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace lookout {

namespace {

// One exception (or a bare stack) with the frames to print for it.
struct Block
{
    QString type;
    QString value;
    QString module;
    QString mechanismSource;
    const Stacktrace *stack = nullptr;
    QString threadHeader; // native: the thread the frames come from, when not the exception's own
};

bool hasLine(const Frame &frame)
{
    return frame.lineno && *frame.lineno > 0;
}

QString lineText(const Frame &frame)
{
    return hasLine(frame) ? QString::number(*frame.lineno) : QString();
}

QString path(const Frame &frame)
{
    return frame.absPath.isEmpty() ? frame.filename : frame.absPath;
}

QString function(const Frame &frame)
{
    const QString name = !frame.function.isEmpty() ? frame.function : frame.rawFunction;
    return name == u"?" ? QString() : name;
}

QString heading(const Block &block, const QString &fallback = u"Error"_s)
{
    const QString type = block.type.isEmpty() ? fallback : block.type;
    return block.value.isEmpty() ? type : type + u": "_s + block.value;
}

// Newest call first, as every format but Python's prints them.
QList<const Frame *> newestFirst(const Block &block)
{
    QList<const Frame *> frames;
    if (!block.stack)
        return frames;
    for (auto it = block.stack->frames.crbegin(); it != block.stack->frames.crend(); ++it)
        frames.append(&*it);
    return frames;
}

QString python(const QList<Block> &blocks)
{
    QStringList out;
    for (qsizetype i = 0; i < blocks.size(); ++i) {
        const Block &block = blocks.at(i);
        if (i > 0) {
            // The SDK marks how the previous exception was chained to this one.
            out << QString()
                << (blocks.at(i - 1).mechanismSource == u"__cause__"
                           ? u"The above exception was the direct cause of the following exception:"_s
                           : u"During handling of the above exception, another exception occurred:"_s)
                << QString();
        }
        if (block.stack && !block.stack->frames.isEmpty()) {
            out << u"Traceback (most recent call last):"_s;
            for (const Frame &frame : block.stack->frames) {
                QString line = u"  ?"_s;
                if (!path(frame).isEmpty())
                    line = u"  File \""_s + path(frame) + u'"';
                else if (!frame.module.isEmpty())
                    line = u"  Module \""_s + frame.module + u'"';
                if (hasLine(frame))
                    line += u", line "_s + lineText(frame);
                if (!function(frame).isEmpty())
                    line += u", in "_s + function(frame);
                out << line;
                if (!frame.contextLine.trimmed().isEmpty())
                    out << u"    "_s + frame.contextLine.trimmed();
            }
        }
        static const QStringList builtins {u"builtins"_s, u"exceptions"_s, u"__builtin__"_s};
        Block named = block;
        if (!block.module.isEmpty() && !builtins.contains(block.module) && !block.type.contains(u'.'))
            named.type = block.module + u'.' + block.type;
        out << heading(named, u"Exception"_s);
    }
    return out.join(u'\n');
}

QString javaScriptFrame(const Frame &frame)
{
    QString where = path(frame);
    if (hasLine(frame)) {
        where += u':' + lineText(frame);
        if (frame.colno)
            where += u':' + QString::number(*frame.colno);
    }
    const QString name = function(frame);
    if (name.isEmpty())
        return u"    at "_s + where;
    if (where.isEmpty())
        return u"    at "_s + name;
    return u"    at "_s + name + u" ("_s + where + u')';
}

QString javaFrame(const Frame &frame)
{
    QString name = function(frame);
    if (!frame.module.isEmpty())
        name = frame.module + u'.' + name;
    QString where = frame.filename.isEmpty() ? u"Unknown Source"_s : frame.filename;
    if (frame.lineno && *frame.lineno == -2)
        where = u"Native Method"_s;
    else if (hasLine(frame) && !frame.filename.isEmpty())
        where += u':' + lineText(frame);
    return u"\tat "_s + name + u'(' + where + u')';
}

QString goFrame(const Frame &frame)
{
    QString name = function(frame);
    if (!frame.module.isEmpty())
        name = frame.module + u'.' + name;
    QString where = path(frame);
    if (hasLine(frame))
        where += u':' + lineText(frame);
    return name + u"(...)\n\t"_s + where;
}

QString nativeFrame(const Frame &frame, int number)
{
    QString package = frame.package.section(u'/', -1).section(u'\\', -1);
    if (package.isEmpty())
        package = u"???"_s;
    QString line = QString::number(number).leftJustified(4) + package.leftJustified(32) + u' '
        + (frame.instructionAddr.isEmpty() ? u"0x0"_s : frame.instructionAddr);
    QString name = !frame.function.isEmpty() ? frame.function : !frame.symbol.isEmpty() ? frame.symbol : frame.rawFunction;
    if (!name.isEmpty()) {
        line += u' ' + name;
        bool okInstruction = false;
        bool okSymbol = false;
        const qulonglong instruction = frame.instructionAddr.toULongLong(&okInstruction, 0);
        const qulonglong symbol = frame.symbolAddr.toULongLong(&okSymbol, 0);
        if (okInstruction && okSymbol && instruction >= symbol)
            line += u" + "_s + QString::number(instruction - symbol);
    }
    if (!frame.filename.isEmpty())
        line += u" ("_s + frame.filename + (hasLine(frame) ? QString(u':' + lineText(frame)) : QString()) + u')';
    return line;
}

QString phpFrame(const Frame &frame, int number)
{
    QString where = u"[internal function]"_s;
    if (!path(frame).isEmpty())
        where = path(frame) + (hasLine(frame) ? QString(u'(' + lineText(frame) + u')') : QString());
    return u'#' + QString::number(number) + u' ' + where + u": "_s + function(frame) + u"()"_s;
}

QString rubyFrame(const Frame &frame)
{
    QString where = path(frame);
    if (hasLine(frame))
        where += u':' + lineText(frame);
    return function(frame).isEmpty() ? where : where + u":in `"_s + function(frame) + u'\'';
}

QString csharpFrame(const Frame &frame)
{
    QString name = function(frame);
    if (!frame.module.isEmpty() && !name.startsWith(frame.module))
        name = frame.module + u'.' + name;
    QString line = u"   at "_s + name;
    if (!frame.filename.isEmpty() || !frame.absPath.isEmpty())
        line += u" in "_s + path(frame) + (hasLine(frame) ? QString(u":line "_s + lineText(frame)) : QString());
    return line;
}

QString csharp(const QList<Block> &blocks, qsizetype i)
{
    // .NET prints the outer exception, " ---> " and its inner exception with the inner frames,
    // then the outer frames after "--- End of inner exception stack trace ---".
    const Block &block = blocks.at(i);
    QString text = heading(block, u"System.Exception"_s);
    if (i > 0)
        text += u"\n ---> "_s + csharp(blocks, i - 1) + u"\n   --- End of inner exception stack trace ---"_s;
    for (const Frame *frame : newestFirst(block))
        text += u'\n' + csharpFrame(*frame);
    return text;
}

QString renderBlocks(RawStackTrace::Style style, const QList<Block> &blocks)
{
    using Style = RawStackTrace::Style;
    if (blocks.isEmpty())
        return {};
    if (style == Style::Python)
        return python(blocks);
    if (style == Style::CSharp)
        return csharp(blocks, blocks.size() - 1);
    QStringList out;
    if (style == Style::Php) {
        // PHP prints the earliest exception first and each later one after "Next".
        for (qsizetype i = 0; i < blocks.size(); ++i) {
            const Block &block = blocks.at(i);
            const QList<const Frame *> frames = newestFirst(block);
            QString first = (i > 0 ? u"\nNext "_s : QString()) + heading(block, u"Exception"_s);
            if (!frames.isEmpty() && !path(*frames.first()).isEmpty())
                first += u" in "_s + path(*frames.first())
                    + (hasLine(*frames.first()) ? QString(u':' + lineText(*frames.first())) : QString());
            out << first << u"Stack trace:"_s;
            int number = 0;
            for (const Frame *frame : frames)
                out << phpFrame(*frame, number++);
            out << u'#' + QString::number(number) + u" {main}"_s;
        }
        return out.join(u'\n');
    }
    // The others print the outermost exception first and its causes after it.
    for (qsizetype i = blocks.size() - 1; i >= 0; --i) {
        const Block &block = blocks.at(i);
        const QList<const Frame *> frames = newestFirst(block);
        const bool cause = i < blocks.size() - 1;
        switch (style) {
        case Style::Ruby: {
            if (cause)
                out << QString();
            const QString message = block.value + u" ("_s + (block.type.isEmpty() ? u"RuntimeError"_s : block.type) + u')';
            if (frames.isEmpty())
                out << message;
            for (qsizetype f = 0; f < frames.size(); ++f) {
                if (f == 0)
                    out << rubyFrame(*frames.at(f)) + u": "_s + message;
                else
                    out << u"\tfrom "_s + rubyFrame(*frames.at(f));
            }
            break;
        }
        case Style::Java: {
            Block named = block;
            if (!block.module.isEmpty() && !block.type.contains(u'.'))
                named.type = block.module + u'.' + block.type;
            out << (cause ? u"Caused by: "_s : QString()) + heading(named, u"java.lang.Throwable"_s);
            for (const Frame *frame : frames)
                out << javaFrame(*frame);
            break;
        }
        case Style::Go:
            out << (cause ? u"\nCaused by: "_s : QString()) + heading(block);
            if (!frames.isEmpty())
                out << QString();
            for (const Frame *frame : frames)
                out << goFrame(*frame);
            break;
        case Style::Native: {
            out << (cause ? u"\nCaused by: "_s : QString()) + heading(block, u"Crash"_s);
            if (!block.threadHeader.isEmpty())
                out << QString() << block.threadHeader;
            int number = 0;
            for (const Frame *frame : frames)
                out << nativeFrame(*frame, number++);
            break;
        }
        default:
            out << (cause ? u"Caused by: "_s : QString()) + heading(block);
            for (const Frame *frame : frames)
                out << javaScriptFrame(*frame);
            break;
        }
    }
    return out.join(u'\n');
}

} // namespace

RawStackTrace::Style RawStackTrace::styleFor(const QString &platform)
{
    static const QStringList java {u"java"_s, u"android"_s, u"kotlin"_s, u"scala"_s, u"groovy"_s, u"clojure"_s};
    static const QStringList native {u"native"_s, u"cocoa"_s, u"objc"_s, u"swift"_s, u"c"_s, u"cpp"_s, u"rust"_s};
    if (platform == u"python")
        return Style::Python;
    if (java.contains(platform))
        return Style::Java;
    if (platform == u"go")
        return Style::Go;
    if (native.contains(platform))
        return Style::Native;
    if (platform == u"php")
        return Style::Php;
    if (platform == u"ruby")
        return Style::Ruby;
    if (platform == u"csharp" || platform == u"dotnet")
        return Style::CSharp;
    return Style::JavaScript;
}

QString RawStackTrace::render(const Event &event)
{
    const Style style = styleFor(event.platform);
    // The crashed thread stands in for an exception that came without frames (native crashes).
    const Thread *crashed = nullptr;
    for (const Thread &thread : event.threads) {
        if (thread.crashed.value_or(false) && thread.stacktrace && !thread.stacktrace->frames.isEmpty()) {
            crashed = &thread;
            break;
        }
    }
    const auto threadHeader
        = [](const Thread &thread) { return u"Thread "_s + (thread.id.isEmpty() ? thread.name : thread.id) + u" Crashed:"_s; };
    QList<Block> blocks;
    for (const ExceptionValue &exception : event.exceptions) {
        Block block {exception.type, exception.value, exception.module,
            exception.mechanism ? exception.mechanism->source : QString(),
            exception.stacktrace ? &*exception.stacktrace : nullptr, {}};
        if ((!block.stack || block.stack->frames.isEmpty()) && crashed && &exception == &event.exceptions.constLast()) {
            block.stack = &*crashed->stacktrace;
            block.threadHeader = threadHeader(*crashed);
        }
        blocks.append(block);
    }
    if (blocks.isEmpty()) {
        const Stacktrace *stack = event.stacktrace ? &*event.stacktrace : crashed ? &*crashed->stacktrace : nullptr;
        if (!stack)
            return {};
        Block block {{}, event.logentry.text(), {}, {}, stack, {}};
        block.type = block.value.isEmpty() ? u"Stack trace"_s : QString();
        if (!event.stacktrace && crashed)
            block.threadHeader = threadHeader(*crashed);
        if (block.type.isEmpty()) {
            block.type = block.value;
            block.value.clear();
        }
        blocks.append(block);
    }
    return renderBlocks(style, blocks);
}

} // namespace lookout
