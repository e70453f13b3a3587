// StackTraceModel's data(): what each kind of row shows and tells a delegate.
#include "StackTraceModel.h"

#include "PlainText.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace lookout {

QVariant StackTraceModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Columns(section)) {
    case FunctionColumn:
        return tr("Function");
    case LocationColumn:
        return tr("File");
    case LineColumn:
        return tr("Line");
    case PackageColumn:
        return tr("Package");
    case NUM_COLUMNS:
        break;
    }
    return {};
}

static QString variableText(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::String:
        return value.toString();
    case QJsonValue::Bool:
        return value.toBool() ? u"true"_s : u"false"_s;
    case QJsonValue::Double: {
        const double d = value.toDouble();
        if (d == double(qint64(d)) && qAbs(d) < 1e15)
            return QString::number(qint64(d));
        return QString::number(d, 'g', 17);
    }
    case QJsonValue::Null:
        return u"null"_s;
    case QJsonValue::Object:
    case QJsonValue::Array: {
        // A preview of the whole value; the children show each part.
        const QByteArray json = value.isObject() ? QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact)
                                                 : QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact);
        QString text = QString::fromUtf8(json);
        if (text.size() > 200)
            text = text.left(199) + QChar(0x2026);
        return text;
    }
    case QJsonValue::Undefined:
        break;
    }
    return {};
}

QVariant StackTraceModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const int nodeIndex = int(index.internalId());
    const Node &node = m_nodes[nodeIndex];
    if (role == RowKindRole)
        return int(node.kind);
    if (role == RowKeyRole)
        return node.key;
    switch (node.kind) {
    case RowKind::Section:
        return sectionData(node, index.column(), role);
    case RowKind::Frame:
        return frameData(node, index.column(), role);
    case RowKind::Source:
        return index.column() == FunctionColumn || role != Qt::DisplayRole ? sourceData(nodeIndex, node, role) : QVariant();
    case RowKind::SystemFrames:
        if (role == FrameCountRole)
            return node.count;
        if (role == Qt::DisplayRole && index.column() == FunctionColumn)
            return node.count == 1 ? tr("1 system frame") : tr("%1 system frames").arg(node.count);
        return {};
    case RowKind::Variables:
    case RowKind::Registers:
        if (role == FrameCountRole)
            return node.count;
        if (role == Qt::DisplayRole && index.column() == FunctionColumn)
            return node.kind == RowKind::Variables ? tr("Variables") : tr("Registers");
        return {};
    case RowKind::Variable:
        if (role == VariableValueRole)
            return node.value.toVariant();
        if (role == Qt::DisplayRole && index.column() == FunctionColumn)
            return node.name;
        if ((role == Qt::DisplayRole || role == Qt::ToolTipRole) && index.column() == LocationColumn) {
            const QString text = variableText(node.value);
            return role == Qt::DisplayRole ? text : QVariant(plainToolTip(text));
        }
        return {};
    }
    return {};
}

QVariant StackTraceModel::sectionData(const Node &node, int column, int role) const
{
    const Section &section = m_sections.at(node.section);
    const ExceptionValue *exception = section.exception >= 0 ? &m_event.exceptions.at(section.exception) : nullptr;
    const Thread *thread = section.thread >= 0 ? &m_event.threads.at(section.thread) : nullptr;
    switch (role) {
    case Qt::DisplayRole:
        if (column != FunctionColumn)
            return {};
        if (exception) {
            const QString type = exception->type.isEmpty() ? tr("Exception") : exception->type;
            return exception->value.isEmpty() ? type : type + u": "_s + exception->value;
        }
        if (thread) {
            const QString id = thread->id.isEmpty() ? thread->name : thread->id;
            return thread->name.isEmpty() || thread->name == id ? tr("Thread %1").arg(id)
                                                                : tr("Thread %1 \"%2\"").arg(id, thread->name);
        }
        return tr("Stack trace");
    case Qt::ToolTipRole:
        return exception && column == FunctionColumn ? QVariant(plainToolTip(exception->value)) : QVariant();
    case SectionKindRole:
        return section.kind;
    case ExceptionTypeRole:
        return exception ? QVariant(exception->type) : QVariant();
    case ExceptionValueRole:
        return exception ? QVariant(exception->value) : QVariant();
    case MechanismRole:
        return exception && exception->mechanism ? QVariant(exception->mechanism->type) : QVariant();
    case HandledRole:
        if (exception && exception->mechanism && exception->mechanism->handled)
            return *exception->mechanism->handled;
        return {};
    case CrashedRole:
        return thread ? thread->crashed.value_or(false) : false;
    case FrameCountRole:
        return node.count;
    case PlatformRole:
        return m_event.platform;
    default:
        return {};
    }
}

