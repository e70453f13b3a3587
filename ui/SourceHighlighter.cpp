#include "SourceHighlighter.h"

#include <KSyntaxHighlighting/AbstractHighlighter>
#include <KSyntaxHighlighting/Definition>
#include <KSyntaxHighlighting/Format>
#include <KSyntaxHighlighting/Repository>
#include <KSyntaxHighlighting/State>
#include <KSyntaxHighlighting/Theme>

#include <QHash>
#include <QPalette>

using namespace Qt::StringLiterals;

namespace lookout {

namespace {

class LineCollector : public KSyntaxHighlighting::AbstractHighlighter
{
public:
    SourceHighlighter::LineFormats run(const QStringList &lines)
    {
        SourceHighlighter::LineFormats formats;
        formats.reserve(lines.size());
        KSyntaxHighlighting::State state;
        for (const QString &line : lines) {
            m_current.clear();
            state = highlightLine(line, state);
            formats.append(m_current);
        }
        return formats;
    }

protected:
    void applyFormat(int offset, int length, const KSyntaxHighlighting::Format &format) override
    {
        if (length <= 0 || format.isDefaultTextStyle(theme()))
            return;
        QTextCharFormat charFormat;
        if (format.hasTextColor(theme()))
            charFormat.setForeground(format.textColor(theme()));
        if (format.hasBackgroundColor(theme()))
            charFormat.setBackground(format.backgroundColor(theme()));
        if (format.isBold(theme()))
            charFormat.setFontWeight(QFont::Bold);
        if (format.isItalic(theme()))
            charFormat.setFontItalic(true);
        if (format.isUnderline(theme()))
            charFormat.setFontUnderline(true);
        m_current.append({offset, length, charFormat});
    }

private:
    QList<QTextLayout::FormatRange> m_current;
};

} // namespace

KSyntaxHighlighting::Repository &SourceHighlighter::repository()
{
    static KSyntaxHighlighting::Repository repository;
    return repository;
}

KSyntaxHighlighting::Definition SourceHighlighter::definitionForPlatform(const QString &platform)
{
    static const QHash<QString, QString> languages {{u"python"_s, u"Python"_s}, {u"javascript"_s, u"JavaScript"_s},
        {u"node"_s, u"JavaScript"_s}, {u"java"_s, u"Java"_s}, {u"android"_s, u"Java"_s}, {u"kotlin"_s, u"Kotlin"_s},
        {u"scala"_s, u"Scala"_s}, {u"groovy"_s, u"Groovy"_s}, {u"go"_s, u"Go"_s}, {u"cocoa"_s, u"Objective-C"_s},
        {u"objc"_s, u"Objective-C"_s}, {u"swift"_s, u"Swift"_s}, {u"native"_s, u"C++"_s}, {u"c"_s, u"C"_s}, {u"cpp"_s, u"C++"_s},
        {u"php"_s, u"PHP/PHP"_s}, {u"ruby"_s, u"Ruby"_s}, {u"csharp"_s, u"C#"_s}, {u"rust"_s, u"Rust"_s},
        {u"elixir"_s, u"Elixir"_s}, {u"dart"_s, u"Dart"_s}, {u"perl"_s, u"Perl"_s}, {u"lua"_s, u"Lua"_s}};
    return repository().definitionForName(languages.value(platform.toLower()));
}

KSyntaxHighlighting::Definition SourceHighlighter::definitionFor(const QString &fileName, const QString &platform)
{
    QString name = fileName;
    for (const QChar cut : {u'?', u'#'}) {
        const qsizetype at = name.indexOf(cut);
        if (at >= 0)
            name.truncate(at);
    }
    name = name.section(u'/', -1).section(u'\\', -1);
    if (name.endsWith(u".php", Qt::CaseInsensitive)) {
        // Context lines are the middle of a file: plain PHP, not the HTML a .php file starts in.
        return repository().definitionForName(u"PHP/PHP"_s);
    }
    if (!name.isEmpty()) {
        const KSyntaxHighlighting::Definition byName = repository().definitionForFileName(name);
        if (byName.isValid())
            return byName;
    }
    return definitionForPlatform(platform);
}

KSyntaxHighlighting::Theme SourceHighlighter::themeFor(const QPalette &palette)
{
    return repository().themeForPalette(palette);
}

SourceHighlighter::LineFormats SourceHighlighter::highlight(
    const QStringList &lines, const KSyntaxHighlighting::Definition &definition, const KSyntaxHighlighting::Theme &theme)
{
    if (!definition.isValid() || !theme.isValid())
        return LineFormats(lines.size());
    LineCollector collector;
    collector.setDefinition(definition);
    collector.setTheme(theme);
    return collector.run(lines);
}

} // namespace lookout
