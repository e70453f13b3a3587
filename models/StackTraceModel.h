#pragma once

#include "domain/Event.h"
#include "source/SourceMapping.h"

#include <QAbstractItemModel>
#include <QHash>
#include <QJsonValue>

#include <vector>

namespace lookout {

// An event's stack traces as a tree, the way an engineer reads them: the exception chain (with
// mechanism and handled/unhandled), then thread stacks with the crashed thread first. Under each,
// its frames; "in-app only" folds each run of system frames into one "N system frames" row whose
// children are those frames. A frame's children are its source context (one row holding the whole
// block, so the view can highlight it as one piece of code) and its local variables as a tree.
//
// Frames without context lines get them from the user's checkout when a SourceMapping covers
// their path; such lines are marked as local, as they may differ from the deployed code.
class StackTraceModel : public QAbstractItemModel
{
    Q_OBJECT
public:
    enum Columns { FunctionColumn, LocationColumn, LineColumn, PackageColumn, NUM_COLUMNS };
    enum class RowKind { Section, Frame, SystemFrames, Source, Variables, Variable, Registers };
    Q_ENUM(RowKind)
    enum Roles {
        RowKindRole = Qt::UserRole, // RowKind as int
        RowKeyRole, // a key that names the same row after a toggle, for keeping expansion
        InAppRole,
        SectionKindRole, // "exception", "thread" or "stacktrace"
        ExceptionTypeRole,
        ExceptionValueRole,
        MechanismRole, // the mechanism's type, e.g. "celery", "onerror", "signalhandler"
        HandledRole, // true, false, or invalid when the SDK did not say
        CrashedRole,
        FrameCountRole, // frames of a section, frames folded into a SystemFrames row
        SourceLinesRole, // QStringList
        SourceFirstLineRole, // number of the first line; 0 when the lines' numbers are unknown
        SourceErrorIndexRole, // which of the lines is the frame's own line; -1 when none is
        SourceIsLocalRole, // the lines came from the local checkout
        SourceNoteRole, // what the user should know about the lines (where they came from, why none)
        LocalPathRole, // the local file the source lines were read from
        FileNameRole, // the frame's file name (abs_path, else filename), for choosing a highlighter
        PlatformRole, // the frame's platform, else the event's
        LineNumberRole, // the frame's line, 0 when unknown
        VariableValueRole, // the variable's value as JSON
    };

    explicit StackTraceModel(QObject *parent = nullptr);

    void setEvent(const Event &event);
    const Event &event() const { return m_event; }
    void clear();

    bool newestFirst() const { return m_newestFirst; }
    void setNewestFirst(bool newestFirst);
    bool inAppOnly() const { return m_inAppOnly; }
    void setInAppOnly(bool inAppOnly);

    // Local source for frames without context (and for "more lines"); the mapping must outlive
    // the model or be unset first.
    void setSourceMapping(const SourceMapping *mapping, const QString &project);
    // Reads contextLines more lines on each side of the frame's line from the local checkout.
    bool showMoreContext(const QModelIndex &frame, int contextLines = 10);

    // The frame that raised: the innermost in-app frame of the first section shown, else its
    // innermost frame; invalid when there is no frame.
    QModelIndex crashingFrame() const;
    // The frame a row belongs to (a frame, its source, its variables), or nullptr.
    const Frame *frameAt(const QModelIndex &index) const;
    // The frame row itself for such a row; invalid for others.
    QModelIndex frameIndex(const QModelIndex &index) const;
    // The frame's file in the local checkout, or why there is none.
    SourceMapping::Resolution localFile(const QModelIndex &index) const;
    QString project() const { return m_project; }
    QModelIndex indexForKey(const QString &key) const;

    // Every stack of the event as plain text in its platform's own format (a Python traceback, a
    // JavaScript or Java stack, Go's goroutine dump, a native backtrace), for copying.
    QString toRawText() const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Section
    {
        QString kind;
        int exception = -1;
        int thread = -1;
    };
    struct Node
    {
        RowKind kind = RowKind::Section;
        int parent = -1;
        int row = 0;
        int section = -1;
        int frame = -1; // index into the section's stack
        int count = 0;
        QString name; // a variable's name
        QJsonValue value; // a variable's value
        QString key;
        std::vector<int> children;
    };
    struct SourceBlock
    {
        QStringList lines;
        int firstLine = 0;
        int errorIndex = -1;
        bool local = false;
        QString localPath;
        QString note;
    };

    void rebuild();
    int addNode(Node node);
    void addFrames(int sectionNode, int section);
    int addFrame(int parent, int section, int frame);
    void addVariables(int parent, const QString &name, const QJsonValue &value, const QString &key, int depth = 0);
    QVariant sectionData(const Node &node, int column, int role) const;
    QVariant frameData(const Node &node, int column, int role) const;
    QVariant sourceData(int nodeIndex, const Node &node, int role) const;
    const Stacktrace *stackOf(int section) const;
    const Frame &frameOf(const Node &node) const;
    QStringList framePaths(const Frame &frame) const;
    bool hasEventContext(const Frame &frame) const;
    bool mayHaveLocalSource(const Frame &frame) const;
    const SourceBlock &sourceBlock(int nodeIndex) const;
    QString platformOf(const Frame &frame) const;

    Event m_event;
    QList<Section> m_sections;
    std::vector<Node> m_nodes; // m_nodes[0] is the invisible root
    bool m_newestFirst = true;
    bool m_inAppOnly = true;
    const SourceMapping *m_mapping = nullptr;
    QString m_project;
    QHash<QString, int> m_extraContext; // frame key -> lines asked for on each side
    mutable QHash<int, SourceBlock> m_sourceCache; // source node -> its block
};

} // namespace lookout
