#include "grouping/StacktraceGrouping.h"

#include "grouping/FrameComponent.h"
#include "grouping/FunctionNames.h"
#include "grouping/GroupingCaches.h"

#include <array>
#include <cstring>
#include <unordered_map>

namespace lookout {

namespace {

const QString kStacktrace = QStringLiteral("stacktrace");

bool isRecursion(const Frame &a, const Frame *b)
{
    return b && a.absPath == b->absPath && a.package == b->package && a.module == b->module && a.filename == b->filename
        && a.function == b->function && a.lineno == b->lineno && a.colno == b->colno;
}

// The function name stack-trace rules match (Sentry's get_function_name_for_frame): the client's
// own name when it also sent a raw one, otherwise the trimmed name; never the raw one.
QString ruleFunction(const Frame &frame, const QString &platform)
{
    if (frame.function.isEmpty())
        return QStringLiteral("<unknown>");
    return frame.rawFunction.isEmpty() ? FunctionNames::trim(frame.function, platform) : frame.function;
}

QString inAppHint(const RuleFrame &frame)
{
    const bool inApp = frame.inApp.value_or(false);
    if (!frame.inAppRule.isEmpty() && frame.clientInApp != frame.inApp)
        return (inApp ? QStringLiteral("marked in-app by ") : QStringLiteral("marked out of app by ")) + frame.inAppRule;
    if (frame.clientInApp == std::optional<bool>(true))
        return QStringLiteral("marked in-app by the client");
    if (frame.clientInApp == std::optional<bool>(false))
        return QStringLiteral("marked out of app by the client");
    return inApp ? QString() : QStringLiteral("non app frame");
}

// A fast non-cryptographic hash over frame fields. It only spreads keys over buckets: every
// candidate a lookup finds is compared field by field.
class KeyHash
{
public:
    void add(quint64 value) { m_a = mix(m_a ^ value); }
    // The length and the first and last 16 bytes: enough to tell frames apart in practice, and the
    // comparison that follows reads everything anyway.
    void add(const QString &text)
    {
        const char *p = reinterpret_cast<const char *>(text.constData());
        const size_t bytes = size_t(text.size()) * sizeof(QChar);
        m_b = mix(m_b ^ bytes);
        if (bytes > 16) {
            m_a = mix(m_a ^ load(p, 8));
            m_b = mix(m_b ^ load(p + 8, 8));
            m_a = mix(m_a ^ load(p + bytes - 16, 8));
            m_b = mix(m_b ^ load(p + bytes - 8, 8));
        } else if (bytes > 8) {
            m_a = mix(m_a ^ load(p, 8));
            m_b = mix(m_b ^ load(p + 8, bytes - 8));
        } else if (bytes > 0) {
            m_a = mix(m_a ^ load(p, bytes));
        }
    }
    quint64 result() const { return mix(m_a ^ (m_b << 31 | m_b >> 33)); }

private:
    static quint64 load(const char *p, size_t n)
    {
        quint64 v = 0;
        std::memcpy(&v, p, n);
        return v;
    }
    static quint64 mix(quint64 x)
    {
        x *= 0x9E3779B97F4A7C15ull;
        return x ^ (x >> 32);
    }
    quint64 m_a = 0x243F6A8885A308D3ull;
    quint64 m_b = 0x13198A2E03707344ull;
};

constexpr qsizetype kPrefetchDistance = 3;

void prefetchStrings(const Frame &frame)
{
    for (const QString *field : {&frame.function, &frame.rawFunction, &frame.module, &frame.package, &frame.filename,
             &frame.absPath, &frame.contextLine}) {
        const char *data = reinterpret_cast<const char *>(field->constData());
        const char *end = data + field->size() * qsizetype(sizeof(QChar));
        for (; data < end; data += 64)
            __builtin_prefetch(data);
    }
}

qint8 triState(std::optional<bool> value)
{
    return value ? qint8(*value) : qint8(-1);
}

} // namespace

// A cached frame's or stack trace's key is everything its answer was made from, in one buffer per
// entry: comparing a stack trace of 50 frames against it then reads one block of memory rather
// than hundreds of separately allocated strings. Per frame: a flags unit, then each field as its
// length (two units) and its characters.
struct StacktraceGrouping::FrameView
{
    const Frame *frame = nullptr;
    const QString *platform = nullptr;
    bool sourcemap = false;
    bool recursion = false;
    quint64 hash = 0;

