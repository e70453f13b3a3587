#include "grouping/FingerprintRules.h"

#include "grouping/FunctionNames.h"
#include "grouping/Parameterizer.h"

#include <QJsonObject>

namespace lookout {

namespace {

QRegularExpression globRegex(const QString &glob, bool caseInsensitive)
{
    QString re = QRegularExpression::wildcardToRegularExpression(glob, QRegularExpression::UnanchoredWildcardConversion);
    return QRegularExpression(QStringLiteral("^(?:") + re + QStringLiteral(")$"),
        caseInsensitive ? QRegularExpression::CaseInsensitiveOption | QRegularExpression::DotMatchesEverythingOption
                        : QRegularExpression::DotMatchesEverythingOption);
}

QList<const Frame *> allFrames(const Event &event)
{
    QList<const Frame *> frames;
    auto add = [&frames](const std::optional<Stacktrace> &stacktrace) {
        if (stacktrace) {
            for (const Frame &frame : stacktrace->frames)
                frames << &frame;
        }
    };
    for (const ExceptionValue &exception : event.exceptions)
        add(exception.stacktrace);
    add(event.stacktrace);
    for (const Thread &thread : event.threads)
        add(thread.stacktrace);
    return frames;
}

QString messageText(const Event &event)
{
    if (!event.logentry.text().isEmpty())
        return event.logentry.text();
    if (!event.exceptions.isEmpty())
        return event.exceptions.constLast().value;
    return {};
}

} // namespace

FingerprintRules FingerprintRules::fromJson(const QJsonArray &rules, bool builtIn)
{
    FingerprintRules result;
    result.m_builtIn = builtIn;
    for (const auto &value : rules) {
        const QJsonObject object = value.toObject();
        Rule rule;
        QStringList matcherTexts;
        for (const auto &m : object.value(u"matchers").toArray()) {
            const QJsonArray pair = m.toArray();
            Matcher matcher;
            matcher.key = pair.at(0).toString();
            matcher.pattern = pair.at(1).toString();
            if (matcher.key.startsWith(u'!')) {
                matcher.negated = true;
                matcher.key.remove(0, 1);
            }
            const bool caseless = matcher.key == u"message" || matcher.key == u"value" || matcher.key == u"error.value"
                || matcher.key == u"path" || matcher.key == u"package";
            matcher.regex = globRegex(matcher.pattern, caseless);
            rule.matchers << matcher;
            matcherTexts << QStringLiteral("%1:\"%2\"").arg(matcher.key, matcher.pattern);
        }
        for (const auto &f : object.value(u"fingerprint").toArray())
            rule.fingerprint << f.toString();
        rule.text = matcherTexts.join(QLatin1Char(' ')) + QStringLiteral(" -> \"")
            + rule.fingerprint.join(QStringLiteral("\" \"")) + QLatin1Char('"');
        if (!rule.matchers.isEmpty())
            result.m_rules << rule;
    }
    return result;
}

const FingerprintRules &FingerprintRules::builtIn()
{
    // Sentry's built-in fingerprint rules (base javascript@2024-02-02) as far as we know them: a
    // webpack/next.js chunk that failed to load is one problem, whatever the stack says.
    static const FingerprintRules rules = [] {
        QJsonArray json;
        auto rule = [](const QString &key, const QString &pattern) {
            return QJsonObject {
                {QStringLiteral("matchers"),
                    QJsonArray {QJsonArray {QStringLiteral("family"), QStringLiteral("javascript")}, QJsonArray {key, pattern}}},
                {QStringLiteral("fingerprint"), QJsonArray {QStringLiteral("chunkloaderror")}}};
        };
        json << rule(QStringLiteral("type"), QStringLiteral("ChunkLoadError"));
        json << rule(QStringLiteral("value"), QStringLiteral("ChunkLoadError*"));
        return fromJson(json, true);
    }();
    return rules;
}

bool FingerprintRules::matches(const Matcher &matcher, const Event &event)
{
    const QString &key = matcher.key;
    auto test = [&matcher](const QString &value) { return matcher.regex.match(value).hasMatch(); };
    bool result = false;
    if (key == u"type" || key == u"error.type") {
        for (const ExceptionValue &e : event.exceptions)
            result = result || test(e.type);
    } else if (key == u"value" || key == u"error.value") {
        for (const ExceptionValue &e : event.exceptions)
            result = result || test(e.value);
    } else if (key == u"message") {
        result = test(event.logentry.text());
        for (const ExceptionValue &e : event.exceptions)
            result = result || test(e.value);
    } else if (key == u"family") {
        const QStringList wanted = matcher.pattern.split(u',');
        QStringList families {platformFamilyName(platformFamily(event.platform))};
        for (const Frame *frame : allFrames(event)) {
            if (!frame->platform.isEmpty())
                families << platformFamilyName(platformFamily(frame->platform));
        }
        for (const QString &family : families)
            result = result || wanted.contains(family) || wanted.contains(QStringLiteral("all"));
    } else if (key == u"function" || key == u"stack.function" || key == u"module" || key == u"stack.module" || key == u"package"
        || key == u"stack.package" || key == u"path" || key == u"stack.abs_path" || key == u"app") {
        for (const Frame *frame : allFrames(event)) {
            if (key.endsWith(QStringLiteral("function")))
                result = result || test(frame->function);
            else if (key.endsWith(QStringLiteral("module")))
                result = result || test(frame->module);
            else if (key.endsWith(QStringLiteral("package")))
                result = result || test(frame->package);
            else if (key == u"app")
                result = result || test(frame->inApp.value_or(false) ? QStringLiteral("yes") : QStringLiteral("no"));
            else
                result = result || test(frame->absPath) || test(frame->filename);
        }
    } else if (key == u"level") {
        result = test(levelToString(event.level));
    } else if (key == u"logger") {
        result = test(event.logger);
    } else if (key == u"sdk") {
        result = test(event.sdk.name);
    } else if (key == u"release") {
        result = test(event.release);
    } else if (key == u"transaction") {
        result = test(event.transaction);
    } else if (key.startsWith(QStringLiteral("tags."))) {
        const QString tag = key.mid(5);
        for (const auto &[k, v] : event.tags)
            result = result || (k == tag && test(v));
    }
    return result != matcher.negated;
}

std::optional<FingerprintMatch> FingerprintRules::match(const Event &event) const
{
    for (const Rule &rule : m_rules) {
        bool all = true;
        for (const Matcher &matcher : rule.matchers)
            all = all && matches(matcher, event);
        if (all)
            return FingerprintMatch {rule.fingerprint, m_builtIn, rule.text};
    }
    return std::nullopt;
}

bool FingerprintRules::isDefaultVariable(const QString &entry)
{
    static const QRegularExpression re(QStringLiteral("^\\{\\{\\s*default\\s*\\}\\}$"));
    return re.match(entry).hasMatch();
}

FingerprintRules::Kind FingerprintRules::kind(const QStringList &fingerprint)
{
    if (fingerprint.isEmpty() || (fingerprint.size() == 1 && isDefaultVariable(fingerprint.constFirst())))
        return Kind::Default;
    for (const QString &entry : fingerprint) {
        if (isDefaultVariable(entry))
            return Kind::Hybrid;
    }
    return Kind::Custom;
}

QStringList FingerprintRules::resolve(const QStringList &fingerprint, const Event &event)
{
    static const QRegularExpression variable(QStringLiteral("^\\{\\{\\s*(\\S+?)\\s*\\}\\}$"));
    const ExceptionValue *main = event.exceptions.isEmpty() ? nullptr : &event.exceptions.constLast();
    const QList<const Frame *> frames = allFrames(event);
    const Frame *crashFrame = frames.isEmpty() ? nullptr : frames.constLast();
    auto frameField = [crashFrame](QString Frame::*field, const QString &missing) {
        return crashFrame && !(crashFrame->*field).isEmpty() ? crashFrame->*field : missing;
    };
    QStringList result;
    for (const QString &entry : fingerprint) {
        const QRegularExpressionMatch m = variable.match(entry);
        if (!m.hasMatch() || isDefaultVariable(entry)) {
            result << entry;
            continue;
        }
        const QString name = m.captured(1).toLower();
        if (name == u"transaction") {
            result << (event.transaction.isEmpty() ? QStringLiteral("<no-transaction>") : event.transaction);
        } else if (name == u"message") {
            const QString text = messageText(event);
            result << (text.isEmpty() ? QStringLiteral("<no-message>") : Parameterizer::normalizeForGrouping(text));
        } else if (name == u"type" || name == u"error.type") {
            result << (main && !main->type.isEmpty() ? main->type : QStringLiteral("<no-type>"));
        } else if (name == u"value" || name == u"error.value") {
            result << (main && !main->value.isEmpty() ? main->value : QStringLiteral("<no-value>"));
        } else if (name == u"function" || name == u"stack.function") {
            result << frameField(&Frame::function, QStringLiteral("<no-function>"));
        } else if (name == u"path" || name == u"stack.abs_path") {
            result << frameField(&Frame::absPath, QStringLiteral("<no-abs-path>"));
        } else if (name == u"stack.filename") {
            result << frameField(&Frame::filename, QStringLiteral("<no-filename>"));
        } else if (name == u"module" || name == u"stack.module") {
            result << frameField(&Frame::module, QStringLiteral("<no-module>"));
        } else if (name == u"package" || name == u"stack.package") {
            result << frameField(&Frame::package, QStringLiteral("<no-package>"));
        } else if (name == u"level") {
            result << levelToString(event.level);
        } else if (name == u"logger") {
            result << (event.logger.isEmpty() ? QStringLiteral("<no-logger>") : event.logger);
        } else if (name.startsWith(QStringLiteral("tags."))) {
            const QString tag = m.captured(1).mid(5);
            const QString value = event.tag(tag);
            result << (value.isEmpty() ? QStringLiteral("<no-value-for-tag-%1>").arg(tag) : value);
        } else {
            result << QStringLiteral("<unrecognized-variable-%1>").arg(m.captured(1));
        }
    }
    return result;
}

} // namespace lookout
