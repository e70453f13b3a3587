#include "StackTracePane.h"

#include "CodeViewer.h"
#include "SourceHighlighter.h"
#include "StackTraceDelegate.h"
#include "StackTraceModel.h"
#include "source/EditorCommand.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QEvent>
#include <QHeaderView>
#include <QMenu>
#include <QProcess>
#include <QStackedWidget>
#include <QToolBar>
#include <QTreeView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace lookout {

using Kind = StackTraceModel::RowKind;

static Kind kindOf(const QModelIndex &index)
{
    return Kind(index.data(StackTraceModel::RowKindRole).toInt());
}

StackTracePane::StackTracePane(QWidget *parent)
    : QWidget(parent)
    , m_model(new StackTraceModel(this))
    , m_delegate(new StackTraceDelegate(this))
    , m_view(new QTreeView(this))
    , m_raw(new CodeViewer(this))
    , m_stack(new QStackedWidget(this))
{
    setObjectName(u"stackTracePane"_s);
    m_view->setObjectName(u"stackTraceView"_s);
    m_view->setModel(m_model);
    m_view->setItemDelegate(m_delegate);
    m_view->setUniformRowHeights(false);
    m_view->setAllColumnsShowFocus(true);
    m_view->setAnimated(false);
    m_view->setIndentation(16);
    m_view->setFrameShape(QFrame::NoFrame);
    m_view->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    QHeaderView *header = m_view->header();
    header->setStretchLastSection(false);
    header->setSectionResizeMode(StackTraceModel::LocationColumn, QHeaderView::Stretch);
    header->resizeSection(StackTraceModel::FunctionColumn, 380);
    header->resizeSection(StackTraceModel::LineColumn, fontMetrics().horizontalAdvance(u"00000:000"_s) + 16);
    header->resizeSection(StackTraceModel::PackageColumn, 180);
    m_raw->setObjectName(u"rawStackTrace"_s);
    m_raw->setFrameShape(QFrame::NoFrame);

    m_stack->addWidget(m_view);
    m_stack->addWidget(m_raw);

    createActions();
    auto *toolbar = new QToolBar(this);
    toolbar->setObjectName(u"stackTraceToolbar"_s);
    toolbar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    toolbar->setIconSize(QSize(16, 16));
    toolbar->addAction(m_inAppOnly);
    toolbar->addAction(m_newestFirst);
    toolbar->addAction(m_rawAction);
    toolbar->addSeparator();
    toolbar->addAction(m_copy);
    toolbar->addAction(m_openInEditor);
    toolbar->addAction(m_mapPath);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(toolbar);
    layout->addWidget(m_stack, 1);

    connect(header, &QHeaderView::sectionResized, this, [this](int section) {
        if (section == StackTraceModel::FunctionColumn && !m_sizingColumns)
            m_functionWidthChosen = true;
    });
    connect(m_view, &QWidget::customContextMenuRequested, this, &StackTracePane::showContextMenu);
    connect(m_view, &QAbstractItemView::activated, this, [this](const QModelIndex &index) {
        const QModelIndex first = index.siblingAtColumn(0);
        if (m_model->hasChildren(first))
            m_view->setExpanded(first, !m_view->isExpanded(first));
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this, [this](const QModelIndex &current) {
        const bool frame = m_model->frameIndex(current).isValid();
        m_openInEditor->setEnabled(frame);
        m_moreLines->setEnabled(frame);
        m_mapPath->setEnabled(frame);
    });
    applyTheme();
}

void StackTracePane::createActions()
{
    m_inAppOnly = new QAction(tr("In-App Only"), this);
    m_inAppOnly->setObjectName(u"inAppOnlyAction"_s);
    m_inAppOnly->setCheckable(true);
    m_inAppOnly->setChecked(true);
    m_inAppOnly->setToolTip(tr("Fold system frames into \"N system frames\" rows"));
    connect(m_inAppOnly, &QAction::toggled, this,
        [this](bool on) { rebuildKeepingExpansion([this, on] { m_model->setInAppOnly(on); }); });

    m_newestFirst = new QAction(tr("Newest First"), this);
    m_newestFirst->setObjectName(u"newestFirstAction"_s);
    m_newestFirst->setCheckable(true);
    m_newestFirst->setChecked(true);
    m_newestFirst->setToolTip(tr("Show the most recent call first"));
    connect(m_newestFirst, &QAction::toggled, this,
        [this](bool on) { rebuildKeepingExpansion([this, on] { m_model->setNewestFirst(on); }); });

    m_rawAction = new QAction(tr("Raw"), this);
    m_rawAction->setObjectName(u"rawAction"_s);
    m_rawAction->setCheckable(true);
    m_rawAction->setToolTip(tr("The stack trace as text, in the platform's own format"));
    connect(m_rawAction, &QAction::toggled, this, &StackTracePane::setRawShown);

    m_copy = new QAction(tr("Copy"), this);
    m_copy->setShortcut(QKeySequence::Copy);
    m_copy->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(m_copy, &QAction::triggered, this, &StackTracePane::copySelection);

    m_openInEditor = new QAction(tr("Open in Editor"), this);
    m_openInEditor->setObjectName(u"openInEditorAction"_s);
    m_openInEditor->setShortcut(QKeySequence(Qt::Key_E));
    m_openInEditor->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_openInEditor->setToolTip(tr("Open the frame's file from the local checkout at its line (E)"));
    m_openInEditor->setEnabled(false);
    connect(m_openInEditor, &QAction::triggered, this, &StackTracePane::openInEditor);

    m_moreLines = new QAction(tr("Show More Lines"), this);
    // Not M: that marks the issue seen from anywhere in the window, and two actions on one key
    // in the same place make Qt run neither.
    m_moreLines->setShortcut(QKeySequence(Qt::Key_L));
    m_moreLines->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_moreLines->setEnabled(false);
    connect(m_moreLines, &QAction::triggered, this, &StackTracePane::showMoreLines);

    m_mapPath = new QAction(tr("Source Mapping…"), this);
    m_mapPath->setToolTip(tr("Map paths in this project's frames to a local checkout"));
    connect(m_mapPath, &QAction::triggered, this, [this] {
        const Frame *frame = m_model->frameAt(m_view->currentIndex());
        Q_EMIT sourceMappingRequested(frame ? (frame->absPath.isEmpty() ? frame->filename : frame->absPath) : QString());
    });
    for (QAction *action : {m_copy, m_openInEditor, m_moreLines})
        addAction(action);
}

bool StackTracePane::isRawShown() const
{
    return m_stack->currentWidget() == m_raw;
}

void StackTracePane::setRawShown(bool raw)
{
    if (raw)
        m_raw->setCode(m_model->toRawText(), QString());
    m_stack->setCurrentWidget(raw ? static_cast<QWidget *>(m_raw) : m_view);
    m_inAppOnly->setEnabled(!raw);
    m_newestFirst->setEnabled(!raw);
}

void StackTracePane::setEvent(const Event &event)
{
    m_model->setEvent(event);
    bool packages = false;
    const auto scan = [&packages](const std::optional<Stacktrace> &stack) {
        if (stack && !packages)
            packages
                = std::any_of(stack->frames.cbegin(), stack->frames.cend(), [](const Frame &f) { return !f.package.isEmpty(); });
    };
    for (const ExceptionValue &exception : event.exceptions)
        scan(exception.stacktrace);
    for (const Thread &thread : event.threads)
        scan(thread.stacktrace);
    scan(event.stacktrace);
    m_view->setColumnHidden(StackTraceModel::PackageColumn, !packages);
    configureRows({});
    expandDefaults();
    if (isRawShown())
        m_raw->setCode(m_model->toRawText(), QString());
}

void StackTracePane::setSourceMapping(const SourceMapping *mapping, const QString &project)
{
    rebuildKeepingExpansion([&] { m_model->setSourceMapping(mapping, project); });
}

void StackTracePane::configureRows(const QModelIndex &parent)
{
    // Everything but a frame reads across the columns.
    for (int row = 0; row < m_model->rowCount(parent); ++row) {
        const QModelIndex index = m_model->index(row, 0, parent);
        const Kind kind = kindOf(index);
        if (kind != Kind::Frame && kind != Kind::Variable)
            m_view->setFirstColumnSpanned(row, parent, true);
        if (m_model->hasChildren(index))
            configureRows(index);
    }
}

void StackTracePane::expandDefaults()
{
    bool exceptions = false;
    for (int row = 0; row < m_model->rowCount(); ++row)
        exceptions = exceptions || m_model->index(row, 0).data(StackTraceModel::SectionKindRole).toString() == u"exception";
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const QModelIndex section = m_model->index(row, 0);
        // Threads beside an exception are for digging; the exception is what happened.
        const bool thread = section.data(StackTraceModel::SectionKindRole).toString() == u"thread";
        if (!thread || !exceptions || (row == 0 && section.data(StackTraceModel::CrashedRole).toBool()))
            m_view->expand(section);
    }
    const QModelIndex crashing = m_model->crashingFrame();
    if (crashing.isValid()) {
        for (QModelIndex up = crashing.parent(); up.isValid(); up = up.parent())
            m_view->expand(up);
        m_view->expand(crashing);
        for (int row = 0; row < m_model->rowCount(crashing); ++row) {
            const QModelIndex child = m_model->index(row, 0, crashing);
            if (kindOf(child) == Kind::Variables)
                m_view->expand(child);
        }
        // Current (for the keyboard and "Open in editor") but not painted as selected.
        m_view->selectionModel()->setCurrentIndex(crashing, QItemSelectionModel::NoUpdate);
        m_view->scrollToTop();
    }
}