    std::array<const QString *, 8> fields() const
    {
        const Frame &f = *frame;
        return {platform, &f.function, &f.rawFunction, &f.module, &f.package, &f.filename, &f.absPath, &f.contextLine};
    }
    char16_t flags(bool withRecursion) const
    {
        return char16_t((triState(frame->inApp) + 1) | int(sourcemap) << 2 | int(withRecursion && recursion) << 3);
    }
    void appendKey(std::vector<char16_t> &key, bool withRecursion) const
    {
        size_t total = key.size() + 1;
        for (const QString *field : fields())
            total += 2 + size_t(field->size());
        key.reserve(total);
        key.push_back(flags(withRecursion));
        for (const QString *field : fields()) {
            const auto size = quint32(field->size());
            key.push_back(char16_t(size & 0xffff));
            key.push_back(char16_t(size >> 16));
            key.insert(key.end(), field->utf16(), field->utf16() + field->size());
        }
    }
    // Compares with the key at `at` and moves past it; false on the first difference.
    bool matchKey(const char16_t *&at, const char16_t *end, bool withRecursion) const
    {
        if (at == end || *at != flags(withRecursion))
            return false;
        ++at;
        for (const QString *field : fields()) {
            const auto size = size_t(field->size());
            if (end - at < 2 || (quint32(at[0]) | quint32(at[1]) << 16) != size)
                return false;
            at += 2;
            if (size_t(end - at) < size || std::memcmp(at, field->utf16(), size * sizeof(char16_t)) != 0)
                return false;
            at += size;
        }
        return true;
    }
};

struct StacktraceGrouping::FrameResult
{
    GroupingComponent component;
    RuleFrame rule;
};

namespace {

using FrameView = StacktraceGrouping::FrameView;
using FrameResult = StacktraceGrouping::FrameResult;
using FrameViews = StacktraceGrouping::FrameViews;

struct FrameEntry
{
    std::vector<char16_t> key;
    FrameResult result;

    bool matches(const FrameView &view) const
    {
        const char16_t *at = key.data();
        const char16_t *end = at + key.size();
        return view.matchKey(at, end, false) && at == end;
    }
};

struct StackEntry
{
    qsizetype frames = 0;
    std::vector<char16_t> key;
    StacktraceComponents components;

