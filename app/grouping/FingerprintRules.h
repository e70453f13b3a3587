#pragma once

#include "domain/Event.h"

#include <QJsonArray>
#include <QList>
#include <QRegularExpression>
#include <QStringList>

#include <optional>

namespace lookout {

// A fingerprint rule that matched an event: its fingerprint replaces the client's.
struct FingerprintMatch
{
    QStringList fingerprint;
    bool builtIn = false;
    QString text; // e.g. type:"ChunkLoadError" -> "chunkloaderror"
};

// Server-side fingerprint rules (a project's "fingerprint rules" and Sentry's built-in ones), in the
// JSON shape Sentry stores them: [{"matchers": [["type", "Foo*"]], "fingerprint": ["foo"]}, ...].
// The first rule whose matchers all match wins.
class FingerprintRules
{
public:
    enum class Kind { Default, Hybrid, Custom };

    static FingerprintRules fromJson(const QJsonArray &rules, bool builtIn = false);
    static const FingerprintRules &builtIn();

    std::optional<FingerprintMatch> match(const Event &event) const;
    bool isEmpty() const { return m_rules.isEmpty(); }

    // default = no fingerprint or just {{ default }}; hybrid = {{ default }} plus more; custom otherwise.
    static Kind kind(const QStringList &fingerprint);
    static bool isDefaultVariable(const QString &entry);
    // Replaces {{ variables }} (except {{ default }}) with the event's values.
    static QStringList resolve(const QStringList &fingerprint, const Event &event);

private:
    struct Matcher
    {
        QString key;
        QString pattern;
        QRegularExpression regex;
        bool negated = false;
    };
    struct Rule
    {
        QList<Matcher> matchers;
        QStringList fingerprint;
        QString text;
    };
    static bool matches(const Matcher &matcher, const Event &event);
    QList<Rule> m_rules;
    bool m_builtIn = false;
};

} // namespace lookout