static QString shortPackage(const QString &package)
{
    const qsizetype slash = std::max(package.lastIndexOf(u'/'), package.lastIndexOf(u'\\'));
    return slash >= 0 ? package.mid(slash + 1) : package;
}

static QString functionName(const Frame &frame)
{
    for (const QString *name : {&frame.function, &frame.rawFunction, &frame.symbol}) {
        if (!name->isEmpty())
            return *name;
    }
    return frame.instructionAddr.isEmpty() ? u"<unknown>"_s : frame.instructionAddr;
}

static QString location(const Frame &frame, const QString &platform)
{
    // JVM frames read best as their class; the file name alone (Foo.java) says less.
    static const QStringList jvm {u"java"_s, u"kotlin"_s, u"scala"_s, u"groovy"_s, u"clojure"_s, u"android"_s};
    if (jvm.contains(platform) && !frame.module.isEmpty())
        return frame.module;
    for (const QString *where : {&frame.filename, &frame.absPath, &frame.module}) {
        if (!where->isEmpty())
            return *where;
    }
    return {};
}

QVariant StackTraceModel::frameData(const Node &node, int column, int role) const
{
    const Frame &frame = frameOf(node);
    switch (role) {
    case Qt::DisplayRole:
        switch (Columns(column)) {
        case FunctionColumn:
            return functionName(frame);
        case LocationColumn:
            return location(frame, platformOf(frame));
        case LineColumn:
            if (!frame.lineno || *frame.lineno <= 0) // SDKs send 0 (or -2 for native Java) for "unknown"
                return {};
            return frame.colno ? QString::number(*frame.lineno) + u':' + QString::number(*frame.colno)
                               : QString::number(*frame.lineno);
        case PackageColumn:
            return shortPackage(frame.package);
        case NUM_COLUMNS:
            break;
        }
        return {};
    case Qt::ToolTipRole: {
        QStringList lines {functionName(frame)};
        const QString file = frame.absPath.isEmpty() ? frame.filename : frame.absPath;
        if (!file.isEmpty())
            lines << file + (frame.lineno ? QString(u':' + QString::number(*frame.lineno)) : QString());
        if (!frame.module.isEmpty() && frame.module != file)
            lines << tr("module %1").arg(frame.module);
        if (!frame.package.isEmpty())
            lines << tr("package %1").arg(frame.package);
        if (!frame.instructionAddr.isEmpty())
            lines << tr("address %1").arg(frame.instructionAddr);
        return plainToolTip(lines.join(u'\n'));
    }
    case Qt::TextAlignmentRole:
        return column == LineColumn ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    case InAppRole:
        return frame.inApp.value_or(false);
    case FileNameRole:
        return frame.absPath.isEmpty() ? frame.filename : frame.absPath;
    case PlatformRole:
        return platformOf(frame);
    case LineNumberRole:
        return frame.lineno.value_or(0);
    default:
        return {};
    }
}

QVariant StackTraceModel::sourceData(int nodeIndex, const Node &node, int role) const
{
    const Frame &frame = frameOf(node);
    switch (role) {
    case Qt::DisplayRole:
        return sourceBlock(nodeIndex).lines.join(u'\n');
    case SourceLinesRole:
        return sourceBlock(nodeIndex).lines;
    case SourceFirstLineRole:
        return sourceBlock(nodeIndex).firstLine;
    case SourceErrorIndexRole:
        return sourceBlock(nodeIndex).errorIndex;
    case SourceIsLocalRole:
        return sourceBlock(nodeIndex).local;
    case SourceNoteRole:
        return sourceBlock(nodeIndex).note;
    case LocalPathRole:
        return sourceBlock(nodeIndex).localPath;
    case FileNameRole:
        return frame.absPath.isEmpty() ? frame.filename : frame.absPath;
    case PlatformRole:
        return platformOf(frame);
    case LineNumberRole:
        return frame.lineno.value_or(0);
    default:
        return {};
    }
}

} // namespace lookout
