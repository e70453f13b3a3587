#pragma once

#include <QWidget>

#include <functional>

class QAction;
class QStackedWidget;
class QTreeView;

namespace lookout {

struct Event;
class CodeViewer;
class SourceMapping;
class StackTraceDelegate;
class StackTraceModel;

// The stack-trace pane: the exception chain and thread stacks as a tree, toggles for newest or
// oldest call first, in-app frames only or the full stack, and the raw text in the platform's own
// format; a frame expands to its highlighted source context and variables. From a frame, "Open in
// editor" opens the mapped local file at its line, and "Show more lines" reads more of it.
class StackTracePane : public QWidget
{
    Q_OBJECT
public:
    explicit StackTracePane(QWidget *parent = nullptr);

    void setEvent(const Event &event);
    void setSourceMapping(const SourceMapping *mapping, const QString &project);
    // The command template for "Open in editor" ({file}, {line}); empty for $VISUAL/$EDITOR.
    void setEditorCommand(const QString &command) { m_editorCommand = command; }

    StackTraceModel *model() const { return m_model; }
    QTreeView *view() const { return m_view; }
    CodeViewer *rawView() const { return m_raw; }
    StackTraceDelegate *delegate() const { return m_delegate; }
    QAction *newestFirstAction() const { return m_newestFirst; }
    QAction *inAppOnlyAction() const { return m_inAppOnly; }
    QAction *rawAction() const { return m_rawAction; }
    QAction *openInEditorAction() const { return m_openInEditor; }
    QAction *moreLinesAction() const { return m_moreLines; }
    bool isRawShown() const;

Q_SIGNALS:
    // The user asked to map the frame's path to a local checkout.
    void sourceMappingRequested(const QString &path);
    void statusMessage(const QString &message);

protected:
    void changeEvent(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void createActions();
    void applyTheme();
    void configureRows(const QModelIndex &parent);
    void expandDefaults();
    QStringList expandedKeys() const;
    void restoreExpanded(const QStringList &keys);
    void rebuildKeepingExpansion(const std::function<void()> &change);
    void showContextMenu(const QPoint &pos);
    void openInEditor();
    void showMoreLines();
    void copySelection();
    void setRawShown(bool raw);

    StackTraceModel *m_model;
    StackTraceDelegate *m_delegate;
    QTreeView *m_view;
    CodeViewer *m_raw;
    QStackedWidget *m_stack;
    QAction *m_newestFirst;
    QAction *m_inAppOnly;
    QAction *m_rawAction;
    QAction *m_copy;
    QAction *m_openInEditor;
    QAction *m_moreLines;
    QAction *m_mapPath;
    QString m_editorCommand;
    bool m_functionWidthChosen = false; // the user resized the function column
    bool m_sizingColumns = false;
};

} // namespace lookout
