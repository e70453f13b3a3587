#include "LinkOpener.h"

#include <QDesktopServices>

namespace lookout::LinkOpener {

namespace {

std::function<bool(const QUrl &)> &handler()
{
    static std::function<bool(const QUrl &)> instance;
    return instance;
}

} // namespace

bool isOpenable(const QUrl &url)
{
    const QString scheme = url.scheme().toLower();
    return url.isValid() && (scheme == u"https" || scheme == u"http") && !url.host().isEmpty() && url.userInfo().isEmpty();
}

bool open(const QUrl &url)
{
    if (!isOpenable(url))
        return false;
    if (handler())
        return handler()(url);
    return QDesktopServices::openUrl(url);
}

void setHandlerForTesting(std::function<bool(const QUrl &)> newHandler)
{
    handler() = std::move(newHandler);
}

} // namespace lookout::LinkOpener
