#pragma once

#include <QPlainTextEdit>

namespace KSyntaxHighlighting {
class SyntaxHighlighter;
}

namespace lookout {

// A read-only, highlighted text view for the raw event JSON and the raw stack trace. The text is
// plain text: nothing in it is interpreted as markup. The theme follows the palette.
class CodeViewer : public QPlainTextEdit
{
    Q_OBJECT
public:
    explicit CodeViewer(QWidget *parent = nullptr);
    ~CodeViewer() override;

    // definitionName as KSyntaxHighlighting names it ("JSON", "Python", ...); empty for none.
    void setCode(const QString &text, const QString &definitionName);
    QString themeName() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void applyTheme();

    KSyntaxHighlighting::SyntaxHighlighter *m_highlighter;
};

} // namespace lookout
