#pragma once

#include <QList>
#include <QStringList>
#include <QTextLayout>

namespace KSyntaxHighlighting {
class Definition;
class Repository;
class Theme;
} // namespace KSyntaxHighlighting

class QPalette;

namespace lookout {

// Source highlighting with KSyntaxHighlighting: the app's one Repository (loading the syntax
// definitions is the costly part, so it happens once), the definition for a frame's file (by its
// name, else by the platform), a theme matching the palette, and formats for a block of lines.
class SourceHighlighter
{
public:
    using LineFormats = QList<QList<QTextLayout::FormatRange>>;

    static KSyntaxHighlighting::Repository &repository();
    // The file name of a path or URL ("webpack:///./src/app.js?v=3" -> "app.js"), else the platform's language.
    static KSyntaxHighlighting::Definition definitionFor(const QString &fileName, const QString &platform);
    static KSyntaxHighlighting::Definition definitionForPlatform(const QString &platform);
    // Breeze Light or Breeze Dark (or what KSyntaxHighlighting thinks closest), from the palette's base colour.
    static KSyntaxHighlighting::Theme themeFor(const QPalette &palette);
    // Formats for each line. The lines are highlighted in one pass, carrying the highlighter's state
    // from line to line, so a string or comment spanning lines is coloured as in an editor.
    static LineFormats highlight(
        const QStringList &lines, const KSyntaxHighlighting::Definition &definition, const KSyntaxHighlighting::Theme &theme);
};

} // namespace lookout
