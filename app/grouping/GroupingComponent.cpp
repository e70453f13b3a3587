#include "grouping/GroupingComponent.h"

#include "grouping/GroupingCaches.h"

#include <QCryptographicHash>
#include <QHash>

#include <algorithm>
#include <cstring>
#include <unordered_map>

namespace lookout {

GroupingComponent GroupingComponent::leaf(const QString &id)
{
    GroupingComponent c;
    c.id = id;
    return c;
}

GroupingComponent GroupingComponent::leaf(const QString &id, const QString &value)
{
    GroupingComponent c;
    c.id = id;
    c.m_kind = ValueKind::Text;
    c.m_keepsBytes = true;
    c.m_value = value;
    c.m_bytes = value.toUtf8();
    c.contributes = true;
    return c;
}

GroupingComponent GroupingComponent::number(const QString &id, qint64 value)
{
    GroupingComponent c = leaf(id, QString::number(value));
    c.m_kind = ValueKind::Number;
    return c;
}

void GroupingComponent::setValue(const QString &value)
{
    m_value = value;
    m_bytes = value.toUtf8();
}

GroupingComponent GroupingComponent::node(const QString &id, QList<GroupingComponent> children, bool keepValues)
{
    GroupingComponent c;
    c.id = id;
    for (const GroupingComponent &child : children)
        c.contributes = c.contributes || child.contributes;
    if (keepValues) {
        thread_local std::vector<QByteArray> pieces; // reused: frames and stack traces are made in bulk
        pieces.clear();
        qsizetype size = 0;
        for (const GroupingComponent &child : children)
            child.appendValuePieces(pieces);
        for (const QByteArray &piece : pieces)
            size += piece.size();
        c.m_bytes.reserve(size);
        for (const QByteArray &piece : pieces)
            c.m_bytes += piece;
        pieces.clear();
        c.m_keepsBytes = true;
    }
    c.m_children = std::move(children);
    return c;
}

void GroupingComponent::appendValuePieces(std::vector<QByteArray> &out) const
{
    if (!contributes)
        return;
    if (m_keepsBytes) {
        if (!m_bytes.isEmpty())
            out.push_back(m_bytes);
        return;
    }
    for (const GroupingComponent &child : children())
        child.appendValuePieces(out);
}

QByteArray GroupingComponent::valueBytes() const
{
    std::vector<QByteArray> pieces;
    appendValuePieces(pieces);
    QByteArray bytes;
    for (const QByteArray &piece : pieces)
        bytes += piece;
    return bytes;
}

void GroupingComponent::collectValues(QStringList &out) const
{
    if (!contributes)
        return;
    if (hasValue())
        out << m_value;
    for (const GroupingComponent &child : children())
        child.collectValues(out);
}

QStringList GroupingComponent::contributingValues() const
{
    QStringList out;
    collectValues(out);
    return out;
}

namespace {

// The md5 memo's key: the pieces themselves. Large pieces are cached stack traces' values, handed
// out again and again as the same bytes: they are hashed by address and compared by address first,
// so a lookup need not read them. Equal bytes at another address only miss (and are then added).
using Pieces = std::vector<QByteArray>;
constexpr qsizetype kHashedByAddress = 256;

struct PiecesHash
{
    size_t operator()(const Pieces &pieces) const
    {
        size_t h = pieces.size();
        for (const QByteArray &piece : pieces) {
            h = qHashMulti(h, piece.size());
            h = piece.size() > kHashedByAddress ? qHashMulti(h, quintptr(piece.constData())) : qHash(piece, h);
        }
        return h;
    }
};

struct PiecesEqual
{
    bool operator()(const Pieces &a, const Pieces &b) const
    {
        return std::equal(a.cbegin(), a.cend(), b.cbegin(), b.cend(), [](const QByteArray &x, const QByteArray &y) {
            return x.size() == y.size()
                && (x.constData() == y.constData() || std::memcmp(x.constData(), y.constData(), size_t(x.size())) == 0);
        });
    }
};

} // namespace

QString md5Hex(const std::vector<QByteArray> &pieces)
{
    // An issue's events hash the same values again and again (and each event its app and system
    // variants twice).
    using Memo = std::unordered_map<Pieces, QString, PiecesHash, PiecesEqual>;
    thread_local ThreadCache<Memo> cache(qsizetype(2) * 1024 * 1024); // bytes of values
    if (Memo *known = cache.get()) {
        const auto found = known->find(pieces);
        if (found != known->end())
            return found->second;
    }
    QCryptographicHash md5(QCryptographicHash::Md5);
    qsizetype size = 0;
    for (const QByteArray &piece : pieces) {
        md5.addData(piece);
        size += piece.size();
    }
    const QString hash = QString::fromLatin1(md5.result().toHex());
    if (cache.get()) {
        cache.reserve(size + 128);
        cache.get()->emplace(pieces, hash);
    }
    return hash;
}

QString md5OfValues(const QStringList &values)
{
    // No separator between values: that is how Sentry hashes, so hashes stay comparable.
    std::vector<QByteArray> pieces;
    for (const QString &value : values)
        pieces.push_back(value.toUtf8());
    return md5Hex(pieces);
}

std::optional<QString> GroupingComponent::hash() const
{
    if (!contributes)
        return std::nullopt;
    thread_local std::vector<QByteArray> pieces; // reused: an event hashes several variants
    pieces.clear();
    appendValuePieces(pieces);
    return md5Hex(pieces);
}

bool GroupingComponent::anyContributing(const QString &childId) const
{
    if (id == childId && contributes)
        return true;
    for (const GroupingComponent &child : children()) {
        if (child.anyContributing(childId))
            return true;
    }
    return false;
}

const GroupingComponent *GroupingComponent::firstContributingChild() const
{
    for (const GroupingComponent &child : children()) {
        if (child.contributes)
            return &child;
    }
    return nullptr;
}

QString GroupingComponent::structureKey() const
{
    // Strings and numbers are marked apart, as Python's repr tells "2" from 2.
    QString key = id + QLatin1Char('(') + hint + (contributes ? u'*' : u'-');
    if (hasValue())
        key += (valueIsNumber() ? u'#' : u'"') + m_value + QChar(0x1f);
    for (const GroupingComponent &child : children())
        key += child.structureKey();
    return key + QLatin1Char(')');
}

} // namespace lookout
