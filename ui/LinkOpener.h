#pragma once

#include <QUrl>

#include <functional>

namespace lookout {

// The one way Lookout hands a link to the desktop (the browser). Links come from data anyone can
// send (an event's request URL, a breadcrumb, an issue's permalink), so:
// - only http and https with a host are opened: never file:, javascript:, data:, smb: or a custom
//   scheme that starts some other program;
// - it is called only from a user's action (a click, a menu item, a key); nothing opens a link
//   because an event was shown. No widget has openExternalLinks, and event text is plain text,
//   so a link inside it is never clickable in the first place.
namespace LinkOpener {

bool isOpenable(const QUrl &url);
// Opens url when isOpenable; returns whether it was handed on.
bool open(const QUrl &url);

// Tests replace QDesktopServices::openUrl with a recorder; an empty function restores it.
void setHandlerForTesting(std::function<bool(const QUrl &)> handler);

} // namespace LinkOpener

} // namespace lookout
