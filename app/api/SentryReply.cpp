#include "api/SentryReply.h"

#include <utility>

namespace lookout {

SentryReply::SentryReply(ApiRequest request, QObject *parent)
    : QObject(parent)
    , m_request(std::move(request))
{ }

void SentryReply::abort()
{
    if (m_finished || m_aborted)
        return;
    m_aborted = true;
    Q_EMIT abortRequested();
}

} // namespace lookout
