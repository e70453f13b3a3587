#pragma once

#include <KSyntaxHighlighting/Definition>
#include <KSyntaxHighlighting/Theme>

#include <QHash>
#include <QStyledItemDelegate>
#include <QTextLayout>

#include <memory>
#include <vector>

namespace lookout {

// Paints StackTraceModel rows: exceptions and threads with their badges, frames (in-app ones
// marked and in full colour, system ones muted), folded system frames, and source context as a
// highlighted code block with line numbers and the frame's line marked. Everything is drawn as
// plain text: nothing from an event is interpreted as markup.
class StackTraceDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    explicit StackTraceDelegate(QObject *parent = nullptr);
    ~StackTraceDelegate() override;

    void setTheme(const KSyntaxHighlighting::Theme &theme);
    KSyntaxHighlighting::Theme theme() const { return m_theme; }
    QFont codeFont() const { return m_code; }

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

    // How many source blocks have been highlighted (each block once per theme); for tests.
    int highlightedBlocks() const { return m_highlightCount; }

private:
    struct CodeBlock
    {
        QStringList lines;
        std::vector<std::unique_ptr<QTextLayout>> layouts;
    };
    void paintBackground(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const;
    void paintSection(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const;
    void paintFrame(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const;
    void paintSource(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const;
    void paintCaption(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const;
    const CodeBlock &codeBlock(const QModelIndex &index) const;
    KSyntaxHighlighting::Definition definition(const QString &fileName, const QString &platform) const;
    int pill(QPainter *painter, int right, const QRect &row, const QString &text, const QColor &background,
        const QColor &foreground) const;

    KSyntaxHighlighting::Theme m_theme;
    QFont m_code;
    mutable QHash<QString, std::shared_ptr<CodeBlock>> m_blocks; // by row key
    mutable QHash<QString, KSyntaxHighlighting::Definition> m_definitions;
    mutable int m_highlightCount = 0;
};

} // namespace lookout