    bool matches(const FrameViews &views) const
    {
        if (frames != qsizetype(views.size()))
            return false;
        const char16_t *at = key.data();
        const char16_t *end = at + key.size();
        for (const FrameView &view : views) {
            if (!view.matchKey(at, end, true))
                return false;
        }
        return at == end;
    }
};

// Keyed by KeyHash; a bucket holds the entries whose key hashed alike, and only so many: keys that
// differ only where KeyHash does not look would otherwise make every lookup compare them all.
constexpr size_t kBucketLimit = 8;
using FrameCache = std::unordered_map<quint64, std::vector<FrameEntry>>;
using StackCache = std::unordered_map<quint64, std::vector<StackEntry>>;

// Bounds, per thread, in frames: a cached frame holds its component tree, its rule frame and its
// key (about 2 KB); a cached stack trace its key and the two variants' frame nodes, which share
// their children with the frame cache (about 0.8 KB a frame). So at most some 8 + 13 MB per
// grouping thread; the importer's threads end with the import, and their caches with them.
ThreadCache<FrameCache> &frameCache()
{
    thread_local ThreadCache<FrameCache> cache(4096);
    return cache;
}

ThreadCache<StackCache> &stackCache()
{
    thread_local ThreadCache<StackCache> cache(16384);
    return cache;
}

} // namespace

StacktraceGrouping::StacktraceGrouping(const Enhancements &enhancements, const QString &eventPlatform)
    : m_enhancements(enhancements)
    , m_eventPlatform(eventPlatform)
{ }

StacktraceGrouping::FrameResult StacktraceGrouping::computeFrame(const Frame &frame, const QString &platform, bool cached) const
{
    FrameResult result;
    result.component = frameComponentOf(frame, platform, hasSourcemap(frame));
    RuleFrame &rf = result.rule;
    rf.family = platformFamilyName(platformFamily(platform));
    rf.function = ruleFunction(frame, platform);
    rf.module = frame.module;
    rf.package = frame.package;
    rf.absPath = frame.absPath;
    rf.filename = frame.filename;
    rf.clientInApp = frame.inApp;
    rf.inApp = frame.inApp;
    rf.prepare();
    // Worth it only for a frame that will be met again.
    if (cached)
        m_enhancements.matchStatic(rf);
    return result;
}

StacktraceGrouping::FrameResult StacktraceGrouping::frameResult(const FrameView &view, bool cached) const
{
    if (!cached)
        return computeFrame(*view.frame, *view.platform, false);
    ThreadCache<FrameCache> &cache = frameCache();
    if (FrameCache *map = cache.get()) {
        const auto bucket = map->find(view.hash);
        if (bucket != map->end()) {
            for (const FrameEntry &entry : bucket->second) {
                if (entry.matches(view))
                    return entry.result;
            }
        }
    }
    FrameResult result = computeFrame(*view.frame, *view.platform, true);
    FrameEntry entry;
    view.appendKey(entry.key, false);
    entry.result = result;
    cache.reserve(1);
    if (FrameCache *map = cache.get()) {
        if (std::vector<FrameEntry> &bucket = (*map)[view.hash]; bucket.size() < kBucketLimit)
            bucket.push_back(std::move(entry));
    }
    return result;
}

GroupingComponent StacktraceGrouping::frameComponent(const Frame &frame, const Frame *previous) const
{
    GroupingComponent result = frameComponentOf(frame, platformOf(frame), hasSourcemap(frame));
    if (isRecursion(frame, previous))
        result.disable(QStringLiteral("ignored due to recursion"));
    return result;
}

StacktraceComponents StacktraceGrouping::assemble(
    const Stacktrace &stacktrace, const FrameViews &views, const RuleException &exception, bool cached) const
{
    QList<RuleFrame> ruleFrames;
    ruleFrames.reserve(qsizetype(views.size()));
    QList<GroupingComponent> frames;
    frames.reserve(qsizetype(views.size()));
    for (const FrameView &view : views) {
        FrameResult result = frameResult(view, cached);
        ruleFrames << std::move(result.rule);
        frames.push_back(std::move(result.component));
        if (view.recursion)
            frames.back().disable(QStringLiteral("ignored due to recursion"));
    }
    m_enhancements.applyModifications(ruleFrames, exception);
    const Enhancements::GroupingPlan plan = m_enhancements.planGrouping(ruleFrames, exception);

    const auto variant = [&](bool appVariant, QList<GroupingComponent> components) {
        if (appVariant) {
            for (qsizetype i = 0; i < components.size(); ++i) {
                if (!ruleFrames.at(i).inApp.value_or(false))
                    components[i].contributes = false;
            }
        }
        // A lone JavaScript frame without a function and without a URL says too little to group by.
        if (components.size() == 1 && components[0].contributes && ruleFrames.constFirst().family == u"javascript"
            && stacktrace.frames.constFirst().function.isEmpty() && !hasUrlOrigin(stacktrace.frames.constFirst().absPath, true))
            components[0].disable(QStringLiteral("ignored single non-URL JavaScript frame"));

        Enhancements::applyGrouping(plan, components);

        bool anyInApp = false;
        if (appVariant) {
            for (qsizetype i = 0; i < components.size(); ++i) {
                const RuleFrame &rf = ruleFrames.at(i);
                const bool inApp = rf.inApp.value_or(false);
                anyInApp = anyInApp || inApp;
                if (!inApp)
                    components[i].contributes = false; // +group cannot make an out-of-app frame count here
                const QString &reason = components[i].hint;
                QString hint = inAppHint(rf);
                if (inApp && !components[i].contributes && !reason.isEmpty())
                    hint = hint.isEmpty() ? reason : hint + QStringLiteral(" but ") + reason;
                components[i].hint = hint;
            }
        }

        const bool empty = components.empty();
        GroupingComponent result = GroupingComponent::node(kStacktrace, std::move(components), true);
        if (empty)
            result.disable(QStringLiteral("ignored because it contains no frames"));
        else if (appVariant && !anyInApp)
            result.disable(QStringLiteral("ignored because it contains no in-app frames"));
        else if (!result.contributes)
            result.disable(QStringLiteral("ignored because it contains no contributing frames"));
        return result;
    };
    StacktraceComponents result;
    result.app = variant(true, frames);
    result.system = variant(false, std::move(frames));
    return result;
}

StacktraceComponents StacktraceGrouping::build(const Stacktrace &stacktrace, const RuleException &exception) const
{
    // The cache keys leave the exception out: only rules that never read it may use them.
    const bool cached = m_enhancements.isCacheable() && GroupingCaches::enabled();
    FrameViews views(stacktrace.frames.size());
    KeyHash stackHash;
    const Frame *previous = nullptr;
    for (qsizetype i = 0; i < stacktrace.frames.size(); ++i) {
        // Every character of every frame is read below, mostly from memory the event was parsed
        // into long before: asking for the strings of frames ahead lets those reads overlap.
        if (cached && i + kPrefetchDistance < stacktrace.frames.size())
            prefetchStrings(stacktrace.frames.at(i + kPrefetchDistance));
        const Frame &frame = stacktrace.frames.at(i);
        FrameView &view = views[i];
        view.frame = &frame;
        view.platform = &platformOf(frame);
        view.sourcemap = hasSourcemap(frame);
        view.recursion = isRecursion(frame, previous);
        previous = &frame;
        if (!cached)
            continue;
        KeyHash hash;
        for (const QString *field : view.fields())
            hash.add(*field);
        hash.add(view.flags(false));
        view.hash = hash.result();
        stackHash.add(view.hash ^ quint64(view.recursion));
    }
    if (!cached)
        return assemble(stacktrace, views, exception, false);

    const quint64 key = stackHash.result();
    ThreadCache<StackCache> &cache = stackCache();
    if (StackCache *map = cache.get()) {
        const auto bucket = map->find(key);
        if (bucket != map->end()) {
            for (const StackEntry &entry : bucket->second) {
                if (entry.matches(views))
                    return entry.components;
            }
        }
    }
    StacktraceComponents result = assemble(stacktrace, views, exception, true);
    StackEntry entry;
    entry.frames = qsizetype(views.size());
    size_t keySize = 0;
    for (const FrameView &view : views) {
        keySize += 1;
        for (const QString *field : view.fields())
            keySize += 2 + size_t(field->size());
    }
    entry.key.reserve(keySize);
    for (const FrameView &view : views)
        view.appendKey(entry.key, true);
    entry.components = result;
    cache.reserve(qsizetype(views.size()) + 1);
    if (StackCache *map = cache.get()) {
        if (std::vector<StackEntry> &bucket = (*map)[key]; bucket.size() < kBucketLimit)
            bucket.push_back(std::move(entry));
    }
    return result;
}

} // namespace lookout
