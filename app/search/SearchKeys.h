#pragma once

#include "store/Store.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace lookout {

// The search keys Lookout understands: Sentry's names (and the aliases Sentry accepts), what their
// values are, and where completion finds values. One table, read by the parser and by completion.
struct SearchKey
{
    enum class Type {
        Is, // is:unresolved, is:bookmarked, ...
        Assigned, // assigned:me|none|<email>|#team
        Has, // has:release, ...
        Enum, // a fixed set of values (level)
        Text, // free values (release, environment, project, platform); '*' wildcards
        Date, // firstSeen:-24h, lastSeen:>2024-01-31
        Number, // times_seen:>100
    };
    QString name;
    QStringList aliases;
    Type type = Type::Text;
    IssueFilter::Field field = IssueFilter::Field::Status; // Text, Enum, Date and Number keys
    QString description;
    QStringList values; // Is, Has, Enum: every value; Assigned: the fixed ones
    std::optional<Store::ValueKind> storeValues; // where completion finds more values

    static const QList<SearchKey> &all();
    // By name or alias; nullptr for an unknown key.
    static const SearchKey *find(const QString &name);
};

} // namespace lookout
