#include "StackTraceModel.h"

#include "RawStackTrace.h"
#include "source/SourceMapping.h"

#include <QJsonArray>
#include <QJsonObject>

#include <algorithm>
#include <numeric>

using namespace Qt::StringLiterals;

namespace lookout {

// Sentry's SDKs send a handful of context lines; the local file gives this many on each side.
static constexpr int localContextLines = 5;
// Variables can be large; a tree of this size is already more than anyone reads.
static constexpr int maxVariableChildren = 500;
static constexpr int maxVariableDepth = 12;

StackTraceModel::StackTraceModel(QObject *parent)
    : QAbstractItemModel(parent)
{
    m_nodes.emplace_back(); // the root
}

void StackTraceModel::clear()
{
    setEvent(Event {});
}

void StackTraceModel::setEvent(const Event &event)
{
    beginResetModel();
    m_event = event;
    m_sections.clear();
    m_extraContext.clear();
    for (int i = 0; i < m_event.exceptions.size(); ++i)
        m_sections.append({u"exception"_s, i, -1});
    if (m_event.stacktrace)
        m_sections.append({u"stacktrace"_s, -1, -1});
    QList<int> threads;
    for (int i = 0; i < m_event.threads.size(); ++i) {
        if (m_event.threads.at(i).stacktrace && !m_event.threads.at(i).stacktrace->frames.isEmpty())
            threads.append(i);
    }
    // The crashed thread is what the user came for, then the one that was current.
    const auto rank = [this](int i) {
        const Thread &thread = m_event.threads.at(i);
        return thread.crashed.value_or(false) ? 0 : thread.current.value_or(false) ? 1 : 2;
    };
    std::stable_sort(threads.begin(), threads.end(), [&](int a, int b) { return rank(a) < rank(b); });
    for (int i : std::as_const(threads))
        m_sections.append({u"thread"_s, -1, i});
    rebuild();
    endResetModel();
}

void StackTraceModel::setNewestFirst(bool newestFirst)
{
    if (m_newestFirst == newestFirst)
        return;
    beginResetModel();
    m_newestFirst = newestFirst;
    rebuild();
    endResetModel();
}

void StackTraceModel::setInAppOnly(bool inAppOnly)
{
    if (m_inAppOnly == inAppOnly)
        return;
    beginResetModel();
    m_inAppOnly = inAppOnly;
    rebuild();
    endResetModel();
}

void StackTraceModel::setSourceMapping(const SourceMapping *mapping, const QString &project)
{
    beginResetModel();
    m_mapping = mapping;
    m_project = project;
    m_extraContext.clear();
    rebuild();
    endResetModel();
}

const Stacktrace *StackTraceModel::stackOf(int section) const
{
    const Section &s = m_sections.at(section);
    const std::optional<Stacktrace> *stack = nullptr;
    if (s.exception >= 0)
        stack = &m_event.exceptions.at(s.exception).stacktrace;
    else if (s.thread >= 0)
        stack = &m_event.threads.at(s.thread).stacktrace;
    else
        stack = &m_event.stacktrace;
    return stack->has_value() ? &**stack : nullptr;
}

const Frame &StackTraceModel::frameOf(const Node &node) const
{
    return stackOf(node.section)->frames.at(node.frame);
}

int StackTraceModel::addNode(Node node)
{
    const int index = int(m_nodes.size());
    node.row = int(m_nodes[node.parent].children.size());
    m_nodes[node.parent].children.push_back(index);
    m_nodes.push_back(std::move(node));
    return index;
}

void StackTraceModel::rebuild()
{
    m_nodes.clear();
    m_nodes.emplace_back();
    m_sourceCache.clear();
    QList<int> order;
    for (int i = 0; i < m_sections.size(); ++i) {
        if (m_sections.at(i).exception >= 0)
            order.append(i);
    }
    // Newest first shows the exception that reached the SDK first, its causes below it.
    if (m_newestFirst)
        std::reverse(order.begin(), order.end());
    for (int i = 0; i < m_sections.size(); ++i) {
        if (m_sections.at(i).exception < 0)
            order.append(i);
    }
    for (int section : std::as_const(order)) {
        const Stacktrace *stack = stackOf(section);
        Node node;
        node.kind = RowKind::Section;
        node.parent = 0;
        node.section = section;
        node.count = stack ? int(stack->frames.size()) : 0;
        node.key = u"s"_s + QString::number(section);
        addFrames(addNode(node), section);
    }
}

void StackTraceModel::addFrames(int sectionNode, int section)
{
    const Stacktrace *stack = stackOf(section);
    if (!stack)
        return;
    const QList<Frame> &frames = stack->frames;
    QList<int> order(frames.size());
    std::iota(order.begin(), order.end(), 0);
    if (m_newestFirst)
        std::reverse(order.begin(), order.end());
    const bool anyInApp = std::any_of(frames.cbegin(), frames.cend(), [](const Frame &f) { return f.inApp.value_or(false); });
    const bool fold = m_inAppOnly && anyInApp;
    for (qsizetype i = 0; i < order.size();) {
        if (!fold || frames.at(order.at(i)).inApp.value_or(false)) {
            addFrame(sectionNode, section, order.at(i));
            ++i;
            continue;
        }
        qsizetype end = i;
        while (end < order.size() && !frames.at(order.at(end)).inApp.value_or(false))
            ++end;
        Node group;
        group.kind = RowKind::SystemFrames;
        group.parent = sectionNode;
        group.section = section;
        group.count = int(end - i);
        group.key = m_nodes[sectionNode].key + u"/g"_s + QString::number(std::min(order.at(i), order.at(end - 1)));
        const int groupNode = addNode(group);
        for (; i < end; ++i)
            addFrame(groupNode, section, order.at(i));
    }
    if (!stack->registers.isEmpty()) {
        Node registers;
        registers.kind = RowKind::Registers;
        registers.parent = sectionNode;
        registers.section = section;
        registers.count = int(stack->registers.size());
        registers.key = m_nodes[sectionNode].key + u"/registers"_s;
        const int node = addNode(registers);
        for (auto it = stack->registers.constBegin(); it != stack->registers.constEnd(); ++it)
            addVariables(node, it.key(), it.value(), registers.key + u'/' + it.key());
    }
}

int StackTraceModel::addFrame(int parent, int section, int frame)
{
    Node node;
    node.kind = RowKind::Frame;
    node.parent = parent;
    node.section = section;
    node.frame = frame;
    node.key = u"s"_s + QString::number(section) + u"/f"_s + QString::number(frame);
    const int frameNode = addNode(node);
    const Frame &f = stackOf(section)->frames.at(frame);
    if (hasEventContext(f) || mayHaveLocalSource(f)) {
        Node source;
        source.kind = RowKind::Source;
        source.parent = frameNode;
        source.section = section;
        source.frame = frame;
        source.key = node.key + u"/source"_s;
        addNode(source);
    }
    if (!f.vars.isEmpty()) {
        Node vars;
        vars.kind = RowKind::Variables;
        vars.parent = frameNode;
        vars.section = section;
        vars.frame = frame;
        vars.count = int(f.vars.size());
        vars.key = node.key + u"/vars"_s;
        const int varsNode = addNode(vars);
        for (auto it = f.vars.constBegin(); it != f.vars.constEnd(); ++it)
            addVariables(varsNode, it.key(), it.value(), vars.key + u'/' + it.key());
    }
    return frameNode;
}

void StackTraceModel::addVariables(int parent, const QString &name, const QJsonValue &value, const QString &key, int depth)
{
    Node node;
    node.kind = RowKind::Variable;
    node.parent = parent;
    node.section = m_nodes[parent].section;
    node.frame = m_nodes[parent].frame;
    node.name = name;
    node.value = value;
    node.key = key;
    const int index = addNode(node);
    if (depth >= maxVariableDepth)
        return;
    if (value.isObject()) {
        const QJsonObject object = value.toObject();
        int n = 0;
        for (auto it = object.constBegin(); it != object.constEnd() && n < maxVariableChildren; ++it, ++n)
            addVariables(index, it.key(), it.value(), key + u'/' + it.key(), depth + 1);
    } else if (value.isArray()) {
        const QJsonArray array = value.toArray();
        for (qsizetype i = 0; i < array.size() && i < maxVariableChildren; ++i)
            addVariables(
                index, u'[' + QString::number(i) + u']', array.at(i), key + u"/["_s + QString::number(i) + u']', depth + 1);
    }
}

bool StackTraceModel::hasEventContext(const Frame &frame) const
{
    return frame.hasContextLine || !frame.contextLine.isEmpty() || !frame.preContext.isEmpty() || !frame.postContext.isEmpty();
}

QStringList StackTraceModel::framePaths(const Frame &frame) const
{
    QStringList paths;
    for (const QString &path : {frame.absPath, frame.filename}) {
        if (!path.isEmpty() && !paths.contains(path))
            paths.append(path);
    }
    return paths;
}

bool StackTraceModel::mayHaveLocalSource(const Frame &frame) const
{
    if (!m_mapping || !frame.lineno)
        return false;
    const QStringList paths = framePaths(frame);
    return std::any_of(paths.cbegin(), paths.cend(), [this](const QString &p) { return m_mapping->covers(m_project, p); });
}

QString StackTraceModel::platformOf(const Frame &frame) const
{
    return frame.platform.isEmpty() ? m_event.platform : frame.platform;
}

const StackTraceModel::SourceBlock &StackTraceModel::sourceBlock(int nodeIndex) const
{
    const auto cached = m_sourceCache.constFind(nodeIndex);
    if (cached != m_sourceCache.cend())
        return *cached;
    const Node &node = m_nodes[nodeIndex];
    const Frame &frame = frameOf(node);
    const int extra = m_extraContext.value(m_nodes[node.parent].key);
    SourceBlock block;
    const bool eventLines = hasEventContext(frame);
    if (eventLines) {
        block.lines = frame.preContext;
        block.lines.append(frame.contextLine);
        block.lines.append(frame.postContext);
        // Some SDKs (Ruby's) keep each line's newline.
        for (QString &line : block.lines) {
            while (line.endsWith(u'\n') || line.endsWith(u'\r'))
                line.chop(1);
        }
        block.errorIndex = int(frame.preContext.size());
        block.firstLine = frame.lineno ? qMax(0, *frame.lineno - int(frame.preContext.size())) : 0;
    }
    if (m_mapping && frame.lineno && (!eventLines || extra > 0)) {
        SourceMapping::Refusal refusal = SourceMapping::Refusal::NoMapping;
        const int around = localContextLines + extra;
        const std::optional<LocalSource> local
            = m_mapping->readContext(m_project, framePaths(frame), *frame.lineno, around, around, &refusal);
        if (local) {
            block.lines = local->lines;
            block.firstLine = local->firstLine;
            block.errorIndex = *frame.lineno - local->firstLine;
            block.local = true;
            block.localPath = local->localPath;
            block.note = tr("From the local file %1; it may differ from the deployed code.").arg(local->localPath);
        } else if (!eventLines) {
            block.note = tr("No source context: %1.").arg(SourceMapping::describe(refusal));
        }
    }
    return *m_sourceCache.insert(nodeIndex, block);
}

bool StackTraceModel::showMoreContext(const QModelIndex &frameIndex, int contextLines)
{
    if (!frameIndex.isValid() || !m_mapping)
        return false;
    int frameNode = int(frameIndex.internalId());
    while (frameNode > 0 && m_nodes[frameNode].kind != RowKind::Frame)
        frameNode = m_nodes[frameNode].parent;
    if (frameNode <= 0)
        return false;
    const Node &node = m_nodes[frameNode];
    const Frame &frame = frameOf(node);
    if (!frame.lineno || node.children.empty() || m_nodes[node.children.front()].kind != RowKind::Source)
        return false;
    const int extra = m_extraContext.value(node.key) + contextLines;
    const int around = localContextLines + extra;
    if (!m_mapping->readContext(m_project, framePaths(frame), *frame.lineno, around, around))
        return false;
    m_extraContext.insert(node.key, extra);
    const int sourceNode = node.children.front();
    m_sourceCache.remove(sourceNode);
    const QModelIndex source = createIndex(0, 0, quintptr(sourceNode));
    Q_EMIT dataChanged(source, source.siblingAtColumn(NUM_COLUMNS - 1));
    return true;
}

QModelIndex StackTraceModel::crashingFrame() const
{
    for (int sectionNode : m_nodes[0].children) {
        // The innermost frame has the highest index; prefer the innermost in-app one.
        int best = -1;
        bool bestInApp = false;
        std::vector<int> pending(m_nodes[sectionNode].children);
        while (!pending.empty()) {
            const int n = pending.back();
            pending.pop_back();
            const Node &node = m_nodes[n];
            if (node.kind == RowKind::SystemFrames)
                pending.insert(pending.end(), node.children.begin(), node.children.end());
            if (node.kind != RowKind::Frame)
                continue;
            const bool inApp = frameOf(node).inApp.value_or(false);
            if (best < 0 || (inApp && !bestInApp) || (inApp == bestInApp && node.frame > m_nodes[best].frame)) {
                best = n;
                bestInApp = inApp;
            }
        }
        if (best > 0)
            return createIndex(m_nodes[best].row, 0, quintptr(best));
    }
    return {};
}

QModelIndex StackTraceModel::frameIndex(const QModelIndex &index) const
{
    if (!index.isValid())
        return {};
    int n = int(index.internalId());
    while (n > 0 && m_nodes[n].kind != RowKind::Frame) {
        if (m_nodes[n].kind == RowKind::Section || m_nodes[n].kind == RowKind::Registers
            || m_nodes[n].kind == RowKind::SystemFrames)
            return {};
        n = m_nodes[n].parent;
    }
    return n > 0 ? createIndex(m_nodes[n].row, 0, quintptr(n)) : QModelIndex();
}

const Frame *StackTraceModel::frameAt(const QModelIndex &index) const
{
    const QModelIndex frame = frameIndex(index);
    return frame.isValid() ? &frameOf(m_nodes[frame.internalId()]) : nullptr;
}

SourceMapping::Resolution StackTraceModel::localFile(const QModelIndex &index) const
{
    const Frame *frame = frameAt(index);
    if (!m_mapping || !frame)
        return {{}, SourceMapping::Refusal::NoMapping};
    return m_mapping->resolveFirst(m_project, framePaths(*frame));
}

QModelIndex StackTraceModel::indexForKey(const QString &key) const
{
    for (size_t n = 1; n < m_nodes.size(); ++n) {
        if (m_nodes[n].key == key)
            return createIndex(m_nodes[n].row, 0, quintptr(n));
    }
    return {};
}

QString StackTraceModel::toRawText() const
{
    return RawStackTrace::render(m_event);
}

QModelIndex StackTraceModel::index(int row, int column, const QModelIndex &parent) const
{
    if (column < 0 || column >= NUM_COLUMNS || row < 0)
        return {};
    const int parentNode = parent.isValid() ? int(parent.internalId()) : 0;
    if (parent.isValid() && parent.column() != 0)
        return {};
    const std::vector<int> &children = m_nodes[parentNode].children;
    if (row >= int(children.size()))
        return {};
    return createIndex(row, column, quintptr(children[row]));
}

QModelIndex StackTraceModel::parent(const QModelIndex &child) const
{
    if (!child.isValid())
        return {};
    const int parentNode = m_nodes[child.internalId()].parent;
    if (parentNode <= 0)
        return {};
    return createIndex(m_nodes[parentNode].row, 0, quintptr(parentNode));
}

int StackTraceModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid() && parent.column() != 0)
        return 0;
    return int(m_nodes[parent.isValid() ? parent.internalId() : 0].children.size());
}

int StackTraceModel::columnCount(const QModelIndex &) const
{
    return NUM_COLUMNS;
}

} // namespace lookout
