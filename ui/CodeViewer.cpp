#include "CodeViewer.h"

#include "SourceHighlighter.h"

#include <KSyntaxHighlighting/Definition>
#include <KSyntaxHighlighting/Repository>
#include <KSyntaxHighlighting/SyntaxHighlighter>
#include <KSyntaxHighlighting/Theme>

#include <QEvent>
#include <QFontDatabase>

namespace lookout {

CodeViewer::CodeViewer(QWidget *parent)
    : QPlainTextEdit(parent)
    , m_highlighter(new KSyntaxHighlighting::SyntaxHighlighter(document()))
{
    setReadOnly(true);
    setLineWrapMode(QPlainTextEdit::NoWrap);
    setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    applyTheme();
}

CodeViewer::~CodeViewer() = default;

void CodeViewer::setCode(const QString &text, const QString &definitionName)
{
    m_highlighter->setDefinition(SourceHighlighter::repository().definitionForName(definitionName));
    setPlainText(text);
}

QString CodeViewer::themeName() const
{
    return m_highlighter->theme().name();
}

void CodeViewer::applyTheme()
{
    const KSyntaxHighlighting::Theme theme = SourceHighlighter::themeFor(palette());
    if (theme.name() == m_highlighter->theme().name())
        return;
    m_highlighter->setTheme(theme);
    m_highlighter->rehighlight();
}

void CodeViewer::changeEvent(QEvent *event)
{
    QPlainTextEdit::changeEvent(event);
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::ApplicationPaletteChange)
        applyTheme();
}

} // namespace lookout
