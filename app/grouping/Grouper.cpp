#include "grouping/Grouper.h"

#include "grouping/Enhancements.h"
#include "grouping/FingerprintRules.h"
#include "grouping/GroupingStrategies.h"

#include <QJsonDocument>
#include <QRegularExpression>
#include <QVarLengthArray>

#include <algorithm>
#include <utility>

namespace lookout {

QStringList GroupingResult::hashes() const
{
    QStringList result;
    QString system;
    for (const GroupingVariant &v : variants) {
        if (!v.hash)
            continue;
        if (v.name == u"system")
            system = *v.hash;
        else if (!result.contains(*v.hash))
            result << *v.hash;
    }
    if (!system.isEmpty() && !result.contains(system))
        result << system;
    return result;
}

QString GroupingResult::primaryHash() const
{
    const QStringList all = hashes();
    return all.isEmpty() ? QString() : all.constFirst();
}

const GroupingVariant *GroupingResult::variant(const QString &name) const
{
    for (const GroupingVariant &v : variants) {
        if (v.name == name)
            return &v;
    }
    return nullptr;
}

GroupingConfig GroupingConfig::fromTestInput(const QJsonObject &input)
{
    GroupingConfig config;
    // Sentry's inputs nest it ("_grouping": {"enhancements": ...}); accept the flat spelling too.
    config.enhancements = input.value(u"_grouping").toObject().value(u"enhancements").toString();
    if (config.enhancements.isEmpty())
        config.enhancements = input.value(u"_grouping.enhancements").toString();
    config.fingerprintingRules = input.value(u"_fingerprinting_rules").toArray();
    return config;
}

namespace {

struct Strategy
{
    QString name;
    VariantComponents (GroupingStrategies::*run)() const;
};

GroupingResult checksumResult(const QString &checksum)
{
    static const QRegularExpression hashLike(QStringLiteral("^[0-9a-f]{32}$"));
    GroupingVariant variant;
    variant.kind = GroupingVariant::Kind::Checksum;
    variant.checksum = checksum;
    if (hashLike.match(checksum).hasMatch()) {
        variant.name = QStringLiteral("checksum");
        variant.hash = checksum;
    } else {
        variant.name = QStringLiteral("hashed_checksum");
        variant.hash = md5OfValues({checksum});
    }
    return GroupingResult {{variant}};
}

} // namespace

GroupingResult group(const Event &event, const GroupingConfig &config)
{
    if (!event.checksum.isEmpty())
        return checksumResult(event.checksum);

    Enhancements custom;
    if (!config.enhancements.isEmpty()) {
        custom = Enhancements::builtIn();
        custom.append(Enhancements::parse(config.enhancements, false));
    }
    const GroupingStrategies strategies(event, config.enhancements.isEmpty() ? Enhancements::builtIn() : custom);

    static const Strategy order[] {
        {QStringLiteral("exception"), &GroupingStrategies::chainedException},
        {QStringLiteral("threads"), &GroupingStrategies::threads},
        {QStringLiteral("stacktrace"), &GroupingStrategies::stacktrace},
        {QStringLiteral("csp"), &GroupingStrategies::csp},
        {QStringLiteral("message"), &GroupingStrategies::message},
    };

    // The first strategy that contributes in any variant wins; later strategies are switched off.
    // Per variant (in name order) the components of every strategy that has one.
    QVarLengthArray<std::pair<QString, QList<GroupingComponent>>, 3> perVariant;
    QString winner;
    QString precedenceHint;
    for (const Strategy &strategy : order) {
        VariantComponents components = (strategies.*strategy.run)();
        for (auto &[name, component] : components) {
            if (winner.isEmpty()) {
                if (component.contributes) {
                    winner = strategy.name;
                    QStringList contributing;
                    for (const auto &[otherName, other] : std::as_const(components)) {
                        if (other.contributes)
                            contributing << otherName;
                    }
                    std::sort(contributing.begin(), contributing.end());
                    const QString subject = name == u"default"
                        ? strategy.name
                        : contributing.join(QLatin1Char('/')) + QLatin1Char(' ') + strategy.name;
                    precedenceHint
                        = QStringLiteral("ignored because %1 %2 precedence")
                              .arg(subject, strategy.name.endsWith(u's') ? QStringLiteral("take") : QStringLiteral("takes"));
                }
            } else if (component.contributes && winner != strategy.name) {
                component.disable(precedenceHint);
            }
            auto at = std::lower_bound(perVariant.begin(), perVariant.end(), name,
                [](const auto &entry, const QString &key) { return entry.first < key; });
            if (at == perVariant.end() || at->first != name)
                at = perVariant.insert(at, {name, {}});
            at->second.push_back(component);
        }
    }

    GroupingResult result;
    result.variants.reserve(perVariant.size() + 1);
    for (auto &[name, components] : perVariant) {
        GroupingVariant variant;
        variant.name = name;
        variant.root = GroupingComponent::node(name, std::move(components));
        if (!variant.root.contributes && !precedenceHint.isEmpty())
            variant.root.hint = precedenceHint;
        if (const GroupingComponent *child = variant.root.firstContributingChild())
            variant.contributingComponent = child->id;
        variant.hint = variant.root.hint;
        variant.hash = variant.root.hash();
        result.variants << std::move(variant);
    }

    // Fingerprints: server rules beat built-in rules beat the client's own fingerprint.
    std::optional<FingerprintMatch> match = FingerprintRules::fromJson(config.fingerprintingRules).match(event);
    if (!match)
        match = FingerprintRules::builtIn().match(event);
    const QStringList fingerprint = match ? match->fingerprint : event.fingerprint;
    const FingerprintRules::Kind kind = FingerprintRules::kind(fingerprint);
    const QStringList resolved = FingerprintRules::resolve(fingerprint, event);
    if (kind == FingerprintRules::Kind::Custom) {
        const QString source = !match ? QStringLiteral("custom client")
            : match->builtIn          ? QStringLiteral("built-in")
                                      : QStringLiteral("custom server");
        const QString hint = QStringLiteral("ignored because %1 fingerprint takes precedence").arg(source);
        for (GroupingVariant &variant : result.variants) {
            variant.root.disable(hint);
            variant.hint = hint;
            variant.hash.reset();
        }
        GroupingVariant custom;
        custom.name = QString(source).replace(u' ', u'_').replace(u'-', u'_') + QStringLiteral("_fingerprint");
        custom.kind = GroupingVariant::Kind::Fingerprint;
        custom.fingerprintValues = resolved;
        custom.hash = md5OfValues(resolved);
        result.variants << custom;
    } else if (kind == FingerprintRules::Kind::Hybrid) {
        for (GroupingVariant &variant : result.variants) {
            if (!variant.root.contributes)
                continue;
            // The values md5 is fed, {{ default }} standing for the variant's own.
            std::vector<QByteArray> values;
            for (const QString &entry : resolved) {
                if (FingerprintRules::isDefaultVariable(entry))
                    variant.root.appendValuePieces(values);
                else
                    values.push_back(entry.toUtf8());
            }
            variant.kind = GroupingVariant::Kind::SaltedComponent;
            variant.fingerprintValues = resolved;
            variant.hash = md5Hex(values);
        }
    }

    const bool anyHash = std::any_of(
        result.variants.cbegin(), result.variants.cend(), [](const GroupingVariant &v) { return v.hash.has_value(); });
    if (!anyHash) {
        GroupingVariant fallback;
        fallback.name = QStringLiteral("fallback");
        fallback.kind = GroupingVariant::Kind::Fallback;
        fallback.hash = md5OfValues({});
        result.variants << fallback;
    }
    std::sort(result.variants.begin(), result.variants.end(),
        [](const GroupingVariant &a, const GroupingVariant &b) { return a.name < b.name; });
    return result;
}

namespace {

QString quoted(const QString &text)
{
    QString out = QStringLiteral("\"");
    for (const QChar c : text) {
        if (c == u'"')
            out += QStringLiteral("\\\"");
        else if (c == u'\\')
            out += QStringLiteral("\\\\");
        else if (c == u'\n')
            out += QStringLiteral("\\n");
        else if (c == u'\t')
            out += QStringLiteral("\\t");
        else if (c == u'\r')
            out += QStringLiteral("\\r");
        else
            out += c;
    }
    return out + QLatin1Char('"');
}

void formatComponent(const GroupingComponent &component, int indent, QString &out)
{
    if (component.hint.isEmpty() && !component.hasValues())
        return;
    const QString pad(indent, u' ');
    out += pad + component.id + (component.contributes ? QStringLiteral("*") : QString());
    if (!component.hint.isEmpty())
        out += QStringLiteral(" (") + component.hint + QLatin1Char(')');
    out += QLatin1Char('\n');
    for (const GroupingComponent &child : component.children())
        formatComponent(child, indent + 2, out);
    if (component.hasValue()) {
        out += QString(indent + 2, u' ') + (component.valueIsNumber() ? component.value() : quoted(component.value()))
            + QLatin1Char('\n');
    }
}

QString jsonList(const QStringList &values)
{
    QStringList parts;
    for (const QString &v : values)
        parts << quoted(v);
    return QLatin1Char('[') + parts.join(QLatin1Char(',')) + QLatin1Char(']');
}

} // namespace

QString formatGroupingResult(const GroupingResult &result)
{
    QStringList blocks;
    for (const GroupingVariant &v : result.variants) {
        QString out = v.name + QStringLiteral(":\n");
        out += QStringLiteral("  hash: ") + (v.hash ? quoted(*v.hash) : QStringLiteral("null")) + QLatin1Char('\n');
        switch (v.kind) {
        case GroupingVariant::Kind::Component:
        case GroupingVariant::Kind::SaltedComponent:
            out += QStringLiteral("  contributing component: ")
                + (v.contributingComponent.isEmpty() ? QStringLiteral("null") : v.contributingComponent) + QLatin1Char('\n');
            out += QStringLiteral("  hint: ") + (v.hint.isEmpty() ? QStringLiteral("None") : v.hint) + QLatin1Char('\n');
            out += QStringLiteral("  root_component:\n");
            formatComponent(v.root, 4, out);
            if (v.kind == GroupingVariant::Kind::SaltedComponent)
                out += QStringLiteral("  values: ") + jsonList(v.fingerprintValues) + QLatin1Char('\n');
            break;
        case GroupingVariant::Kind::Fingerprint:
            out += QStringLiteral("  values: ") + jsonList(v.fingerprintValues) + QLatin1Char('\n');
            break;
        case GroupingVariant::Kind::Checksum:
            out += QStringLiteral("  checksum: ") + quoted(v.checksum) + QLatin1Char('\n');
            break;
        case GroupingVariant::Kind::Fallback:
            break;
        }
        blocks << out;
    }
    return blocks.join(QString(74, u'-') + QLatin1Char('\n'));
}

} // namespace lookout
