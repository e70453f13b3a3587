#include "grouping/FrameComponent.h"

#include "grouping/FunctionNames.h"

#include <QRegularExpression>

#include <algorithm>

namespace lookout {

namespace {

const QString kFrame = QStringLiteral("frame");
const QString kFilename = QStringLiteral("filename");
const QString kModule = QStringLiteral("module");
const QString kFunction = QStringLiteral("function");
const QString kContextLine = QStringLiteral("context_line");

// Java code generators put run-specific numbers into class names; they must not split issues.
QString cleanJavaModule(const QString &module)
{
    static const QList<QRegularExpression> patterns {
        QRegularExpression(
            QStringLiteral("((?:sun|jdk\\.internal)\\.reflect\\.Generated(?:Serialization)?ConstructorAccessor)\\d+")),
        QRegularExpression(QStringLiteral("(\\$\\$[\\w_]+?CGLIB\\$\\$)[a-fA-F0-9]+(?:_[0-9]+)?")),
        QRegularExpression(QStringLiteral("(\\$\\$(?:FastClassByGuice|EnhancerByGuice)\\$\\$)[a-fA-F0-9]+")),
        QRegularExpression(QStringLiteral("(\\$HibernateProxy\\$)[\\w\\d]+")),
        QRegularExpression(QStringLiteral("(\\$\\$_javassist)(?:_seam)?(?:_[0-9]+)?")),
        QRegularExpression(QStringLiteral("(\\$fn__)\\d+")),
    };
    QString result = module;
    for (const QRegularExpression &re : patterns)
        result.replace(re, QStringLiteral("\\1<auto>"));
    return result;
}

} // namespace

bool hasUrlOrigin(const QString &path, bool allowFile)
{
    for (const QLatin1StringView scheme : {QLatin1StringView("http:"), QLatin1StringView("https:"),
             QLatin1StringView("applewebdata:"), QLatin1StringView("blob:")}) {
        if (path.startsWith(scheme))
            return true;
    }
    return allowFile && path.startsWith(QLatin1StringView("file:"));
}

bool hasSourcemap(const Frame &frame)
{
    if (frame.data.isEmpty())
        return false;
    const QJsonValue sourcemap = frame.data.value(u"sourcemap");
    return !sourcemap.isUndefined() && !sourcemap.isNull();
}

GroupingComponent frameComponentOf(const Frame &frame, const QString &platform, bool sourcemap)
{
    const PlatformFamily family = platformFamily(platform);

    GroupingComponent filename = GroupingComponent::leaf(kFilename);
    if (!frame.filename.isEmpty()) {
        const qsizetype cut = std::max(frame.filename.lastIndexOf(u'/'), frame.filename.lastIndexOf(u'\\'));
        const QString base = frame.filename.mid(cut + 1).toLower();
        filename = GroupingComponent::leaf(kFilename, base);
        if (hasUrlOrigin(frame.absPath, false)) {
            filename.disable(QStringLiteral("ignored because frame points to a URL"));
        } else if (base == u"<anonymous>") {
            filename.disable(QStringLiteral("ignored because filename is anonymous"));
        } else if (base == u"[native code]") {
            filename.disable(QStringLiteral("ignored because filename suggests native code"));
        } else if (platform == u"java") {
            static const QRegularExpression javassist(QStringLiteral("(\\$\\$_javassist)(?:_seam)?(?:_[0-9]+)?"));
            QString cleaned = base;
            cleaned.replace(javassist, QStringLiteral("\\1<auto>"));
            if (cleaned != base) {
                filename.setValue(cleaned);
                filename.hint = QStringLiteral("cleaned javassist parts");
            }
        }
    }

    GroupingComponent module = GroupingComponent::leaf(kModule);
    if (!frame.module.isEmpty()) {
        module = GroupingComponent::leaf(kModule, frame.module);
        if (family == PlatformFamily::JavaScript && frame.module.contains(u'/') && frame.absPath.endsWith(frame.module)) {
            module.disable(QStringLiteral("ignored bad javascript module"));
        } else if (platform == u"java") {
            if (frame.module.contains(QLatin1StringView("$$Lambda$")))
                module.disable(QStringLiteral("ignored java lambda"));
            static const QStringList reflection {QStringLiteral("sun.reflect.GeneratedMethodAccessor"),
                QStringLiteral("jdk.internal.reflect.GeneratedMethodAccessor")};
            bool handled = false;
            for (const QString &prefix : reflection) {
                if (frame.module.startsWith(prefix)) {
                    module.setValue(prefix);
                    module.hint = QStringLiteral("removed reflection marker");
                    handled = true;
                }
            }
            const QString cleaned = cleanJavaModule(frame.module);
            if (!handled && cleaned != frame.module) {
                module.setValue(cleaned);
                module.hint = QStringLiteral("removed codegen marker");
            }
        }
    }
    if (module.contributes && filename.contributes)
        filename.disable(QStringLiteral("ignored because module takes precedence"));

    std::optional<GroupingComponent> contextLine;
    if (platform == u"javascript" || platform == u"node" || platform == u"python" || platform == u"php" || platform == u"ruby") {
        const QString line = frame.contextLine.simplified();
        contextLine = line.isEmpty() ? GroupingComponent::leaf(kContextLine) : GroupingComponent::leaf(kContextLine, line);
        if (!line.isEmpty()) {
            if (frame.contextLine.size() > 120)
                contextLine->disable(QStringLiteral("ignored because line is too long"));
            else if (family == PlatformFamily::JavaScript && frame.function.isEmpty() && hasUrlOrigin(frame.absPath, true))
                contextLine->disable(QStringLiteral("ignored because file path is a URL and function name is missing"));
        }
    }

    // Function: C# prefers the raw name untouched; elsewhere the name, trimmed unless a raw one exists.
    QString func;
    if (platform == u"csharp") {
        func = frame.rawFunction.isEmpty() ? frame.function : frame.rawFunction;
    } else {
        func = frame.function.isEmpty() ? frame.rawFunction : frame.function;
        if (frame.rawFunction.isEmpty() && !frame.function.isEmpty())
            func = FunctionNames::trim(func, platform);
    }
    GroupingComponent function = GroupingComponent::leaf(kFunction);
    if (!func.isEmpty()) {
        function = GroupingComponent::leaf(kFunction, func);
        if (platform == u"ruby") {
            static const QRegularExpression erb(QStringLiteral("__\\d{4,}_\\d{4,}$"));
            if (func.startsWith(QLatin1StringView("block "))) {
                function.setValue(QStringLiteral("block"));
                function.hint = QStringLiteral("ruby block");
            } else if (QString cleaned = QString(func).remove(erb); cleaned != func) {
                function.setValue(cleaned);
                function.hint = QStringLiteral("removed generated erb template suffix");
            }
        } else if (platform == u"php") {
            if (func.startsWith(QLatin1StringView("[Anonymous")) || func.startsWith(QStringLiteral("class@anonymous\u0000")))
                function.disable(QStringLiteral("ignored anonymous function"));
            if (func.startsWith(QLatin1StringView("class@anonymous"))) {
                const QString method = func.section(QStringLiteral("::"), -1);
                if (method != func) {
                    function.setValue(method);
                    function.hint = QStringLiteral("anonymous class method");
                }
            }
        } else if (platform == u"java") {
            if (func.startsWith(QLatin1StringView("lambda$")))
                function.disable(QStringLiteral("ignored lambda function"));
        } else if (family == PlatformFamily::Native) {
            if (func == u"<redacted>" || func == u"<unknown>")
                function.disable(QStringLiteral("ignored unknown function"));
        } else if (family == PlatformFamily::JavaScript) {
            const QString last = func.section(u'.', -1);
            if (last != func) {
                function.setValue(last);
                function.hint = QStringLiteral("trimmed javascript function");
            }
            if (sourcemap && contextLine && contextLine->contributes)
                function.disable(QStringLiteral("ignored because sourcemap used and context line available"));
        }
    }

    QString jsName;
    if (family == PlatformFamily::JavaScript) {
        jsName = (frame.rawFunction.isEmpty() ? frame.function : frame.rawFunction).section(u'.', -1);
        static const QStringList unknown {QStringLiteral("?"), QStringLiteral("<anonymous function>"),
            QStringLiteral("<anonymous>"), QStringLiteral("Anonymous function")};
        if (jsName.isEmpty())
            function.contributes = false;
        else if (unknown.contains(jsName) || jsName.endsWith(QLatin1StringView("/<")))
            function.disable(QStringLiteral("ignored unknown function name"));
    }

    QList<GroupingComponent> children;
    children.reserve(4);
    children << module << filename << function;
    if (contextLine)
        children << *contextLine;
    GroupingComponent result = GroupingComponent::node(kFrame, std::move(children), true);
    if (family == PlatformFamily::JavaScript) {
        static const QStringList lowQuality {QStringLiteral("[native code]"), QStringLiteral("native code"),
            QStringLiteral("eval code"), QStringLiteral("<anonymous>")};
        if (jsName == u"eval" || lowQuality.contains(frame.absPath))
            result.disable(QStringLiteral("ignored low quality javascript frame"));
    }
    return result;
}

} // namespace lookout
