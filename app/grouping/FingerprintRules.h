#pragma once

#include "domain/Event.h"
#include "grouping/RuleGlob.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QStringList>

#include <optional>

namespace lookout {

// A fingerprint rule that matched an event: its fingerprint replaces the client's.
struct FingerprintMatch
{
    QStringList fingerprint;
    bool builtIn = false;
    QString text; // as Sentry prints the rule: family:"javascript" type:"ChunkLoadError" -> "chunkloaderror"
    QJsonObject attributes; // e.g. {"title": "..."}: names the issue, does not change its hash
};

// Server-side fingerprint rules (a project's "fingerprint rules" and Sentry's built-in ones), in the
// JSON shape Sentry stores them: [{"matchers": [["type", "Foo*"]], "fingerprint": ["foo"]}, ...].
// The first rule that matches wins. As in Sentry, matchers about the same part of the event must
// hold for one and the same piece of it: type and value for one exception, function and path for
// one frame (fingerprinting/rules.py, matchers.py, utils.py EventDatastore).
class FingerprintRules
{
public:
    enum class Kind { Default, Hybrid, Custom };

    // Rules with a matcher Sentry does not know are dropped (Sentry refuses the whole config).
    static FingerprintRules fromJson(const QJsonArray &rules, bool builtIn = false);
    // Sentry's built-in rules for grouping config newstyle:2026-01-20 (base javascript@2024-02-02).
    static const FingerprintRules &builtIn();

    std::optional<FingerprintMatch> match(const Event &event) const;
    bool isEmpty() const { return m_rules.isEmpty(); }
    qsizetype size() const { return m_rules.size(); }

    // default = no fingerprint or just {{ default }}; hybrid = {{ default }} plus more; custom otherwise.
    static Kind kind(const QStringList &fingerprint);
    static bool isDefaultVariable(const QString &entry);
    // Replaces {{ variables }} (except {{ default }}) with the event's values.
    static QStringList resolve(const QStringList &fingerprint, const Event &event);

    // Which part of the event a matcher reads (Sentry's match types).
    enum class Scope { Toplevel, LogInfo, Exceptions, Frames, Tags, Sdk, Family, Release };

private:
    struct Matcher
    {
        QString key; // canonical: "error.type" reads "type"
        QString pattern;
        bool negated = false;
        Scope scope = Scope::Frames;
        RuleGlob glob;
        QStringList flags; // family and sdk: the pattern split at commas
    };
    struct Rule
    {
        QList<Matcher> matchers;
        QStringList fingerprint;
        QJsonObject attributes;
        QString text;
    };
    QList<Rule> m_rules;
    bool m_builtIn = false;
};

} // namespace lookout
