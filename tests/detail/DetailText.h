#pragma once

// Text renderings of the issue detail's models, for golden files and assertions: one line per
// row, indented by depth, with the roles a reader of the view would see.

#include "BreadcrumbModel.h"
#include "StackTraceModel.h"
#include "TestData.h"
#include "store/EventPayload.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

namespace lookout::test {

using namespace Qt::StringLiterals;

// An event file from tests/data. Sentry's sample events lack an id, a time and often a platform
// (Sentry's loader adds them); fixed ones are added so the renderings are stable.
inline Event loadEvent(const QString &relativePath, const QString &platform = {})
{
    QFile file(dataPath(relativePath));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(file.fileName()));
    QJsonObject json = QJsonDocument::fromJson(file.readAll()).object();
    if (!json.contains(u"event_id") && !json.contains(u"eventID"))
        json.insert(QStringLiteral("event_id"), QStringLiteral("0123456789abcdef0123456789abcdef"));
    if (!json.contains(u"timestamp") && !json.contains(u"dateCreated"))
        json.insert(QStringLiteral("timestamp"), 1700000000);
    if (!json.contains(u"platform") && !platform.isEmpty())
        json.insert(QStringLiteral("platform"), platform);
    QString error;
    const std::optional<Event> event = parseEventPayload(QJsonDocument(json).toJson(QJsonDocument::Compact), &error);
    if (!event)
        qFatal("cannot parse %s: %s", qPrintable(relativePath), qPrintable(error));
    return *event;
}

inline QString oneLine(QString text)
{
    return text.replace(u'\n', QStringLiteral("\\n"));
}

inline void stackTraceRows(const StackTraceModel &model, const QModelIndex &parent, int depth, QStringList &out)
{
    using Kind = StackTraceModel::RowKind;
    for (int row = 0; row < model.rowCount(parent); ++row) {
        const QModelIndex index = model.index(row, 0, parent);
        const QString indent(depth * 2, u' ');
        const auto column = [&](int c) { return model.index(row, c, parent).data().toString(); };
        switch (Kind(index.data(StackTraceModel::RowKindRole).toInt())) {
        case Kind::Section: {
            QStringList badges;
            if (!index.data(StackTraceModel::MechanismRole).toString().isEmpty())
                badges << QStringLiteral("mechanism=") + index.data(StackTraceModel::MechanismRole).toString();
            const QVariant handled = index.data(StackTraceModel::HandledRole);
            if (handled.isValid())
                badges << (handled.toBool() ? QStringLiteral("handled") : QStringLiteral("unhandled"));
            if (index.data(StackTraceModel::CrashedRole).toBool())
                badges << QStringLiteral("crashed");
            out << indent + u'[' + index.data(StackTraceModel::SectionKindRole).toString() + u"] "_s + oneLine(column(0))
                    + (badges.isEmpty() ? QString() : u" {"_s + badges.join(u", "_s) + u'}');
            break;
        }
        case Kind::Frame: {
            QString line = indent + (index.data(StackTraceModel::InAppRole).toBool() ? u"* "_s : u"  "_s) + column(0) + u" | "_s
                + column(StackTraceModel::LocationColumn) + u" | "_s + column(StackTraceModel::LineColumn);
            if (!column(StackTraceModel::PackageColumn).isEmpty())
                line += u" | "_s + column(StackTraceModel::PackageColumn);
            out << line;
            break;
        }
        case Kind::SystemFrames:
            out << indent + u"~ "_s + column(0);
            break;
        case Kind::Source: {
            const QStringList lines = index.data(StackTraceModel::SourceLinesRole).toStringList();
            const int first = index.data(StackTraceModel::SourceFirstLineRole).toInt();
            const int error = index.data(StackTraceModel::SourceErrorIndexRole).toInt();
            QString head = indent + u"source"_s;
            if (index.data(StackTraceModel::SourceIsLocalRole).toBool())
                head += u" (local)"_s;
            const QString note = index.data(StackTraceModel::SourceNoteRole).toString();
            if (!note.isEmpty() && !index.data(StackTraceModel::SourceIsLocalRole).toBool())
                head += u": "_s + note;
            out << head;
            for (qsizetype i = 0; i < lines.size(); ++i) {
                const QString number = first > 0 ? QString::number(first + int(i)).rightJustified(5) : u"    ?"_s;
                out << indent + (i == error ? u"  >"_s : u"   "_s) + number + u"  "_s + lines.at(i);
            }
            break;
        }
        case Kind::Variables:
        case Kind::Registers:
            out << indent + column(0) + u" ("_s + index.data(StackTraceModel::FrameCountRole).toString() + u')';
            break;
        case Kind::Variable:
            out << indent + column(0) + u" = "_s + oneLine(column(StackTraceModel::LocationColumn));
            break;
        }
        stackTraceRows(model, index, depth + 1, out);
    }
}

inline QString stackTraceText(const StackTraceModel &model)
{
    QStringList out;
    stackTraceRows(model, {}, 0, out);
    return out.join(u'\n');
}

inline QString breadcrumbText(const QAbstractItemModel &model)
{
    QStringList out;
    for (int row = 0; row < model.rowCount(); ++row) {
        QStringList cells;
        for (int column = 0; column < BreadcrumbModel::NUM_COLUMNS; ++column)
            cells << oneLine(model.index(row, column).data().toString());
        out << cells.join(u" | "_s);
    }
    return out.join(u'\n');
}

inline void keyValueRows(const QAbstractItemModel &model, const QModelIndex &parent, int depth, QStringList &out)
{
    for (int row = 0; row < model.rowCount(parent); ++row) {
        const QModelIndex key = model.index(row, 0, parent);
        const QString value = model.index(row, 1, parent).data().toString();
        out << QString(depth * 2, u' ') + key.data().toString() + (value.isEmpty() ? QString() : u": "_s + oneLine(value));
        keyValueRows(model, key, depth + 1, out);
    }
}

inline QString keyValueText(const QAbstractItemModel &model)
{
    QStringList out;
    keyValueRows(model, {}, 0, out);
    return out.join(u'\n');
}

} // namespace lookout::test