QStringList StackTracePane::expandedKeys() const
{
    QStringList keys;
    std::function<void(const QModelIndex &)> walk = [&](const QModelIndex &parent) {
        for (int row = 0; row < m_model->rowCount(parent); ++row) {
            const QModelIndex index = m_model->index(row, 0, parent);
            if (m_view->isExpanded(index)) {
                keys.append(index.data(StackTraceModel::RowKeyRole).toString());
                walk(index);
            }
        }
    };
    walk({});
    return keys;
}

void StackTracePane::restoreExpanded(const QStringList &keys)
{
    for (const QString &key : keys) {
        const QModelIndex index = m_model->indexForKey(key);
        if (!index.isValid())
            continue;
        // A frame that moved out of a folded group stays visible where it is now.
        for (QModelIndex up = index.parent(); up.isValid(); up = up.parent())
            m_view->expand(up);
        m_view->expand(index);
    }
}

void StackTracePane::rebuildKeepingExpansion(const std::function<void()> &change)
{
    const QStringList keys = expandedKeys();
    const QString current = m_view->currentIndex().data(StackTraceModel::RowKeyRole).toString();
    change();
    configureRows({});
    restoreExpanded(keys);
    const QModelIndex again = m_model->indexForKey(current);
    if (again.isValid()) {
        m_view->setCurrentIndex(again);
        m_view->scrollTo(again);
    }
    if (isRawShown())
        m_raw->setCode(m_model->toRawText(), QString());
}

