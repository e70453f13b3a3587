#include "sync/SyncTypes.h"

using namespace Qt::StringLiterals;

namespace lookout {

namespace {

struct PhaseName
{
    SyncPhase phase;
    const char16_t *name;
};

constexpr PhaseName phaseNames[] = {
    {SyncPhase::Idle, u"idle"},
    {SyncPhase::Outbox, u"outbox"},
    {SyncPhase::Organizations, u"organizations"},
    {SyncPhase::Projects, u"projects"},
    {SyncPhase::Issues, u"issues"},
    {SyncPhase::Events, u"events"},
    {SyncPhase::Releases, u"releases"},
    {SyncPhase::Sessions, u"sessions"},
    {SyncPhase::Done, u"done"},
};

} // namespace

QString syncPhaseName(SyncPhase phase)
{
    for (const PhaseName &entry : phaseNames) {
        if (entry.phase == phase)
            return QString::fromUtf16(entry.name);
    }
    return u"idle"_s;
}

SyncPhase syncPhaseFromName(const QString &name)
{
    for (const PhaseName &entry : phaseNames) {
        if (name == QStringView(entry.name))
            return entry.phase;
    }
    return SyncPhase::Idle;
}

} // namespace lookout
