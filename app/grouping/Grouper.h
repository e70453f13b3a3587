#pragma once

#include "domain/Event.h"
#include "grouping/GroupingComponent.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace lookout {

// One way of looking at an event (app, system, default, a fingerprint, ...) and its hash.
struct GroupingVariant
{
    enum class Kind { Component, SaltedComponent, Fingerprint, Checksum, Fallback };
    QString name;
    Kind kind = Kind::Component;
    std::optional<QString> hash;
    QString contributingComponent; // id of the root's first contributing child, or empty
    QString hint;
    GroupingComponent root;
    QStringList fingerprintValues; // fingerprint variants and hybrid (salted) ones
    QString checksum;
};

struct GroupingResult
{
    QList<GroupingVariant> variants; // sorted by name
    // Contributing hashes, app first and system last: an event belongs to an issue if any matches.
    QStringList hashes() const;
    QString primaryHash() const;
    const GroupingVariant *variant(const QString &name) const;
};

struct GroupingConfig
{
    QString enhancements; // project stack-trace rules, Sentry syntax
    QJsonArray fingerprintingRules; // project fingerprint rules, Sentry's JSON shape
    // From the "_grouping.enhancements" / "_fingerprinting_rules" keys of Sentry's test inputs.
    static GroupingConfig fromTestInput(const QJsonObject &input);
};

// Sentry's grouping, config newstyle:2026-01-20, computed locally.
GroupingResult group(const Event &event, const GroupingConfig &config = {});

// The result in the layout of Sentry's .pysnap variant snapshots.
QString formatGroupingResult(const GroupingResult &result);

} // namespace lookout