void StackTracePane::showContextMenu(const QPoint &pos)
{
    const QModelIndex index = m_view->indexAt(pos);
    if (!index.isValid())
        return;
    m_view->setCurrentIndex(index);
    QMenu menu(this);
    menu.addAction(m_copy);
    if (m_model->frameIndex(index).isValid()) {
        menu.addSeparator();
        menu.addAction(m_openInEditor);
        menu.addAction(m_moreLines);
        menu.addAction(m_mapPath);
    }
    menu.exec(m_view->viewport()->mapToGlobal(pos));
}

void StackTracePane::openInEditor()
{
    const QModelIndex frame = m_model->frameIndex(m_view->currentIndex());
    const Frame *f = m_model->frameAt(frame);
    if (!f)
        return;
    const SourceMapping::Resolution local = m_model->localFile(frame);
    const QString path = f->absPath.isEmpty() ? f->filename : f->absPath;
    if (!local.ok()) {
        if (local.refusal == SourceMapping::Refusal::NoMapping)
            Q_EMIT sourceMappingRequested(path);
        else
            Q_EMIT statusMessage(tr("Cannot open %1: %2").arg(path, SourceMapping::describe(local.refusal)));
        return;
    }
    const QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    const EditorLaunch launch = EditorCommand::inTerminal(
        EditorCommand::build(local.localPath, f->lineno.value_or(0), m_editorCommand, environment), environment);
    if (!launch.isValid()) {
        Q_EMIT statusMessage(tr("Cannot open an editor: %1").arg(launch.error));
        return;
    }
    if (!QProcess::startDetached(launch.program, launch.arguments))
        Q_EMIT statusMessage(tr("Could not start %1").arg(launch.program));
    else
        Q_EMIT statusMessage(tr("Opened %1:%2").arg(local.localPath).arg(f->lineno.value_or(0)));
}

void StackTracePane::showMoreLines()
{
    const QModelIndex frame = m_model->frameIndex(m_view->currentIndex());
    if (!frame.isValid())
        return;
    if (m_model->showMoreContext(frame)) {
        m_view->expand(frame);
        // The source row grew; the view measures rows only when told.
        m_view->doItemsLayout();
        return;
    }
    const SourceMapping::Resolution local = m_model->localFile(frame);
    if (local.refusal == SourceMapping::Refusal::NoMapping) {
        const Frame *f = m_model->frameAt(frame);
        Q_EMIT sourceMappingRequested(f->absPath.isEmpty() ? f->filename : f->absPath);
    } else {
        Q_EMIT statusMessage(tr("No more lines: %1").arg(SourceMapping::describe(local.refusal)));
    }
}

void StackTracePane::copySelection()
{
    if (isRawShown()) {
        m_raw->copy();
        return;
    }
    const QModelIndex index = m_view->currentIndex().siblingAtColumn(0);
    if (!index.isValid())
        return;
    QString text;
    switch (kindOf(index)) {
    case Kind::Frame: {
        const QString line = index.siblingAtColumn(StackTraceModel::LineColumn).data().toString();
        text = index.data().toString() + u" ("_s + index.siblingAtColumn(StackTraceModel::LocationColumn).data().toString()
            + (line.isEmpty() ? QString() : QString(u':' + line)) + u')';
        break;
    }
    case Kind::Variable:
        text = index.data().toString() + u" = "_s + index.siblingAtColumn(StackTraceModel::LocationColumn).data().toString();
        break;
    default:
        text = index.data().toString();
        break;
    }
    QApplication::clipboard()->setText(text);
}

void StackTracePane::applyTheme()
{
    m_delegate->setTheme(SourceHighlighter::themeFor(palette()));
    m_view->viewport()->update();
}

void StackTracePane::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    // Functions and files share the width until the user says otherwise: native frames have long
    // functions and no file, Python ones long paths.
    if (!m_functionWidthChosen) {
        m_sizingColumns = true;
        m_view->header()->resizeSection(StackTraceModel::FunctionColumn, qMax(240, int(m_view->viewport()->width() * 0.42)));
        m_sizingColumns = false;
    }
}

void StackTracePane::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::ApplicationPaletteChange)
        applyTheme();
}

} // namespace lookout
